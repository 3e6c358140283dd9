// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/usage/openapi.yaml (sha256 754568f0d5fa239e)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area usage` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Usage (11 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const usage = usageApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function usageApi(client) {
  registerOperationPolicies(client, 'usage', () => import('./permissions/usage.js'));
  return client;
}
