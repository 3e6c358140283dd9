// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/agent-assistants/openapi.yaml (sha256 0c9bde09bb5a5a19)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area agent-assistants` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Agent Assistants (23 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const agentAssistants = agentAssistantsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function agentAssistantsApi(client) {
  registerOperationPolicies(client, 'agent-assistants', () => import('./permissions/agent-assistants.js'));
  return client;
}
