// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/license/openapi.yaml (sha256 ae5c593120ff2c49)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area license` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/license/definitions": "ANY authorization:grant:add authorization:license:view",
  "GET /api/v2/license/definitions/{licenseId}": "ANY authorization:grant:add authorization:license:view",
  "GET /api/v2/license/users/{userId}": "ANY authorization:grant:add authorization:license:view",
  "POST /api/v2/license/infer/permissions": "ANY authorization:grant:add authorization:license:view",
  "POST /api/v2/license/organization": "ANY authorization:grant:add",
  "POST /api/v2/license/users": "ANY authorization:grant:add authorization:license:view",
};

/**
 * License (10 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const license = licenseApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function licenseApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
