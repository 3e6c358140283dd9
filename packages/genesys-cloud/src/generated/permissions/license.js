// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/license/openapi.yaml (sha256 ae5c593120ff2c49)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area license` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/license/definitions": "ANY authorization:grant:add authorization:license:view",
  "GET /api/v2/license/definitions/{licenseId}": "ANY authorization:grant:add authorization:license:view",
  "GET /api/v2/license/users/{userId}": "ANY authorization:grant:add authorization:license:view",
  "POST /api/v2/license/infer/permissions": "ANY authorization:grant:add authorization:license:view",
  "POST /api/v2/license/organization": "ANY authorization:grant:add",
  "POST /api/v2/license/users": "ANY authorization:grant:add authorization:license:view",
};
