// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/carrier-services/openapi.yaml (sha256 baed658b49f2a461)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area carrier-services` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Carrier Services (2 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const carrierServices = carrierServicesApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function carrierServicesApi(client) {
  registerOperationPolicies(client, 'carrier-services', () => import('./permissions/carrier-services.js'));
  return client;
}
