// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/oauth/openapi.yaml (sha256 1b82a61ce07f24a8)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area oauth` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/oauth/clients/{clientId}": "ANY oauth:client:delete",
  "GET /api/v2/oauth/authorizations": "ANY oauth:client:authorize",
  "GET /api/v2/oauth/authorizations/{clientId}": "ANY oauth:client:authorize",
  "GET /api/v2/oauth/clients": "ANY oauth:client:view",
  "GET /api/v2/oauth/clients/{clientId}": "ANY oauth:client:view",
  "GET /api/v2/oauth/clients/{clientId}/usage/query/results/{executionId}": "ANY oauth:client:view usage:client:view",
  "GET /api/v2/oauth/clients/{clientId}/usage/summary": "ANY oauth:client:view usage:client:view",
  "POST /api/v2/oauth/clients": "ANY oauth:client:add",
  "POST /api/v2/oauth/clients/{clientId}/secret": "ANY oauth:client:edit",
  "POST /api/v2/oauth/clients/{clientId}/usage/query": "ANY oauth:client:view usage:client:view",
  "PUT /api/v2/oauth/clients/{clientId}": "ANY oauth:client:edit",
};
