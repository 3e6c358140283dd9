// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/social-media/openapi.yaml (sha256 840b3c3dd7efd8f4)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area social-media` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Social Media (57 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const socialMedia = socialMediaApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function socialMediaApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/socialmedia/analytics/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for social media aggregates asynchronously
         * @permissions ANY: `socialmedia:postAggregate:view`
         */
        post: operations["postSocialmediaAnalyticsAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/analytics/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for social media aggregates
         * @permissions ANY: `socialmedia:postAggregate:view`
         */
        get: operations["getSocialmediaAnalyticsAggregatesJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/analytics/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async social media query
         * @permissions ANY: `socialmedia:postAggregate:view`
         */
        get: operations["getSocialmediaAnalyticsAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/analytics/messages/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for social media messages asynchronously
         * @permissions ANY: `socialmedia:postDetail:view`
         */
        post: operations["postSocialmediaAnalyticsMessagesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/analytics/messages/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for social media messages job
         * @permissions ANY: `socialmedia:postDetail:view`
         */
        get: operations["getSocialmediaAnalyticsMessagesJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/analytics/messages/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async social media messages query
         * @permissions ANY: `socialmedia:postDetail:view`
         */
        get: operations["getSocialmediaAnalyticsMessagesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/escalationrules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all escalation rules for a division.
         * @permissions ANY: `socialmedia:escalationRules:view`
         */
        get: operations["getSocialmediaEscalationrules"];
        put?: never;
        /**
         * Create an escalation rule.
         * @permissions ANY: `socialmedia:escalationRules:add`
         */
        post: operations["postSocialmediaEscalationrules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/escalationrules/{escalationRuleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single escalation rule.
         * @permissions ALL: `socialmedia:escalationRules:view`
         */
        get: operations["getSocialmediaEscalationrule"];
        /**
         * Update the escalation rule.
         * @permissions ALL: `socialmedia:escalationRules:edit`
         */
        put: operations["putSocialmediaEscalationrule"];
        post?: never;
        /**
         * Delete an escalation rule.
         * @permissions ANY: `socialmedia:escalationRules:delete`
         */
        delete: operations["deleteSocialmediaEscalationrule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/escalations/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Escalate message to a conversation manually
         * @permissions ANY: `socialmedia:message:escalate`
         */
        post: operations["postSocialmediaEscalationsMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a social media message.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `socialmedia:message:delete`
         */
        delete: operations["deleteSocialmediaMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all social topics.
         * @permissions ANY: `socialmedia:topic:view`
         */
        get: operations["getSocialmediaTopics"];
        put?: never;
        /**
         * Create a social topic.
         * @permissions ANY: `socialmedia:topic:add`
         */
        post: operations["postSocialmediaTopics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single social topic.
         * @permissions ANY: `socialmedia:topic:view`
         */
        get: operations["getSocialmediaTopic"];
        put?: never;
        post?: never;
        /**
         * Delete a social topic.
         * @permissions ANY: `socialmedia:topic:delete`
         */
        delete: operations["deleteSocialmediaTopic"];
        options?: never;
        head?: never;
        /**
         * Update a social topic.
         * @permissions ALL: `socialmedia:topic:edit`
         */
        patch: operations["patchSocialmediaTopic"];
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all social topic data ingestion rules with pagination.
         * @permissions ANY: `socialmedia:topic:view`
         */
        get: operations["getSocialmediaTopicDataingestionrules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/facebook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an Facebook data ingestion rule.
         * @permissions ANY: `socialmedia:facebookDataIngestionRule:add`
         */
        post: operations["postSocialmediaTopicDataingestionrulesFacebook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/facebook/{facebookIngestionRuleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single Facebook data ingestion rule.
         * @permissions ALL: `socialmedia:facebookDataIngestionRule:view`
         */
        get: operations["getSocialmediaTopicDataingestionrulesFacebookFacebookIngestionRuleId"];
        /**
         * Update the Facebook data ingestion rule.
         * @permissions ALL: `socialmedia:facebookDataIngestionRule:edit`
         */
        put: operations["putSocialmediaTopicDataingestionrulesFacebookFacebookIngestionRuleId"];
        post?: never;
        /**
         * Delete a Facebook data ingestion rule.
         * @permissions ANY: `socialmedia:facebookDataIngestionRule:delete`
         */
        delete: operations["deleteSocialmediaTopicDataingestionrulesFacebookFacebookIngestionRuleId"];
        options?: never;
        head?: never;
        /**
         * Update the status of a Facebook data ingestion rule.
         * @permissions ALL: `socialmedia:facebookDataIngestionRule:edit`
         */
        patch: operations["patchSocialmediaTopicDataingestionrulesFacebookFacebookIngestionRuleId"];
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/facebook/{facebookIngestionRuleId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Facebook data ingestion rule versions.
         * @permissions ALL: `socialmedia:facebookDataIngestionRule:view`
         */
        get: operations["getSocialmediaTopicDataingestionrulesFacebookFacebookIngestionRuleIdVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/facebook/{facebookIngestionRuleId}/versions/{dataIngestionRuleVersion}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single Facebook data ingestion rule version.
         * @permissions ALL: `socialmedia:facebookDataIngestionRule:view`
         */
        get: operations["getSocialmediaTopicDataingestionrulesFacebookFacebookIngestionRuleIdVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/googlebusinessprofile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Google Business Profile data ingestion rule.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `socialmedia:googleBusinessProfileDataIngestionRule:add`
         */
        post: operations["postSocialmediaTopicDataingestionrulesGooglebusinessprofile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/googlebusinessprofile/{googleBusinessProfileIngestionRuleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single Google Business Profile data ingestion rule.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `socialmedia:googleBusinessProfileDataIngestionRule:view`
         */
        get: operations["getSocialmediaTopicDataingestionrulesGooglebusinessprofileGoogleBusinessProfileIngestionRuleId"];
        /**
         * Update the Google Business Profile data ingestion rule.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `socialmedia:googleBusinessProfileDataIngestionRule:edit`
         */
        put: operations["putSocialmediaTopicDataingestionrulesGooglebusinessprofileGoogleBusinessProfileIngestionRuleId"];
        post?: never;
        /**
         * Delete a Google Business Profile data ingestion rule.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `socialmedia:googleBusinessProfileDataIngestionRule:delete`
         */
        delete: operations["deleteSocialmediaTopicDataingestionrulesGooglebusinessprofileGoogleBusinessProfileIngestionRuleId"];
        options?: never;
        head?: never;
        /**
         * Update the status of a Google Business Profile data ingestion rule.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `socialmedia:googleBusinessProfileDataIngestionRule:edit`
         */
        patch: operations["patchSocialmediaTopicDataingestionrulesGooglebusinessprofileGoogleBusinessProfileIngestionRuleId"];
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/googlebusinessprofile/{googleBusinessProfileIngestionRuleId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Google Business Profile data ingestion rule versions.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `socialmedia:googleBusinessProfileDataIngestionRule:view`
         */
        get: operations["getSocialmediaTopicDataingestionrulesGooglebusinessprofileGoogleBusinessProfileIngestionRuleIdVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/googlebusinessprofile/{googleBusinessProfileIngestionRuleId}/versions/{dataIngestionRuleVersion}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single Google Business Profile data ingestion rule version.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `socialmedia:googleBusinessProfileDataIngestionRule:view`
         */
        get: operations["getSocialmediaTopicDataingestionrulesGooglebusinessprofileGoogleBusinessProfileIngestionRuleIdVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/instagram": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an Instagram data ingestion rule.
         * @permissions ANY: `socialmedia:instagramDataIngestionRule:add`
         */
        post: operations["postSocialmediaTopicDataingestionrulesInstagram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/instagram/{instagramIngestionRuleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single Instagram data ingestion rule.
         * @permissions ALL: `socialmedia:instagramDataIngestionRule:view`
         */
        get: operations["getSocialmediaTopicDataingestionrulesInstagramInstagramIngestionRuleId"];
        /**
         * Update the Instagram data ingestion rule.
         * @permissions ALL: `socialmedia:instagramDataIngestionRule:edit`
         */
        put: operations["putSocialmediaTopicDataingestionrulesInstagramInstagramIngestionRuleId"];
        post?: never;
        /**
         * Delete a Instagram data ingestion rule.
         * @permissions ANY: `socialmedia:instagramDataIngestionRule:delete`
         */
        delete: operations["deleteSocialmediaTopicDataingestionrulesInstagramInstagramIngestionRuleId"];
        options?: never;
        head?: never;
        /**
         * Update the status of a Instagram data ingestion rule.
         * @permissions ALL: `socialmedia:instagramDataIngestionRule:edit`
         */
        patch: operations["patchSocialmediaTopicDataingestionrulesInstagramInstagramIngestionRuleId"];
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/instagram/{instagramIngestionRuleId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Instagram data ingestion rule versions.
         * @permissions ALL: `socialmedia:instagramDataIngestionRule:view`
         */
        get: operations["getSocialmediaTopicDataingestionrulesInstagramInstagramIngestionRuleIdVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/instagram/{instagramIngestionRuleId}/versions/{dataIngestionRuleVersion}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single Instagram data ingestion rule version.
         * @permissions ALL: `socialmedia:instagramDataIngestionRule:view`
         */
        get: operations["getSocialmediaTopicDataingestionrulesInstagramInstagramIngestionRuleIdVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an open data ingestion rule.
         * @permissions ANY: `socialmedia:openDataIngestionRule:add`
         */
        post: operations["postSocialmediaTopicDataingestionrulesOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/open/{openId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single open data ingestion rule.
         * @permissions ALL: `socialmedia:openDataIngestionRule:view`
         */
        get: operations["getSocialmediaTopicDataingestionrulesOpenOpenId"];
        /**
         * Update the open data ingestion rule.
         * @permissions ALL: `socialmedia:openDataIngestionRule:edit`
         */
        put: operations["putSocialmediaTopicDataingestionrulesOpenOpenId"];
        post?: never;
        /**
         * Delete a open data ingestion rule.
         * @permissions ANY: `socialmedia:openDataIngestionRule:delete`
         */
        delete: operations["deleteSocialmediaTopicDataingestionrulesOpenOpenId"];
        options?: never;
        head?: never;
        /**
         * Update the status of a open data ingestion rule.
         * @permissions ALL: `socialmedia:openDataIngestionRule:edit`
         */
        patch: operations["patchSocialmediaTopicDataingestionrulesOpenOpenId"];
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/open/{openId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Open data ingestion rule versions.
         * @permissions ALL: `socialmedia:openDataIngestionRule:view`
         */
        get: operations["getSocialmediaTopicDataingestionrulesOpenOpenIdVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/open/{openId}/versions/{dataIngestionRuleVersion}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single Open data ingestion rule version.
         * @permissions ALL: `socialmedia:openDataIngestionRule:view`
         */
        get: operations["getSocialmediaTopicDataingestionrulesOpenOpenIdVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/open/{ruleId}/messages/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ingest a list of Open Social Messages
         * @description Ingest a list of open social messages to an ingestion rule on a topic. This endpoint will ingest and enrich these messages.  In order to call this endpoint you will need OAuth token generated using OAuth client credentials authorized with at least social scope.
         * @permissions ALL: `socialmedia:message:receive`
         */
        post: operations["postSocialmediaTopicDataingestionrulesOpenRuleIdMessagesBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/open/{ruleId}/reactions/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ingest a list of Open Social Reactions
         * @description Ingest a list of open social reactions to an ingestion rule on a topic. This endpoint will ingest these reactions.  In order to call this endpoint you will need OAuth token generated using OAuth client credentials authorized with at least social scope.
         * @permissions ALL: `socialmedia:reaction:receive`
         */
        post: operations["postSocialmediaTopicDataingestionrulesOpenRuleIdReactionsBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/twitter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an twitter data ingestion rule.
         * @permissions ANY: `socialmedia:twitterDataIngestionRule:add`
         */
        post: operations["postSocialmediaTopicDataingestionrulesTwitter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/twitter/{twitterIngestionRuleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single X (formally Twitter) data ingestion rule.
         * @permissions ALL: `socialmedia:twitterDataIngestionRule:view`
         */
        get: operations["getSocialmediaTopicDataingestionrulesTwitterTwitterIngestionRuleId"];
        /**
         * Update the X (formally Twitter) data ingestion rule.
         * @permissions ALL: `socialmedia:twitterDataIngestionRule:edit`
         */
        put: operations["putSocialmediaTopicDataingestionrulesTwitterTwitterIngestionRuleId"];
        post?: never;
        /**
         * Delete a X (formally Twitter) data ingestion rule.
         * @permissions ANY: `socialmedia:twitterDataIngestionRule:delete`
         */
        delete: operations["deleteSocialmediaTopicDataingestionrulesTwitterTwitterIngestionRuleId"];
        options?: never;
        head?: never;
        /**
         * Update the status of a X (formally Twitter) data ingestion rule.
         * @permissions ALL: `socialmedia:twitterDataIngestionRule:edit`
         */
        patch: operations["patchSocialmediaTopicDataingestionrulesTwitterTwitterIngestionRuleId"];
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/twitter/{twitterIngestionRuleId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Open data ingestion rule versions.
         * @permissions ALL: `socialmedia:twitterDataIngestionRule:view`
         */
        get: operations["getSocialmediaTopicDataingestionrulesTwitterTwitterIngestionRuleIdVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/topics/{topicId}/dataingestionrules/twitter/{twitterIngestionRuleId}/versions/{dataIngestionRuleVersion}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single X (formally Twitter) data ingestion rule version.
         * @permissions ALL: `socialmedia:twitterDataIngestionRule:view`
         */
        get: operations["getSocialmediaTopicDataingestionrulesTwitterTwitterIngestionRuleIdVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/socialmedia/twitter/historical/tweets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieves historical tweet count for search terms, optional countries list and the current limit and usage for the organization.
         * @permissions ALL: `socialmedia:twitterDataIngestionRule:add`
         */
        post: operations["postSocialmediaTwitterHistoricalTweets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AsyncQueryResponse: {
            jobId?: string;
        };
        AsyncQueryStatus: {
            completionDate?: string;
            errorMessage?: string;
            expirationDate?: string;
            state?: string;
            submissionDate?: string;
        };
        ContentModeration: {
            categories?: string[];
            flag: string;
        };
        ContentReaction: {
            count: number;
            reactionType: string;
        };
        ConversationChannelMetadata: {
            subType?: string;
        };
        ConversationContentAttachment: {
            contentSizeBytes?: number;
            filename?: string;
            id?: string;
            mediaType: string;
            mime?: string;
            sha256?: string;
            text?: string;
            url?: string;
        };
        ConversationContentButtonResponse: {
            originatingMessageId?: string;
            payload: string;
            text: string;
            type?: string;
        };
        ConversationContentCard: {
            actions: components["schemas"]["ConversationContentCardAction"][];
            defaultAction?: components["schemas"]["ConversationContentCardAction"];
            description?: string;
            image?: string;
            title: string;
            video?: string;
        };
        ConversationContentCardAction: {
            payload?: string;
            text?: string;
            type?: string;
            url?: string;
        };
        ConversationContentCarousel: {
            cards: components["schemas"]["ConversationContentCard"][];
        };
        ConversationContentDatePicker: {
            availableTimes?: components["schemas"]["ConversationContentDatePickerAvailableTime"][];
            dateDisplayFormat?: string;
            dateMaximum?: string;
            dateMinimum?: string;
            id?: string;
            imageUrl?: string;
            location?: components["schemas"]["ConversationContentLocation"];
            subtitle?: string;
            title?: string;
        };
        ConversationContentDatePickerAvailableTime: {
            dateTime?: string;
            duration?: number;
        };
        ConversationContentForm: {
            cannedResponseId: string;
            formPages?: components["schemas"]["ConversationFormPage"][];
            introduction?: components["schemas"]["ConversationContentIntroduction"];
            originatingMessageId?: string;
            receivedMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            response?: components["schemas"]["ConversationFormResponseComponent"][];
            showSummary?: boolean;
        };
        ConversationContentInput: {
            autoCompleteType?: string;
            id?: string;
            isMultipleLine: boolean;
            isRequired: boolean;
            keyboardType?: string;
            placeholderText?: string;
            subtitle?: string;
            title?: string;
        };
        ConversationContentInteractiveApplication: {
            name?: string;
            receivedMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            url?: string;
        };
        ConversationContentIntroduction: {
            buttonText: string;
            imageUrl?: string;
            subtitle?: string;
            title: string;
        };
        ConversationContentLineItem: {
            description?: string;
            identifier?: string;
            name: string;
            price: number;
        };
        ConversationContentListPicker: {
            id?: string;
            receivedMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            sections?: components["schemas"]["ConversationContentListPickerSection"][];
        };
        ConversationContentListPickerItem: {
            id?: string;
            imageUrl?: string;
            subtitle?: string;
            title?: string;
        };
        ConversationContentListPickerSection: {
            items?: components["schemas"]["ConversationContentListPickerItem"][];
            multipleSelection?: boolean;
            title?: string;
        };
        ConversationContentLocation: {
            address?: string;
            latitude?: number;
            longitude?: number;
            text?: string;
            url?: string;
        };
        ConversationContentNotificationResponse: {
            notificationStatus: string;
            notificationText?: string;
            originatingMessageId: string;
            referenceId?: string;
        };
        ConversationContentNotificationTemplate: {
            body: components["schemas"]["ConversationNotificationTemplateBody"];
            buttons?: components["schemas"]["ConversationNotificationTemplateButton"][];
            footer?: components["schemas"]["ConversationNotificationTemplateFooter"];
            header?: components["schemas"]["ConversationNotificationTemplateHeader"];
            id?: string;
            language?: string;
        };
        ConversationContentPaymentRequest: {
            countryCode: string;
            currencyCode: string;
            lineItems?: components["schemas"]["ConversationContentLineItem"][];
            orderTotal: number;
            paymentPlatform: string;
            receivedMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            requiredContactFields?: components["schemas"]["ConversationContentRequiredContactField"][];
            shippingOptions?: components["schemas"]["ConversationContentLineItem"][];
        };
        ConversationContentPaymentResponse: {
            failureReason?: string;
            originatingMessageId: string;
            paymentStatus: string;
        };
        ConversationContentPush: {
            deviceToken: string;
            deviceTokenId: string;
            deviceType: string;
            expiration: number;
            failedMessages: components["schemas"]["ConversationPushFailedMessageReferences"][];
            notificationMessage: components["schemas"]["ConversationPushNotificationMessageLabel"];
            pushProviderIntegration: components["schemas"]["ConversationPushProviderIntegration"];
        };
        ConversationContentQuickReply: {
            action?: string;
            image?: string;
            payload: string;
            summaryText?: string;
            text: string;
        };
        ConversationContentQuickReplyV2: {
            actions: components["schemas"]["ConversationContentQuickReply"][];
            title: string;
        };
        ConversationContentReaction: {
            count: number;
            reactionType?: string;
        };
        ConversationContentReceivedReplyMessage: {
            buttonLabel?: string;
            header?: string;
            imageUrl?: string;
            subtitle?: string;
            title?: string;
        };
        ConversationContentRequiredContactField: {
            contactField: string;
        };
        ConversationContentStory: {
            replyToId?: string;
            type?: string;
            url?: string;
        };
        ConversationContentText: {
            body: string;
            type?: string;
        };
        ConversationContentWheelPicker: {
            id?: string;
            items: components["schemas"]["ConversationContentWheelPickerItem"][];
        };
        ConversationContentWheelPickerItem: {
            id: string;
            title: string;
            value?: string;
        };
        ConversationEnrichment: {
            language?: components["schemas"]["ConversationEnrichmentLanguage"];
            sentimentV2?: components["schemas"]["ConversationEnrichmentSentimentV2"];
        };
        ConversationEnrichmentLanguage: {
            language: string;
        };
        ConversationEnrichmentSentimentV2: {
            tag: string;
        };
        ConversationEventCoBrowse: {
            sessionId?: string;
            sessionJoinToken?: string;
            type: string;
        };
        ConversationEventPresence: {
            receivedMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            type: string;
        };
        ConversationEventTyping: {
            duration?: number;
            type: string;
        };
        ConversationEventVideo: {
            jwt?: string;
            offeringId?: string;
            type: string;
        };
        ConversationFormPage: {
            pageComponents?: components["schemas"]["ConversationFormPageComponent"][];
            subtitle: string;
            title: string;
        };
        ConversationFormPageComponent: {
            datePicker?: components["schemas"]["ConversationContentDatePicker"];
            formComponentType?: string;
            input?: components["schemas"]["ConversationContentInput"];
            listPicker?: components["schemas"]["ConversationContentListPicker"];
            wheelPicker?: components["schemas"]["ConversationContentWheelPicker"];
        };
        ConversationFormResponseComponent: {
            component: components["schemas"]["ConversationFormResponseContent"];
            id: string;
        };
        ConversationFormResponseContent: {
            buttonResponse?: components["schemas"]["ConversationContentButtonResponse"];
            contentType?: string;
        };
        ConversationMessageContent: {
            attachment?: components["schemas"]["ConversationContentAttachment"];
            buttonResponse?: components["schemas"]["ConversationContentButtonResponse"];
            card?: components["schemas"]["ConversationContentCard"];
            carousel?: components["schemas"]["ConversationContentCarousel"];
            contentType: string;
            datePicker?: components["schemas"]["ConversationContentDatePicker"];
            form?: components["schemas"]["ConversationContentForm"];
            interactiveApplication?: components["schemas"]["ConversationContentInteractiveApplication"];
            listPicker?: components["schemas"]["ConversationContentListPicker"];
            location?: components["schemas"]["ConversationContentLocation"];
            notificationResponse?: components["schemas"]["ConversationContentNotificationResponse"];
            paymentRequest?: components["schemas"]["ConversationContentPaymentRequest"];
            paymentResponse?: components["schemas"]["ConversationContentPaymentResponse"];
            push?: components["schemas"]["ConversationContentPush"];
            quickReply?: components["schemas"]["ConversationContentQuickReply"];
            quickReplyV2?: components["schemas"]["ConversationContentQuickReplyV2"];
            reactions?: components["schemas"]["ConversationContentReaction"][];
            story?: components["schemas"]["ConversationContentStory"];
            template?: components["schemas"]["ConversationContentNotificationTemplate"];
            text?: components["schemas"]["ConversationContentText"];
        };
        ConversationMessageEvent: {
            coBrowse?: components["schemas"]["ConversationEventCoBrowse"];
            eventType: string;
            presence?: components["schemas"]["ConversationEventPresence"];
            typing?: components["schemas"]["ConversationEventTyping"];
            video?: components["schemas"]["ConversationEventVideo"];
        };
        ConversationMessagingChannel: {
            dateDeleted?: string;
            dateModified?: string;
            from?: components["schemas"]["ConversationMessagingFromRecipient"];
            id?: string;
            messageId?: string;
            platform?: string;
            publicMetadata?: components["schemas"]["ConversationPublicMetadata"];
            time?: string;
            to?: components["schemas"]["ConversationMessagingToRecipient"];
            type?: string;
        };
        ConversationMessagingFromRecipient: {
            additionalIds?: components["schemas"]["ConversationRecipientAdditionalIdentifier"][];
            email?: string;
            externalContactDivisionId?: string;
            externalContactId?: string;
            firstName?: string;
            id: string;
            idType?: string;
            image?: string;
            lastName?: string;
            nickname?: string;
        };
        ConversationMessagingToRecipient: {
            additionalIds?: components["schemas"]["ConversationRecipientAdditionalIdentifier"][];
            email?: string;
            externalContactDivisionId?: string;
            externalContactId?: string;
            firstName?: string;
            id: string;
            idType?: string;
            image?: string;
            lastName?: string;
            nickname?: string;
        };
        ConversationNormalizedMessage: {
            byoSmsIntegrationId?: string;
            channel?: components["schemas"]["ConversationMessagingChannel"];
            content?: components["schemas"]["ConversationMessageContent"][];
            direction?: string;
            enrichment?: components["schemas"]["ConversationEnrichment"];
            events?: components["schemas"]["ConversationMessageEvent"][];
            id?: string;
            isFinalReceipt?: boolean;
            metadata?: {
                [key: string]: string;
            };
            originatingEntity?: string;
            reasons?: components["schemas"]["ConversationReason"][];
            relatedMessages?: components["schemas"]["ConversationNormalizedMessage"][];
            status?: string;
            text?: string;
            type: string;
        };
        ConversationNotificationTemplateBody: {
            parameters: components["schemas"]["ConversationNotificationTemplateParameter"][];
            text?: string;
        };
        ConversationNotificationTemplateButton: {
            index: number;
            parameters?: components["schemas"]["ConversationNotificationTemplateParameter"][];
            payload?: string;
            phoneNumber?: string;
            text?: string;
            type: string;
            url?: string;
        };
        ConversationNotificationTemplateFooter: {
            text?: string;
        };
        ConversationNotificationTemplateHeader: {
            media?: components["schemas"]["ConversationContentAttachment"];
            parameters?: components["schemas"]["ConversationNotificationTemplateParameter"][];
            text?: string;
            type: string;
        };
        ConversationNotificationTemplateParameter: {
            name?: string;
            text: string;
        };
        ConversationPublicMetadata: {
            replyToId?: string;
            rootId?: string;
            url?: string;
        };
        ConversationPushFailedMessageReferences: {
            id: string;
        };
        ConversationPushNotificationMessageLabel: {
            body: string;
            title: string;
        };
        ConversationPushProviderIntegration: {
            id: string;
            provider: string;
        };
        ConversationReason: {
            code?: string;
            message: string;
        };
        ConversationRecipientAdditionalIdentifier: {
            type: string;
            value: string;
        };
        DataIngestionRulesMetadata: {
            countByStatus?: {
                [key: string]: number;
            };
            platform?: string;
            totalCount?: number;
        };
        DataIngestionRuleStatusPatchRequest: {
            status: string;
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        DomainEntityRef: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        ErrorBody: {
            code?: string;
            contextId?: string;
            details?: components["schemas"]["Detail"][];
            entityId?: string;
            entityName?: string;
            errors?: components["schemas"]["ErrorBody"][];
            limit?: components["schemas"]["Limit"];
            message?: string;
            messageParams?: {
                [key: string]: string;
            };
            messageWithParams?: string;
            /** Format: int32 */
            status?: number;
        };
        EscalationRuleRequest: {
            description?: string;
            divisionId: string;
            facebookEscalation?: components["schemas"]["EscalationTarget"];
            googleBusinessProfileEscalation?: components["schemas"]["EscalationTarget"];
            instagramEscalation?: components["schemas"]["EscalationTarget"];
            matchCriteria: string;
            name: string;
            openEscalation?: components["schemas"]["EscalationTarget"];
            priority: number;
            status?: string;
            twitterEscalation?: components["schemas"]["EscalationTarget"];
        };
        EscalationRuleResponse: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            divisionId: string;
            facebookEscalation?: components["schemas"]["EscalationTarget"];
            googleBusinessProfileEscalation?: components["schemas"]["EscalationTarget"];
            id?: string;
            instagramEscalation?: components["schemas"]["EscalationTarget"];
            matchCriteria: string;
            name?: string;
            openEscalation?: components["schemas"]["EscalationTarget"];
            priority?: number;
            selfUri?: string;
            status?: string;
            twitterEscalation?: components["schemas"]["EscalationTarget"];
        };
        EscalationTarget: {
            destination: string;
            override?: components["schemas"]["OverrideEscalationTarget"];
            targetType: string;
        };
        FacebookDataIngestionRuleRequest: {
            description?: string;
            integrationId?: string;
            name: string;
        };
        FacebookDataIngestionRuleResponse: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            id?: string;
            ingestionRuleInfo?: components["schemas"]["MessageInfo"];
            integrationId?: string;
            name?: string;
            platform?: string;
            selfUri?: string;
            status?: string;
            version?: number;
        };
        FacebookDataIngestionRuleVersionResponse: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            id?: string;
            ingestionRuleInfo?: components["schemas"]["MessageInfo"];
            integrationId?: string;
            name?: string;
            platform?: string;
            selfUri?: string;
            status?: string;
            version?: number;
        };
        FacebookDataIngestionRuleVersionResponseEntityListing: {
            entities?: components["schemas"]["FacebookDataIngestionRuleVersionResponse"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
        };
        GenericDataIngestionRuleResponse: {
            countries?: string[];
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            id?: string;
            ingestionRuleInfo?: components["schemas"]["MessageInfo"];
            name?: string;
            platform?: string;
            selfUri?: string;
            status?: string;
            version?: number;
        };
        GenericDataIngestionRuleResponseEntityListing: {
            entities?: components["schemas"]["GenericDataIngestionRuleResponse"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
        };
        GoogleBusinessProfileDataIngestionRuleRequest: {
            description?: string;
            externalSource: components["schemas"]["DomainEntityRef"];
            integrationId: string;
            name: string;
        };
        GoogleBusinessProfileDataIngestionRuleResponse: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            externalSource?: components["schemas"]["DomainEntityRef"];
            id?: string;
            ingestionRuleInfo?: components["schemas"]["MessageInfo"];
            integrationId?: string;
            name?: string;
            platform?: string;
            selfUri?: string;
            status?: string;
            version?: number;
        };
        GoogleBusinessProfileDataIngestionRuleVersionResponse: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            externalSource?: components["schemas"]["DomainEntityRef"];
            id?: string;
            ingestionRuleInfo?: components["schemas"]["MessageInfo"];
            integrationId?: string;
            name?: string;
            platform?: string;
            selfUri?: string;
            status?: string;
            version?: number;
        };
        GoogleBusinessProfileDataIngestionRuleVersionResponseEntityListing: {
            entities?: components["schemas"]["GoogleBusinessProfileDataIngestionRuleVersionResponse"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
        };
        InstagramDataIngestionRuleRequest: {
            description?: string;
            integrationId: string;
            name: string;
        };
        InstagramDataIngestionRuleResponse: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            id?: string;
            ingestionRuleInfo?: components["schemas"]["MessageInfo"];
            integrationId?: string;
            name?: string;
            platform?: string;
            selfUri?: string;
            status?: string;
            version?: number;
        };
        InstagramDataIngestionRuleVersionResponse: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            id?: string;
            ingestionRuleInfo?: components["schemas"]["MessageInfo"];
            integrationId?: string;
            name?: string;
            platform?: string;
            selfUri?: string;
            status?: string;
            version?: number;
        };
        InstagramDataIngestionRuleVersionResponseEntityListing: {
            entities?: components["schemas"]["InstagramDataIngestionRuleVersionResponse"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        ManualEscalationRequest: {
            escalationTarget?: components["schemas"]["EscalationTarget"];
            socialMediaNormalizedMessageId: string;
        };
        ManualEscalationResponse: {
            conversationNormalizedMessageId?: string;
            escalationStatus?: string;
            escalationTarget?: components["schemas"]["EscalationTarget"];
            socialMediaNormalizedMessageId?: string;
        };
        MessageInfo: {
            localizableMessageCode?: string;
            message?: string;
            messageParams?: {
                [key: string]: string;
            };
            messageWithParams?: string;
        };
        NumericRange: {
            /** @description Greater than */
            gt?: number;
            /** @description Greater than or equal to */
            gte?: number;
            /** @description Less than */
            lt?: number;
            /** @description Less than or equal to */
            lte?: number;
        };
        OpenDataIngestionRuleRequest: {
            description?: string;
            externalSource: components["schemas"]["DomainEntityRef"];
            name: string;
        };
        OpenDataIngestionRuleResponse: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            externalSource?: components["schemas"]["DomainEntityRef"];
            id?: string;
            ingestionRuleInfo?: components["schemas"]["MessageInfo"];
            name?: string;
            platform?: string;
            selfUri?: string;
            status?: string;
            version?: number;
        };
        OpenDataIngestionRuleVersionResponse: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            externalSource?: components["schemas"]["DomainEntityRef"];
            id?: string;
            ingestionRuleInfo?: components["schemas"]["MessageInfo"];
            name?: string;
            platform?: string;
            selfUri?: string;
            status?: string;
            version?: number;
        };
        OpenDataIngestionRuleVersionResponseEntityListing: {
            entities?: components["schemas"]["OpenDataIngestionRuleVersionResponse"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
        };
        OpenSocialMediaChannel: {
            from: components["schemas"]["OpenSocialMediaRecipient"];
            id?: string;
            messageId: string;
            metadata?: components["schemas"]["ConversationChannelMetadata"];
            platform?: string;
            publicMetadata: components["schemas"]["OpenSocialMediaPublicMetadata"];
            time: string;
            to?: components["schemas"]["OpenSocialMediaRecipient"];
            type?: string;
        };
        OpenSocialMediaMessageContent: {
            attachment?: components["schemas"]["ConversationContentAttachment"];
            contentType: string;
            reaction?: components["schemas"]["ConversationContentReaction"];
            text?: components["schemas"]["ConversationContentText"];
        };
        OpenSocialMediaNormalizedMessage: {
            channel: components["schemas"]["OpenSocialMediaChannel"];
            content?: components["schemas"]["OpenSocialMediaMessageContent"][];
            id?: string;
            metadata?: {
                [key: string]: string;
            };
            selfUri?: string;
            text?: string;
            type?: string;
        };
        OpenSocialMediaPublicMetadata: {
            mentionIds?: string[];
            replyToId?: string;
            rootId: string;
            source?: string;
            tagIds?: string[];
            url?: string;
        };
        OpenSocialMediaReactionsChannel: {
            id?: string;
            messageId: string;
            platform?: string;
            time: string;
            to?: components["schemas"]["OpenSocialMediaRecipient"];
            type?: string;
        };
        OpenSocialMediaReactionsEvent: {
            reactions: components["schemas"]["ContentReaction"][];
        };
        OpenSocialMediaReactionsNormalizedEvent: {
            channel: components["schemas"]["OpenSocialMediaReactionsChannel"];
            events: components["schemas"]["OpenSocialMediaReactionsEvent"][];
            id?: string;
            selfUri?: string;
        };
        OpenSocialMediaReactionsRequest: {
            events: components["schemas"]["OpenSocialMediaReactionsNormalizedEvent"][];
        };
        OpenSocialMediaRecipient: {
            additionalIds?: components["schemas"]["OpenSocialMediaRecipientAdditionalIdentifier"][];
            firstName?: string;
            id: string;
            idType?: string;
            image?: string;
            lastName?: string;
            nickname?: string;
        };
        OpenSocialMediaRecipientAdditionalIdentifier: {
            type: string;
            value: string;
        };
        OpenSocialNormalizedMessageEntityListing: {
            entities?: components["schemas"]["OpenSocialMediaNormalizedMessage"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
        };
        OpenSocialReactionsNormalizedEventEntityListing: {
            entities?: components["schemas"]["OpenSocialMediaReactionsNormalizedEvent"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
        };
        OverrideEscalationTarget: {
            integrationId: string;
        };
        SocialEscalationResponseEntityListing: {
            entities?: components["schemas"]["EscalationRuleResponse"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
        };
        SocialMediaAggregateDataContainer: {
            data?: components["schemas"]["SocialMediaStatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        SocialMediaAggregateMetricData: {
            metric?: string;
            qualifier?: string;
            stats?: components["schemas"]["SocialMediaStatisticalSummary"];
        };
        SocialMediaAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["SocialMediaAggregateDataContainer"][];
        };
        SocialMediaAsyncAggregationQuery: {
            filter?: components["schemas"]["SocialMediaQueryFilter"];
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
        };
        SocialMediaAsyncDetailQuery: {
            filter?: components["schemas"]["SocialMediaQueryFilter"];
            interval: string;
            order?: string;
            pageSize?: number;
            timeZone?: string;
        };
        SocialMediaAsyncDetailQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["SocialMediaDetailDataContainer"][];
        };
        SocialMediaDetailDataContainer: {
            interval?: string;
            messages?: components["schemas"]["SocialMediaDetailMessageContainer"][];
        };
        SocialMediaDetailMessageContainer: {
            contentModeration?: components["schemas"]["ContentModeration"];
            escalationInfo?: components["schemas"]["SocialMediaMessageEscalationInfo"];
            id?: string;
            normalizedMessage?: components["schemas"]["ConversationNormalizedMessage"];
        };
        SocialMediaMessageEscalationInfo: {
            escalationStatus?: string;
        };
        SocialMediaQueryClause: {
            predicates: components["schemas"]["SocialMediaQueryPredicate"][];
            type: string;
        };
        SocialMediaQueryFilter: {
            clauses?: components["schemas"]["SocialMediaQueryClause"][];
            predicates?: components["schemas"]["SocialMediaQueryPredicate"][];
            type: string;
        };
        SocialMediaQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        SocialMediaStatisticalResponse: {
            interval?: string;
            metrics?: components["schemas"]["SocialMediaAggregateMetricData"][];
        };
        SocialMediaStatisticalSummary: {
            average?: number;
            count?: number;
            countNegative?: number;
            countNeutral?: number;
            countPositive?: number;
            countUnknown?: number;
            current?: number;
            denominator?: number;
            max?: number;
            min?: number;
            numerator?: number;
            p95?: number;
            p99?: number;
            ratio?: number;
            sum?: number;
            target?: number;
        };
        SocialTopicPatchRequest: {
            description?: string;
            divisionId?: string;
            name?: string;
        };
        SocialTopicRequest: {
            description?: string;
            divisionId: string;
            name: string;
        };
        SocialTopicResponse: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            divisionId?: string;
            id?: string;
            name?: string;
            selfUri?: string;
            status?: string;
        };
        SocialTopicWithDataIngestionRuleMetadataResponse: {
            dataIngestionRulesMetadata?: components["schemas"]["DataIngestionRulesMetadata"][];
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            divisionId?: string;
            id?: string;
            name?: string;
            selfUri?: string;
            status?: string;
        };
        SocialTopicWithDataIngestionRuleMetadataResponseEntityListing: {
            entities?: components["schemas"]["SocialTopicWithDataIngestionRuleMetadataResponse"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
        };
        TweetUsage: {
            dateStart?: string;
            ingestionLimit?: number;
            tweetCount?: number;
        };
        TwitterDataHistoricalTweetRequest: {
            countries?: string[];
            searchTerms: string;
        };
        TwitterDataHistoricalTweetResponse: {
            matchingTweets?: number;
            previousNumberOfDays?: number;
            usageStatistics?: components["schemas"]["TweetUsage"];
        };
        TwitterDataIngestionRuleRequest: {
            countries?: string[];
            description?: string;
            name: string;
            searchTerms: string;
        };
        TwitterDataIngestionRuleResponse: {
            countries?: string[];
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            id?: string;
            ingestionRuleInfo?: components["schemas"]["MessageInfo"];
            name?: string;
            platform?: string;
            searchTerms?: string;
            selfUri?: string;
            status?: string;
            version?: number;
        };
        TwitterDataIngestionRuleVersionResponse: {
            countries?: string[];
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            id?: string;
            ingestionRuleInfo?: components["schemas"]["MessageInfo"];
            name?: string;
            platform?: string;
            searchTerms?: string;
            selfUri?: string;
            status?: string;
            version?: number;
        };
        TwitterDataIngestionRuleVersionResponseEntityListing: {
            entities?: components["schemas"]["TwitterDataIngestionRuleVersionResponse"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
        };
    };
    responses: {
        /** @description The request could not be understood by the server due to malformed syntax. */
        400: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No authentication bearer token specified in authorization header. */
        401: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description You are not authorized to perform the requested action. */
        403: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The requested resource was not found. */
        404: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header. */
        415: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Rate limit exceeded the maximum [%s] requests within [%s] seconds */
        429: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The server encountered an unexpected condition which prevented it from fulfilling the request. */
        500: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance). */
        503: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request timed out. */
        504: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Correlation id of the request; error bodies repeat it as `contextId`. */
        "ININ-Correlation-Id": string;
    };
    pathItems: never;
}
export type SchemaAsyncQueryResponse = components['schemas']['AsyncQueryResponse'];
export type SchemaAsyncQueryStatus = components['schemas']['AsyncQueryStatus'];
export type SchemaContentModeration = components['schemas']['ContentModeration'];
export type SchemaContentReaction = components['schemas']['ContentReaction'];
export type SchemaConversationChannelMetadata = components['schemas']['ConversationChannelMetadata'];
export type SchemaConversationContentAttachment = components['schemas']['ConversationContentAttachment'];
export type SchemaConversationContentButtonResponse = components['schemas']['ConversationContentButtonResponse'];
export type SchemaConversationContentCard = components['schemas']['ConversationContentCard'];
export type SchemaConversationContentCardAction = components['schemas']['ConversationContentCardAction'];
export type SchemaConversationContentCarousel = components['schemas']['ConversationContentCarousel'];
export type SchemaConversationContentDatePicker = components['schemas']['ConversationContentDatePicker'];
export type SchemaConversationContentDatePickerAvailableTime = components['schemas']['ConversationContentDatePickerAvailableTime'];
export type SchemaConversationContentForm = components['schemas']['ConversationContentForm'];
export type SchemaConversationContentInput = components['schemas']['ConversationContentInput'];
export type SchemaConversationContentInteractiveApplication = components['schemas']['ConversationContentInteractiveApplication'];
export type SchemaConversationContentIntroduction = components['schemas']['ConversationContentIntroduction'];
export type SchemaConversationContentLineItem = components['schemas']['ConversationContentLineItem'];
export type SchemaConversationContentListPicker = components['schemas']['ConversationContentListPicker'];
export type SchemaConversationContentListPickerItem = components['schemas']['ConversationContentListPickerItem'];
export type SchemaConversationContentListPickerSection = components['schemas']['ConversationContentListPickerSection'];
export type SchemaConversationContentLocation = components['schemas']['ConversationContentLocation'];
export type SchemaConversationContentNotificationResponse = components['schemas']['ConversationContentNotificationResponse'];
export type SchemaConversationContentNotificationTemplate = components['schemas']['ConversationContentNotificationTemplate'];
export type SchemaConversationContentPaymentRequest = components['schemas']['ConversationContentPaymentRequest'];
export type SchemaConversationContentPaymentResponse = components['schemas']['ConversationContentPaymentResponse'];
export type SchemaConversationContentPush = components['schemas']['ConversationContentPush'];
export type SchemaConversationContentQuickReply = components['schemas']['ConversationContentQuickReply'];
export type SchemaConversationContentQuickReplyV2 = components['schemas']['ConversationContentQuickReplyV2'];
export type SchemaConversationContentReaction = components['schemas']['ConversationContentReaction'];
export type SchemaConversationContentReceivedReplyMessage = components['schemas']['ConversationContentReceivedReplyMessage'];
export type SchemaConversationContentRequiredContactField = components['schemas']['ConversationContentRequiredContactField'];
export type SchemaConversationContentStory = components['schemas']['ConversationContentStory'];
export type SchemaConversationContentText = components['schemas']['ConversationContentText'];
export type SchemaConversationContentWheelPicker = components['schemas']['ConversationContentWheelPicker'];
export type SchemaConversationContentWheelPickerItem = components['schemas']['ConversationContentWheelPickerItem'];
export type SchemaConversationEnrichment = components['schemas']['ConversationEnrichment'];
export type SchemaConversationEnrichmentLanguage = components['schemas']['ConversationEnrichmentLanguage'];
export type SchemaConversationEnrichmentSentimentV2 = components['schemas']['ConversationEnrichmentSentimentV2'];
export type SchemaConversationEventCoBrowse = components['schemas']['ConversationEventCoBrowse'];
export type SchemaConversationEventPresence = components['schemas']['ConversationEventPresence'];
export type SchemaConversationEventTyping = components['schemas']['ConversationEventTyping'];
export type SchemaConversationEventVideo = components['schemas']['ConversationEventVideo'];
export type SchemaConversationFormPage = components['schemas']['ConversationFormPage'];
export type SchemaConversationFormPageComponent = components['schemas']['ConversationFormPageComponent'];
export type SchemaConversationFormResponseComponent = components['schemas']['ConversationFormResponseComponent'];
export type SchemaConversationFormResponseContent = components['schemas']['ConversationFormResponseContent'];
export type SchemaConversationMessageContent = components['schemas']['ConversationMessageContent'];
export type SchemaConversationMessageEvent = components['schemas']['ConversationMessageEvent'];
export type SchemaConversationMessagingChannel = components['schemas']['ConversationMessagingChannel'];
export type SchemaConversationMessagingFromRecipient = components['schemas']['ConversationMessagingFromRecipient'];
export type SchemaConversationMessagingToRecipient = components['schemas']['ConversationMessagingToRecipient'];
export type SchemaConversationNormalizedMessage = components['schemas']['ConversationNormalizedMessage'];
export type SchemaConversationNotificationTemplateBody = components['schemas']['ConversationNotificationTemplateBody'];
export type SchemaConversationNotificationTemplateButton = components['schemas']['ConversationNotificationTemplateButton'];
export type SchemaConversationNotificationTemplateFooter = components['schemas']['ConversationNotificationTemplateFooter'];
export type SchemaConversationNotificationTemplateHeader = components['schemas']['ConversationNotificationTemplateHeader'];
export type SchemaConversationNotificationTemplateParameter = components['schemas']['ConversationNotificationTemplateParameter'];
export type SchemaConversationPublicMetadata = components['schemas']['ConversationPublicMetadata'];
export type SchemaConversationPushFailedMessageReferences = components['schemas']['ConversationPushFailedMessageReferences'];
export type SchemaConversationPushNotificationMessageLabel = components['schemas']['ConversationPushNotificationMessageLabel'];
export type SchemaConversationPushProviderIntegration = components['schemas']['ConversationPushProviderIntegration'];
export type SchemaConversationReason = components['schemas']['ConversationReason'];
export type SchemaConversationRecipientAdditionalIdentifier = components['schemas']['ConversationRecipientAdditionalIdentifier'];
export type SchemaDataIngestionRulesMetadata = components['schemas']['DataIngestionRulesMetadata'];
export type SchemaDataIngestionRuleStatusPatchRequest = components['schemas']['DataIngestionRuleStatusPatchRequest'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaEscalationRuleRequest = components['schemas']['EscalationRuleRequest'];
export type SchemaEscalationRuleResponse = components['schemas']['EscalationRuleResponse'];
export type SchemaEscalationTarget = components['schemas']['EscalationTarget'];
export type SchemaFacebookDataIngestionRuleRequest = components['schemas']['FacebookDataIngestionRuleRequest'];
export type SchemaFacebookDataIngestionRuleResponse = components['schemas']['FacebookDataIngestionRuleResponse'];
export type SchemaFacebookDataIngestionRuleVersionResponse = components['schemas']['FacebookDataIngestionRuleVersionResponse'];
export type SchemaFacebookDataIngestionRuleVersionResponseEntityListing = components['schemas']['FacebookDataIngestionRuleVersionResponseEntityListing'];
export type SchemaGenericDataIngestionRuleResponse = components['schemas']['GenericDataIngestionRuleResponse'];
export type SchemaGenericDataIngestionRuleResponseEntityListing = components['schemas']['GenericDataIngestionRuleResponseEntityListing'];
export type SchemaGoogleBusinessProfileDataIngestionRuleRequest = components['schemas']['GoogleBusinessProfileDataIngestionRuleRequest'];
export type SchemaGoogleBusinessProfileDataIngestionRuleResponse = components['schemas']['GoogleBusinessProfileDataIngestionRuleResponse'];
export type SchemaGoogleBusinessProfileDataIngestionRuleVersionResponse = components['schemas']['GoogleBusinessProfileDataIngestionRuleVersionResponse'];
export type SchemaGoogleBusinessProfileDataIngestionRuleVersionResponseEntityListing = components['schemas']['GoogleBusinessProfileDataIngestionRuleVersionResponseEntityListing'];
export type SchemaInstagramDataIngestionRuleRequest = components['schemas']['InstagramDataIngestionRuleRequest'];
export type SchemaInstagramDataIngestionRuleResponse = components['schemas']['InstagramDataIngestionRuleResponse'];
export type SchemaInstagramDataIngestionRuleVersionResponse = components['schemas']['InstagramDataIngestionRuleVersionResponse'];
export type SchemaInstagramDataIngestionRuleVersionResponseEntityListing = components['schemas']['InstagramDataIngestionRuleVersionResponseEntityListing'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaManualEscalationRequest = components['schemas']['ManualEscalationRequest'];
export type SchemaManualEscalationResponse = components['schemas']['ManualEscalationResponse'];
export type SchemaMessageInfo = components['schemas']['MessageInfo'];
export type SchemaNumericRange = components['schemas']['NumericRange'];
export type SchemaOpenDataIngestionRuleRequest = components['schemas']['OpenDataIngestionRuleRequest'];
export type SchemaOpenDataIngestionRuleResponse = components['schemas']['OpenDataIngestionRuleResponse'];
export type SchemaOpenDataIngestionRuleVersionResponse = components['schemas']['OpenDataIngestionRuleVersionResponse'];
export type SchemaOpenDataIngestionRuleVersionResponseEntityListing = components['schemas']['OpenDataIngestionRuleVersionResponseEntityListing'];
export type SchemaOpenSocialMediaChannel = components['schemas']['OpenSocialMediaChannel'];
export type SchemaOpenSocialMediaMessageContent = components['schemas']['OpenSocialMediaMessageContent'];
export type SchemaOpenSocialMediaNormalizedMessage = components['schemas']['OpenSocialMediaNormalizedMessage'];
export type SchemaOpenSocialMediaPublicMetadata = components['schemas']['OpenSocialMediaPublicMetadata'];
export type SchemaOpenSocialMediaReactionsChannel = components['schemas']['OpenSocialMediaReactionsChannel'];
export type SchemaOpenSocialMediaReactionsEvent = components['schemas']['OpenSocialMediaReactionsEvent'];
export type SchemaOpenSocialMediaReactionsNormalizedEvent = components['schemas']['OpenSocialMediaReactionsNormalizedEvent'];
export type SchemaOpenSocialMediaReactionsRequest = components['schemas']['OpenSocialMediaReactionsRequest'];
export type SchemaOpenSocialMediaRecipient = components['schemas']['OpenSocialMediaRecipient'];
export type SchemaOpenSocialMediaRecipientAdditionalIdentifier = components['schemas']['OpenSocialMediaRecipientAdditionalIdentifier'];
export type SchemaOpenSocialNormalizedMessageEntityListing = components['schemas']['OpenSocialNormalizedMessageEntityListing'];
export type SchemaOpenSocialReactionsNormalizedEventEntityListing = components['schemas']['OpenSocialReactionsNormalizedEventEntityListing'];
export type SchemaOverrideEscalationTarget = components['schemas']['OverrideEscalationTarget'];
export type SchemaSocialEscalationResponseEntityListing = components['schemas']['SocialEscalationResponseEntityListing'];
export type SchemaSocialMediaAggregateDataContainer = components['schemas']['SocialMediaAggregateDataContainer'];
export type SchemaSocialMediaAggregateMetricData = components['schemas']['SocialMediaAggregateMetricData'];
export type SchemaSocialMediaAsyncAggregateQueryResponse = components['schemas']['SocialMediaAsyncAggregateQueryResponse'];
export type SchemaSocialMediaAsyncAggregationQuery = components['schemas']['SocialMediaAsyncAggregationQuery'];
export type SchemaSocialMediaAsyncDetailQuery = components['schemas']['SocialMediaAsyncDetailQuery'];
export type SchemaSocialMediaAsyncDetailQueryResponse = components['schemas']['SocialMediaAsyncDetailQueryResponse'];
export type SchemaSocialMediaDetailDataContainer = components['schemas']['SocialMediaDetailDataContainer'];
export type SchemaSocialMediaDetailMessageContainer = components['schemas']['SocialMediaDetailMessageContainer'];
export type SchemaSocialMediaMessageEscalationInfo = components['schemas']['SocialMediaMessageEscalationInfo'];
export type SchemaSocialMediaQueryClause = components['schemas']['SocialMediaQueryClause'];
export type SchemaSocialMediaQueryFilter = components['schemas']['SocialMediaQueryFilter'];
export type SchemaSocialMediaQueryPredicate = components['schemas']['SocialMediaQueryPredicate'];
export type SchemaSocialMediaStatisticalResponse = components['schemas']['SocialMediaStatisticalResponse'];
export type SchemaSocialMediaStatisticalSummary = components['schemas']['SocialMediaStatisticalSummary'];
export type SchemaSocialTopicPatchRequest = components['schemas']['SocialTopicPatchRequest'];
export type SchemaSocialTopicRequest = components['schemas']['SocialTopicRequest'];
export type SchemaSocialTopicResponse = components['schemas']['SocialTopicResponse'];
export type SchemaSocialTopicWithDataIngestionRuleMetadataResponse = components['schemas']['SocialTopicWithDataIngestionRuleMetadataResponse'];
export type SchemaSocialTopicWithDataIngestionRuleMetadataResponseEntityListing = components['schemas']['SocialTopicWithDataIngestionRuleMetadataResponseEntityListing'];
export type SchemaTweetUsage = components['schemas']['TweetUsage'];
export type SchemaTwitterDataHistoricalTweetRequest = components['schemas']['TwitterDataHistoricalTweetRequest'];
export type SchemaTwitterDataHistoricalTweetResponse = components['schemas']['TwitterDataHistoricalTweetResponse'];
export type SchemaTwitterDataIngestionRuleRequest = components['schemas']['TwitterDataIngestionRuleRequest'];
export type SchemaTwitterDataIngestionRuleResponse = components['schemas']['TwitterDataIngestionRuleResponse'];
export type SchemaTwitterDataIngestionRuleVersionResponse = components['schemas']['TwitterDataIngestionRuleVersionResponse'];
export type SchemaTwitterDataIngestionRuleVersionResponseEntityListing = components['schemas']['TwitterDataIngestionRuleVersionResponseEntityListing'];
export type Response400 = components['responses']['400'];
export type Response401 = components['responses']['401'];
export type Response403 = components['responses']['403'];
export type Response404 = components['responses']['404'];
export type Response415 = components['responses']['415'];
export type Response429 = components['responses']['429'];
export type Response500 = components['responses']['500'];
export type Response503 = components['responses']['503'];
export type Response504 = components['responses']['504'];
export type HeaderIninCorrelationId = components['headers']['ININ-Correlation-Id'];
export type $defs = Record<string, never>;
export interface operations {
    postSocialmediaAnalyticsAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialMediaAsyncAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaAnalyticsAggregatesJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description jobId */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncQueryStatus"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaAnalyticsAggregatesJobResults: {
        parameters: {
            query?: {
                /** @description Cursor token to retrieve next page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description jobId */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialMediaAsyncAggregateQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postSocialmediaAnalyticsMessagesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialMediaAsyncDetailQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaAnalyticsMessagesJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description jobId */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncQueryStatus"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaAnalyticsMessagesJobResults: {
        parameters: {
            query?: {
                /** @description Cursor token to retrieve next page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description jobId */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialMediaAsyncDetailQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaEscalationrules: {
        parameters: {
            query: {
                /** @description One division ID */
                divisionId: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialEscalationResponseEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postSocialmediaEscalationrules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EscalationRuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaEscalationrule: {
        parameters: {
            query?: {
                /** @description which fields, if any, to expand */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description escalationRuleId */
                escalationRuleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putSocialmediaEscalationrule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description escalationRuleId */
                escalationRuleId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EscalationRuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteSocialmediaEscalationrule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description escalationRuleId */
                escalationRuleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the SDK returns no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postSocialmediaEscalationsMessages: {
        parameters: {
            query: {
                /** @description One division ID */
                divisionId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ManualEscalationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManualEscalationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteSocialmediaMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description messageId */
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the SDK returns no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopics: {
        parameters: {
            query?: {
                /** @description One or more division IDs. If nothing is provided, the social topics associated withthe list of divisions that the user has access to will be returned. */
                divisionIds?: string[];
                /** @description One or more topic IDs to search through the topics. */
                ids?: string[];
                /** @description Determines whether to include soft-deleted items in the result. */
                includeDeleted?: boolean;
                /** @description Search for topic by name that contains the given search string, search is case insensitive */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialTopicWithDataIngestionRuleMetadataResponseEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postSocialmediaTopics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SocialTopicRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialTopicResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopic: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted items in the result. */
                includeDeleted?: boolean;
            };
            header?: never;
            path: {
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialTopicWithDataIngestionRuleMetadataResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteSocialmediaTopic: {
        parameters: {
            query?: {
                /** @description Determines whether a Social topic should be soft-deleted or hard-deleted (permanently removed). Set to false (soft-delete) by default. */
                hardDelete?: boolean;
            };
            header?: never;
            path: {
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the SDK returns no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchSocialmediaTopic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SocialTopicPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialTopicResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopicDataingestionrules: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted items in the result. */
                includeDeleted?: boolean;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenericDataIngestionRuleResponseEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postSocialmediaTopicDataingestionrulesFacebook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["FacebookDataIngestionRuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacebookDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopicDataingestionrulesFacebookFacebookIngestionRuleId: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted items in the result. */
                includeDeleted?: boolean;
            };
            header?: never;
            path: {
                /** @description facebookIngestionRuleId */
                facebookIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacebookDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putSocialmediaTopicDataingestionrulesFacebookFacebookIngestionRuleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description facebookIngestionRuleId */
                facebookIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["FacebookDataIngestionRuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacebookDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteSocialmediaTopicDataingestionrulesFacebookFacebookIngestionRuleId: {
        parameters: {
            query?: {
                /** @description Determines whether a Facebook data ingestion rule should be soft-deleted (have it's state set to deleted) or hard-deleted (permanently removed). Set to false (soft-delete) by default. */
                hardDelete?: boolean;
            };
            header?: never;
            path: {
                /** @description facebookIngestionRuleId */
                facebookIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the SDK returns no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchSocialmediaTopicDataingestionrulesFacebookFacebookIngestionRuleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description facebookIngestionRuleId */
                facebookIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DataIngestionRuleStatusPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacebookDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopicDataingestionrulesFacebookFacebookIngestionRuleIdVersions: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted items in the result. */
                includeDeleted?: boolean;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description facebookIngestionRuleId */
                facebookIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacebookDataIngestionRuleVersionResponseEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopicDataingestionrulesFacebookFacebookIngestionRuleIdVersion: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted item in the result. */
                includeDeleted?: boolean;
            };
            header?: never;
            path: {
                /** @description version */
                dataIngestionRuleVersion: string;
                /** @description facebookIngestionRuleId */
                facebookIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacebookDataIngestionRuleVersionResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postSocialmediaTopicDataingestionrulesGooglebusinessprofile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GoogleBusinessProfileDataIngestionRuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoogleBusinessProfileDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopicDataingestionrulesGooglebusinessprofileGoogleBusinessProfileIngestionRuleId: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted items in the result. */
                includeDeleted?: boolean;
            };
            header?: never;
            path: {
                /** @description googleBusinessProfileIngestionRuleId */
                googleBusinessProfileIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoogleBusinessProfileDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putSocialmediaTopicDataingestionrulesGooglebusinessprofileGoogleBusinessProfileIngestionRuleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description googleBusinessProfileIngestionRuleId */
                googleBusinessProfileIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GoogleBusinessProfileDataIngestionRuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoogleBusinessProfileDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteSocialmediaTopicDataingestionrulesGooglebusinessprofileGoogleBusinessProfileIngestionRuleId: {
        parameters: {
            query?: {
                /** @description Determines whether a Google Business Profile data ingestion rule should be soft-deleted (have it's state set to deleted) or hard-deleted (permanently removed). Set to false (soft-delete) by default. */
                hardDelete?: boolean;
            };
            header?: never;
            path: {
                /** @description googleBusinessProfileIngestionRuleId */
                googleBusinessProfileIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the SDK returns no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchSocialmediaTopicDataingestionrulesGooglebusinessprofileGoogleBusinessProfileIngestionRuleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description googleBusinessProfileIngestionRuleId */
                googleBusinessProfileIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DataIngestionRuleStatusPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoogleBusinessProfileDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopicDataingestionrulesGooglebusinessprofileGoogleBusinessProfileIngestionRuleIdVersions: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted items in the result. */
                includeDeleted?: boolean;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description googleBusinessProfileIngestionRuleId */
                googleBusinessProfileIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoogleBusinessProfileDataIngestionRuleVersionResponseEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopicDataingestionrulesGooglebusinessprofileGoogleBusinessProfileIngestionRuleIdVersion: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted item in the result. */
                includeDeleted?: boolean;
            };
            header?: never;
            path: {
                /** @description version */
                dataIngestionRuleVersion: string;
                /** @description googleBusinessProfileIngestionRuleId */
                googleBusinessProfileIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoogleBusinessProfileDataIngestionRuleVersionResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postSocialmediaTopicDataingestionrulesInstagram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["InstagramDataIngestionRuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstagramDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopicDataingestionrulesInstagramInstagramIngestionRuleId: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted items in the result. */
                includeDeleted?: boolean;
            };
            header?: never;
            path: {
                /** @description instagramIngestionRuleId */
                instagramIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstagramDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putSocialmediaTopicDataingestionrulesInstagramInstagramIngestionRuleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description instagramIngestionRuleId */
                instagramIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["InstagramDataIngestionRuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstagramDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteSocialmediaTopicDataingestionrulesInstagramInstagramIngestionRuleId: {
        parameters: {
            query?: {
                /** @description Determines whether a Instagram data ingestion rule should be soft-deleted (have it's state set to deleted) or hard-deleted (permanently removed). Set to false (soft-delete) by default. */
                hardDelete?: boolean;
            };
            header?: never;
            path: {
                /** @description instagramIngestionRuleId */
                instagramIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the SDK returns no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchSocialmediaTopicDataingestionrulesInstagramInstagramIngestionRuleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description instagramIngestionRuleId */
                instagramIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DataIngestionRuleStatusPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstagramDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopicDataingestionrulesInstagramInstagramIngestionRuleIdVersions: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted items in the result. */
                includeDeleted?: boolean;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description instagramIngestionRuleId */
                instagramIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstagramDataIngestionRuleVersionResponseEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopicDataingestionrulesInstagramInstagramIngestionRuleIdVersion: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted item in the result. */
                includeDeleted?: boolean;
            };
            header?: never;
            path: {
                /** @description version */
                dataIngestionRuleVersion: string;
                /** @description instagramIngestionRuleId */
                instagramIngestionRuleId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstagramDataIngestionRuleVersionResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postSocialmediaTopicDataingestionrulesOpen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OpenDataIngestionRuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopicDataingestionrulesOpenOpenId: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted items in the result. */
                includeDeleted?: boolean;
            };
            header?: never;
            path: {
                /** @description openId */
                openId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putSocialmediaTopicDataingestionrulesOpenOpenId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description openId */
                openId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OpenDataIngestionRuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteSocialmediaTopicDataingestionrulesOpenOpenId: {
        parameters: {
            query?: {
                /** @description Determines whether a open data ingestion rule should be soft-deleted (have it's state set to deleted) or hard-deleted (permanently removed). Set to false (soft-delete) by default. */
                hardDelete?: boolean;
            };
            header?: never;
            path: {
                /** @description openId */
                openId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the SDK returns no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchSocialmediaTopicDataingestionrulesOpenOpenId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description openId */
                openId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DataIngestionRuleStatusPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopicDataingestionrulesOpenOpenIdVersions: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted items in the result. */
                includeDeleted?: boolean;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description openId */
                openId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataIngestionRuleVersionResponseEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopicDataingestionrulesOpenOpenIdVersion: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted item in the result. */
                includeDeleted?: boolean;
            };
            header?: never;
            path: {
                /** @description version */
                dataIngestionRuleVersion: string;
                /** @description openId */
                openId: string;
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataIngestionRuleVersionResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postSocialmediaTopicDataingestionrulesOpenRuleIdMessagesBulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Data Ingestion Rule ID */
                ruleId: string;
                /** @description Topic ID */
                topicId: string;
            };
            cookie?: never;
        };
        /** @description NormalizedMessage */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenSocialMediaNormalizedMessage"][];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenSocialNormalizedMessageEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postSocialmediaTopicDataingestionrulesOpenRuleIdReactionsBulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Data Ingestion Rule ID */
                ruleId: string;
                /** @description Topic ID */
                topicId: string;
            };
            cookie?: never;
        };
        /** @description NormalizedEvent */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenSocialMediaReactionsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenSocialReactionsNormalizedEventEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postSocialmediaTopicDataingestionrulesTwitter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description topicId */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TwitterDataIngestionRuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwitterDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopicDataingestionrulesTwitterTwitterIngestionRuleId: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted items in the result. */
                includeDeleted?: boolean;
            };
            header?: never;
            path: {
                /** @description topicId */
                topicId: string;
                /** @description twitterIngestionRuleId */
                twitterIngestionRuleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwitterDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putSocialmediaTopicDataingestionrulesTwitterTwitterIngestionRuleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description topicId */
                topicId: string;
                /** @description twitterIngestionRuleId */
                twitterIngestionRuleId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TwitterDataIngestionRuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwitterDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteSocialmediaTopicDataingestionrulesTwitterTwitterIngestionRuleId: {
        parameters: {
            query?: {
                /** @description Determines whether a X (formally Twitter) data ingestion rule should be soft-deleted (have it's state set to deleted) or hard-deleted (permanently removed). Set to false (soft-delete) by default. */
                hardDelete?: boolean;
            };
            header?: never;
            path: {
                /** @description topicId */
                topicId: string;
                /** @description twitterIngestionRuleId */
                twitterIngestionRuleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the SDK returns no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchSocialmediaTopicDataingestionrulesTwitterTwitterIngestionRuleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description topicId */
                topicId: string;
                /** @description twitterIngestionRuleId */
                twitterIngestionRuleId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DataIngestionRuleStatusPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwitterDataIngestionRuleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopicDataingestionrulesTwitterTwitterIngestionRuleIdVersions: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted items in the result. */
                includeDeleted?: boolean;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description topicId */
                topicId: string;
                /** @description twitterIngestionRuleId */
                twitterIngestionRuleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwitterDataIngestionRuleVersionResponseEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getSocialmediaTopicDataingestionrulesTwitterTwitterIngestionRuleIdVersion: {
        parameters: {
            query?: {
                /** @description Determines whether to include soft-deleted item in the result. */
                includeDeleted?: boolean;
            };
            header?: never;
            path: {
                /** @description version */
                dataIngestionRuleVersion: string;
                /** @description topicId */
                topicId: string;
                /** @description twitterIngestionRuleId */
                twitterIngestionRuleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwitterDataIngestionRuleVersionResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postSocialmediaTwitterHistoricalTweets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description TwitterDataHistoricalTweetRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwitterDataHistoricalTweetRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwitterDataHistoricalTweetResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
}
