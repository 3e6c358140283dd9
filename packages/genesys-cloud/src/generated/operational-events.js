// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/operational-events/openapi.yaml (sha256 429610362967eef4)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area operational-events` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Operational Events (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const operationalEvents = operationalEventsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function operationalEventsApi(client) {
  registerOperationPolicies(client, 'operational-events', () => import('./permissions/operational-events.js'));
  return client;
}
