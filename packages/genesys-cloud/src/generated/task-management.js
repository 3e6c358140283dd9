// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/task-management/openapi.yaml (sha256 ca44b449b6731d4c)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area task-management` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/taskmanagement/workbins/{workbinId}": "ANY workitems:workbin:delete",
  "DELETE /api/v2/taskmanagement/workitems/bulk/add/jobs/{bulkJobId}": "ANY workitems:bulkAddJob:delete",
  "DELETE /api/v2/taskmanagement/workitems/bulk/terminate/jobs/{bulkJobId}": "ALL workitems:bulkTerminateJob:delete",
  "DELETE /api/v2/taskmanagement/workitems/schemas/{schemaId}": "ANY workitems:workitemSchema:delete",
  "DELETE /api/v2/taskmanagement/workitems/{workitemId}": "ANY workitems:workitem:delete",
  "DELETE /api/v2/taskmanagement/worktypes/{worktypeId}": "ANY workitems:worktype:delete",
  "DELETE /api/v2/taskmanagement/worktypes/{worktypeId}/flows/datebased/rules/{ruleId}": "ANY workitems:flowRuleDateBased:delete",
  "DELETE /api/v2/taskmanagement/worktypes/{worktypeId}/flows/onattributechange/rules/{ruleId}": "ANY workitems:flowRuleOnAttributeChange:delete",
  "DELETE /api/v2/taskmanagement/worktypes/{worktypeId}/flows/oncreate/rules/{ruleId}": "ANY workitems:flowRuleOnCreate:delete",
  "DELETE /api/v2/taskmanagement/worktypes/{worktypeId}/statuses/{statusId}": "ANY workitems:status:delete",
  "GET /api/v2/taskmanagement/workbins/{workbinId}": "ANY workitems:workbin:view",
  "GET /api/v2/taskmanagement/workbins/{workbinId}/history": "ANY workitems:workbin:view",
  "GET /api/v2/taskmanagement/workbins/{workbinId}/versions": "ANY workitems:workbin:view",
  "GET /api/v2/taskmanagement/workbins/{workbinId}/versions/{entityVersion}": "ANY workitems:workbin:view",
  "GET /api/v2/taskmanagement/workitems/bulk/add/jobs/{bulkJobId}": "ANY workitems:bulkAddJob:view",
  "GET /api/v2/taskmanagement/workitems/bulk/add/jobs/{bulkJobId}/results": "ANY workitems:bulkAddJobResults:view",
  "GET /api/v2/taskmanagement/workitems/bulk/jobs/users/me": "ANY workitems:bulkJob:view",
  "GET /api/v2/taskmanagement/workitems/bulk/terminate/jobs/{bulkJobId}": "ALL workitems:bulkTerminateJob:view",
  "GET /api/v2/taskmanagement/workitems/bulk/terminate/jobs/{bulkJobId}/results": "ALL workitems:bulkTerminateJobResults:view",
  "GET /api/v2/taskmanagement/workitems/query/jobs/{jobId}": "ALL workitems:queryJob:view",
  "GET /api/v2/taskmanagement/workitems/query/jobs/{jobId}/results": "ALL workitems:queryJobResults:view",
  "GET /api/v2/taskmanagement/workitems/schemas": "ANY workitems:workitemSchema:view",
  "GET /api/v2/taskmanagement/workitems/schemas/coretypes": "ANY workitems:workitemSchema:view",
  "GET /api/v2/taskmanagement/workitems/schemas/coretypes/{coreTypeName}": "ANY workitems:workitemSchema:view",
  "GET /api/v2/taskmanagement/workitems/schemas/limits": "ANY workitems:workitemSchema:view",
  "GET /api/v2/taskmanagement/workitems/schemas/{schemaId}": "ANY workitems:workitemSchema:view",
  "GET /api/v2/taskmanagement/workitems/schemas/{schemaId}/versions": "ANY workitems:workitemSchema:view",
  "GET /api/v2/taskmanagement/workitems/schemas/{schemaId}/versions/{versionId}": "ANY workitems:workitemSchema:view",
  "GET /api/v2/taskmanagement/workitems/{workitemId}": "ANY workitems:workitem:view",
  "GET /api/v2/taskmanagement/workitems/{workitemId}/history": "ANY workitems:workitem:view",
  "GET /api/v2/taskmanagement/workitems/{workitemId}/users/{userId}/wrapups": "ANY workitems:wrapup:view",
  "GET /api/v2/taskmanagement/workitems/{workitemId}/versions": "ANY workitems:workitem:view",
  "GET /api/v2/taskmanagement/workitems/{workitemId}/versions/{entityVersion}": "ANY workitems:workitem:view",
  "GET /api/v2/taskmanagement/workitems/{workitemId}/wrapups": "ANY workitems:wrapup:view",
  "GET /api/v2/taskmanagement/worktypes/{worktypeId}": "ANY workitems:worktype:view",
  "GET /api/v2/taskmanagement/worktypes/{worktypeId}/flows/datebased/rules": "ANY workitems:flowRuleDateBased:view",
  "GET /api/v2/taskmanagement/worktypes/{worktypeId}/flows/datebased/rules/{ruleId}": "ANY workitems:flowRuleDateBased:view",
  "GET /api/v2/taskmanagement/worktypes/{worktypeId}/flows/onattributechange/rules": "ANY workitems:flowRuleOnAttributeChange:view",
  "GET /api/v2/taskmanagement/worktypes/{worktypeId}/flows/onattributechange/rules/{ruleId}": "ANY workitems:flowRuleOnAttributeChange:view",
  "GET /api/v2/taskmanagement/worktypes/{worktypeId}/flows/oncreate/rules": "ANY workitems:flowRuleOnCreate:view",
  "GET /api/v2/taskmanagement/worktypes/{worktypeId}/flows/oncreate/rules/{ruleId}": "ANY workitems:flowRuleOnCreate:view",
  "GET /api/v2/taskmanagement/worktypes/{worktypeId}/history": "ANY workitems:worktype:view",
  "GET /api/v2/taskmanagement/worktypes/{worktypeId}/statuses": "ANY workitems:status:view",
  "GET /api/v2/taskmanagement/worktypes/{worktypeId}/statuses/{statusId}": "ANY workitems:status:view",
  "GET /api/v2/taskmanagement/worktypes/{worktypeId}/versions": "ANY workitems:worktype:view",
  "GET /api/v2/taskmanagement/worktypes/{worktypeId}/versions/{entityVersion}": "ANY workitems:worktype:view",
  "PATCH /api/v2/taskmanagement/workbins/{workbinId}": "ANY workitems:workbin:edit",
  "PATCH /api/v2/taskmanagement/workitems/bulk/add/jobs/{bulkJobId}": "ANY workitems:bulkAddJob:edit",
  "PATCH /api/v2/taskmanagement/workitems/bulk/terminate/jobs/{bulkJobId}": "ALL workitems:bulkTerminateJob:edit",
  "PATCH /api/v2/taskmanagement/workitems/{workitemId}": "ANY workitems:workitem:edit workitems:workitem:accept",
  "PATCH /api/v2/taskmanagement/workitems/{workitemId}/assignment": "ANY workitems:workitem:pull workitems:workitem:assign",
  "PATCH /api/v2/taskmanagement/workitems/{workitemId}/users/me/wrapups": "ANY workitems:wrapupSelf:edit",
  "PATCH /api/v2/taskmanagement/workitems/{workitemId}/users/{userId}/wrapups": "ANY workitems:wrapup:edit",
  "PATCH /api/v2/taskmanagement/worktypes/{worktypeId}": "ALL workitems:worktype:edit",
  "PATCH /api/v2/taskmanagement/worktypes/{worktypeId}/flows/datebased/rules/{ruleId}": "ANY workitems:flowRuleDateBased:edit",
  "PATCH /api/v2/taskmanagement/worktypes/{worktypeId}/flows/onattributechange/rules/{ruleId}": "ANY workitems:flowRuleOnAttributeChange:edit",
  "PATCH /api/v2/taskmanagement/worktypes/{worktypeId}/flows/oncreate/rules/{ruleId}": "ANY workitems:flowRuleOnCreate:edit",
  "PATCH /api/v2/taskmanagement/worktypes/{worktypeId}/statuses/{statusId}": "ANY workitems:status:edit",
  "POST /api/v2/taskmanagement/workbins": "ANY workitems:workbin:add",
  "POST /api/v2/taskmanagement/workbins/query": "ALL workitems:workbin:view",
  "POST /api/v2/taskmanagement/workitems": "ANY workitems:workitem:add",
  "POST /api/v2/taskmanagement/workitems/bulk/add/jobs": "ANY workitems:bulkAddJob:add",
  "POST /api/v2/taskmanagement/workitems/bulk/terminate/jobs": "ALL workitems:bulkTerminateJob:add",
  "POST /api/v2/taskmanagement/workitems/query": "ANY workitems:workitem:view",
  "POST /api/v2/taskmanagement/workitems/query/jobs": "ANY workitems:queryJob:add",
  "POST /api/v2/taskmanagement/workitems/schemas": "ANY workitems:workitemSchema:add",
  "POST /api/v2/taskmanagement/workitems/{workitemId}/acd/cancel": "ANY workitems:workitem:cancelRouting",
  "POST /api/v2/taskmanagement/workitems/{workitemId}/disconnect": "ANY workitems:workitem:disconnect",
  "POST /api/v2/taskmanagement/workitems/{workitemId}/terminate": "ANY workitems:workitem:terminate",
  "POST /api/v2/taskmanagement/worktypes": "ANY workitems:worktype:add",
  "POST /api/v2/taskmanagement/worktypes/query": "ALL workitems:worktype:view",
  "POST /api/v2/taskmanagement/worktypes/{worktypeId}/flows/datebased/rules": "ANY workitems:flowRuleDateBased:add",
  "POST /api/v2/taskmanagement/worktypes/{worktypeId}/flows/onattributechange/rules": "ANY workitems:flowRuleOnAttributeChange:add",
  "POST /api/v2/taskmanagement/worktypes/{worktypeId}/flows/oncreate/rules": "ANY workitems:flowRuleOnCreate:add",
  "POST /api/v2/taskmanagement/worktypes/{worktypeId}/statuses": "ANY workitems:status:add",
  "PUT /api/v2/taskmanagement/workitems/schemas/{schemaId}": "ANY workitems:workitemSchema:edit",
};

/**
 * Task Management (76 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const taskManagement = taskManagementApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function taskManagementApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
