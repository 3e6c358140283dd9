// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/locations/openapi.yaml (sha256 ad19bb0f84538473)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area locations` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Locations (8 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const locations = locationsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function locationsApi(client) {
  registerOperationPolicies(client, 'locations', () => import('./permissions/locations.js'));
  return client;
}
