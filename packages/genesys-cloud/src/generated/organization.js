// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/organization/openapi.yaml (sha256 a5a846504efb7a86)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area organization` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Organization (19 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const organization = organizationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function organizationApi(client) {
  registerOperationPolicies(client, 'organization', () => import('./permissions/organization.js'));
  return client;
}
