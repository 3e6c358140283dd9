// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/notifications/openapi.yaml (sha256 a5206a9308bed2ff)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area notifications` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {};

/**
 * Notifications (8 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const notifications = notificationsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function notificationsApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
