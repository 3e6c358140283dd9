// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/response-management/openapi.yaml (sha256 419792f5f3c8d802)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area response-management` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Response Management (24 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const responseManagement = responseManagementApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function responseManagementApi(client) {
  registerOperationPolicies(client, 'response-management', () => import('./permissions/response-management.js'));
  return client;
}
