// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/scim/openapi.yaml (sha256 74d8a14ba3fd4f75)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area scim` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * SCIM (30 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const scim = scimApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function scimApi(client) {
  registerOperationPolicies(client, 'scim', () => import('./permissions/scim.js'));
  return client;
}
