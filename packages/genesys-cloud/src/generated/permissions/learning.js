// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/learning/openapi.yaml (sha256 af30e39222ba863e)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area learning` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/learning/assignments/{assignmentId}": "ANY learning:assignment:delete",
  "DELETE /api/v2/learning/modules/{moduleId}": "ANY learning:module:delete",
  "GET /api/v2/learning/assignments": "ANY learning:assignment:view",
  "GET /api/v2/learning/assignments/{assignmentId}": "ANY learning:assignment:view",
  "GET /api/v2/learning/assignments/{assignmentId}/steps/{stepId}": "ANY learning:assignment:viewOwn",
  "GET /api/v2/learning/modules": "ANY learning:module:view",
  "GET /api/v2/learning/modules/assignments": "ALL learning:module:view learning:assignment:view",
  "GET /api/v2/learning/modules/coverart/{coverArtId}": "ANY learning:coverart:view",
  "GET /api/v2/learning/modules/{moduleId}": "ANY learning:module:view",
  "GET /api/v2/learning/modules/{moduleId}/jobs/{jobId}": "ANY learning:module:view",
  "GET /api/v2/learning/modules/{moduleId}/preview": "ANY learning:module:preview",
  "GET /api/v2/learning/modules/{moduleId}/rule": "ANY learning:rule:view",
  "GET /api/v2/learning/modules/{moduleId}/versions/{versionId}": "ANY learning:module:view",
  "GET /api/v2/learning/scheduleslots/jobs/{jobId}": "ANY learning:scheduleSlotJob:view",
  "GET /api/v2/learning/scorm/{scormId}": "ANY learning:scorm:view",
  "PATCH /api/v2/learning/assignments/{assignmentId}/reschedule": "ANY learning:assignment:reschedule",
  "PATCH /api/v2/learning/assignments/{assignmentId}/steps/{stepId}": "ANY learning:assignment:editOwn",
  "PATCH /api/v2/learning/modules/{moduleId}/users/{userId}/assignments": "ALL learning:externalAssignment:edit",
  "POST /api/v2/learning/assessments/scoring": "ANY learning:module:view learning:module:add learning:module:edit",
  "POST /api/v2/learning/assignments": "ANY learning:assignment:add",
  "POST /api/v2/learning/assignments/aggregates/query": "ANY learning:assignment:view",
  "POST /api/v2/learning/assignments/bulkadd": "ANY learning:assignment:add",
  "POST /api/v2/learning/assignments/bulkremove": "ANY learning:assignment:delete",
  "POST /api/v2/learning/assignments/{assignmentId}/reassign": "ANY learning:assignment:add",
  "POST /api/v2/learning/assignments/{assignmentId}/reset": "ANY learning:assignment:reset",
  "POST /api/v2/learning/modules": "ANY learning:module:add",
  "POST /api/v2/learning/modules/{moduleId}/jobs": "ANY learning:module:add",
  "POST /api/v2/learning/modules/{moduleId}/publish": "ANY learning:module:publish",
  "POST /api/v2/learning/modules/{moduleId}/rule/migrate": "ANY learning:module:edit",
  "POST /api/v2/learning/rules/query": "ANY learning:rule:view",
  "POST /api/v2/learning/scheduleslots/jobs": "ANY learning:scheduleSlotJob:add",
  "POST /api/v2/learning/scheduleslots/query": "ANY learning:scheduleSlot:view",
  "POST /api/v2/learning/scorm": "ANY learning:scorm:add",
  "PUT /api/v2/learning/modules/{moduleId}": "ANY learning:module:edit",
  "PUT /api/v2/learning/modules/{moduleId}/preview": "ANY learning:module:preview",
  "PUT /api/v2/learning/modules/{moduleId}/rule": "ANY learning:rule:edit",
};
