// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/content-management/openapi.yaml (sha256 19c31d4030b37042)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area content-management` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Content Management (36 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const contentManagement = contentManagementApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function contentManagementApi(client) {
  registerOperationPolicies(client, 'content-management', () => import('./permissions/content-management.js'));
  return client;
}
