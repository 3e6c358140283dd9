// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/coaching/openapi.yaml (sha256 c091ce21adb19c45)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area coaching` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Coaching (21 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const coaching = coachingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function coachingApi(client) {
  registerOperationPolicies(client, 'coaching', () => import('./permissions/coaching.js'));
  return client;
}
