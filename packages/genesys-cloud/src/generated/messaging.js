// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/messaging/openapi.yaml (sha256 9ec40e7fb8a8f5aa)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area messaging` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Messaging (13 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const messaging = messagingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function messagingApi(client) {
  registerOperationPolicies(client, 'messaging', () => import('./permissions/messaging.js'));
  return client;
}
