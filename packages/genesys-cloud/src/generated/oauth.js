// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/oauth/openapi.yaml (sha256 1b82a61ce07f24a8)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area oauth` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * OAuth (13 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const oauth = oauthApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function oauthApi(client) {
  registerOperationPolicies(client, 'oauth', () => import('./permissions/oauth.js'));
  return client;
}
