// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/emails/openapi.yaml (sha256 1a45907c61394ffd)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area emails` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/emails/settings/threading": "ANY conversation:emailThreadingSettings:edit",
  "GET /api/v2/emails/settings": "ANY conversation:settings:view",
  "GET /api/v2/emails/settings/threading": "ANY conversation:emailThreadingSettings:view",
  "PATCH /api/v2/emails/settings": "ANY conversation:settings:edit",
  "PATCH /api/v2/emails/settings/threading": "ANY conversation:emailThreadingSettings:edit",
};
