// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/quality/openapi.yaml (sha256 7723279e0f18e09d)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area quality` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Quality (76 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const quality = qualityApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function qualityApi(client) {
  registerOperationPolicies(client, 'quality', () => import('./permissions/quality.js'));
  return client;
}
