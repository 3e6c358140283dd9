// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/events/openapi.yaml (sha256 8ebf709a36bcc673)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area events` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Events (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const events = eventsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function eventsApi(client) {
  registerOperationPolicies(client, 'events', () => import('./permissions/events.js'));
  return client;
}
