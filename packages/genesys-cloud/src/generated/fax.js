// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/fax/openapi.yaml (sha256 2a107a89fd704655)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area fax` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Fax (9 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const fax = faxApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function faxApi(client) {
  registerOperationPolicies(client, 'fax', () => import('./permissions/fax.js'));
  return client;
}
