// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/teams/openapi.yaml (sha256 d2ed0cd398232428)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area teams` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Teams (10 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const teams = teamsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function teamsApi(client) {
  registerOperationPolicies(client, 'teams', () => import('./permissions/teams.js'));
  return client;
}
