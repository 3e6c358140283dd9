// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/language-understanding/openapi.yaml (sha256 244d3e2b592c0dd9)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area language-understanding` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/languageunderstanding/domains/{domainId}": "ANY languageUnderstanding:nluDomain:delete dialog:bot:delete",
  "DELETE /api/v2/languageunderstanding/domains/{domainId}/feedback/{feedbackId}": "ANY languageUnderstanding:feedback:delete dialog:bot:delete",
  "DELETE /api/v2/languageunderstanding/domains/{domainId}/versions/{domainVersionId}": "ANY languageUnderstanding:nluDomainVersion:delete dialog:botVersion:delete",
  "DELETE /api/v2/languageunderstanding/miners/{minerId}": "ALL languageUnderstanding:miner:delete",
  "DELETE /api/v2/languageunderstanding/miners/{minerId}/drafts/{draftId}": "ALL languageUnderstanding:draft:delete",
  "GET /api/v2/languageunderstanding/domains": "ANY languageUnderstanding:nluDomain:view dialog:bot:view",
  "GET /api/v2/languageunderstanding/domains/{domainId}": "ANY languageUnderstanding:nluDomain:view dialog:bot:view",
  "GET /api/v2/languageunderstanding/domains/{domainId}/feedback": "ANY languageUnderstanding:feedback:view dialog:bot:view",
  "GET /api/v2/languageunderstanding/domains/{domainId}/feedback/{feedbackId}": "ANY languageUnderstanding:feedback:view dialog:bot:view",
  "GET /api/v2/languageunderstanding/domains/{domainId}/versions": "ANY languageUnderstanding:nluDomainVersion:view dialog:botVersion:view",
  "GET /api/v2/languageunderstanding/domains/{domainId}/versions/{domainVersionId}": "ANY languageUnderstanding:nluDomainVersion:view dialog:botVersion:view",
  "GET /api/v2/languageunderstanding/domains/{domainId}/versions/{domainVersionId}/report": "ANY languageUnderstanding:nluDomainVersion:view dialog:botVersion:view",
  "GET /api/v2/languageunderstanding/ignorephrases/{languageCode}": "ALL languageUnderstanding:ignoredPhrase:view",
  "GET /api/v2/languageunderstanding/ignoretopics/{languageCode}": "ALL languageUnderstanding:ignoredTopic:view",
  "GET /api/v2/languageunderstanding/miners": "ALL languageUnderstanding:miner:view",
  "GET /api/v2/languageunderstanding/miners/{minerId}": "ALL languageUnderstanding:miner:view",
  "GET /api/v2/languageunderstanding/miners/{minerId}/drafts": "ALL languageUnderstanding:draft:view",
  "GET /api/v2/languageunderstanding/miners/{minerId}/drafts/{draftId}": "ALL languageUnderstanding:draft:view",
  "GET /api/v2/languageunderstanding/miners/{minerId}/intents": "ALL languageUnderstanding:minerIntent:view",
  "GET /api/v2/languageunderstanding/miners/{minerId}/intents/{intentId}": "ALL languageUnderstanding:minerIntent:view",
  "GET /api/v2/languageunderstanding/miners/{minerId}/topics": "ALL languageUnderstanding:miner:view",
  "GET /api/v2/languageunderstanding/miners/{minerId}/topics/{topicId}": "ALL languageUnderstanding:miner:view",
  "GET /api/v2/languageunderstanding/miners/{minerId}/topics/{topicId}/phrases/{phraseId}": "ALL languageUnderstanding:miner:view",
  "GET /api/v2/languageunderstanding/settings": "ANY languageUnderstanding:settings:view",
  "PATCH /api/v2/languageunderstanding/domains/{domainId}": "ANY languageUnderstanding:nluDomain:edit dialog:bot:edit",
  "PATCH /api/v2/languageunderstanding/miners/{minerId}/drafts/{draftId}": "ALL languageUnderstanding:draft:edit",
  "POST /api/v2/languageunderstanding/domains": "ANY languageUnderstanding:nluDomain:add dialog:bot:add",
  "POST /api/v2/languageunderstanding/domains/{domainId}/feedback": "ANY languageUnderstanding:feedback:add dialog:bot:add",
  "POST /api/v2/languageunderstanding/domains/{domainId}/versions": "ANY languageUnderstanding:nluDomainVersion:add dialog:botVersion:add",
  "POST /api/v2/languageunderstanding/domains/{domainId}/versions/{domainVersionId}/detect": "ANY languageUnderstanding:nluDomainVersion:view dialog:botVersion:view",
  "POST /api/v2/languageunderstanding/domains/{domainId}/versions/{domainVersionId}/publish": "ANY languageUnderstanding:nluDomainVersion:add dialog:botVersion:add",
  "POST /api/v2/languageunderstanding/domains/{domainId}/versions/{domainVersionId}/train": "ANY languageUnderstanding:nluDomainVersion:edit dialog:botVersion:edit",
  "POST /api/v2/languageunderstanding/ignorephrases/{languageCode}": "ALL languageUnderstanding:ignoredPhrase:add",
  "POST /api/v2/languageunderstanding/ignorephrases/{languageCode}/remove": "ALL languageUnderstanding:ignoredPhrase:delete",
  "POST /api/v2/languageunderstanding/ignoretopics/{languageCode}": "ALL languageUnderstanding:ignoredTopic:add",
  "POST /api/v2/languageunderstanding/ignoretopics/{languageCode}/remove": "ALL languageUnderstanding:ignoredTopic:delete",
  "POST /api/v2/languageunderstanding/miners": "ALL languageUnderstanding:miner:add",
  "POST /api/v2/languageunderstanding/miners/{minerId}/drafts": "ALL languageUnderstanding:draft:add",
  "POST /api/v2/languageunderstanding/miners/{minerId}/execute": "ALL languageUnderstanding:miner:execute",
  "PUT /api/v2/languageunderstanding/domains/{domainId}/versions/{domainVersionId}": "ANY languageUnderstanding:nluDomainVersion:edit dialog:botVersion:edit",
};

/**
 * Language Understanding (40 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const languageUnderstanding = languageUnderstandingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function languageUnderstandingApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
