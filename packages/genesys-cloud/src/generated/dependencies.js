// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/dependencies/openapi.yaml (sha256 5b1e257a530989cf)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area dependencies` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Dependencies (3 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const dependencies = dependenciesApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function dependenciesApi(client) {
  registerOperationPolicies(client, 'dependencies', () => import('./permissions/dependencies.js'));
  return client;
}
