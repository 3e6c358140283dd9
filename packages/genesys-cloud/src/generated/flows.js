// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/flows/openapi.yaml (sha256 845452e8949acdf5)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area flows` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/analytics/flows/aggregates/jobs/{jobId}": "ANY analytics:flowAggregate:view",
  "GET /api/v2/analytics/flows/aggregates/jobs/{jobId}": "ANY analytics:flowAggregate:view",
  "GET /api/v2/analytics/flows/aggregates/jobs/{jobId}/results": "ANY analytics:flowAggregate:view",
  "POST /api/v2/analytics/flows/activity/query": "ANY analytics:flowObservation:view",
  "POST /api/v2/analytics/flows/aggregates/jobs": "ANY analytics:flowAggregate:view",
  "POST /api/v2/analytics/flows/aggregates/query": "ANY analytics:flowAggregate:view",
  "POST /api/v2/analytics/flows/observations/query": "ANY analytics:flowObservation:view",
};

/**
 * Flows (7 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const flows = flowsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function flowsApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
