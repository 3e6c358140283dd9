// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/workforce-management/openapi.yaml (sha256 4ba155e6e2f5bb4d)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area workforce-management` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Workforce Management (351 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const workforceManagement = workforceManagementApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function workforceManagementApi(client) {
  registerOperationPolicies(client, 'workforce-management', () => import('./permissions/workforce-management.js'));
  return client;
}
