// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/agent-ui/openapi.yaml (sha256 7810496f7b4b9dbb)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area agent-ui` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/users/agentui/agents/autoanswer/{agentId}/settings": "ANY agentUI:agents:delete",
  "GET /api/v2/users/agentui/agents/autoanswer/{agentId}/settings": "ANY agentUI:agents:view",
  "PATCH /api/v2/users/agentui/agents/autoanswer/{agentId}/settings": "ANY agentUI:agents:edit",
  "PUT /api/v2/users/agentui/agents/autoanswer/{agentId}/settings": "ANY agentUI:agents:edit",
};
