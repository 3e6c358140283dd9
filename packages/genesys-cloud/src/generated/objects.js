// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/objects/openapi.yaml (sha256 eac58d0a4095b3ae)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area objects` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/authorization/divisions/{divisionId}": "ANY authorization:division:delete",
  "GET /api/v2/authorization/divisions/deleted": "ANY authorization:divisionDeleted:view",
  "POST /api/v2/authorization/divisions": "ALL authorization:division:add authorization:grant:add",
  "POST /api/v2/authorization/divisions/{divisionId}/restore": "ANY authorization:division:add",
  "PUT /api/v2/authorization/divisions/{divisionId}": "ANY authorization:division:edit",
};

/**
 * Objects (11 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const objects = objectsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function objectsApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
