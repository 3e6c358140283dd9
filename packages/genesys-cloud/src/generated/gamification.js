// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/gamification/openapi.yaml (sha256 bd4b4831114432ee)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area gamification` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Gamification (78 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const gamification = gamificationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function gamificationApi(client) {
  registerOperationPolicies(client, 'gamification', () => import('./permissions/gamification.js'));
  return client;
}
