// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/groups/openapi.yaml (sha256 cc21fd5f47f78d73)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area groups` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Groups (18 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const groups = groupsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function groupsApi(client) {
  registerOperationPolicies(client, 'groups', () => import('./permissions/groups.js'));
  return client;
}
