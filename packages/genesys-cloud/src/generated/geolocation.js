// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/geolocation/openapi.yaml (sha256 9c082fa0fbc6fae8)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area geolocation` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Geolocation (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const geolocation = geolocationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function geolocationApi(client) {
  registerOperationPolicies(client, 'geolocation', () => import('./permissions/geolocation.js'));
  return client;
}
