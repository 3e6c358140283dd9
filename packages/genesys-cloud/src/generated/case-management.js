// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/case-management/openapi.yaml (sha256 e803005d14ace005)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area case-management` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Case Management (50 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const caseManagement = caseManagementApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function caseManagementApi(client) {
  registerOperationPolicies(client, 'case-management', () => import('./permissions/case-management.js'));
  return client;
}
