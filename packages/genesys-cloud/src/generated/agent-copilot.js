// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/agent-copilot/openapi.yaml (sha256 715042a902d59a12)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area agent-copilot` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Agent Copilot (3 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const agentCopilot = agentCopilotApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function agentCopilotApi(client) {
  registerOperationPolicies(client, 'agent-copilot', () => import('./permissions/agent-copilot.js'));
  return client;
}
