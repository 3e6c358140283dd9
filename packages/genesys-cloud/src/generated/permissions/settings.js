// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/settings/openapi.yaml (sha256 a705de58b81685c4)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area settings` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/emails/settings/threading": "ANY conversation:emailThreadingSettings:edit",
  "DELETE /api/v2/externalcontacts/settings": "ANY externalContacts:settings:delete",
  "DELETE /api/v2/users/agentui/agents/autoanswer/{agentId}/settings": "ANY agentUI:agents:delete",
  "GET /api/v2/emails/settings": "ANY conversation:settings:view",
  "GET /api/v2/emails/settings/threading": "ANY conversation:emailThreadingSettings:view",
  "GET /api/v2/externalcontacts/settings": "ANY externalContacts:settings:view",
  "GET /api/v2/settings/executiondata": "ANY settings:executiondata:view",
  "GET /api/v2/users/agentui/agents/autoanswer/{agentId}/settings": "ANY agentUI:agents:view",
  "PATCH /api/v2/emails/settings": "ANY conversation:settings:edit",
  "PATCH /api/v2/emails/settings/threading": "ANY conversation:emailThreadingSettings:edit",
  "PATCH /api/v2/settings/executiondata": "ANY settings:executiondata:edit",
  "PATCH /api/v2/users/agentui/agents/autoanswer/{agentId}/settings": "ANY agentUI:agents:edit",
  "PUT /api/v2/externalcontacts/settings": "ANY externalContacts:settings:edit",
  "PUT /api/v2/users/agentui/agents/autoanswer/{agentId}/settings": "ANY agentUI:agents:edit",
};
