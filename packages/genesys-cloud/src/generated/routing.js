// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/routing/openapi.yaml (sha256 149d8c9464a0f52c)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area routing` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Routing (175 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const routing = routingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function routingApi(client) {
  registerOperationPolicies(client, 'routing', () => import('./permissions/routing.js'));
  return client;
}
