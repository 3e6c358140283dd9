// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/users-rules/openapi.yaml (sha256 fd1c1b3beeabe1ad)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area users-rules` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Users Rules (9 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const usersRules = usersRulesApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function usersRulesApi(client) {
  registerOperationPolicies(client, 'users-rules', () => import('./permissions/users-rules.js'));
  return client;
}
