// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/process-automation/openapi.yaml (sha256 90a350446e99b422)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area process-automation` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/processautomation/scheduledtriggers/{scheduledTriggerId}": "ANY processautomation:trigger:delete",
  "DELETE /api/v2/processautomation/triggers/{triggerId}": "ANY processautomation:trigger:delete",
  "GET /api/v2/processautomation/scheduledtriggers": "ANY processautomation:trigger:edit processautomation:trigger:view",
  "GET /api/v2/processautomation/scheduledtriggers/{scheduledTriggerId}": "ANY processautomation:trigger:edit processautomation:trigger:view",
  "GET /api/v2/processautomation/triggers": "ANY processautomation:trigger:edit processautomation:trigger:view",
  "GET /api/v2/processautomation/triggers/topics": "ANY processautomation:trigger:edit processautomation:trigger:view",
  "GET /api/v2/processautomation/triggers/{triggerId}": "ANY processautomation:trigger:edit processautomation:trigger:view",
  "POST /api/v2/processautomation/scheduledtriggers": "ANY processautomation:trigger:add",
  "POST /api/v2/processautomation/triggers": "ANY processautomation:trigger:add",
  "POST /api/v2/processautomation/triggers/topics/{topicName}/test": "ANY processautomation:trigger:test",
  "POST /api/v2/processautomation/triggers/{triggerId}/test": "ANY processautomation:trigger:test",
  "PUT /api/v2/processautomation/scheduledtriggers/{scheduledTriggerId}": "ANY processautomation:trigger:edit",
  "PUT /api/v2/processautomation/triggers/{triggerId}": "ANY processautomation:trigger:edit",
};
