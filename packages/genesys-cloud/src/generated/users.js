// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/users/openapi.yaml (sha256 028e40e2073defac)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area users` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Users (130 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const users = usersApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function usersApi(client) {
  registerOperationPolicies(client, 'users', () => import('./permissions/users.js'));
  return client;
}
