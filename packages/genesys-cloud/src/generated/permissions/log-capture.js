// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/log-capture/openapi.yaml (sha256 5f71780ee019dc78)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area log-capture` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

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
