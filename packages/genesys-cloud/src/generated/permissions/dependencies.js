// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/dependencies/openapi.yaml (sha256 5b1e257a530989cf)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area dependencies` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/dependencies/type/{entityType}/id/{entityId}/connections/requiredby": "ANY dependencies:dependency:view",
  "GET /api/v2/dependencies/type/{entityType}/id/{entityId}/connections/requiredbycounts": "ANY dependencies:dependency:view",
  "GET /api/v2/dependencies/type/{entityType}/id/{entityId}/connections/requires": "ANY dependencies:dependency:view",
};
