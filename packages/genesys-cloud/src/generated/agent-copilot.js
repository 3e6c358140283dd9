// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/agent-copilot/openapi.yaml (sha256 715042a902d59a12)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area agent-copilot` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/assistants/copilot/featuresupport": "ALL assistants:copilot:view",
  "GET /api/v2/assistants/{assistantId}/copilot": "ALL assistants:copilot:view",
  "PUT /api/v2/assistants/{assistantId}/copilot": "ALL assistants:copilot:edit",
};

/**
 * Agent Copilot (3 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const agentCopilot = agentCopilotApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function agentCopilotApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
