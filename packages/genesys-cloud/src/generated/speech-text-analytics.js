// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/speech-text-analytics/openapi.yaml (sha256 bd859d1563b9092b)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area speech-text-analytics` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/speechandtextanalytics/categories/{categoryId}": "ALL speechAndTextAnalytics:category:delete",
  "DELETE /api/v2/speechandtextanalytics/dictionaryfeedback/{dictionaryFeedbackId}": "ALL speechAndTextAnalytics:dictionaryterm:delete",
  "DELETE /api/v2/speechandtextanalytics/programs/{programId}": "ALL speechAndTextAnalytics:program:delete",
  "DELETE /api/v2/speechandtextanalytics/reprocessing/jobs/{jobId}": "ALL speechAndTextAnalytics:reprocessInteractions:delete",
  "DELETE /api/v2/speechandtextanalytics/sentimentfeedback": "ALL speechAndTextAnalytics:feedback:delete",
  "DELETE /api/v2/speechandtextanalytics/sentimentfeedback/{sentimentFeedbackId}": "ALL speechAndTextAnalytics:feedback:delete",
  "DELETE /api/v2/speechandtextanalytics/topics/{topicId}": "ALL speechAndTextAnalytics:topic:delete",
  "GET /api/v2/speechandtextanalytics/categories": "ALL speechAndTextAnalytics:category:view",
  "GET /api/v2/speechandtextanalytics/categories/{categoryId}": "ALL speechAndTextAnalytics:category:view",
  "GET /api/v2/speechandtextanalytics/conversations/{conversationId}": "ALL recording:recording:view speechAndTextAnalytics:data:view",
  "GET /api/v2/speechandtextanalytics/conversations/{conversationId}/categories": "ALL speechAndTextAnalytics:data:view",
  "GET /api/v2/speechandtextanalytics/conversations/{conversationId}/communications/{communicationId}/transcripturl": "ALL recording:recording:view speechAndTextAnalytics:data:view",
  "GET /api/v2/speechandtextanalytics/conversations/{conversationId}/communications/{communicationId}/transcripturls": "ANY recording:recording:view recording:recordingSegment:view",
  "GET /api/v2/speechandtextanalytics/conversations/{conversationId}/sentiments": "ALL speechAndTextAnalytics:sentimentData:view",
  "GET /api/v2/speechandtextanalytics/conversations/{conversationId}/summaries": "ALL speechAndTextAnalytics:aiSummary:view",
  "GET /api/v2/speechandtextanalytics/dictionaryfeedback": "ALL speechAndTextAnalytics:dictionaryterm:view",
  "GET /api/v2/speechandtextanalytics/dictionaryfeedback/{dictionaryFeedbackId}": "ALL speechAndTextAnalytics:dictionaryterm:view",
  "GET /api/v2/speechandtextanalytics/programs": "ALL speechAndTextAnalytics:program:view",
  "GET /api/v2/speechandtextanalytics/programs/general/jobs/{jobId}": "ALL speechAndTextAnalytics:program:add speechAndTextAnalytics:program:edit speechAndTextAnalytics:topic:add speechAndTextAnalytics:topic:edit",
  "GET /api/v2/speechandtextanalytics/programs/mappings": "ALL speechAndTextAnalytics:program:view",
  "GET /api/v2/speechandtextanalytics/programs/publishjobs/{jobId}": "ALL speechAndTextAnalytics:program:publish",
  "GET /api/v2/speechandtextanalytics/programs/settings/insights": "ALL speechAndTextAnalytics:program:view speechAndTextAnalytics:insightsSettings:view",
  "GET /api/v2/speechandtextanalytics/programs/topiclinks/jobs/{jobId}": "ALL speechAndTextAnalytics:program:view",
  "GET /api/v2/speechandtextanalytics/programs/unpublished": "ALL speechAndTextAnalytics:program:view",
  "GET /api/v2/speechandtextanalytics/programs/{programId}": "ALL speechAndTextAnalytics:program:view",
  "GET /api/v2/speechandtextanalytics/programs/{programId}/mappings": "ALL speechAndTextAnalytics:program:view",
  "GET /api/v2/speechandtextanalytics/programs/{programId}/settings/insights": "ALL speechAndTextAnalytics:program:view speechAndTextAnalytics:insightsSettings:view",
  "GET /api/v2/speechandtextanalytics/programs/{programId}/transcriptionengines": "ALL speechAndTextAnalytics:program:view",
  "GET /api/v2/speechandtextanalytics/reprocessing/jobs": "ALL speechAndTextAnalytics:reprocessInteractions:view",
  "GET /api/v2/speechandtextanalytics/reprocessing/jobs/{jobId}": "ALL speechAndTextAnalytics:reprocessInteractions:view",
  "GET /api/v2/speechandtextanalytics/reprocessing/jobs/{jobId}/interactions": "ALL speechAndTextAnalytics:reprocessInteractions:view",
  "GET /api/v2/speechandtextanalytics/sentimentfeedback": "ALL speechAndTextAnalytics:feedback:view",
  "GET /api/v2/speechandtextanalytics/settings": "ALL speechAndTextAnalytics:settings:view",
  "GET /api/v2/speechandtextanalytics/topics": "ALL speechAndTextAnalytics:topic:view",
  "GET /api/v2/speechandtextanalytics/topics/general": "ALL speechAndTextAnalytics:topic:view",
  "GET /api/v2/speechandtextanalytics/topics/general/status": "ALL speechAndTextAnalytics:topic:view",
  "GET /api/v2/speechandtextanalytics/topics/generatedphrases/jobs/{jobId}": "ALL speechAndTextAnalytics:topic:addAIPhrases",
  "GET /api/v2/speechandtextanalytics/topics/publishjobs/{jobId}": "ALL speechAndTextAnalytics:topic:publish",
  "GET /api/v2/speechandtextanalytics/topics/testphrase/jobs/{jobId}": "ALL speechAndTextAnalytics:topic:testPhrase",
  "GET /api/v2/speechandtextanalytics/topics/{topicId}": "ALL speechAndTextAnalytics:topic:view",
  "GET /api/v2/speechandtextanalytics/translations/languages": "ALL speechAndTextAnalytics:translation:view",
  "GET /api/v2/speechandtextanalytics/translations/languages/{languageId}/conversations/{conversationId}": "ALL speechAndTextAnalytics:translation:view",
  "PATCH /api/v2/speechandtextanalytics/settings": "ALL speechAndTextAnalytics:settings:edit",
  "POST /api/v2/speechandtextanalytics/categories": "ALL speechAndTextAnalytics:category:add",
  "POST /api/v2/speechandtextanalytics/dictionaryfeedback": "ALL speechAndTextAnalytics:dictionaryterm:add",
  "POST /api/v2/speechandtextanalytics/programs": "ALL speechAndTextAnalytics:program:add",
  "POST /api/v2/speechandtextanalytics/programs/general/jobs": "ALL speechAndTextAnalytics:program:add speechAndTextAnalytics:program:edit speechAndTextAnalytics:topic:add speechAndTextAnalytics:topic:edit",
  "POST /api/v2/speechandtextanalytics/programs/publishjobs": "ALL speechAndTextAnalytics:program:publish",
  "POST /api/v2/speechandtextanalytics/reprocessing/jobs": "ALL speechAndTextAnalytics:reprocessInteractions:add",
  "POST /api/v2/speechandtextanalytics/sentimentfeedback": "ALL speechAndTextAnalytics:feedback:add",
  "POST /api/v2/speechandtextanalytics/topics": "ALL speechAndTextAnalytics:topic:add",
  "POST /api/v2/speechandtextanalytics/topics/generatedphrases/jobs": "ALL speechAndTextAnalytics:topic:addAIPhrases",
  "POST /api/v2/speechandtextanalytics/topics/publishjobs": "ALL speechAndTextAnalytics:topic:publish",
  "POST /api/v2/speechandtextanalytics/topics/testphrase/jobs": "ALL speechAndTextAnalytics:topic:testPhrase",
  "POST /api/v2/speechandtextanalytics/transcripts/search": "ANY analytics:conversationDetail:view recording:recording:view recording:recordingSegment:view",
  "PUT /api/v2/speechandtextanalytics/categories/{categoryId}": "ALL speechAndTextAnalytics:category:edit",
  "PUT /api/v2/speechandtextanalytics/dictionaryfeedback/{dictionaryFeedbackId}": "ALL speechAndTextAnalytics:dictionaryterm:edit",
  "PUT /api/v2/speechandtextanalytics/programs/{programId}": "ALL speechAndTextAnalytics:program:edit",
  "PUT /api/v2/speechandtextanalytics/programs/{programId}/mappings": "ALL speechAndTextAnalytics:program:edit",
  "PUT /api/v2/speechandtextanalytics/programs/{programId}/settings/insights": "ALL speechAndTextAnalytics:program:edit speechAndTextAnalytics:insightsSettings:edit",
  "PUT /api/v2/speechandtextanalytics/programs/{programId}/transcriptionengines": "ALL speechAndTextAnalytics:program:edit",
  "PUT /api/v2/speechandtextanalytics/settings": "ALL speechAndTextAnalytics:settings:edit",
  "PUT /api/v2/speechandtextanalytics/topics/{topicId}": "ALL speechAndTextAnalytics:topic:edit",
};

/**
 * Speech Text Analytics (66 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const speechTextAnalytics = speechTextAnalyticsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function speechTextAnalyticsApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
