// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/telephony-providers-edge/openapi.yaml (sha256 6e6546e527949eac)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area telephony-providers-edge` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Telephony Providers Edge (129 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const telephonyProvidersEdge = telephonyProvidersEdgeApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function telephonyProvidersEdgeApi(client) {
  registerOperationPolicies(client, 'telephony-providers-edge', () => import('./permissions/telephony-providers-edge.js'));
  return client;
}
