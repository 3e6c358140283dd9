// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/agent-ui/openapi.yaml (sha256 7810496f7b4b9dbb)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area agent-ui` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/users/agentui/agents/autoanswer/{agentId}/settings": "ANY agentUI:agents:delete",
  "GET /api/v2/users/agentui/agents/autoanswer/{agentId}/settings": "ANY agentUI:agents:view",
  "PATCH /api/v2/users/agentui/agents/autoanswer/{agentId}/settings": "ANY agentUI:agents:edit",
  "PUT /api/v2/users/agentui/agents/autoanswer/{agentId}/settings": "ANY agentUI:agents:edit",
};

/**
 * Agent UI (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const agentUi = agentUiApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function agentUiApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
