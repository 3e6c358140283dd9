// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/journey/openapi.yaml (sha256 1e7ece6a06d7eca7)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area journey` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Journey (95 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const journey = journeyApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function journeyApi(client) {
  registerOperationPolicies(client, 'journey', () => import('./permissions/journey.js'));
  return client;
}
