// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/utilities/openapi.yaml (sha256 f4e012f1349eebde)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area utilities` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Utilities (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const utilities = utilitiesApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function utilitiesApi(client) {
  registerOperationPolicies(client, 'utilities', () => import('./permissions/utilities.js'));
  return client;
}
