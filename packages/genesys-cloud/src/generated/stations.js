// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/stations/openapi.yaml (sha256 318df964c8545eca)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area stations` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Stations (3 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const stations = stationsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function stationsApi(client) {
  registerOperationPolicies(client, 'stations', () => import('./permissions/stations.js'));
  return client;
}
