// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/general-data-protection-regulation/openapi.yaml (sha256 1cc270ab8126d698)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area general-data-protection-regulation` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/gdpr/requests": "ANY gdpr:request:view",
  "GET /api/v2/gdpr/requests/{requestId}": "ANY gdpr:request:view",
  "GET /api/v2/gdpr/subjects": "ANY gdpr:subject:view",
  "POST /api/v2/gdpr/requests": "ANY gdpr:request:add",
};
