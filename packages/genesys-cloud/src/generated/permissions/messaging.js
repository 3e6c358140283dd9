// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/messaging/openapi.yaml (sha256 9ec40e7fb8a8f5aa)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area messaging` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/messaging/settings/default": "ALL messaging:setting:delete",
  "DELETE /api/v2/messaging/settings/{messageSettingId}": "ALL messaging:setting:delete",
  "DELETE /api/v2/messaging/supportedcontent/{supportedContentId}": "ALL messaging:supportedContent:delete",
  "GET /api/v2/messaging/settings": "ALL messaging:setting:view",
  "GET /api/v2/messaging/settings/default": "ALL messaging:setting:view",
  "GET /api/v2/messaging/settings/{messageSettingId}": "ALL messaging:setting:view",
  "GET /api/v2/messaging/supportedcontent": "ALL messaging:supportedContent:view",
  "GET /api/v2/messaging/supportedcontent/{supportedContentId}": "ALL messaging:supportedContent:view",
  "PATCH /api/v2/messaging/settings/{messageSettingId}": "ALL messaging:setting:edit",
  "PATCH /api/v2/messaging/supportedcontent/{supportedContentId}": "ALL messaging:supportedContent:edit",
  "POST /api/v2/messaging/settings": "ANY messaging:setting:add",
  "POST /api/v2/messaging/supportedcontent": "ANY messaging:supportedContent:add",
  "PUT /api/v2/messaging/settings/default": "ALL messaging:setting:edit",
};
