// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/knowledge/openapi.yaml (sha256 d70ed03576f8b356)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area knowledge` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Knowledge (127 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const knowledge = knowledgeApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function knowledgeApi(client) {
  registerOperationPolicies(client, 'knowledge', () => import('./permissions/knowledge.js'));
  return client;
}
