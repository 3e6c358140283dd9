// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/organization-authorization/openapi.yaml (sha256 6ebdaf5f7eced7c6)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area organization-authorization` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Organization Authorization (48 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const organizationAuthorization = organizationAuthorizationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function organizationAuthorizationApi(client) {
  registerOperationPolicies(client, 'organization-authorization', () => import('./permissions/organization-authorization.js'));
  return client;
}
