// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/chat/openapi.yaml (sha256 49633837d89a97f4)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area chat` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Chat (34 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const chat = chatApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function chatApi(client) {
  registerOperationPolicies(client, 'chat', () => import('./permissions/chat.js'));
  return client;
}
