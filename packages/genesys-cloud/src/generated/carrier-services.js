// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/carrier-services/openapi.yaml (sha256 baed658b49f2a461)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area carrier-services` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {};

/**
 * Carrier Services (2 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const carrierServices = carrierServicesApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function carrierServicesApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
