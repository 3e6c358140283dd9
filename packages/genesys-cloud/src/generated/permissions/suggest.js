// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/suggest/openapi.yaml (sha256 5badef1e30448aae)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area suggest` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/search": "ANY directory:user:view",
  "GET /api/v2/search/suggest": "ANY directory:user:view",
  "POST /api/v2/search": "ANY directory:user:view",
  "POST /api/v2/search/suggest": "ANY directory:user:view",
};
