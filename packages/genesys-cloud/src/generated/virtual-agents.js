// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/virtual-agents/openapi.yaml (sha256 f74b37f8cbba187e)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area virtual-agents` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Virtual Agents (7 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const virtualAgents = virtualAgentsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function virtualAgentsApi(client) {
  registerOperationPolicies(client, 'virtual-agents', () => import('./permissions/virtual-agents.js'));
  return client;
}
