// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/task-management/openapi.yaml (sha256 ca44b449b6731d4c)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area task-management` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Task Management (76 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const taskManagement = taskManagementApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function taskManagementApi(client) {
  registerOperationPolicies(client, 'task-management', () => import('./permissions/task-management.js'));
  return client;
}
