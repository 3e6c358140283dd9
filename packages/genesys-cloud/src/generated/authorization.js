// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/authorization/openapi.yaml (sha256 7b76ea0aa48326ff)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area authorization` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Authorization (59 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const authorization = authorizationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function authorizationApi(client) {
  registerOperationPolicies(client, 'authorization', () => import('./permissions/authorization.js'));
  return client;
}
