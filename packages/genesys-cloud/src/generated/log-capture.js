// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/log-capture/openapi.yaml (sha256 5f71780ee019dc78)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area log-capture` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/diagnostics/logcapture/browser/users/{userId}": "ANY troubleshooting:logCapture:delete",
  "GET /api/v2/diagnostics/logcapture/browser/entries/download/jobs/{jobId}": "ALL troubleshooting:logCapture:view",
  "GET /api/v2/diagnostics/logcapture/browser/users": "ANY troubleshooting:logCapture:view",
  "GET /api/v2/diagnostics/logcapture/browser/users/{userId}": "ANY troubleshooting:logCapture:view",
  "POST /api/v2/diagnostics/logcapture/browser/entries/download/jobs": "ANY troubleshooting:logCapture:add",
  "POST /api/v2/diagnostics/logcapture/browser/entries/query": "ANY troubleshooting:logCapture:view",
  "POST /api/v2/diagnostics/logcapture/browser/users/{userId}": "ANY troubleshooting:logCapture:add",
};

/**
 * Log Capture (7 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const logCapture = logCaptureApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function logCaptureApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
