// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/scripts/openapi.yaml (sha256 5f903450d3ecc207)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area scripts` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/scripts": "ANY scripter:script:view",
  "GET /api/v2/scripts/divisionviews": "ANY scripter:script:search",
  "GET /api/v2/scripts/published": "ANY scripter:publishedScript:view",
  "GET /api/v2/scripts/published/divisionviews": "ANY scripter:publishedScript:search",
  "GET /api/v2/scripts/published/divisionviews/{scriptId}/variables": "ANY scripter:publishedScript:search",
  "GET /api/v2/scripts/published/{scriptId}": "ANY scripter:publishedScript:view",
  "GET /api/v2/scripts/published/{scriptId}/pages": "ANY scripter:publishedScript:view",
  "GET /api/v2/scripts/published/{scriptId}/pages/{pageId}": "ANY scripter:publishedScript:view",
  "GET /api/v2/scripts/published/{scriptId}/variables": "ANY scripter:publishedScript:view",
  "GET /api/v2/scripts/uploads/{uploadId}/status": "ANY scripter:script:view",
  "GET /api/v2/scripts/{scriptId}": "ANY scripter:script:view",
  "GET /api/v2/scripts/{scriptId}/pages": "ANY scripter:script:view",
  "GET /api/v2/scripts/{scriptId}/pages/{pageId}": "ANY scripter:script:view",
  "POST /api/v2/scripts/published": "ANY scripter:publishedScript:add",
  "POST /api/v2/scripts/{scriptId}/export": "ANY scripter:script:view",
};
