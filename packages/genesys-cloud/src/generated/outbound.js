// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/outbound/openapi.yaml (sha256 ce8c2e4b333865bf)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area outbound` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Outbound (177 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const outbound = outboundApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function outboundApi(client) {
  registerOperationPolicies(client, 'outbound', () => import('./permissions/outbound.js'));
  return client;
}
