// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/conversations/openapi.yaml (sha256 1bdcd500e6ab6dfe)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area conversations` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Conversations (313 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const conversations = conversationsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function conversationsApi(client) {
  registerOperationPolicies(client, 'conversations', () => import('./permissions/conversations.js'));
  return client;
}
