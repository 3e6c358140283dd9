// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/agent-ui/openapi.yaml (sha256 7810496f7b4b9dbb)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area agent-ui` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Agent UI (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const agentUi = agentUiApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function agentUiApi(client) {
  registerOperationPolicies(client, 'agent-ui', () => import('./permissions/agent-ui.js'));
  return client;
}
