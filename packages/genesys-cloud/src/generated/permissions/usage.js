// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/usage/openapi.yaml (sha256 754568f0d5fa239e)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area usage` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/oauth/clients/{clientId}/usage/query/results/{executionId}": "ANY oauth:client:view usage:client:view",
  "GET /api/v2/oauth/clients/{clientId}/usage/summary": "ANY oauth:client:view usage:client:view",
  "GET /api/v2/usage/aggregates/query/jobs/{jobId}": "ANY usage:organization:view",
  "GET /api/v2/usage/client/{clientId}/aggregates/query/jobs/{jobId}": "ANY usage:client:view",
  "GET /api/v2/usage/query/{executionId}/results": "ANY oauth:client:view usage:organization:view",
  "GET /api/v2/usage/simplesearch/{executionId}/results": "ANY oauth:client:view usage:simpleSearch:view",
  "POST /api/v2/oauth/clients/{clientId}/usage/query": "ANY oauth:client:view usage:client:view",
  "POST /api/v2/usage/aggregates/query/jobs": "ANY usage:organization:view",
  "POST /api/v2/usage/client/{clientId}/aggregates/query/jobs": "ANY usage:client:view",
  "POST /api/v2/usage/query": "ANY oauth:client:view usage:organization:view",
  "POST /api/v2/usage/simplesearch": "ANY oauth:client:view usage:simpleSearch:view",
};
