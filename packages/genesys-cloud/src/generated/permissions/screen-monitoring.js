// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/screen-monitoring/openapi.yaml (sha256 7ba76b9167a6f0a1)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area screen-monitoring` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/conversations/{conversationId}/participants/{participantId}/screenmonitors/sessions/{screenMonitoringId}": "ANY realtimeMonitor:screen:monitorConversation",
  "DELETE /api/v2/users/{userId}/screenmonitors/sessions/{screenMonitoringId}": "ANY realtimeMonitor:screen:monitorAgent",
  "GET /api/v2/conversations/{conversationId}/participants/{participantId}/screenmonitors/sessions/{screenMonitoringId}": "ANY realtimeMonitor:screen:monitorConversation",
  "GET /api/v2/screenmonitors/sessions/details": "ANY realtimeMonitor:screenSession:view",
  "GET /api/v2/screenmonitors/settings": "ANY realtimeMonitor:settings:view",
  "GET /api/v2/screenmonitors/users/{userId}/sessions": "ANY realtimeMonitor:screen:monitorConversation realtimeMonitor:screen:monitorAgent",
  "GET /api/v2/users/{userId}/screenmonitors/sessions/{screenMonitoringId}": "ANY realtimeMonitor:screen:monitorAgent",
  "POST /api/v2/conversations/{conversationId}/participants/{participantId}/screenmonitors/sessions": "ANY realtimeMonitor:screen:monitorConversation",
  "POST /api/v2/screenmonitors/sessions/users/details": "ANY realtimeMonitor:screenSession:view",
  "POST /api/v2/users/{userId}/screenmonitors/sessions": "ANY realtimeMonitor:screen:monitorAgent",
  "PUT /api/v2/screenmonitors/settings": "ANY realtimeMonitor:settings:edit",
};
