// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/learning/openapi.yaml (sha256 af30e39222ba863e)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area learning` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Learning (38 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const learning = learningApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function learningApi(client) {
  registerOperationPolicies(client, 'learning', () => import('./permissions/learning.js'));
  return client;
}
