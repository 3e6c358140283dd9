// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/license/openapi.yaml (sha256 ae5c593120ff2c49)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area license` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * License (10 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const license = licenseApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function licenseApi(client) {
  registerOperationPolicies(client, 'license', () => import('./permissions/license.js'));
  return client;
}
