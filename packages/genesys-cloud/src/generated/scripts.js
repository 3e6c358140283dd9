// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/scripts/openapi.yaml (sha256 5f903450d3ecc207)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area scripts` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Scripts (15 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const scripts = scriptsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function scriptsApi(client) {
  registerOperationPolicies(client, 'scripts', () => import('./permissions/scripts.js'));
  return client;
}
