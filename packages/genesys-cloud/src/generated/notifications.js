// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/notifications/openapi.yaml (sha256 a5206a9308bed2ff)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area notifications` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Notifications (8 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const notifications = notificationsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function notificationsApi(client) {
  registerOperationPolicies(client, 'notifications', () => import('./permissions/notifications.js'));
  return client;
}
