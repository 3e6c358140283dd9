// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/tokens/openapi.yaml (sha256 83949eeaff55334b)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area tokens` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Tokens (6 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const tokens = tokensApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function tokensApi(client) {
  registerOperationPolicies(client, 'tokens', () => import('./permissions/tokens.js'));
  return client;
}
