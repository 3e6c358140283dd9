// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/objects/openapi.yaml (sha256 eac58d0a4095b3ae)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area objects` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/authorization/divisions/{divisionId}": "ANY authorization:division:delete",
  "GET /api/v2/authorization/divisions/deleted": "ANY authorization:divisionDeleted:view",
  "POST /api/v2/authorization/divisions": "ALL authorization:division:add authorization:grant:add",
  "POST /api/v2/authorization/divisions/{divisionId}/restore": "ANY authorization:division:add",
  "PUT /api/v2/authorization/divisions/{divisionId}": "ANY authorization:division:edit",
};
