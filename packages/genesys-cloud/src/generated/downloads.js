// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/downloads/openapi.yaml (sha256 eefb7e16b7d6b5e5)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area downloads` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Downloads (1 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const downloads = downloadsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function downloadsApi(client) {
  registerOperationPolicies(client, 'downloads', () => import('./permissions/downloads.js'));
  return client;
}
