// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/events/openapi.yaml (sha256 8ebf709a36bcc673)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area events` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "POST /api/v2/events/conversations": "ANY conversation:conversation:inject",
  "POST /api/v2/events/routing/customkpiattributions": "ANY routing:customKpiAttribution:inject",
  "POST /api/v2/events/users/presence": "ANY presence:userPresence:inject",
  "POST /api/v2/events/users/routingstatus": "ANY routing:routingstatus:inject",
};

/**
 * Events (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const events = eventsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function eventsApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
