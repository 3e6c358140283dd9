// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/tokens/openapi.yaml (sha256 83949eeaff55334b)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area tokens` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/tokens/{userId}": "ANY oauth:token:delete",
  "PUT /api/v2/tokens/timeout": "ANY directory:organization:admin",
};
