// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/web-messaging/openapi.yaml (sha256 892d8c9593cff14f)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area web-messaging` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Web Messaging (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const webMessaging = webMessagingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function webMessagingApi(client) {
  registerOperationPolicies(client, 'web-messaging', () => import('./permissions/web-messaging.js'));
  return client;
}
