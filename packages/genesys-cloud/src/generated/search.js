// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/search/openapi.yaml (sha256 92e828afdfc7bca0)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area search` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Search (26 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const search = searchApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function searchApi(client) {
  registerOperationPolicies(client, 'search', () => import('./permissions/search.js'));
  return client;
}
