// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/groups/openapi.yaml (sha256 cc21fd5f47f78d73)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area groups` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/groups/{groupId}": "ANY directory:group:delete",
  "DELETE /api/v2/groups/{groupId}/dynamicsettings": "ANY directory:group:delete",
  "GET /api/v2/groups/{groupId}/dynamicsettings": "ANY directory:group:view",
  "POST /api/v2/groups": "ANY directory:group:add",
  "POST /api/v2/groups/dynamicsettings/preview": "ANY directory:group:view",
  "PUT /api/v2/groups/{groupId}": "ANY directory:group:edit",
  "PUT /api/v2/groups/{groupId}/dynamicsettings": "ANY directory:group:edit",
};
