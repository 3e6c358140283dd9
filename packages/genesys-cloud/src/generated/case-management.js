// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/case-management/openapi.yaml (sha256 e803005d14ace005)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area case-management` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/casemanagement/caseplans/{caseplanId}": "ALL caseManagement:caseplan:delete",
  "DELETE /api/v2/casemanagement/caseplans/{caseplanId}/dataschemas/{schemaKeyName}": "ALL caseManagement:caseplanDataSchemas:delete",
  "DELETE /api/v2/casemanagement/cases/{caseId}": "ALL caseManagement:case:delete",
  "DELETE /api/v2/casemanagement/cases/{caseId}/comments/me/{commentId}": "ANY caseManagement:commentSelf:delete",
  "GET /api/v2/casemanagement/caseplans": "ANY caseManagement:caseplan:view",
  "GET /api/v2/casemanagement/caseplans/{caseplanId}": "ANY caseManagement:caseplan:view",
  "GET /api/v2/casemanagement/caseplans/{caseplanId}/versions/{versionId}": "ANY caseManagement:caseplan:version",
  "GET /api/v2/casemanagement/caseplans/{caseplanId}/versions/{versionId}/dataschemas": "ANY caseManagement:caseplanDataSchemas:view",
  "GET /api/v2/casemanagement/caseplans/{caseplanId}/versions/{versionId}/intakesettings": "ANY caseManagement:caseplanIntakeSettings:view",
  "GET /api/v2/casemanagement/caseplans/{caseplanId}/versions/{versionId}/stageplans": "ANY caseManagement:stageplan:view",
  "GET /api/v2/casemanagement/caseplans/{caseplanId}/versions/{versionId}/stageplans/{stageplanId}": "ANY caseManagement:stageplan:view",
  "GET /api/v2/casemanagement/caseplans/{caseplanId}/versions/{versionId}/stageplans/{stageplanId}/stepplans": "ANY caseManagement:stepplan:view",
  "GET /api/v2/casemanagement/caseplans/{caseplanId}/versions/{versionId}/stageplans/{stageplanId}/stepplans/{stepplanId}": "ANY caseManagement:stepplan:view",
  "GET /api/v2/casemanagement/cases/externalcontacts/{externalContactId}": "ANY caseManagement:caseExternalContact:view",
  "GET /api/v2/casemanagement/cases/query/jobs/{jobId}": "ALL caseManagement:queryJob:view",
  "GET /api/v2/casemanagement/cases/query/jobs/{jobId}/results": "ALL caseManagement:queryJobResults:view",
  "GET /api/v2/casemanagement/cases/references/{referenceId}": "ANY caseManagement:caseReference:view",
  "GET /api/v2/casemanagement/cases/{caseId}": "ANY caseManagement:case:view",
  "GET /api/v2/casemanagement/cases/{caseId}/associations": "ANY caseManagement:caseAssociation:view",
  "GET /api/v2/casemanagement/cases/{caseId}/associations/{associationId}": "ANY caseManagement:caseAssociation:view",
  "GET /api/v2/casemanagement/cases/{caseId}/comments": "ANY caseManagement:comment:view",
  "GET /api/v2/casemanagement/cases/{caseId}/comments/{commentId}": "ANY caseManagement:comment:view",
  "GET /api/v2/casemanagement/cases/{caseId}/stages": "ANY caseManagement:stage:view",
  "GET /api/v2/casemanagement/cases/{caseId}/stages/{stageId}": "ANY caseManagement:stage:view",
  "GET /api/v2/casemanagement/cases/{caseId}/stages/{stageId}/steps": "ANY caseManagement:step:view",
  "GET /api/v2/casemanagement/cases/{caseId}/stages/{stageId}/steps/{stepId}": "ANY caseManagement:step:view",
  "GET /api/v2/casemanagement/cases/{caseId}/terminate/jobs/{jobId}": "ANY caseManagement:terminateJob:view",
  "PATCH /api/v2/casemanagement/caseplans/{caseplanId}": "ALL caseManagement:caseplan:edit",
  "PATCH /api/v2/casemanagement/caseplans/{caseplanId}/stageplans/{stageplanId}": "ANY caseManagement:stageplan:edit",
  "PATCH /api/v2/casemanagement/caseplans/{caseplanId}/stageplans/{stageplanId}/stepplans/{stepplanId}": "ANY caseManagement:stepplan:edit",
  "PATCH /api/v2/casemanagement/cases/{caseId}/datedue": "ANY caseManagement:caseDateDue:edit",
  "PATCH /api/v2/casemanagement/cases/{caseId}/owner": "ANY caseManagement:caseOwner:edit",
  "PATCH /api/v2/casemanagement/cases/{caseId}/priority": "ANY caseManagement:casePriority:edit",
  "PATCH /api/v2/casemanagement/cases/{caseId}/summary": "ANY caseManagement:caseSummary:edit",
  "POST /api/v2/casemanagement/caseplans": "ANY caseManagement:caseplan:add",
  "POST /api/v2/casemanagement/caseplans/query": "ANY caseManagement:caseplan:view",
  "POST /api/v2/casemanagement/caseplans/{caseplanId}/dataschemas": "ALL caseManagement:caseplanDataSchemas:add",
  "POST /api/v2/casemanagement/caseplans/{caseplanId}/publish": "ANY caseManagement:caseplan:publish",
  "POST /api/v2/casemanagement/caseplans/{caseplanId}/versions": "ALL caseManagement:caseplan:edit",
  "POST /api/v2/casemanagement/cases": "ANY caseManagement:case:add",
  "POST /api/v2/casemanagement/cases/associations/query": "ANY caseManagement:caseAssociation:view",
  "POST /api/v2/casemanagement/cases/query/jobs": "ANY caseManagement:queryJob:add",
  "POST /api/v2/casemanagement/cases/{caseId}/associations": "ANY caseManagement:caseAssociation:add",
  "POST /api/v2/casemanagement/cases/{caseId}/comments": "ANY caseManagement:comment:add",
  "POST /api/v2/casemanagement/cases/{caseId}/terminate/jobs": "ANY caseManagement:terminateJob:add",
  "PUT /api/v2/casemanagement/caseplans/{caseplanId}/dataschemas/{schemaKeyName}": "ALL caseManagement:caseplanDataSchemas:edit",
  "PUT /api/v2/casemanagement/caseplans/{caseplanId}/intakesettings": "ANY caseManagement:caseplanIntakeSettings:edit",
};

/**
 * Case Management (50 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const caseManagement = caseManagementApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function caseManagementApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
