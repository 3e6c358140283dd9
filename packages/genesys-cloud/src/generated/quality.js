// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/quality/openapi.yaml (sha256 7723279e0f18e09d)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area quality` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/analytics/evaluations/aggregates/jobs/{jobId}": "ANY analytics:evaluationAggregate:view",
  "DELETE /api/v2/analytics/surveys/aggregates/jobs/{jobId}": "ANY analytics:surveyAggregate:view",
  "DELETE /api/v2/quality/calibrations/{calibrationId}": "ANY quality:calibration:delete",
  "DELETE /api/v2/quality/conversations/{conversationId}/evaluations/{evaluationId}": "ANY quality:evaluation:delete",
  "DELETE /api/v2/quality/forms/evaluations/{formId}": "ANY quality:evaluationForm:delete",
  "DELETE /api/v2/quality/forms/surveys/{formId}": "ALL quality:surveyForm:delete",
  "DELETE /api/v2/quality/forms/{formId}": "ANY quality:evaluationForm:delete",
  "DELETE /api/v2/quality/programs/{programId}/agentscoringrules/{ruleId}": "ANY quality:scoringRule:delete",
  "GET /api/v2/analytics/evaluations/aggregates/jobs/{jobId}": "ANY analytics:evaluationAggregate:view",
  "GET /api/v2/analytics/evaluations/aggregates/jobs/{jobId}/results": "ANY analytics:evaluationAggregate:view",
  "GET /api/v2/analytics/surveys/aggregates/jobs/{jobId}": "ANY analytics:surveyAggregate:view",
  "GET /api/v2/analytics/surveys/aggregates/jobs/{jobId}/results": "ANY analytics:surveyAggregate:view",
  "GET /api/v2/quality/agents/activity": "ANY quality:evaluation:view",
  "GET /api/v2/quality/calibrations": "ANY quality:calibration:view",
  "GET /api/v2/quality/calibrations/{calibrationId}": "ANY quality:calibration:view",
  "GET /api/v2/quality/conversations/audits/query/{transactionId}": "ALL audits:interactionDetails:view",
  "GET /api/v2/quality/conversations/audits/query/{transactionId}/results": "ALL audits:interactionDetails:view",
  "GET /api/v2/quality/conversations/{conversationId}/evaluations/{evaluationId}": "ANY quality:evaluation:view quality:evaluation:assign quality:evaluation:release",
  "GET /api/v2/quality/conversations/{conversationId}/surveys": "ANY quality:survey:view",
  "GET /api/v2/quality/evaluations/query": "ANY quality:evaluation:view",
  "GET /api/v2/quality/evaluators/activity": "ANY quality:evaluation:view",
  "GET /api/v2/quality/forms": "ANY quality:evaluationForm:view",
  "GET /api/v2/quality/forms/evaluations": "ANY quality:evaluationForm:view",
  "GET /api/v2/quality/forms/evaluations/bulk": "ANY quality:evaluationForm:view",
  "GET /api/v2/quality/forms/evaluations/bulk/contexts": "ANY quality:evaluationForm:view",
  "GET /api/v2/quality/forms/evaluations/{formId}": "ANY quality:evaluationForm:view",
  "GET /api/v2/quality/forms/evaluations/{formId}/versions": "ANY quality:evaluationForm:view",
  "GET /api/v2/quality/forms/surveys": "ALL quality:surveyForm:view",
  "GET /api/v2/quality/forms/surveys/bulk": "ANY quality:surveyForm:view",
  "GET /api/v2/quality/forms/surveys/bulk/contexts": "ANY quality:surveyForm:view",
  "GET /api/v2/quality/forms/surveys/{formId}": "ALL quality:surveyForm:view",
  "GET /api/v2/quality/forms/surveys/{formId}/versions": "ALL quality:surveyForm:view",
  "GET /api/v2/quality/forms/{formId}": "ANY quality:evaluationForm:view",
  "GET /api/v2/quality/forms/{formId}/versions": "ANY quality:evaluationForm:view",
  "GET /api/v2/quality/programs/{programId}/agentscoringrules": "ANY quality:scoringRule:view",
  "GET /api/v2/quality/programs/{programId}/agentscoringrules/{ruleId}": "ANY quality:scoringRule:view",
  "GET /api/v2/quality/publishedforms": "ANY quality:evaluationForm:view",
  "GET /api/v2/quality/publishedforms/evaluations": "ANY quality:evaluationForm:view",
  "GET /api/v2/quality/publishedforms/evaluations/divisionviews": "ALL quality:evaluationForm:search",
  "GET /api/v2/quality/publishedforms/evaluations/divisionviews/{evaluationFormId}": "ALL quality:evaluationForm:search",
  "GET /api/v2/quality/publishedforms/evaluations/{formId}": "ANY quality:evaluationForm:view",
  "GET /api/v2/quality/publishedforms/surveys": "ALL quality:surveyForm:view",
  "GET /api/v2/quality/publishedforms/surveys/divisionviews": "ALL quality:surveyForm:search",
  "GET /api/v2/quality/publishedforms/surveys/divisionviews/{surveyFormId}": "ALL quality:surveyForm:search",
  "GET /api/v2/quality/publishedforms/surveys/{formId}": "ALL quality:surveyForm:view",
  "GET /api/v2/quality/publishedforms/{formId}": "ANY quality:evaluationForm:view",
  "GET /api/v2/quality/surveys/{surveyId}": "ANY quality:survey:view",
  "PATCH /api/v2/quality/forms/surveys/{formId}": "ALL quality:surveyForm:disable",
  "POST /api/v2/analytics/evaluations/aggregates/jobs": "ANY analytics:evaluationAggregate:view",
  "POST /api/v2/analytics/evaluations/aggregates/query": "ANY analytics:evaluationAggregate:view",
  "POST /api/v2/analytics/surveys/aggregates/jobs": "ANY analytics:surveyAggregate:view",
  "POST /api/v2/analytics/surveys/aggregates/query": "ANY analytics:surveyAggregate:view",
  "POST /api/v2/quality/calibrations": "ANY quality:calibration:add",
  "POST /api/v2/quality/conversations/audits/query": "ALL audits:interactionDetails:view",
  "POST /api/v2/quality/conversations/{conversationId}/evaluations": "ANY quality:evaluation:add",
  "POST /api/v2/quality/evaluations/search": "ANY quality:evaluation:searchAny",
  "POST /api/v2/quality/forms": "ANY quality:evaluationForm:add",
  "POST /api/v2/quality/forms/evaluations": "ANY quality:evaluationForm:add",
  "POST /api/v2/quality/forms/surveys": "ALL quality:surveyForm:add",
  "POST /api/v2/quality/programs/{programId}/agentscoringrules": "ANY quality:scoringRule:add",
  "POST /api/v2/quality/publishedforms": "ANY quality:evaluationForm:add",
  "POST /api/v2/quality/publishedforms/evaluations": "ANY quality:evaluationForm:add",
  "POST /api/v2/quality/publishedforms/surveys": "ALL quality:surveyForm:add",
  "POST /api/v2/quality/surveys": "ANY quality:survey:add",
  "PUT /api/v2/quality/calibrations/{calibrationId}": "ANY quality:calibration:edit",
  "PUT /api/v2/quality/conversations/{conversationId}/evaluations/{evaluationId}": "ANY quality:evaluation:edit quality:evaluation:editScore quality:evaluation:editAgentSignoff",
  "PUT /api/v2/quality/forms/evaluations/{formId}": "ANY quality:evaluationForm:edit",
  "PUT /api/v2/quality/forms/evaluations/{formId}/aiscoring/settings": "ANY quality:evaluationForm:aiScoringEdit",
  "PUT /api/v2/quality/forms/surveys/{formId}": "ALL quality:surveyForm:edit",
  "PUT /api/v2/quality/forms/{formId}": "ANY quality:evaluationForm:edit",
  "PUT /api/v2/quality/programs/{programId}/agentscoringrules/{ruleId}": "ANY quality:scoringRule:edit",
};

/**
 * Quality (76 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const quality = qualityApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function qualityApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
