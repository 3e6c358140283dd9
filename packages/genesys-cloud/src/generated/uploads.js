// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/uploads/openapi.yaml (sha256 0200a805e0ec5315)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area uploads` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Uploads (11 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const uploads = uploadsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function uploadsApi(client) {
  registerOperationPolicies(client, 'uploads', () => import('./permissions/uploads.js'));
  return client;
}
