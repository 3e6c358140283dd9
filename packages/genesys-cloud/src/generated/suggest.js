// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/suggest/openapi.yaml (sha256 5badef1e30448aae)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area suggest` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Suggest (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const suggest = suggestApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function suggestApi(client) {
  registerOperationPolicies(client, 'suggest', () => import('./permissions/suggest.js'));
  return client;
}
