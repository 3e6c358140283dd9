// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/social-media/openapi.yaml (sha256 840b3c3dd7efd8f4)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area social-media` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/socialmedia/escalationrules/{escalationRuleId}": "ANY socialmedia:escalationRules:delete",
  "DELETE /api/v2/socialmedia/messages/{messageId}": "ANY socialmedia:message:delete",
  "DELETE /api/v2/socialmedia/topics/{topicId}": "ANY socialmedia:topic:delete",
  "DELETE /api/v2/socialmedia/topics/{topicId}/dataingestionrules/facebook/{facebookIngestionRuleId}": "ANY socialmedia:facebookDataIngestionRule:delete",
  "DELETE /api/v2/socialmedia/topics/{topicId}/dataingestionrules/googlebusinessprofile/{googleBusinessProfileIngestionRuleId}": "ANY socialmedia:googleBusinessProfileDataIngestionRule:delete",
  "DELETE /api/v2/socialmedia/topics/{topicId}/dataingestionrules/instagram/{instagramIngestionRuleId}": "ANY socialmedia:instagramDataIngestionRule:delete",
  "DELETE /api/v2/socialmedia/topics/{topicId}/dataingestionrules/open/{openId}": "ANY socialmedia:openDataIngestionRule:delete",
  "DELETE /api/v2/socialmedia/topics/{topicId}/dataingestionrules/twitter/{twitterIngestionRuleId}": "ANY socialmedia:twitterDataIngestionRule:delete",
  "GET /api/v2/socialmedia/analytics/aggregates/jobs/{jobId}": "ANY socialmedia:postAggregate:view",
  "GET /api/v2/socialmedia/analytics/aggregates/jobs/{jobId}/results": "ANY socialmedia:postAggregate:view",
  "GET /api/v2/socialmedia/analytics/messages/jobs/{jobId}": "ANY socialmedia:postDetail:view",
  "GET /api/v2/socialmedia/analytics/messages/jobs/{jobId}/results": "ANY socialmedia:postDetail:view",
  "GET /api/v2/socialmedia/escalationrules": "ANY socialmedia:escalationRules:view",
  "GET /api/v2/socialmedia/escalationrules/{escalationRuleId}": "ALL socialmedia:escalationRules:view",
  "GET /api/v2/socialmedia/topics": "ANY socialmedia:topic:view",
  "GET /api/v2/socialmedia/topics/{topicId}": "ANY socialmedia:topic:view",
  "GET /api/v2/socialmedia/topics/{topicId}/dataingestionrules": "ANY socialmedia:topic:view",
  "GET /api/v2/socialmedia/topics/{topicId}/dataingestionrules/facebook/{facebookIngestionRuleId}": "ALL socialmedia:facebookDataIngestionRule:view",
  "GET /api/v2/socialmedia/topics/{topicId}/dataingestionrules/facebook/{facebookIngestionRuleId}/versions": "ALL socialmedia:facebookDataIngestionRule:view",
  "GET /api/v2/socialmedia/topics/{topicId}/dataingestionrules/facebook/{facebookIngestionRuleId}/versions/{dataIngestionRuleVersion}": "ALL socialmedia:facebookDataIngestionRule:view",
  "GET /api/v2/socialmedia/topics/{topicId}/dataingestionrules/googlebusinessprofile/{googleBusinessProfileIngestionRuleId}": "ALL socialmedia:googleBusinessProfileDataIngestionRule:view",
  "GET /api/v2/socialmedia/topics/{topicId}/dataingestionrules/googlebusinessprofile/{googleBusinessProfileIngestionRuleId}/versions": "ALL socialmedia:googleBusinessProfileDataIngestionRule:view",
  "GET /api/v2/socialmedia/topics/{topicId}/dataingestionrules/googlebusinessprofile/{googleBusinessProfileIngestionRuleId}/versions/{dataIngestionRuleVersion}": "ALL socialmedia:googleBusinessProfileDataIngestionRule:view",
  "GET /api/v2/socialmedia/topics/{topicId}/dataingestionrules/instagram/{instagramIngestionRuleId}": "ALL socialmedia:instagramDataIngestionRule:view",
  "GET /api/v2/socialmedia/topics/{topicId}/dataingestionrules/instagram/{instagramIngestionRuleId}/versions": "ALL socialmedia:instagramDataIngestionRule:view",
  "GET /api/v2/socialmedia/topics/{topicId}/dataingestionrules/instagram/{instagramIngestionRuleId}/versions/{dataIngestionRuleVersion}": "ALL socialmedia:instagramDataIngestionRule:view",
  "GET /api/v2/socialmedia/topics/{topicId}/dataingestionrules/open/{openId}": "ALL socialmedia:openDataIngestionRule:view",
  "GET /api/v2/socialmedia/topics/{topicId}/dataingestionrules/open/{openId}/versions": "ALL socialmedia:openDataIngestionRule:view",
  "GET /api/v2/socialmedia/topics/{topicId}/dataingestionrules/open/{openId}/versions/{dataIngestionRuleVersion}": "ALL socialmedia:openDataIngestionRule:view",
  "GET /api/v2/socialmedia/topics/{topicId}/dataingestionrules/twitter/{twitterIngestionRuleId}": "ALL socialmedia:twitterDataIngestionRule:view",
  "GET /api/v2/socialmedia/topics/{topicId}/dataingestionrules/twitter/{twitterIngestionRuleId}/versions": "ALL socialmedia:twitterDataIngestionRule:view",
  "GET /api/v2/socialmedia/topics/{topicId}/dataingestionrules/twitter/{twitterIngestionRuleId}/versions/{dataIngestionRuleVersion}": "ALL socialmedia:twitterDataIngestionRule:view",
  "PATCH /api/v2/socialmedia/topics/{topicId}": "ALL socialmedia:topic:edit",
  "PATCH /api/v2/socialmedia/topics/{topicId}/dataingestionrules/facebook/{facebookIngestionRuleId}": "ALL socialmedia:facebookDataIngestionRule:edit",
  "PATCH /api/v2/socialmedia/topics/{topicId}/dataingestionrules/googlebusinessprofile/{googleBusinessProfileIngestionRuleId}": "ALL socialmedia:googleBusinessProfileDataIngestionRule:edit",
  "PATCH /api/v2/socialmedia/topics/{topicId}/dataingestionrules/instagram/{instagramIngestionRuleId}": "ALL socialmedia:instagramDataIngestionRule:edit",
  "PATCH /api/v2/socialmedia/topics/{topicId}/dataingestionrules/open/{openId}": "ALL socialmedia:openDataIngestionRule:edit",
  "PATCH /api/v2/socialmedia/topics/{topicId}/dataingestionrules/twitter/{twitterIngestionRuleId}": "ALL socialmedia:twitterDataIngestionRule:edit",
  "POST /api/v2/socialmedia/analytics/aggregates/jobs": "ANY socialmedia:postAggregate:view",
  "POST /api/v2/socialmedia/analytics/messages/jobs": "ANY socialmedia:postDetail:view",
  "POST /api/v2/socialmedia/escalationrules": "ANY socialmedia:escalationRules:add",
  "POST /api/v2/socialmedia/escalations/messages": "ANY socialmedia:message:escalate",
  "POST /api/v2/socialmedia/topics": "ANY socialmedia:topic:add",
  "POST /api/v2/socialmedia/topics/{topicId}/dataingestionrules/facebook": "ANY socialmedia:facebookDataIngestionRule:add",
  "POST /api/v2/socialmedia/topics/{topicId}/dataingestionrules/googlebusinessprofile": "ANY socialmedia:googleBusinessProfileDataIngestionRule:add",
  "POST /api/v2/socialmedia/topics/{topicId}/dataingestionrules/instagram": "ANY socialmedia:instagramDataIngestionRule:add",
  "POST /api/v2/socialmedia/topics/{topicId}/dataingestionrules/open": "ANY socialmedia:openDataIngestionRule:add",
  "POST /api/v2/socialmedia/topics/{topicId}/dataingestionrules/open/{ruleId}/messages/bulk": "ALL socialmedia:message:receive",
  "POST /api/v2/socialmedia/topics/{topicId}/dataingestionrules/open/{ruleId}/reactions/bulk": "ALL socialmedia:reaction:receive",
  "POST /api/v2/socialmedia/topics/{topicId}/dataingestionrules/twitter": "ANY socialmedia:twitterDataIngestionRule:add",
  "POST /api/v2/socialmedia/twitter/historical/tweets": "ALL socialmedia:twitterDataIngestionRule:add",
  "PUT /api/v2/socialmedia/escalationrules/{escalationRuleId}": "ALL socialmedia:escalationRules:edit",
  "PUT /api/v2/socialmedia/topics/{topicId}/dataingestionrules/facebook/{facebookIngestionRuleId}": "ALL socialmedia:facebookDataIngestionRule:edit",
  "PUT /api/v2/socialmedia/topics/{topicId}/dataingestionrules/googlebusinessprofile/{googleBusinessProfileIngestionRuleId}": "ALL socialmedia:googleBusinessProfileDataIngestionRule:edit",
  "PUT /api/v2/socialmedia/topics/{topicId}/dataingestionrules/instagram/{instagramIngestionRuleId}": "ALL socialmedia:instagramDataIngestionRule:edit",
  "PUT /api/v2/socialmedia/topics/{topicId}/dataingestionrules/open/{openId}": "ALL socialmedia:openDataIngestionRule:edit",
  "PUT /api/v2/socialmedia/topics/{topicId}/dataingestionrules/twitter/{twitterIngestionRuleId}": "ALL socialmedia:twitterDataIngestionRule:edit",
};

/**
 * Social Media (57 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const socialMedia = socialMediaApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function socialMediaApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
