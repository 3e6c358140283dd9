// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/coaching/openapi.yaml (sha256 c091ce21adb19c45)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area coaching` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/coaching/appointments/{appointmentId}": "ANY coaching:appointment:delete",
  "DELETE /api/v2/coaching/appointments/{appointmentId}/annotations/{annotationId}": "ANY coaching:annotation:delete coaching:privateAnnotation:delete",
  "GET /api/v2/coaching/appointments": "ANY coaching:appointment:view",
  "GET /api/v2/coaching/appointments/{appointmentId}": "ANY coaching:appointment:view",
  "GET /api/v2/coaching/appointments/{appointmentId}/annotations": "ANY coaching:annotation:view coaching:privateAnnotation:view",
  "GET /api/v2/coaching/appointments/{appointmentId}/annotations/{annotationId}": "ANY coaching:annotation:view coaching:privateAnnotation:view",
  "GET /api/v2/coaching/appointments/{appointmentId}/statuses": "ANY coaching:appointmentStatus:view",
  "GET /api/v2/coaching/notifications/{notificationId}": "ANY coaching:notification:view",
  "GET /api/v2/coaching/scheduleslots/jobs/{jobId}": "ANY coaching:scheduleSlotJob:view",
  "PATCH /api/v2/coaching/appointments/{appointmentId}": "ANY coaching:appointment:edit",
  "PATCH /api/v2/coaching/appointments/{appointmentId}/annotations/{annotationId}": "ANY coaching:annotation:edit coaching:privateAnnotation:edit",
  "PATCH /api/v2/coaching/appointments/{appointmentId}/status": "ANY coaching:appointmentStatus:edit",
  "POST /api/v2/coaching/appointments": "ANY coaching:appointment:add",
  "POST /api/v2/coaching/appointments/aggregates/query": "ANY coaching:appointment:view",
  "POST /api/v2/coaching/appointments/{appointmentId}/annotations": "ANY coaching:annotation:add coaching:privateAnnotation:add",
  "POST /api/v2/coaching/appointments/{appointmentId}/conversations": "ANY coaching:appointment:edit coaching:appointmentConversation:add",
  "POST /api/v2/coaching/scheduleslots/jobs": "ANY coaching:scheduleSlotJob:add",
  "POST /api/v2/coaching/scheduleslots/query": "ANY coaching:scheduleSlot:view",
};
