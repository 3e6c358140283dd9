// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/locations/openapi.yaml (sha256 ad19bb0f84538473)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area locations` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/locations/{locationId}": "ALL directory:location:delete",
  "PATCH /api/v2/locations/{locationId}": "ALL directory:location:edit",
  "POST /api/v2/locations": "ALL directory:location:add",
};
