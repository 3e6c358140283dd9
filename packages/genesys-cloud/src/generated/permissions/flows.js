// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/flows/openapi.yaml (sha256 845452e8949acdf5)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area flows` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

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
