// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/analytics/openapi.yaml (sha256 5088af620cea223d)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area analytics` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Analytics (138 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const analytics = analyticsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function analyticsApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/analytics/actions/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for action aggregates asynchronously
         * @permissions ANY: any one of `integrations:action:view`, `bridge:actions:view`
         */
        post: operations["postAnalyticsActionsAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/actions/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for action aggregates
         * @permissions ANY: any one of `integrations:action:view`, `bridge:actions:view`
         */
        get: operations["getAnalyticsActionsAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for action aggregates
         * @permissions ANY: any one of `integrations:action:view`, `bridge:actions:view`
         */
        delete: operations["deleteAnalyticsActionsAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/actions/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: any one of `integrations:action:view`, `bridge:actions:view`
         */
        get: operations["getAnalyticsActionsAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/actions/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for action aggregates
         * @permissions ANY: any one of `integrations:action:view`, `bridge:actions:view`
         */
        post: operations["postAnalyticsActionsAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/agentcopilots/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for agent copilot aggregates asynchronously
         * @permissions ANY: `analytics:agentCopilotAggregate:view`
         */
        post: operations["postAnalyticsAgentcopilotsAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/agentcopilots/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for agent copilot aggregates
         * @permissions ANY: `analytics:agentCopilotAggregate:view`
         */
        get: operations["getAnalyticsAgentcopilotsAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for agent copilot aggregates
         * @permissions ANY: `analytics:agentCopilotAggregate:view`
         */
        delete: operations["deleteAnalyticsAgentcopilotsAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/agentcopilots/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:agentCopilotAggregate:view`
         */
        get: operations["getAnalyticsAgentcopilotsAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/agentcopilots/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for agent copilot aggregates
         * @permissions ANY: `analytics:agentCopilotAggregate:view`
         */
        post: operations["postAnalyticsAgentcopilotsAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/agents/{userId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an agent and their active sessions by user ID
         * @permissions ANY: `analytics:agentState:view`
         */
        get: operations["getAnalyticsAgentStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/agents/status/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count agents by different groupings
         * @permissions ANY: `analytics:agentState:view`
         */
        post: operations["postAnalyticsAgentsStatusCounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/agents/status/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve the top 50 agents matching the query filters
         * @permissions ANY: `analytics:agentState:view`
         */
        post: operations["postAnalyticsAgentsStatusQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/agentutilizations/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for agent utilization aggregates asynchronously
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `analytics:agentUtilizationAggregate:view`
         */
        post: operations["postAnalyticsAgentutilizationsAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/agentutilizations/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for agent utilization aggregates
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `analytics:agentUtilizationAggregate:view`
         */
        get: operations["getAnalyticsAgentutilizationsAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for agent utilization aggregates
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `analytics:agentUtilizationAggregate:view`
         */
        delete: operations["deleteAnalyticsAgentutilizationsAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/agentutilizations/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `analytics:agentUtilizationAggregate:view`
         */
        get: operations["getAnalyticsAgentutilizationsAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/agentutilizations/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for agent utilization aggregates
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `analytics:agentUtilizationAggregate:view`
         */
        post: operations["postAnalyticsAgentutilizationsAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/botflows/{botFlowId}/divisions/reportingturns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Reporting Turns (division aware).
         * @description Returns the reporting turns for the specified flow, filtered by the clients divisions and grouped by session, in reverse chronological order from the date the session was created, with the reporting turns from the most recent session appearing at the start of the list. It is expected that the client will URL encode the request URI once only. For pagination, clients should keep sending requests using the value of nextUri in the response, until its no longer present, only then have all items have been returned. The nextUri value in the response is already URL encoded (so it doesnt need to be encoded again). Note: resources returned by this endpoint are not persisted indefinitely, as they are deleted after approximately, but not before, 10 days.
         * @permissions ANY: `analytics:botFlowDivisionAwareReportingTurn:view`
         */
        get: operations["getAnalyticsBotflowDivisionsReportingturns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/botflows/{botFlowId}/reportingturns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Reporting Turns.
         * @description Deprecated: Please use GET /analytics/botflows/{botFlowId}/divisions/reportingturns instead. Returns the reporting turns grouped by session, in reverse chronological order from the date the session was created, with the reporting turns from the most recent session appearing at the start of the list. It is expected that the client will URL encode the request URI once only. For pagination, clients should keep sending requests using the value of nextUri in the response, until its no longer present, only then have all items have been returned. The nextUri value in the response is already URL encoded (so it doesnt need to be encoded again). Note: resources returned by this endpoint are not persisted indefinitely, as they are deleted after approximately, but not before, 10 days.
         * @deprecated Deprecated: Please use GET /analytics/botflows/{botFlowId}/divisions/reportingturns instead.
         * @permissions ANY: `analytics:botFlowReportingTurn:view`
         */
        get: operations["getAnalyticsBotflowReportingturns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/botflows/{botFlowId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Bot Flow Sessions.
         * @description Returns the bot flow sessions in reverse chronological order from the date they were created. It is expected that the client will URL encode the request URI once only. For pagination, clients should keep sending requests using the value of nextUri in the response, until its no longer present, only then have all items have been returned. The nextUri value in the response is already URL encoded (so it doesnt need to be encoded again). Note: resources returned by this endpoint are not persisted indefinitely, as they are deleted after approximately, but not before, 10 days.
         * @permissions ANY: `analytics:botFlowSession:view`
         */
        get: operations["getAnalyticsBotflowSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/bots/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for bot aggregates asynchronously
         * @permissions ANY: `analytics:botAggregate:view`
         */
        post: operations["postAnalyticsBotsAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/bots/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for bot aggregates
         * @permissions ANY: `analytics:botAggregate:view`
         */
        get: operations["getAnalyticsBotsAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for bot aggregates
         * @permissions ANY: `analytics:botAggregate:view`
         */
        delete: operations["deleteAnalyticsBotsAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/bots/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:botAggregate:view`
         */
        get: operations["getAnalyticsBotsAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/bots/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for bot aggregates
         * @permissions ANY: `analytics:botAggregate:view`
         */
        post: operations["postAnalyticsBotsAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/casemanagement/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for case management aggregates asynchronously
         * @permissions ANY: `analytics:caseManagementAggregate:view`
         */
        post: operations["postAnalyticsCasemanagementAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/casemanagement/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for case management aggregates
         * @permissions ANY: `analytics:caseManagementAggregate:view`
         */
        get: operations["getAnalyticsCasemanagementAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for case management aggregates
         * @permissions ANY: `analytics:caseManagementAggregate:view`
         */
        delete: operations["deleteAnalyticsCasemanagementAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/casemanagement/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async case management query
         * @permissions ANY: `analytics:caseManagementAggregate:view`
         */
        get: operations["getAnalyticsCasemanagementAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/casemanagement/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for case management aggregates
         * @permissions ANY: `analytics:caseManagementAggregate:view`
         */
        post: operations["postAnalyticsCasemanagementAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/{conversationId}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a conversation by id
         * @permissions ANY: any one of `analytics:conversationDetail:view`, `analytics:agentConversationDetail:view`
         */
        get: operations["getAnalyticsConversationDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/{conversationId}/details/properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Index conversation properties
         * @permissions ANY: `analytics:conversationProperties:index`
         */
        post: operations["postAnalyticsConversationDetailsProperties"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/activity/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for conversation activity observations
         * @permissions ANY: `analytics:queueObservation:view`
         */
        post: operations["postAnalyticsConversationsActivityQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for conversation aggregates asynchronously
         * @permissions ANY: `analytics:conversationAggregate:view`
         */
        post: operations["postAnalyticsConversationsAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for conversation aggregates
         * @permissions ANY: `analytics:conversationAggregate:view`
         */
        get: operations["getAnalyticsConversationsAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for conversation aggregates
         * @permissions ANY: `analytics:conversationAggregate:view`
         */
        delete: operations["deleteAnalyticsConversationsAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:conversationAggregate:view`
         */
        get: operations["getAnalyticsConversationsAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for conversation aggregates
         * @permissions ANY: `analytics:conversationAggregate:view`
         */
        post: operations["postAnalyticsConversationsAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets multiple conversations by id
         * @permissions ANY: any one of `analytics:conversationDetail:view`, `analytics:agentConversationDetail:view`
         */
        get: operations["getAnalyticsConversationsDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/details/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for conversation details asynchronously
         * @permissions ANY: any one of `analytics:conversationDetail:view`, `analytics:agentConversationDetail:view`
         */
        post: operations["postAnalyticsConversationsDetailsJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/details/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for conversation details
         * @permissions ANY: any one of `analytics:conversationDetail:view`, `analytics:agentConversationDetail:view`
         */
        get: operations["getAnalyticsConversationsDetailsJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async details job
         * @permissions ANY: any one of `analytics:conversationDetail:view`, `analytics:agentConversationDetail:view`
         */
        delete: operations["deleteAnalyticsConversationsDetailsJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/details/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async details job
         * @permissions ANY: any one of `analytics:conversationDetail:view`, `analytics:agentConversationDetail:view`
         */
        get: operations["getAnalyticsConversationsDetailsJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/details/jobs/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lookup the datalake availability date and time
         * @permissions ANY: `analytics:conversationDetail:view`
         */
        get: operations["getAnalyticsConversationsDetailsJobsAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/details/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for conversation details
         * @permissions ANY: any one of `analytics:conversationDetail:view`, `analytics:agentConversationDetail:view`
         */
        post: operations["postAnalyticsConversationsDetailsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/copilots/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for copilot aggregates asynchronously
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `analytics:copilotsAggregate:view`
         */
        post: operations["postAnalyticsCopilotsAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/copilots/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for copilot aggregates
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `analytics:copilotsAggregate:view`
         */
        get: operations["getAnalyticsCopilotsAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for copilot aggregates
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `analytics:copilotsAggregate:view`
         */
        delete: operations["deleteAnalyticsCopilotsAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/copilots/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `analytics:copilotsAggregate:view`
         */
        get: operations["getAnalyticsCopilotsAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/copilots/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for copilot aggregates
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `analytics:copilotsAggregate:view`
         */
        post: operations["postAnalyticsCopilotsAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/dataextraction/downloads/{downloadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get analytics data warehouse file download
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `analytics:datawarehouse:view`
         */
        get: operations["getAnalyticsDataextractionDownload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/dataextraction/downloads/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get download URLs for analytics data warehouse files
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `analytics:datawarehouse:view`
         */
        post: operations["postAnalyticsDataextractionDownloadsBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/dataextraction/downloads/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get metadata on files available for extraction
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `analytics:datawarehouse:view`
         */
        get: operations["getAnalyticsDataextractionDownloadsMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/dataretention/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get analytics data retention setting
         * @permissions ANY: `analytics:dataRetention:view`
         */
        get: operations["getAnalyticsDataretentionSettings"];
        /**
         * Update analytics data retention setting
         * @permissions ANY: `analytics:dataRetention:edit`
         */
        put: operations["putAnalyticsDataretentionSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/evaluations/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for evaluation aggregates asynchronously
         * @permissions ANY: `analytics:evaluationAggregate:view`
         */
        post: operations["postAnalyticsEvaluationsAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/evaluations/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for evaluation aggregates
         * @permissions ANY: `analytics:evaluationAggregate:view`
         */
        get: operations["getAnalyticsEvaluationsAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for evaluation aggregates
         * @permissions ANY: `analytics:evaluationAggregate:view`
         */
        delete: operations["deleteAnalyticsEvaluationsAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/evaluations/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:evaluationAggregate:view`
         */
        get: operations["getAnalyticsEvaluationsAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/evaluations/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for evaluation aggregates
         * @permissions ANY: `analytics:evaluationAggregate:view`
         */
        post: operations["postAnalyticsEvaluationsAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/flowexecutions/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for flow execution aggregates asynchronously
         * @permissions ANY: `analytics:flowExecutionAggregate:view`
         */
        post: operations["postAnalyticsFlowexecutionsAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/flowexecutions/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for flow execution aggregates
         * @permissions ANY: `analytics:flowExecutionAggregate:view`
         */
        get: operations["getAnalyticsFlowexecutionsAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for flow execution aggregates
         * @permissions ANY: `analytics:flowExecutionAggregate:view`
         */
        delete: operations["deleteAnalyticsFlowexecutionsAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/flowexecutions/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:flowExecutionAggregate:view`
         */
        get: operations["getAnalyticsFlowexecutionsAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/flowexecutions/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for flow execution aggregates
         * @permissions ANY: `analytics:flowExecutionAggregate:view`
         */
        post: operations["postAnalyticsFlowexecutionsAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/flows/activity/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for flow activity observations
         * @permissions ANY: `analytics:flowObservation:view`
         */
        post: operations["postAnalyticsFlowsActivityQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/flows/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for flow aggregates asynchronously
         * @permissions ANY: `analytics:flowAggregate:view`
         */
        post: operations["postAnalyticsFlowsAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/flows/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for Flow aggregates
         * @permissions ANY: `analytics:flowAggregate:view`
         */
        get: operations["getAnalyticsFlowsAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for flow aggregates
         * @permissions ANY: `analytics:flowAggregate:view`
         */
        delete: operations["deleteAnalyticsFlowsAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/flows/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:flowAggregate:view`
         */
        get: operations["getAnalyticsFlowsAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/flows/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for flow aggregates
         * @permissions ANY: `analytics:flowAggregate:view`
         */
        post: operations["postAnalyticsFlowsAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/flows/observations/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for flow observations
         * @permissions ANY: `analytics:flowObservation:view`
         */
        post: operations["postAnalyticsFlowsObservationsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/journeys/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for journey aggregates asynchronously
         * @permissions ANY: `analytics:journeyAggregate:view`
         */
        post: operations["postAnalyticsJourneysAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/journeys/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for journey aggregates
         * @permissions ANY: `analytics:journeyAggregate:view`
         */
        get: operations["getAnalyticsJourneysAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for journey aggregates
         * @permissions ANY: `analytics:journeyAggregate:view`
         */
        delete: operations["deleteAnalyticsJourneysAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/journeys/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:journeyAggregate:view`
         */
        get: operations["getAnalyticsJourneysAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/journeys/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for journey aggregates
         * @permissions ANY: `analytics:journeyAggregate:view`
         */
        post: operations["postAnalyticsJourneysAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/knowledge/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for knowledge aggregates asynchronously
         * @permissions ANY: `analytics:knowledgeAggregate:view`
         */
        post: operations["postAnalyticsKnowledgeAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/knowledge/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for knowledge aggregates
         * @permissions ANY: `analytics:knowledgeAggregate:view`
         */
        get: operations["getAnalyticsKnowledgeAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for knowledge aggregates
         * @permissions ANY: `analytics:knowledgeAggregate:view`
         */
        delete: operations["deleteAnalyticsKnowledgeAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/knowledge/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:knowledgeAggregate:view`
         */
        get: operations["getAnalyticsKnowledgeAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/knowledge/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for knowledge aggregates
         * @permissions ANY: `analytics:knowledgeAggregate:view`
         */
        post: operations["postAnalyticsKnowledgeAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/queues/observations/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for queue observations
         * @permissions ANY: `analytics:queueObservation:view`
         */
        post: operations["postAnalyticsQueuesObservationsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/ratelimits/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for limits rate limit aggregates. Data populated when limits reach 90% of the maximum. Not a source of truth for limits hit but a best effort estimate.
         * @description The max property can be used to determine estimated rate limit value hit. See https://developer.genesys.cloud/organization/organization/limits#available-limits for limits that are trackable (Operational Events Enabled).
         * @permissions ANY: `analytics:rateLimitAggregate:view`
         */
        post: operations["postAnalyticsRatelimitsAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/reporting/dashboards/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get dashboards summary for users in a org
         * @permissions ALL: `analytics:dashboardConfigurations:view`
         */
        get: operations["getAnalyticsReportingDashboardsUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/reporting/dashboards/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get dashboards summary for a user
         * @permissions ALL: `analytics:dashboardConfigurations:view`
         */
        get: operations["getAnalyticsReportingDashboardsUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/reporting/dashboards/users/bulk/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk soft delete dashboards owned by other user(s)
         * @permissions ANY: any one of `analytics:dashboardConfigurations:deleteActive`, `analytics:dashboardConfigurations:deleteInactive`
         */
        post: operations["postAnalyticsReportingDashboardsUsersBulkRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/reporting/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all view export requests for a user
         * @permissions ALL: `analytics:dataExport:view`
         */
        get: operations["getAnalyticsReportingExports"];
        put?: never;
        /**
         * Generate a view export request
         * @description This API creates a reporting export but the desired way to export analytics data is to use the analytics query APIs instead
         * @permissions ALL: `analytics:dataExport:add`
         */
        post: operations["postAnalyticsReportingExports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/reporting/exports/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all export metadata
         * @permissions ALL: `analytics:dataExport:view`
         */
        get: operations["getAnalyticsReportingExportsMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/reporting/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get AnalyticsReportingSettings for an organization
         * @permissions none required
         */
        get: operations["getAnalyticsReportingSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch AnalyticsReportingSettings values for an organization
         * @permissions ANY: `analytics:reportingSettings:edit`
         */
        patch: operations["patchAnalyticsReportingSettings"];
        trace?: never;
    };
    "/api/v2/analytics/reporting/settings/dashboards/bulk/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk soft delete dashboard configurations
         * @permissions ALL: `analytics:dashboardConfigurations:edit`
         */
        post: operations["postAnalyticsReportingSettingsDashboardsBulkRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/reporting/settings/dashboards/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of dashboard configurations
         * @permissions ALL: `analytics:dashboardConfigurations:view`
         */
        get: operations["getAnalyticsReportingSettingsDashboardsQuery"];
        put?: never;
        /**
         * Query dashboard configurations
         * @permissions ALL: `analytics:dashboardConfigurations:view`
         */
        post: operations["postAnalyticsReportingSettingsDashboardsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/reporting/settings/users/{userId}/dashboards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of dashboards for an user
         * @permissions ALL: `analytics:dashboardConfigurations:viewPrivate`
         */
        get: operations["getAnalyticsReportingSettingsUserDashboards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/resolutions/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for resolution aggregates asynchronously
         * @permissions ANY: `analytics:resolutionAggregate:view`
         */
        post: operations["postAnalyticsResolutionsAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/resolutions/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for resolution aggregates
         * @permissions ANY: `analytics:resolutionAggregate:view`
         */
        get: operations["getAnalyticsResolutionsAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for resolution aggregates
         * @permissions ANY: `analytics:resolutionAggregate:view`
         */
        delete: operations["deleteAnalyticsResolutionsAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/resolutions/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:resolutionAggregate:view`
         */
        get: operations["getAnalyticsResolutionsAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/resolutions/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for resolution aggregates
         * @permissions ANY: `analytics:resolutionAggregate:view`
         */
        post: operations["postAnalyticsResolutionsAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/routing/activity/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for user activity observations
         * @permissions ANY: `analytics:queueObservation:view`
         */
        post: operations["postAnalyticsRoutingActivityQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/summaries/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for summary aggregates asynchronously
         * @permissions ANY: `analytics:summaryAggregate:view`
         */
        post: operations["postAnalyticsSummariesAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/summaries/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for summary aggregates
         * @permissions ANY: `analytics:summaryAggregate:view`
         */
        get: operations["getAnalyticsSummariesAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for summary aggregates
         * @permissions ANY: `analytics:summaryAggregate:view`
         */
        delete: operations["deleteAnalyticsSummariesAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/summaries/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:summaryAggregate:view`
         */
        get: operations["getAnalyticsSummariesAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/summaries/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for summary aggregates
         * @permissions ANY: `analytics:summaryAggregate:view`
         */
        post: operations["postAnalyticsSummariesAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/surveys/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for survey aggregates asynchronously
         * @permissions ANY: `analytics:surveyAggregate:view`
         */
        post: operations["postAnalyticsSurveysAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/surveys/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for survey aggregates
         * @permissions ANY: `analytics:surveyAggregate:view`
         */
        get: operations["getAnalyticsSurveysAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for survey aggregates
         * @permissions ANY: `analytics:surveyAggregate:view`
         */
        delete: operations["deleteAnalyticsSurveysAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/surveys/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:surveyAggregate:view`
         */
        get: operations["getAnalyticsSurveysAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/surveys/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for survey aggregates
         * @permissions ANY: `analytics:surveyAggregate:view`
         */
        post: operations["postAnalyticsSurveysAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/taskmanagement/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for task management aggregates asynchronously
         * @permissions ANY: `analytics:taskManagementAggregate:view`
         */
        post: operations["postAnalyticsTaskmanagementAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/taskmanagement/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for task management aggregates
         * @permissions ANY: `analytics:taskManagementAggregate:view`
         */
        get: operations["getAnalyticsTaskmanagementAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for task management aggregates
         * @permissions ANY: `analytics:taskManagementAggregate:view`
         */
        delete: operations["deleteAnalyticsTaskmanagementAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/taskmanagement/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async task management query
         * @permissions ANY: `analytics:taskManagementAggregate:view`
         */
        get: operations["getAnalyticsTaskmanagementAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/taskmanagement/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for task management aggregates
         * @permissions ANY: `analytics:taskManagementAggregate:view`
         */
        post: operations["postAnalyticsTaskmanagementAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/taskmanagement/metrics/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for task management observations
         * @permissions ALL: `analytics:taskManagementObservation:view`
         */
        post: operations["postAnalyticsTaskmanagementMetricsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/teams/activity/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for team activity observations
         * @permissions ANY: `analytics:teamObservation:view`
         */
        post: operations["postAnalyticsTeamsActivityQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/transcripts/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for transcript aggregates asynchronously
         * @permissions ANY: `analytics:speechAndTextAnalyticsAggregates:view`
         */
        post: operations["postAnalyticsTranscriptsAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/transcripts/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for transcript aggregates
         * @permissions ANY: `analytics:speechAndTextAnalyticsAggregates:view`
         */
        get: operations["getAnalyticsTranscriptsAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for transcript aggregates
         * @permissions ANY: `analytics:speechAndTextAnalyticsAggregates:view`
         */
        delete: operations["deleteAnalyticsTranscriptsAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/transcripts/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:speechAndTextAnalyticsAggregates:view`
         */
        get: operations["getAnalyticsTranscriptsAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/transcripts/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for transcript aggregates
         * @permissions ANY: `analytics:speechAndTextAnalyticsAggregates:view`
         */
        post: operations["postAnalyticsTranscriptsAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/activity/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for user activity observations
         * @permissions ANY: `analytics:userObservation:view`
         */
        post: operations["postAnalyticsUsersActivityQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for user aggregates asynchronously
         * @permissions ANY: `analytics:userAggregate:view`
         */
        post: operations["postAnalyticsUsersAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for user aggregates
         * @permissions ANY: `analytics:userAggregate:view`
         */
        get: operations["getAnalyticsUsersAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for user aggregates
         * @permissions ANY: `analytics:userAggregate:view`
         */
        delete: operations["deleteAnalyticsUsersAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:userAggregate:view`
         */
        get: operations["getAnalyticsUsersAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for user aggregates
         * @permissions ANY: `analytics:userAggregate:view`
         */
        post: operations["postAnalyticsUsersAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/details/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for user details asynchronously
         * @permissions ANY: `analytics:userDetail:view`
         */
        post: operations["postAnalyticsUsersDetailsJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/details/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for user details
         * @permissions ANY: `analytics:userDetail:view`
         */
        get: operations["getAnalyticsUsersDetailsJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request
         * @permissions ANY: `analytics:userDetail:view`
         */
        delete: operations["deleteAnalyticsUsersDetailsJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/details/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async query
         * @permissions ANY: `analytics:userDetail:view`
         */
        get: operations["getAnalyticsUsersDetailsJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/details/jobs/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lookup the datalake availability date and time
         * @permissions ANY: `analytics:userDetail:view`
         */
        get: operations["getAnalyticsUsersDetailsJobsAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/details/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for user details
         * @permissions ANY: `analytics:userDetail:view`
         */
        post: operations["postAnalyticsUsersDetailsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/users/observations/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for user observations
         * @permissions ANY: `analytics:userObservation:view`
         */
        post: operations["postAnalyticsUsersObservationsQuery"];
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
        ActionAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        ActionAggregateQueryClause: {
            predicates: components["schemas"]["ActionAggregateQueryPredicate"][];
            type: string;
        };
        ActionAggregateQueryFilter: {
            clauses?: components["schemas"]["ActionAggregateQueryClause"][];
            predicates?: components["schemas"]["ActionAggregateQueryPredicate"][];
            type: string;
        };
        ActionAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        ActionAggregateQueryResponse: {
            results?: components["schemas"]["ActionAggregateDataContainer"][];
        };
        ActionAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["ActionAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["ActionAggregationView"][];
        };
        ActionAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        ActionAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["ActionAggregateDataContainer"][];
        };
        ActionAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["ActionAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
            views?: components["schemas"]["ActionAggregationView"][];
        };
        AddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        AgentCopilotAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        AgentCopilotAggregateQueryClause: {
            predicates: components["schemas"]["AgentCopilotAggregateQueryPredicate"][];
            type: string;
        };
        AgentCopilotAggregateQueryFilter: {
            clauses?: components["schemas"]["AgentCopilotAggregateQueryClause"][];
            predicates?: components["schemas"]["AgentCopilotAggregateQueryPredicate"][];
            type: string;
        };
        AgentCopilotAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        AgentCopilotAggregateQueryResponse: {
            results?: components["schemas"]["AgentCopilotAggregateDataContainer"][];
        };
        AgentCopilotAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["AgentCopilotAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            limit?: number;
            metrics: string[];
            queryType?: string;
            sortMetric?: components["schemas"]["AgentCopilotAggregationSort"];
            timeZone?: string;
            views?: components["schemas"]["AgentCopilotAggregationView"][];
        };
        AgentCopilotAggregationSort: {
            function: string;
            name: string;
        };
        AgentCopilotAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        AgentCopilotAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["AgentCopilotAggregateDataContainer"][];
        };
        AgentCopilotAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["AgentCopilotAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            limit?: number;
            metrics: string[];
            pageSize?: number;
            queryType?: string;
            sortMetric?: components["schemas"]["AgentCopilotAggregationSort"];
            timeZone?: string;
            views?: components["schemas"]["AgentCopilotAggregationView"][];
        };
        AgentStateActivityCategoryCount: {
            activityCategory?: string;
            count?: number;
        };
        AgentStateAdherenceStateCount: {
            adherenceState?: string;
            count?: number;
        };
        AgentStateAgentQueryClause: {
            predicates: components["schemas"]["AgentStateAgentQueryPredicate"][];
            type: string;
        };
        AgentStateAgentQueryPredicate: {
            dimension: string;
            value: string;
        };
        AgentStateCountsRequest: {
            sessionFilter?: components["schemas"]["AgentStateSessionFilter"];
            userFilter?: components["schemas"]["AgentStateUserFilter"];
        };
        AgentStateIsOutOfOfficeCount: {
            count?: number;
            isOutOfOffice?: boolean;
        };
        AgentStatePresenceCount: {
            count?: number;
            organizationPresenceId?: string;
            systemPresence?: string;
        };
        AgentStateQueryRequest: {
            sessionFilter?: components["schemas"]["AgentStateSessionFilter"];
            sessionOrder?: string;
            sessionOrderBy?: string;
            userFilter?: components["schemas"]["AgentStateUserFilter"];
            userOrder?: string;
            userOrderBy?: string;
        };
        AgentStateRoutingStatusCount: {
            count?: number;
            routingStatus?: string;
        };
        AgentStateSegmentTypeCount: {
            count?: number;
            segmentType?: string;
        };
        AgentStateSessionFilter: {
            clauses?: components["schemas"]["AgentStateSessionQueryClause"][];
            predicates?: components["schemas"]["AgentStateSessionQueryPredicate"][];
            type: string;
        };
        AgentStateSessionQueryClause: {
            predicates: components["schemas"]["AgentStateSessionQueryPredicate"][];
            type: string;
        };
        AgentStateSessionQueryPredicate: {
            dimension: string;
            value: string;
        };
        AgentStateUserFilter: {
            clauses?: components["schemas"]["AgentStateAgentQueryClause"][];
            predicates?: components["schemas"]["AgentStateAgentQueryPredicate"][];
            type: string;
        };
        AgentUtilizationAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        AgentUtilizationAggregateQueryClause: {
            predicates: components["schemas"]["AgentUtilizationAggregateQueryPredicate"][];
            type: string;
        };
        AgentUtilizationAggregateQueryFilter: {
            clauses?: components["schemas"]["AgentUtilizationAggregateQueryClause"][];
            predicates?: components["schemas"]["AgentUtilizationAggregateQueryPredicate"][];
            type: string;
        };
        AgentUtilizationAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        AgentUtilizationAggregateQueryResponse: {
            results?: components["schemas"]["AgentUtilizationAggregateDataContainer"][];
        };
        AgentUtilizationAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["AgentUtilizationAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["AgentUtilizationAggregationView"][];
        };
        AgentUtilizationAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        AgentUtilizationAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["AgentUtilizationAggregateDataContainer"][];
        };
        AgentUtilizationAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["AgentUtilizationAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
            views?: components["schemas"]["AgentUtilizationAggregationView"][];
        };
        AggregateMetricData: {
            /** @enum {string} */
            metric?: "tSegmentDuration" | "tConversationDuration" | "oTotalCriticalScore" | "oTotalScore" | "nEvaluations" | "tAbandon" | "tIvr" | "tAnswered" | "tAcd" | "tTalk" | "tHeld" | "tTalkComplete" | "tHeldComplete" | "tAcw" | "tHandle" | "tWait" | "tAgentRoutingStatus" | "tOrganizationPresence" | "tSystemPresence" | "tUserResponseTime" | "tAgentResponseTime" | "nOffered" | "nOverSla" | "nTransferred" | "nOutboundAttempted" | "nOutboundConnected" | "nOutboundAbandoned" | "nError" | "oServiceTarget" | "oServiceLevel" | "tActive" | "tInactive" | "oActiveUsers" | "oMemberUsers" | "oActiveQueues" | "oMemberQueues" | "oInteracting" | "oWaiting" | "oOnQueueUsers" | "oOffQueueUsers" | "oUserPresences" | "oUserRoutingStatuses" | (string & {});
            qualifier?: string;
            stats?: components["schemas"]["StatisticalSummary"];
        };
        AggregateViewData: {
            name?: string;
            stats?: components["schemas"]["StatisticalSummary"];
        };
        AggregationRange: {
            /** @description Greater than or equal to */
            gte?: number;
            /** @description Less than */
            lt?: number;
        };
        AggregationResult: {
            /** Format: int64 */
            count?: number;
            /** @description For termFrequency aggregations */
            dimension?: string;
            /** @description For numericRange aggregations */
            metric?: string;
            results?: components["schemas"]["AggregationResultEntry"][];
            /** @enum {string} */
            type?: "termFrequency" | "numericRange" | (string & {});
        };
        AggregationResultEntry: {
            /** Format: int64 */
            count?: number;
            /** @description For numericRange aggregations */
            gte?: number;
            /** @description For numericRange aggregations */
            lt?: number;
            /** @description For termFrequency aggregations */
            value?: string;
        };
        AnalyticsAgentGroup: {
            agentGroupId?: string;
            agentGroupType?: string;
        };
        AnalyticsAgentStateAgentResponse: {
            actualActivityCategory?: string;
            adherenceDate?: string;
            adherenceImpact?: string;
            adherenceState?: string;
            businessUnitId?: string;
            divisionId?: string;
            isOutOfOffice?: boolean;
            managementUnitId?: string;
            managerId?: string;
            organizationPresenceId?: string;
            presenceDate?: string;
            routingStatus?: string;
            routingStatusDate?: string;
            scheduledActivityCategory?: string;
            scheduledActivityCodeId?: string;
            sessionCount?: number;
            sessions?: components["schemas"]["AnalyticsAgentStateAgentSessionResult"][];
            systemPresence?: string;
            userId?: string;
            userName?: string;
        };
        AnalyticsAgentStateAgentSessionResult: {
            conversationId?: string;
            mediaType?: string;
            originatingDirection?: string;
            requestedLanguageId?: string;
            requestedRoutingSkillIds?: string[];
            routedQueueId?: string;
            segmentStart?: string;
            segmentType?: string;
            sessionId?: string;
            sessionStart?: string;
        };
        AnalyticsAgentStateCountsResponse: {
            actualActivityCategoryCounts?: components["schemas"]["AgentStateActivityCategoryCount"][];
            adherenceStateCounts?: components["schemas"]["AgentStateAdherenceStateCount"][];
            isOutOfOfficeCounts?: components["schemas"]["AgentStateIsOutOfOfficeCount"][];
            presenceCounts?: components["schemas"]["AgentStatePresenceCount"][];
            routingStatusCounts?: components["schemas"]["AgentStateRoutingStatusCount"][];
            scheduledActivityCategoryCounts?: components["schemas"]["AgentStateActivityCategoryCount"][];
            segmentCounts?: components["schemas"]["AgentStateSegmentTypeCount"][];
        };
        AnalyticsAgentStateQueryResponse: {
            entities?: components["schemas"]["AnalyticsAgentStateAgentResponse"][];
        };
        AnalyticsConversation: {
            accessAttributes?: string[];
            associatedConversationId?: string;
            conferenceStart?: string;
            consultationConversationIds?: string[];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            conversationEnd?: string;
            conversationId?: string;
            conversationInitiator?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            conversationStart?: string;
            customerParticipation?: boolean;
            divisionIds?: string[];
            evaluations?: components["schemas"]["AnalyticsEvaluation"][];
            externalTag?: string;
            inactivityTimeout?: string;
            knowledgeBaseIds?: string[];
            mediaStatsMinConversationMos?: number;
            mediaStatsMinConversationRFactor?: number;
            originatingDirection?: string;
            originatingSocialMediaPublic?: boolean;
            participants?: components["schemas"]["AnalyticsParticipant"][];
            resolutions?: components["schemas"]["AnalyticsResolution"][];
            selfServed?: boolean;
            surveys?: components["schemas"]["AnalyticsSurvey"][];
        };
        AnalyticsConversationAsyncQueryResponse: {
            conversations?: components["schemas"]["AnalyticsConversation"][];
            cursor?: string;
            dataAvailabilityDate?: string;
        };
        AnalyticsConversationQueryResponse: {
            aggregations?: components["schemas"]["AggregationResult"][];
            conversations?: components["schemas"]["AnalyticsConversationWithoutAttributes"][];
            totalHits?: number;
        };
        AnalyticsConversationSegment: {
            audioMuted?: boolean;
            conference?: boolean;
            destinationConversationId?: string;
            destinationSessionId?: string;
            /** @enum {string} */
            disconnectType?: "endpoint" | "client" | "system" | "transfer" | "error" | "peer" | "other" | "spam" | "transportFailure" | "conferenceTransfer" | "consultTransfer" | "forwardTransfer" | "timeout" | "noAnswerTransfer" | "notAvailableTransfer" | (string & {});
            errorCode?: string;
            groupId?: string;
            properties?: components["schemas"]["AnalyticsProperty"][];
            q850ResponseCodes?: number[];
            queueId?: string;
            requestedLanguageId?: string;
            requestedRoutingSkillIds?: string[];
            requestedRoutingUserIds?: string[];
            scoredAgents?: components["schemas"]["AnalyticsScoredAgent"][];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            segmentEnd?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            segmentStart?: string;
            /** @enum {string} */
            segmentType?: "unknown" | "alert" | "system" | "delay" | "hold" | "interact" | "ivr" | "dialing" | "wrapup" | "voicemail" | "scheduled" | (string & {});
            sipResponseCodes?: number[];
            sourceConversationId?: string;
            sourceSessionId?: string;
            subject?: string;
            videoMuted?: boolean;
            wrapUpCode?: string;
            wrapUpNote?: string;
            wrapUpTags?: string[];
        };
        AnalyticsConversationWithoutAttributes: {
            accessAttributes?: string[];
            associatedConversationId?: string;
            conferenceStart?: string;
            consultationConversationIds?: string[];
            conversationEnd?: string;
            conversationId?: string;
            conversationInitiator?: string;
            conversationStart?: string;
            customerParticipation?: boolean;
            divisionIds?: string[];
            evaluations?: components["schemas"]["AnalyticsEvaluation"][];
            externalTag?: string;
            inactivityTimeout?: string;
            knowledgeBaseIds?: string[];
            mediaStatsMinConversationMos?: number;
            mediaStatsMinConversationRFactor?: number;
            originatingDirection?: string;
            originatingSocialMediaPublic?: boolean;
            participants?: components["schemas"]["AnalyticsParticipantWithoutAttributes"][];
            resolutions?: components["schemas"]["AnalyticsResolution"][];
            selfServed?: boolean;
            surveys?: components["schemas"]["AnalyticsSurvey"][];
        };
        AnalyticsConversationWithoutAttributesMultiGetResponse: {
            conversations?: components["schemas"]["AnalyticsConversationWithoutAttributes"][];
        };
        AnalyticsDataRetentionResponse: {
            dateCreated?: string;
            dateModified?: string;
            retentionDays?: number;
        };
        AnalyticsEvaluation: {
            assigneeApplicable?: boolean;
            assigneeId?: string;
            calibrationId?: string;
            contextId?: string;
            deleted?: boolean;
            evaluationId?: string;
            evaluationStatus?: string;
            evaluatorId?: string;
            eventTime?: string;
            formId?: string;
            formName?: string;
            oTotalCriticalScore?: number;
            oTotalScore?: number;
            queueId?: string;
            released?: boolean;
            rescored?: boolean;
            systemSubmitted?: boolean;
            userId?: string;
        };
        AnalyticsFlow: {
            endingLanguage?: string;
            entryReason?: string;
            entryType?: string;
            exitReason?: string;
            flowId?: string;
            flowName?: string;
            flowType?: string;
            flowVersion?: string;
            issuedCallback?: boolean;
            outcomes?: components["schemas"]["AnalyticsFlowOutcome"][];
            recognitionFailureReason?: string;
            startingLanguage?: string;
            transferTargetAddress?: string;
            transferTargetName?: string;
            transferType?: string;
        };
        AnalyticsFlowOutcome: {
            flowOutcome?: string;
            flowOutcomeEndTimestamp?: string;
            flowOutcomeId?: string;
            flowOutcomeStartTimestamp?: string;
            flowOutcomeValue?: string;
        };
        AnalyticsMediaEndpointStat: {
            codecs?: string[];
            discardedPackets?: number;
            duplicatePackets?: number;
            eventTime?: string;
            invalidPackets?: number;
            maxLatencyMs?: number;
            minMos?: number;
            minRFactor?: number;
            overrunPackets?: number;
            receivedPackets?: number;
            underrunPackets?: number;
        };
        AnalyticsParticipant: {
            attributes?: {
                [key: string]: string;
            };
            externalContactId?: string;
            externalOrganizationId?: string;
            flaggedReason?: string;
            participantId?: string;
            participantName?: string;
            /** @enum {string} */
            purpose?: "manual" | "dialer" | "inbound" | "acd" | "ivr" | "voicemail" | "outbound" | "agent" | "user" | "station" | "group" | "customer" | "external" | (string & {});
            screenRecording?: boolean;
            sessions?: components["schemas"]["AnalyticsSession"][];
            teamId?: string;
            userId?: string;
        };
        AnalyticsParticipantWithoutAttributes: {
            externalContactId?: string;
            externalOrganizationId?: string;
            flaggedReason?: string;
            participantId?: string;
            participantName?: string;
            purpose?: string;
            screenRecording?: boolean;
            sessions?: components["schemas"]["AnalyticsSession"][];
            teamId?: string;
            userId?: string;
        };
        AnalyticsProperty: {
            /** @description User-defined rather than intrinsic system-observed values. These are tagged onto segments by other components within PureCloud or by API users directly.  This is the name of the user-defined property. */
            property?: string;
            /**
             * @description Indicates what the data type is (e.g. integer vs string) and therefore how to evaluate what would constitute a match
             * @enum {string}
             */
            propertyType?: "bool" | "integer" | "real" | "date" | "string" | "uuid" | (string & {});
            /** @description What property value to match against */
            value?: string;
        };
        AnalyticsProposedAgent: {
            agentRank?: number;
            proposedAgentId?: string;
        };
        AnalyticsQueryAggregation: {
            /** @description For use with termFrequency aggregations */
            dimension?: string;
            /** @description For use with numericRange aggregations */
            metric?: string;
            /** @description For use with numericRange aggregations */
            ranges?: components["schemas"]["AggregationRange"][];
            /**
             * Format: int32
             * @description For use with termFrequency aggregations
             */
            size?: number;
            /**
             * @description Optional type, can usually be inferred
             * @enum {string}
             */
            type?: "termFrequency" | "numericRange" | (string & {});
        };
        AnalyticsReportingSettings: {
            myInteractionsPiiMaskingEnabled?: boolean;
            piiMaskingEnabled?: boolean;
            queueAgentAccessObfuscation?: boolean;
        };
        AnalyticsResolution: {
            eventTime?: string;
            nNextContactAvoided?: number;
            queueId?: string;
            userId?: string;
        };
        AnalyticsRoutingStatusRecord: {
            /**
             * Format: date-time
             * @description The end time of the record. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime?: string;
            /**
             * @description The user's ACD routing status
             * @enum {string}
             */
            routingStatus?: "OFF_QUEUE" | "IDLE" | "INTERACTING" | "NOT_RESPONDING" | "COMMUNICATING" | (string & {});
            /**
             * Format: date-time
             * @description The start time of the record. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime?: string;
        };
        AnalyticsScoredAgent: {
            agentScore?: number;
            scoredAgentId?: string;
        };
        AnalyticsSession: {
            activeSkillIds?: string[];
            acwSkipped?: boolean;
            addressFrom?: string;
            addressOther?: string;
            addressSelf?: string;
            addressTo?: string;
            agentAssistantId?: string;
            agentBullseyeRing?: number;
            agentGroups?: components["schemas"]["AnalyticsAgentGroup"][];
            agentOwned?: boolean;
            ani?: string;
            assignerId?: string;
            authenticated?: boolean;
            bargedParticipantId?: string;
            bcc?: string[];
            callbackNumbers?: string[];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            callbackScheduledTime?: string;
            callbackUserName?: string;
            cc?: string[];
            cleared?: boolean;
            coachedParticipantId?: string;
            cobrowseRole?: string;
            cobrowseRoomId?: string;
            deliveryPushed?: boolean;
            deliveryStatus?: string;
            deliveryStatusChangeDate?: string;
            destinationAddresses?: string[];
            detectedSpeechEnd?: string;
            detectedSpeechStart?: string;
            /** @enum {string} */
            direction?: "inbound" | "outbound" | (string & {});
            dispositionAnalyzer?: string;
            dispositionName?: string;
            dnis?: string;
            edgeId?: string;
            eligibleAgentCounts?: number[];
            engagementSource?: string;
            errorCodeDescription?: string;
            extendedDeliveryStatus?: string;
            flow?: components["schemas"]["AnalyticsFlow"];
            flowInType?: string;
            flowOutType?: string;
            journeyActionId?: string;
            journeyActionMapId?: string;
            journeyActionMapVersion?: number;
            journeyCustomerId?: string;
            journeyCustomerIdType?: string;
            journeyCustomerSessionId?: string;
            journeyCustomerSessionIdType?: string;
            mediaBridgeId?: string;
            mediaCount?: number;
            mediaEndpointStats?: components["schemas"]["AnalyticsMediaEndpointStat"][];
            /** @enum {string} */
            mediaType?: "voice" | "chat" | "email" | "callback" | "cobrowse" | "video" | "screenshare" | (string & {});
            messageType?: string;
            metrics?: components["schemas"]["AnalyticsSessionMetric"][];
            monitoredParticipantId?: string;
            outboundCampaignId?: string;
            outboundContactId?: string;
            outboundContactListId?: string;
            peerId?: string;
            proposedAgents?: components["schemas"]["AnalyticsProposedAgent"][];
            protocolCallId?: string;
            provider?: string;
            recording?: boolean;
            remote?: string;
            remoteNameDisplayable?: string;
            removedSkillIds?: string[];
            requestedRoutings?: string[];
            roomId?: string;
            routingRing?: number;
            routingRule?: string;
            routingRuleType?: string;
            screenMonitoredUserId?: string;
            screenShareAddressSelf?: string;
            screenShareRoomId?: string;
            scriptId?: string;
            segments?: components["schemas"]["AnalyticsConversationSegment"][];
            selectedAgentId?: string;
            selectedAgentRank?: number;
            sessionDnis?: string;
            sessionId?: string;
            sharingScreen?: boolean;
            skillExpressionId?: string;
            skipEnabled?: boolean;
            snippetRecording?: boolean;
            /** Format: int32 */
            timeoutSeconds?: number;
            usedRouting?: string;
            videoAddressSelf?: string;
            videoRoomId?: string;
            waitingInteractionCounts?: number[];
        };
        AnalyticsSessionMetric: {
            emitDate?: string;
            name?: string;
            value?: number;
        };
        AnalyticsSurvey: {
            eventTime?: string;
            oSurveyTotalScore?: number;
            queueId?: string;
            surveyCompletedDate?: string;
            surveyFormContextId?: string;
            surveyFormId?: string;
            surveyFormName?: string;
            surveyId?: string;
            surveyPartialResponse?: boolean;
            surveyPromoterScore?: number;
            surveyStatus?: string;
            surveyType?: string;
            userId?: string;
        };
        AnalyticsUserDetail: {
            /** @description The presence records for the user */
            primaryPresence?: components["schemas"]["AnalyticsUserPresenceRecord"][];
            /** @description The ACD routing status records for the user */
            routingStatus?: components["schemas"]["AnalyticsRoutingStatusRecord"][];
            /** @description The identifier for the user */
            userId?: string;
        };
        AnalyticsUserDetailsAsyncQueryResponse: {
            cursor?: string;
            dataAvailabilityDate?: string;
            userDetails?: components["schemas"]["AnalyticsUserDetail"][];
        };
        AnalyticsUserDetailsQueryResponse: {
            aggregations?: components["schemas"]["AggregationResult"][];
            totalHits?: number;
            userDetails?: components["schemas"]["AnalyticsUserDetail"][];
        };
        AnalyticsUserPresenceRecord: {
            /**
             * Format: date-time
             * @description The end time of the record. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime?: string;
            /** @description The identifier for the user's organization presence */
            organizationPresenceId?: string;
            /**
             * Format: date-time
             * @description The start time of the record. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime?: string;
            /**
             * @description The user's system presence
             * @enum {string}
             */
            systemPresence?: "AVAILABLE" | "AWAY" | "BUSY" | "OFFLINE" | "IDLE" | "ON_QUEUE" | "MEAL" | "TRAINING" | "MEETING" | "BREAK" | (string & {});
        };
        AsyncConversationQuery: {
            conversationFilters?: components["schemas"]["ConversationDetailQueryFilter"][];
            evaluationFilters?: components["schemas"]["EvaluationDetailQueryFilter"][];
            interval: string;
            limit?: number;
            order?: string;
            orderBy?: string;
            resolutionFilters?: components["schemas"]["ResolutionDetailQueryFilter"][];
            segmentFilters?: components["schemas"]["SegmentDetailQueryFilter"][];
            startOfDayIntervalMatching?: boolean;
            surveyFilters?: components["schemas"]["SurveyDetailQueryFilter"][];
        };
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
        AsyncUserDetailsQuery: {
            interval: string;
            limit?: number;
            order?: string;
            presenceFilters?: components["schemas"]["PresenceDetailQueryFilter"][];
            routingStatusFilters?: components["schemas"]["RoutingStatusDetailQueryFilter"][];
            userFilters?: components["schemas"]["UserDetailQueryFilter"][];
        };
        BotAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        BotAggregateQueryClause: {
            predicates: components["schemas"]["BotAggregateQueryPredicate"][];
            type: string;
        };
        BotAggregateQueryFilter: {
            clauses?: components["schemas"]["BotAggregateQueryClause"][];
            predicates?: components["schemas"]["BotAggregateQueryPredicate"][];
            type: string;
        };
        BotAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        BotAggregateQueryResponse: {
            results?: components["schemas"]["BotAggregateDataContainer"][];
        };
        BotAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["BotAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            limit?: number;
            metrics: string[];
            queryType?: string;
            sortMetric?: components["schemas"]["BotAggregationSort"];
            timeZone?: string;
            views?: components["schemas"]["BotAggregationView"][];
        };
        BotAggregationSort: {
            function: string;
            name: string;
        };
        BotAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        BotAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["BotAggregateDataContainer"][];
        };
        BotAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["BotAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            limit?: number;
            metrics: string[];
            pageSize?: number;
            queryType?: string;
            sortMetric?: components["schemas"]["BotAggregationSort"];
            timeZone?: string;
            views?: components["schemas"]["BotAggregationView"][];
        };
        BotChannel: {
            inputModes: string[];
            name: string;
            outputModes: string[];
            userAgent: components["schemas"]["TextBotUserAgent"];
        };
        BotFlowSession: {
            botResult?: string;
            botResultCategory?: string;
            channel?: components["schemas"]["BotChannel"];
            conversation?: components["schemas"]["AddressableEntityRef"];
            dateCompleted?: string;
            dateCreated?: string;
            endLanguage?: string;
            flow?: components["schemas"]["Entity"];
            id?: string;
            language?: string;
        };
        CaseManagementAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        CaseManagementAggregateQueryClause: {
            predicates: components["schemas"]["CaseManagementAggregateQueryPredicate"][];
            type: string;
        };
        CaseManagementAggregateQueryFilter: {
            clauses?: components["schemas"]["CaseManagementAggregateQueryClause"][];
            predicates?: components["schemas"]["CaseManagementAggregateQueryPredicate"][];
            type: string;
        };
        CaseManagementAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        CaseManagementAggregateQueryResponse: {
            results?: components["schemas"]["CaseManagementAggregateDataContainer"][];
        };
        CaseManagementAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["CaseManagementAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["CaseManagementAggregationView"][];
        };
        CaseManagementAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        CaseManagementAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["CaseManagementAggregateDataContainer"][];
        };
        CaseManagementAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["CaseManagementAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
            views?: components["schemas"]["CaseManagementAggregationView"][];
        };
        ChartColumn: {
            columnType?: string;
            id?: string;
        };
        ConversationActivityData: {
            data?: components["schemas"]["ConversationActivityMetricValue"][];
            entities?: components["schemas"]["ConversationActivityEntityData"][];
            group?: {
                [key: string]: string;
            };
            truncated?: boolean;
        };
        ConversationActivityEntityData: {
            activeRouting?: string;
            activityDate: string;
            addressFrom?: string;
            addressTo?: string;
            ani?: string;
            conversationId?: string;
            convertedFrom?: string;
            convertedTo?: string;
            direction?: string;
            dnis?: string;
            mediaType?: string;
            metric?: string;
            participantName?: string;
            queueId?: string;
            requestedLanguageId?: string;
            requestedRoutings?: string[];
            requestedRoutingSkillIds?: string[];
            routingPriority?: number;
            scoredAgents?: components["schemas"]["ConversationActivityScoredAgent"][];
            sessionId?: string;
            teamId?: string;
            usedRouting?: string;
            userId?: string;
        };
        ConversationActivityMetricValue: {
            calculatedMetricValue?: number;
            count?: number;
            entityIds?: string[];
            metric?: string;
            qualifier?: string;
        };
        ConversationActivityQuery: {
            filter?: components["schemas"]["ConversationActivityQueryFilter"];
            groupBy: string[];
            metrics: components["schemas"]["ConversationActivityQueryMetric"][];
            order?: string;
        };
        ConversationActivityQueryClause: {
            predicates: components["schemas"]["ConversationActivityQueryPredicate"][];
            type: string;
        };
        ConversationActivityQueryFilter: {
            clauses?: components["schemas"]["ConversationActivityQueryClause"][];
            predicates?: components["schemas"]["ConversationActivityQueryPredicate"][];
            type: string;
        };
        ConversationActivityQueryMetric: {
            details?: boolean;
            metric: string;
        };
        ConversationActivityQueryPredicate: {
            dimension?: string;
            operator?: string;
            type?: string;
            value?: string;
        };
        ConversationActivityResponse: {
            entityIdDimension?: string;
            results?: components["schemas"]["ConversationActivityData"][];
        };
        ConversationActivityScoredAgent: {
            agentScore?: number;
            scoredAgentId?: string;
        };
        ConversationAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        ConversationAggregateQueryClause: {
            predicates: components["schemas"]["ConversationAggregateQueryPredicate"][];
            type: string;
        };
        ConversationAggregateQueryFilter: {
            clauses?: components["schemas"]["ConversationAggregateQueryClause"][];
            predicates?: components["schemas"]["ConversationAggregateQueryPredicate"][];
            type: string;
        };
        ConversationAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        ConversationAggregateQueryResponse: {
            results?: components["schemas"]["ConversationAggregateDataContainer"][];
        };
        ConversationAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["ConversationAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            limit?: number;
            metrics: string[];
            queryType?: string;
            sortMetric?: components["schemas"]["ConversationAggregationSort"];
            timeZone?: string;
            views?: components["schemas"]["ConversationAggregationView"][];
        };
        ConversationAggregationSort: {
            function: string;
            name: string;
        };
        ConversationAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        ConversationAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["ConversationAggregateDataContainer"][];
        };
        ConversationAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["ConversationAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            limit?: number;
            metrics: string[];
            pageSize?: number;
            queryType?: string;
            sortMetric?: components["schemas"]["ConversationAggregationSort"];
            timeZone?: string;
            views?: components["schemas"]["ConversationAggregationView"][];
        };
        ConversationDetailQueryClause: {
            predicates: components["schemas"]["ConversationDetailQueryPredicate"][];
            type: string;
        };
        ConversationDetailQueryFilter: {
            clauses?: components["schemas"]["ConversationDetailQueryClause"][];
            predicates?: components["schemas"]["ConversationDetailQueryPredicate"][];
            type: string;
        };
        ConversationDetailQueryPredicate: {
            dimension?: string;
            metric?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        ConversationProperties: {
            filterWrapUpNotes?: boolean;
            isAcd?: boolean;
            isActive?: boolean;
            isCobrowse?: boolean;
            isFlagged?: boolean;
            isMonitored?: boolean;
            isPreferred?: boolean;
            isScreenMonitored?: boolean;
            isScreenshare?: boolean;
            isVoicemail?: boolean;
            isWaiting?: boolean;
            matchAll?: boolean;
        };
        ConversationQuery: {
            /** @description Include faceted search and aggregate roll-ups describing your search results. This does not function as a filter, but rather, summary data about the data matching your filters */
            aggregations?: components["schemas"]["AnalyticsQueryAggregation"][];
            /** @description Filters that target conversation-level data */
            conversationFilters?: components["schemas"]["ConversationDetailQueryFilter"][];
            /** @description Filters that target quality management evaluation-level data */
            evaluationFilters?: components["schemas"]["EvaluationDetailQueryFilter"][];
            /** @description Specifies the date and time range of data being queried. Conversations MUST have started within this time range to potentially be included within the result set. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
            interval: string;
            /**
             * @description Sort the result set in ascending/descending order. Default is ascending
             * @enum {string}
             */
            order?: "asc" | "desc" | (string & {});
            /**
             * @description Specify which data element within the result set to use for sorting. The options  to use as a basis for sorting the results: conversationStart, segmentStart, and segmentEnd. If not specified, the default is conversationStart
             * @enum {string}
             */
            orderBy?: "conversationStart" | "conversationEnd" | "segmentStart" | "segmentEnd" | (string & {});
            paging?: components["schemas"]["PagingSpec"];
            resolutionFilters?: components["schemas"]["ResolutionDetailQueryFilter"][];
            /** @description Filters that target individual segments within a conversation */
            segmentFilters?: components["schemas"]["SegmentDetailQueryFilter"][];
            surveyFilters?: components["schemas"]["SurveyDetailQueryFilter"][];
        };
        CopilotAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        CopilotAggregateQueryClause: {
            predicates: components["schemas"]["CopilotAggregateQueryPredicate"][];
            type: string;
        };
        CopilotAggregateQueryFilter: {
            clauses?: components["schemas"]["CopilotAggregateQueryClause"][];
            predicates?: components["schemas"]["CopilotAggregateQueryPredicate"][];
            type: string;
        };
        CopilotAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        CopilotAggregateQueryResponse: {
            results?: components["schemas"]["CopilotAggregateDataContainer"][];
        };
        CopilotAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["CopilotAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["CopilotAggregationView"][];
        };
        CopilotAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        CopilotAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["CopilotAggregateDataContainer"][];
        };
        CopilotAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["CopilotAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
            views?: components["schemas"]["CopilotAggregationView"][];
        };
        Cursors: {
            after?: string;
            before?: string;
        };
        DashboardConfiguration: {
            columns?: number;
            createdBy?: components["schemas"]["AddressableEntityRef"];
            dashboardsSharedWith?: components["schemas"]["DashboardsSharedWith"];
            dateCreated: string;
            dateDeleted: string;
            dateModified: string;
            favorite?: boolean;
            id?: string;
            layoutType?: string;
            name: string;
            publicDashboard?: boolean;
            restricted?: boolean;
            rows?: number;
            selfUri?: string;
            shared?: boolean;
            widgets: components["schemas"]["Widget"][];
        };
        DashboardConfigurationBulkRequest: {
            dashboardConfigurationIds: string[];
        };
        DashboardConfigurationListing: {
            entities?: components["schemas"]["DashboardConfiguration"][];
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
        DashboardConfigurationQueryRequest: {
            dashboardConfigurationIds: string[];
            pageNumber?: number;
            pageSize?: number;
            sortBy?: string;
        };
        DashboardsSharedWith: {
            teamIds?: string[];
            userIds?: string[];
        };
        DashboardUser: {
            dashboardCount?: number;
            id?: string;
            name?: string;
            publicDashboardCount?: number;
            selfUri?: string;
            state?: string;
        };
        DashboardUserListing: {
            entities?: components["schemas"]["DashboardUser"][];
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
        DataAvailabilityResponse: {
            dataAvailabilityDate?: string;
        };
        DataExtractionFileSchema: {
            dataSchema?: string;
            dateCreated?: string;
            dateExpires?: string;
            id?: string;
        };
        DataExtractionFileSchemaListing: {
            enabledDataSchemas?: string[];
            entities?: components["schemas"]["DataExtractionFileSchema"][];
            errors?: components["schemas"]["ErrorBody"];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        DataExtractionFileUrl: {
            id?: string;
            signedUrl?: string;
        };
        DataExtractionFileUrlListing: {
            entities?: components["schemas"]["DataExtractionFileUrl"][];
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        DownloadServiceRequest: {
            files: string[];
        };
        Entity: {
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
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
        EvaluationAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        EvaluationAggregateQueryClause: {
            predicates: components["schemas"]["EvaluationAggregateQueryPredicate"][];
            type: string;
        };
        EvaluationAggregateQueryFilter: {
            clauses?: components["schemas"]["EvaluationAggregateQueryClause"][];
            predicates?: components["schemas"]["EvaluationAggregateQueryPredicate"][];
            type: string;
        };
        EvaluationAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        EvaluationAggregateQueryResponse: {
            results?: components["schemas"]["EvaluationAggregateDataContainer"][];
        };
        EvaluationAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["EvaluationAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["EvaluationAggregationView"][];
        };
        EvaluationAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        EvaluationAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["EvaluationAggregateDataContainer"][];
        };
        EvaluationAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["EvaluationAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
            views?: components["schemas"]["EvaluationAggregationView"][];
        };
        EvaluationDetailQueryClause: {
            predicates: components["schemas"]["EvaluationDetailQueryPredicate"][];
            type: string;
        };
        EvaluationDetailQueryFilter: {
            clauses?: components["schemas"]["EvaluationDetailQueryClause"][];
            predicates?: components["schemas"]["EvaluationDetailQueryPredicate"][];
            type: string;
        };
        EvaluationDetailQueryPredicate: {
            dimension?: string;
            metric?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        FlowActivityData: {
            data?: components["schemas"]["FlowActivityMetricValue"][];
            entities?: components["schemas"]["FlowActivityEntityData"][];
            group?: {
                [key: string]: string;
            };
            truncated?: boolean;
        };
        FlowActivityEntityData: {
            activeRouting?: string;
            activityDate: string;
            addressFrom?: string;
            addressTo?: string;
            ani?: string;
            conversationId?: string;
            convertedFrom?: string;
            convertedTo?: string;
            direction?: string;
            dnis?: string;
            flowId?: string;
            flowType?: string;
            mediaType?: string;
            metric?: string;
            participantName?: string;
            queueId?: string;
            requestedLanguageId?: string;
            requestedRoutings?: string[];
            requestedRoutingSkillIds?: string[];
            routingPriority?: number;
            scoredAgents?: components["schemas"]["FlowActivityScoredAgent"][];
            sessionId?: string;
            teamId?: string;
            usedRouting?: string;
            userId?: string;
        };
        FlowActivityMetricValue: {
            count?: number;
            entityIds?: string[];
            metric?: string;
            qualifier?: string;
        };
        FlowActivityQuery: {
            filter?: components["schemas"]["FlowActivityQueryFilter"];
            groupBy: string[];
            metrics: components["schemas"]["FlowActivityQueryMetric"][];
            order?: string;
        };
        FlowActivityQueryClause: {
            predicates: components["schemas"]["FlowActivityQueryPredicate"][];
            type: string;
        };
        FlowActivityQueryFilter: {
            clauses?: components["schemas"]["FlowActivityQueryClause"][];
            predicates?: components["schemas"]["FlowActivityQueryPredicate"][];
            type: string;
        };
        FlowActivityQueryMetric: {
            details?: boolean;
            metric: string;
        };
        FlowActivityQueryPredicate: {
            dimension?: string;
            operator?: string;
            type?: string;
            value?: string;
        };
        FlowActivityResponse: {
            entityIdDimension?: string;
            results?: components["schemas"]["FlowActivityData"][];
        };
        FlowActivityScoredAgent: {
            agentScore?: number;
            scoredAgentId?: string;
        };
        FlowAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        FlowAggregateQueryClause: {
            predicates: components["schemas"]["FlowAggregateQueryPredicate"][];
            type: string;
        };
        FlowAggregateQueryFilter: {
            clauses?: components["schemas"]["FlowAggregateQueryClause"][];
            predicates?: components["schemas"]["FlowAggregateQueryPredicate"][];
            type: string;
        };
        FlowAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        FlowAggregateQueryResponse: {
            results?: components["schemas"]["FlowAggregateDataContainer"][];
        };
        FlowAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["FlowAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["FlowAggregationView"][];
        };
        FlowAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        FlowAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["FlowAggregateDataContainer"][];
        };
        FlowAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["FlowAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
            views?: components["schemas"]["FlowAggregationView"][];
        };
        FlowExecutionAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        FlowExecutionAggregateQueryClause: {
            predicates: components["schemas"]["FlowExecutionAggregateQueryPredicate"][];
            type: string;
        };
        FlowExecutionAggregateQueryFilter: {
            clauses?: components["schemas"]["FlowExecutionAggregateQueryClause"][];
            predicates?: components["schemas"]["FlowExecutionAggregateQueryPredicate"][];
            type: string;
        };
        FlowExecutionAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        FlowExecutionAggregateQueryResponse: {
            results?: components["schemas"]["FlowExecutionAggregateDataContainer"][];
        };
        FlowExecutionAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["FlowExecutionAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["FlowExecutionAggregationView"][];
        };
        FlowExecutionAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        FlowExecutionAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["FlowExecutionAggregateDataContainer"][];
        };
        FlowExecutionAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["FlowExecutionAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
            views?: components["schemas"]["FlowExecutionAggregationView"][];
        };
        FlowObservationDataContainer: {
            data?: components["schemas"]["ObservationMetricData"][];
            group?: {
                [key: string]: string;
            };
        };
        FlowObservationQuery: {
            detailMetrics?: string[];
            filter: components["schemas"]["FlowObservationQueryFilter"];
            metrics: string[];
        };
        FlowObservationQueryClause: {
            predicates: components["schemas"]["FlowObservationQueryPredicate"][];
            type: string;
        };
        FlowObservationQueryFilter: {
            clauses?: components["schemas"]["FlowObservationQueryClause"][];
            predicates?: components["schemas"]["FlowObservationQueryPredicate"][];
            type: string;
        };
        FlowObservationQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        FlowObservationQueryResponse: {
            results?: components["schemas"]["FlowObservationDataContainer"][];
        };
        JourneyAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        JourneyAggregateQueryClause: {
            predicates: components["schemas"]["JourneyAggregateQueryPredicate"][];
            type: string;
        };
        JourneyAggregateQueryFilter: {
            clauses?: components["schemas"]["JourneyAggregateQueryClause"][];
            predicates?: components["schemas"]["JourneyAggregateQueryPredicate"][];
            type: string;
        };
        JourneyAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        JourneyAggregateQueryResponse: {
            results?: components["schemas"]["JourneyAggregateDataContainer"][];
        };
        JourneyAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["JourneyAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["JourneyAggregationView"][];
        };
        JourneyAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        JourneyAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["JourneyAggregateDataContainer"][];
        };
        JourneyAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["JourneyAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
            views?: components["schemas"]["JourneyAggregationView"][];
        };
        KnowledgeAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        KnowledgeAggregateQueryClause: {
            predicates: components["schemas"]["KnowledgeAggregateQueryPredicate"][];
            type: string;
        };
        KnowledgeAggregateQueryFilter: {
            clauses?: components["schemas"]["KnowledgeAggregateQueryClause"][];
            predicates?: components["schemas"]["KnowledgeAggregateQueryPredicate"][];
            type: string;
        };
        KnowledgeAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        KnowledgeAggregateQueryResponse: {
            results?: components["schemas"]["KnowledgeAggregateDataContainer"][];
        };
        KnowledgeAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["KnowledgeAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            limit?: number;
            metrics: string[];
            queryType?: string;
            sortMetric?: components["schemas"]["KnowledgeAggregationSort"];
            timeZone?: string;
            views?: components["schemas"]["KnowledgeAggregationView"][];
        };
        KnowledgeAggregationSort: {
            function: string;
            name: string;
        };
        KnowledgeAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        KnowledgeAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["KnowledgeAggregateDataContainer"][];
        };
        KnowledgeAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["KnowledgeAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            limit?: number;
            metrics: string[];
            pageSize?: number;
            queryType?: string;
            sortMetric?: components["schemas"]["KnowledgeAggregationSort"];
            timeZone?: string;
            views?: components["schemas"]["KnowledgeAggregationView"][];
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
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
        ObservationMetricData: {
            metric?: string;
            observations?: components["schemas"]["ObservationValue"][];
            qualifier?: string;
            stats?: components["schemas"]["StatisticalSummary"];
            truncated?: boolean;
        };
        ObservationValue: {
            addressFrom?: string;
            addressTo?: string;
            ani?: string;
            conversationId?: string;
            convertedFrom?: string;
            convertedTo?: string;
            direction?: string;
            dnis?: string;
            observationDate: string;
            participantName?: string;
            requestedLanguageId?: string;
            requestedRoutings?: string[];
            requestedRoutingSkillIds?: string[];
            routingPriority?: number;
            scoredAgents?: components["schemas"]["AnalyticsScoredAgent"][];
            sessionId?: string;
            teamId?: string;
            usedRouting?: string;
            userId?: string;
        };
        PagingSpec: {
            /**
             * Format: int32
             * @description How many pages in
             */
            pageNumber: number;
            /**
             * Format: int32
             * @description How many results per page
             */
            pageSize: number;
        };
        PresenceDetailQueryClause: {
            predicates: components["schemas"]["PresenceDetailQueryPredicate"][];
            type: string;
        };
        PresenceDetailQueryFilter: {
            clauses?: components["schemas"]["PresenceDetailQueryClause"][];
            predicates?: components["schemas"]["PresenceDetailQueryPredicate"][];
            type: string;
        };
        PresenceDetailQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        PropertyIndexRequest: {
            /** @description The list of properties to index */
            properties: components["schemas"]["AnalyticsProperty"][];
            /** @description Attach properties to a segment in the indicated session */
            sessionId: string;
            /**
             * Format: date-time
             * @description Attach properties to a segment covering a specific point in time. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            targetDate: string;
        };
        QueueObservationDataContainer: {
            data?: components["schemas"]["ObservationMetricData"][];
            group?: {
                [key: string]: string;
            };
        };
        QueueObservationQuery: {
            detailMetrics?: string[];
            filter: components["schemas"]["QueueObservationQueryFilter"];
            metrics: string[];
        };
        QueueObservationQueryClause: {
            predicates: components["schemas"]["QueueObservationQueryPredicate"][];
            type: string;
        };
        QueueObservationQueryFilter: {
            clauses?: components["schemas"]["QueueObservationQueryClause"][];
            predicates?: components["schemas"]["QueueObservationQueryPredicate"][];
            type: string;
        };
        QueueObservationQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        QueueObservationQueryResponse: {
            results?: components["schemas"]["QueueObservationDataContainer"][];
            systemToOrganizationMappings?: {
                [key: string]: string[];
            };
        };
        RateLimitAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        RateLimitAggregateQueryClause: {
            predicates: components["schemas"]["RateLimitAggregateQueryPredicate"][];
            type: string;
        };
        RateLimitAggregateQueryFilter: {
            clauses?: components["schemas"]["RateLimitAggregateQueryClause"][];
            predicates?: components["schemas"]["RateLimitAggregateQueryPredicate"][];
            type: string;
        };
        RateLimitAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        RateLimitAggregateQueryResponse: {
            results?: components["schemas"]["RateLimitAggregateDataContainer"][];
        };
        RateLimitAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["RateLimitAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["RateLimitAggregationView"][];
        };
        RateLimitAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        ReportingExportJobListing: {
            entities?: components["schemas"]["ReportingExportJobResponse"][];
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
        ReportingExportJobRequest: {
            chartColumns?: components["schemas"]["ChartColumn"][];
            csvDelimiter?: string;
            durationFormat?: string;
            excludeEmptyRows?: boolean;
            exportFormat: string;
            filter: components["schemas"]["ViewFilter"];
            hasCustomParticipantAttributes?: boolean;
            hasFormatDurations?: boolean;
            hasSplitByMedia?: boolean;
            hasSplitFilters?: boolean;
            hasSummaryRow?: boolean;
            includeDurationFormatInHeader?: boolean;
            interval: string;
            locale: string;
            name: string;
            period: string;
            read?: boolean;
            recipientEmails?: string[];
            selectedColumns?: components["schemas"]["SelectedColumns"][];
            timeZone: string;
            viewType: string;
        };
        ReportingExportJobResponse: {
            chartColumns?: components["schemas"]["ChartColumn"][];
            createdDateTime: string;
            csvDelimiter?: string;
            downloadUrl?: string;
            durationFormat?: string;
            emailErrorDescription?: string;
            emailStatuses?: {
                [key: string]: string;
            };
            enabled?: boolean;
            excludeEmptyRows?: boolean;
            exportAllowedToRerun?: boolean;
            exportErrorMessagesType?: string;
            exportFormat: string;
            filter: components["schemas"]["ViewFilter"];
            hasCustomParticipantAttributes?: boolean;
            hasFormatDurations?: boolean;
            hasSplitByMedia?: boolean;
            hasSplitFilters?: boolean;
            hasSummaryRow?: boolean;
            id?: string;
            includeDurationFormatInHeader?: boolean;
            interval: string;
            locale: string;
            modifiedDateTime: string;
            name?: string;
            percentageComplete: number;
            period: string;
            read: boolean;
            recipientEmails?: string[];
            runId: string;
            selectedColumns?: components["schemas"]["SelectedColumns"][];
            selfUri?: string;
            status: string;
            timeZone: string;
            viewType: string;
        };
        ReportingExportMetadataJobListing: {
            entities?: components["schemas"]["ReportingExportMetadataJobResponse"][];
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
        ReportingExportMetadataJobResponse: {
            availableColumnIds?: string[];
            dateLimitations?: string;
            dependentColumnIds?: {
                [key: string]: string[];
            };
            id?: string;
            name?: string;
            requiredColumnIds?: string[];
            requiredFilters?: string[];
            selfUri?: string;
            supportedFilters?: string[];
            viewType?: string;
        };
        ReportingTurn: {
            askAction?: components["schemas"]["ReportingTurnAction"];
            askActionResult?: string;
            botPrompts?: string[];
            conversation?: components["schemas"]["AddressableEntityRef"];
            dateCompleted?: string;
            dateCreated?: string;
            intent?: components["schemas"]["ReportingTurnIntent"];
            knowledge?: components["schemas"]["ReportingTurnKnowledge"];
            knowledgeBaseEvents?: components["schemas"]["ReportingTurnKnowledgeEvents"];
            sessionEndDetails?: components["schemas"]["SessionEndDetails"];
            sessionId?: string;
            userInput?: string;
        };
        ReportingTurnAction: {
            actionId?: string;
            actionName?: string;
            actionNumber?: number;
            actionType?: string;
        };
        ReportingTurnIntent: {
            confidence?: number;
            id?: string;
            name?: string;
            slots?: components["schemas"]["ReportingTurnIntentSlot"][];
        };
        ReportingTurnIntentSlot: {
            confidence?: number;
            name?: string;
            type?: string;
            value?: string;
        };
        ReportingTurnKnowledge: {
            feedback?: components["schemas"]["ReportingTurnKnowledgeFeedback"];
            knowledgeBaseId?: string;
            search?: components["schemas"]["ReportingTurnKnowledgeSearch"];
        };
        ReportingTurnKnowledgeDocument: {
            answer?: string;
            confidence?: number;
            id?: string;
            question?: string;
        };
        ReportingTurnKnowledgeEvents: {
            feedback?: components["schemas"]["ReportingTurnKnowledgeFeedbackEvent"][];
            search?: components["schemas"]["ReportingTurnKnowledgeSearchEvent"][];
        };
        ReportingTurnKnowledgeFeedback: {
            documents?: components["schemas"]["ReportingTurnKnowledgeDocument"][];
            rating?: number;
            searchId?: string;
        };
        ReportingTurnKnowledgeFeedbackEvent: {
            documents?: components["schemas"]["ReportingTurnKnowledgeDocument"][];
            documentVariationId?: string;
            documentVersionId?: string;
            feedbackRating?: number;
            knowledgeBaseId?: string;
            searchId?: string;
        };
        ReportingTurnKnowledgeSearch: {
            documents?: components["schemas"]["ReportingTurnKnowledgeDocument"][];
            query?: string;
            searchId?: string;
        };
        ReportingTurnKnowledgeSearchEvent: {
            answerDocumentId?: string;
            documents?: components["schemas"]["ReportingTurnKnowledgeDocument"][];
            knowledgeBaseId?: string;
            searchId?: string;
            searchQuery?: string;
        };
        ReportingTurnsResponse: {
            entities?: components["schemas"]["ReportingTurn"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        ResolutionAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        ResolutionAggregateQueryClause: {
            predicates: components["schemas"]["ResolutionAggregateQueryPredicate"][];
            type: string;
        };
        ResolutionAggregateQueryFilter: {
            clauses?: components["schemas"]["ResolutionAggregateQueryClause"][];
            predicates?: components["schemas"]["ResolutionAggregateQueryPredicate"][];
            type: string;
        };
        ResolutionAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        ResolutionAggregateQueryResponse: {
            results?: components["schemas"]["ResolutionAggregateDataContainer"][];
        };
        ResolutionAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["ResolutionAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["ResolutionAggregationView"][];
        };
        ResolutionAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        ResolutionAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["ResolutionAggregateDataContainer"][];
        };
        ResolutionAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["ResolutionAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
            views?: components["schemas"]["ResolutionAggregationView"][];
        };
        ResolutionDetailQueryClause: {
            predicates: components["schemas"]["ResolutionDetailQueryPredicate"][];
            type: string;
        };
        ResolutionDetailQueryFilter: {
            clauses?: components["schemas"]["ResolutionDetailQueryClause"][];
            predicates?: components["schemas"]["ResolutionDetailQueryPredicate"][];
            type: string;
        };
        ResolutionDetailQueryPredicate: {
            metric?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        RoutingActivityData: {
            data?: components["schemas"]["RoutingActivityMetricValue"][];
            entities?: components["schemas"]["RoutingActivityEntityData"][];
            group?: {
                [key: string]: string;
            };
            truncated?: boolean;
        };
        RoutingActivityEntityData: {
            activityDate: string;
            organizationPresenceId?: string;
            presenceDate?: string;
            queueId?: string;
            queueMembershipStatus?: string;
            routingStatus?: string;
            routingStatusDate?: string;
            systemPresence?: string;
            teamId?: string;
            userId?: string;
        };
        RoutingActivityMetricValue: {
            count?: number;
            entityIds?: string[];
            metric?: string;
            qualifier?: string;
            secondaryQualifier?: string;
        };
        RoutingActivityQuery: {
            filter?: components["schemas"]["RoutingActivityQueryFilter"];
            groupBy: string[];
            metrics: components["schemas"]["RoutingActivityQueryMetric"][];
            order?: string;
        };
        RoutingActivityQueryClause: {
            predicates: components["schemas"]["RoutingActivityQueryPredicate"][];
            type: string;
        };
        RoutingActivityQueryFilter: {
            clauses?: components["schemas"]["RoutingActivityQueryClause"][];
            predicates?: components["schemas"]["RoutingActivityQueryPredicate"][];
            type: string;
        };
        RoutingActivityQueryMetric: {
            details?: boolean;
            metric: string;
        };
        RoutingActivityQueryPredicate: {
            dimension?: string;
            operator?: string;
            type?: string;
            value?: string;
        };
        RoutingActivityResponse: {
            entityIdDimension?: string;
            results?: components["schemas"]["RoutingActivityData"][];
        };
        RoutingStatusDetailQueryClause: {
            predicates: components["schemas"]["RoutingStatusDetailQueryPredicate"][];
            type: string;
        };
        RoutingStatusDetailQueryFilter: {
            clauses?: components["schemas"]["RoutingStatusDetailQueryClause"][];
            predicates?: components["schemas"]["RoutingStatusDetailQueryPredicate"][];
            type: string;
        };
        RoutingStatusDetailQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        SegmentDetailQueryClause: {
            predicates: components["schemas"]["SegmentDetailQueryPredicate"][];
            type: string;
        };
        SegmentDetailQueryFilter: {
            clauses?: components["schemas"]["SegmentDetailQueryClause"][];
            predicates?: components["schemas"]["SegmentDetailQueryPredicate"][];
            type: string;
        };
        SegmentDetailQueryPredicate: {
            dimension?: string;
            metric?: string;
            operator?: string;
            property?: string;
            propertyType?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        SelectedColumns: {
            columnName?: string;
            columnOrder?: number;
        };
        SessionEndDetails: {
            reason?: string;
            type?: string;
        };
        SessionsResponse: {
            entities?: components["schemas"]["BotFlowSession"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        SocialKeyword: {
            excludes?: string[];
            includes?: string[];
        };
        SocialNumericRange: {
            eq?: number;
            gt?: number;
            gte?: number;
            lt?: number;
            lte?: number;
        };
        StatisticalResponse: {
            interval?: string;
            metrics?: components["schemas"]["AggregateMetricData"][];
            views?: components["schemas"]["AggregateViewData"][];
        };
        StatisticalSummary: {
            calculatedMetricValue?: number;
            /** Format: int64 */
            count?: number;
            countNegative?: number;
            countPositive?: number;
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
        SummaryAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        SummaryAggregateQueryClause: {
            predicates: components["schemas"]["SummaryAggregateQueryPredicate"][];
            type: string;
        };
        SummaryAggregateQueryFilter: {
            clauses?: components["schemas"]["SummaryAggregateQueryClause"][];
            predicates?: components["schemas"]["SummaryAggregateQueryPredicate"][];
            type: string;
        };
        SummaryAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        SummaryAggregateQueryResponse: {
            results?: components["schemas"]["SummaryAggregateDataContainer"][];
        };
        SummaryAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["SummaryAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            limit?: number;
            metrics: string[];
            queryType?: string;
            sortMetric?: components["schemas"]["SummaryAggregationSort"];
            timeZone?: string;
            views?: components["schemas"]["SummaryAggregationView"][];
        };
        SummaryAggregationSort: {
            function: string;
            name: string;
        };
        SummaryAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        SummaryAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["SummaryAggregateDataContainer"][];
        };
        SummaryAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["SummaryAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            limit?: number;
            metrics: string[];
            pageSize?: number;
            queryType?: string;
            sortMetric?: components["schemas"]["SummaryAggregationSort"];
            timeZone?: string;
            views?: components["schemas"]["SummaryAggregationView"][];
        };
        SurveyAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        SurveyAggregateQueryClause: {
            predicates: components["schemas"]["SurveyAggregateQueryPredicate"][];
            type: string;
        };
        SurveyAggregateQueryFilter: {
            clauses?: components["schemas"]["SurveyAggregateQueryClause"][];
            predicates?: components["schemas"]["SurveyAggregateQueryPredicate"][];
            type: string;
        };
        SurveyAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        SurveyAggregateQueryResponse: {
            results?: components["schemas"]["SurveyAggregateDataContainer"][];
        };
        SurveyAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["SurveyAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["SurveyAggregationView"][];
        };
        SurveyAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        SurveyAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["SurveyAggregateDataContainer"][];
        };
        SurveyAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["SurveyAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
            views?: components["schemas"]["SurveyAggregationView"][];
        };
        SurveyDetailQueryClause: {
            predicates: components["schemas"]["SurveyDetailQueryPredicate"][];
            type: string;
        };
        SurveyDetailQueryFilter: {
            clauses?: components["schemas"]["SurveyDetailQueryClause"][];
            predicates?: components["schemas"]["SurveyDetailQueryPredicate"][];
            type: string;
        };
        SurveyDetailQueryPredicate: {
            dimension?: string;
            metric?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        TaskManagementAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        TaskManagementAggregateQueryClause: {
            predicates: components["schemas"]["TaskManagementAggregateQueryPredicate"][];
            type: string;
        };
        TaskManagementAggregateQueryFilter: {
            clauses?: components["schemas"]["TaskManagementAggregateQueryClause"][];
            predicates?: components["schemas"]["TaskManagementAggregateQueryPredicate"][];
            type: string;
        };
        TaskManagementAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        TaskManagementAggregateQueryResponse: {
            results?: components["schemas"]["TaskManagementAggregateDataContainer"][];
        };
        TaskManagementAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["TaskManagementAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["TaskManagementAggregationView"][];
        };
        TaskManagementAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        TaskManagementAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["TaskManagementAggregateDataContainer"][];
        };
        TaskManagementAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["TaskManagementAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
            views?: components["schemas"]["TaskManagementAggregationView"][];
        };
        TaskManagementObservationDataContainer: {
            metric?: string;
            qualifier?: string;
            stats?: components["schemas"]["TaskManagementObservationMetricStats"];
        };
        TaskManagementObservationDetailContainer: {
            assigneeDetails?: components["schemas"]["UserReferenceWithName"][];
            typeDetails?: components["schemas"]["WorktypeReference"][];
        };
        TaskManagementObservationGroupResult: {
            assigneeId?: string;
            queueId?: string;
            statusCategory?: string;
            typeId?: string;
        };
        TaskManagementObservationMetricStats: {
            count?: number;
            max?: number;
        };
        TaskManagementObservationPredicate: {
            dimension: string;
            value: string;
        };
        TaskManagementObservationQuery: {
            expands?: string[];
            filter: components["schemas"]["TaskManagementObservationQueryFilter"];
            groupBy: string[];
            metrics: components["schemas"]["TaskManagementQueryMetric"][];
        };
        TaskManagementObservationQueryFilter: {
            predicates: components["schemas"]["TaskManagementObservationPredicate"][];
        };
        TaskManagementObservationQueryResponse: {
            cursors?: components["schemas"]["Cursors"];
            details?: components["schemas"]["TaskManagementObservationDetailContainer"];
            nextUri?: string;
            results?: components["schemas"]["TaskManagementObservationResult"][];
        };
        TaskManagementObservationResult: {
            data?: components["schemas"]["TaskManagementObservationDataContainer"][];
            group?: components["schemas"]["TaskManagementObservationGroupResult"];
        };
        TaskManagementQueryMetric: {
            name: string;
            qualifier?: string;
        };
        TeamActivityData: {
            data?: components["schemas"]["TeamActivityMetricValue"][];
            entities?: components["schemas"]["TeamActivityEntityData"][];
            group?: {
                [key: string]: string;
            };
            truncated?: boolean;
        };
        TeamActivityEntityData: {
            activityDate: string;
            organizationPresenceId?: string;
            presenceDate?: string;
            queueId?: string;
            queueMembershipStatus?: string;
            routingStatus?: string;
            routingStatusDate?: string;
            systemPresence?: string;
            teamId?: string;
            userId?: string;
        };
        TeamActivityMetricValue: {
            count?: number;
            entityIds?: string[];
            metric?: string;
            qualifier?: string;
            secondaryQualifier?: string;
        };
        TeamActivityQuery: {
            filter?: components["schemas"]["TeamActivityQueryFilter"];
            groupBy: string[];
            metrics: components["schemas"]["TeamActivityQueryMetric"][];
            order?: string;
        };
        TeamActivityQueryClause: {
            predicates: components["schemas"]["TeamActivityQueryPredicate"][];
            type: string;
        };
        TeamActivityQueryFilter: {
            clauses?: components["schemas"]["TeamActivityQueryClause"][];
            predicates?: components["schemas"]["TeamActivityQueryPredicate"][];
            type: string;
        };
        TeamActivityQueryMetric: {
            details?: boolean;
            metric: string;
        };
        TeamActivityQueryPredicate: {
            dimension?: string;
            operator?: string;
            type?: string;
            value?: string;
        };
        TeamActivityResponse: {
            entityIdDimension?: string;
            results?: components["schemas"]["TeamActivityData"][];
        };
        TextBotUserAgent: {
            name: string;
        };
        TranscriptAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        TranscriptAggregateQueryClause: {
            predicates: components["schemas"]["TranscriptAggregateQueryPredicate"][];
            type: string;
        };
        TranscriptAggregateQueryFilter: {
            clauses?: components["schemas"]["TranscriptAggregateQueryClause"][];
            predicates?: components["schemas"]["TranscriptAggregateQueryPredicate"][];
            type: string;
        };
        TranscriptAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        TranscriptAggregateQueryResponse: {
            results?: components["schemas"]["TranscriptAggregateDataContainer"][];
        };
        TranscriptAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["TranscriptAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            limit?: number;
            metrics: string[];
            queryType?: string;
            sortMetric?: components["schemas"]["TranscriptAggregationSort"];
            timeZone?: string;
            views?: components["schemas"]["TranscriptAggregationView"][];
        };
        TranscriptAggregationSort: {
            function: string;
            name: string;
        };
        TranscriptAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        TranscriptAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["TranscriptAggregateDataContainer"][];
        };
        TranscriptAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["TranscriptAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            limit?: number;
            metrics: string[];
            pageSize?: number;
            queryType?: string;
            sortMetric?: components["schemas"]["TranscriptAggregationSort"];
            timeZone?: string;
            views?: components["schemas"]["TranscriptAggregationView"][];
        };
        Transcripts: {
            contains?: string[];
            doesNotContain?: string[];
            exactMatch?: string[];
            notSimilarTo?: string[];
        };
        TranscriptTopics: {
            excludes?: string[];
            includes?: string[];
        };
        UpdateAnalyticsDataRetentionRequest: {
            retentionDays: number;
        };
        UserActivityData: {
            data?: components["schemas"]["UserActivityMetricValue"][];
            entities?: components["schemas"]["UserActivityEntityData"][];
            group?: {
                [key: string]: string;
            };
            truncated?: boolean;
        };
        UserActivityEntityData: {
            activityDate: string;
            organizationPresenceId?: string;
            presenceDate?: string;
            queueId?: string;
            queueMembershipStatus?: string;
            routingStatus?: string;
            routingStatusDate?: string;
            systemPresence?: string;
            teamId?: string;
            userId?: string;
        };
        UserActivityMetricValue: {
            count?: number;
            entityIds?: string[];
            metric?: string;
            qualifier?: string;
        };
        UserActivityQuery: {
            filter?: components["schemas"]["UserActivityQueryFilter"];
            groupBy: string[];
            metrics: components["schemas"]["UserActivityQueryMetric"][];
            order?: string;
        };
        UserActivityQueryClause: {
            predicates: components["schemas"]["UserActivityQueryPredicate"][];
            type: string;
        };
        UserActivityQueryFilter: {
            clauses?: components["schemas"]["UserActivityQueryClause"][];
            predicates?: components["schemas"]["UserActivityQueryPredicate"][];
            type: string;
        };
        UserActivityQueryMetric: {
            details?: boolean;
            metric: string;
        };
        UserActivityQueryPredicate: {
            dimension?: string;
            operator?: string;
            type?: string;
            value?: string;
        };
        UserActivityResponse: {
            entityIdDimension?: string;
            results?: components["schemas"]["UserActivityData"][];
        };
        UserAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        UserAggregateQueryClause: {
            predicates: components["schemas"]["UserAggregateQueryPredicate"][];
            type: string;
        };
        UserAggregateQueryFilter: {
            clauses?: components["schemas"]["UserAggregateQueryClause"][];
            predicates?: components["schemas"]["UserAggregateQueryPredicate"][];
            type: string;
        };
        UserAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        UserAggregateQueryResponse: {
            results?: components["schemas"]["UserAggregateDataContainer"][];
            systemToOrganizationMappings?: {
                [key: string]: string[];
            };
        };
        UserAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["UserAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["UserAggregationView"][];
        };
        UserAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        UserAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["UserAggregateDataContainer"][];
            systemToOrganizationMappings?: {
                [key: string]: string[];
            };
        };
        UserAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["UserAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
            views?: components["schemas"]["UserAggregationView"][];
        };
        UserDetailQueryClause: {
            predicates: components["schemas"]["UserDetailQueryPredicate"][];
            type: string;
        };
        UserDetailQueryFilter: {
            clauses?: components["schemas"]["UserDetailQueryClause"][];
            predicates?: components["schemas"]["UserDetailQueryPredicate"][];
            type: string;
        };
        UserDetailQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        UserDetailsQuery: {
            /** @description Specifies the date and time range of data being queried. Conversations MUST have started within this time range to potentially be included within the result set. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
            interval: string;
            /**
             * @description Sort the result set in ascending/descending order. Default is ascending
             * @enum {string}
             */
            order?: "asc" | "desc" | (string & {});
            paging?: components["schemas"]["PagingSpec"];
            /** @description Include faceted search and aggregate roll-ups of presence data in your search results. This does not function as a filter, but rather, summary data about the presence results matching your filters */
            presenceAggregations?: components["schemas"]["AnalyticsQueryAggregation"][];
            /** @description Filters that target system and organization presence-level data */
            presenceFilters?: components["schemas"]["PresenceDetailQueryFilter"][];
            /** @description Include faceted search and aggregate roll-ups of agent routing status data in your search results. This does not function as a filter, but rather, summary data about the agent routing status results matching your filters */
            routingStatusAggregations?: components["schemas"]["AnalyticsQueryAggregation"][];
            /** @description Filters that target agent routing status-level data */
            routingStatusFilters?: components["schemas"]["RoutingStatusDetailQueryFilter"][];
            /** @description Filters that target the users to retrieve data for */
            userFilters?: components["schemas"]["UserDetailQueryFilter"][];
        };
        UserObservationDataContainer: {
            data?: components["schemas"]["ObservationMetricData"][];
            group?: {
                [key: string]: string;
            };
        };
        UserObservationQuery: {
            detailMetrics?: string[];
            filter: components["schemas"]["UserObservationQueryFilter"];
            metrics: string[];
        };
        UserObservationQueryClause: {
            predicates: components["schemas"]["UserObservationQueryPredicate"][];
            type: string;
        };
        UserObservationQueryFilter: {
            clauses?: components["schemas"]["UserObservationQueryClause"][];
            predicates?: components["schemas"]["UserObservationQueryPredicate"][];
            type: string;
        };
        UserObservationQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        UserObservationQueryResponse: {
            results?: components["schemas"]["UserObservationDataContainer"][];
        };
        UserReferenceWithName: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        ViewFilter: {
            abandonDurationsMilliseconds?: components["schemas"]["NumericRange"][];
            abandoned?: boolean;
            acdDurationMilliseconds?: components["schemas"]["NumericRange"][];
            acdDurationsMilliseconds?: components["schemas"]["NumericRange"][];
            acdPercentage?: components["schemas"]["NumericRange"];
            actionCategoryName?: string;
            acw?: boolean;
            acwDurationsMilliseconds?: components["schemas"]["NumericRange"][];
            addressFroms?: string[];
            addressTos?: string[];
            agentCallbackOwnerIds?: string[];
            agentEmpathyScore?: components["schemas"]["NumericRange"];
            agentTalkDurationMilliseconds?: components["schemas"]["NumericRange"][];
            agentTalkPercentage?: components["schemas"]["NumericRange"];
            alertRuleIds?: string[];
            aniList?: string[];
            answered?: boolean;
            assignedLanguageIds?: string[];
            assignedSkillIds?: string[];
            assistantIds?: string[];
            availableDashboard?: string;
            blockedReasons?: string[];
            botFinalIntentList?: string[];
            botFlowTypes?: string[];
            botIds?: string[];
            botIntentList?: string[];
            botMessageTypes?: string[];
            botProductList?: string[];
            botProviderList?: string[];
            botRecognitionFailureReasonList?: string[];
            botResultList?: string[];
            botSlotList?: string[];
            botVersions?: string[];
            callbackInterval?: string;
            callbackNumberList?: string[];
            canonicalContactIds?: string[];
            categoryIds?: string[];
            comparisonQueueIds?: string[];
            conferenced?: boolean;
            contactIds?: string[];
            contentModerationFlags?: string[];
            conversationIds?: string[];
            conversationInitiators?: string[];
            conversationProperties?: components["schemas"]["ConversationProperties"];
            customerSentimentScore?: components["schemas"]["NumericRange"];
            customerSentimentTrend?: components["schemas"]["NumericRange"];
            customerTalkDurationMilliseconds?: components["schemas"]["NumericRange"][];
            customerTalkPercentage?: components["schemas"]["NumericRange"];
            dashboardAccessFilter?: string;
            dashboardState?: string;
            dashboardType?: string;
            dataActionIds?: string[];
            deliveryPushed?: boolean;
            developmentActivityOverdue?: boolean;
            developmentModuleIds?: string[];
            developmentName?: string;
            developmentRoleList?: string[];
            developmentStatusList?: string[];
            developmentTypeList?: string[];
            directions?: string[];
            divisionIds?: string[];
            dnisList?: string[];
            durationsMilliseconds?: components["schemas"]["NumericRange"][];
            emailDeliveryStatusList?: string[];
            empathyScoreCategories?: string[];
            engagementSources?: string[];
            evaluatedAgentIds?: string[];
            evaluationAssigned?: boolean;
            evaluationAssigneeIds?: string[];
            evaluationCriticalScore?: components["schemas"]["NumericRange"];
            evaluationFormContextIds?: string[];
            evaluationFormIds?: string[];
            evaluationRole?: string;
            evaluationScore?: components["schemas"]["NumericRange"];
            evaluationStatuses?: string[];
            evaluatorIds?: string[];
            externalContactIds?: string[];
            externalOrgIds?: string[];
            externalTags?: string[];
            favouriteDashboard?: boolean;
            filterQueuesByUserIds?: string[];
            filterUsersByManagerIds?: string[];
            filterUsersByQueueIds?: string[];
            filterUsersByTeamIds?: string[];
            flowDestinationTypes?: string[];
            flowDisconnectReasons?: string[];
            flowEntryReasons?: string[];
            flowEntryTypes?: string[];
            flowIds?: string[];
            flowMilestoneIds?: string[];
            flowOutcomeIds?: string[];
            flowOutcomeValues?: string[];
            flowOutTypes?: string[];
            flowTransferTargets?: string[];
            flowTypes?: string[];
            flowVersions?: string[];
            groupIds?: string[];
            handleDurationsMilliseconds?: components["schemas"]["NumericRange"][];
            hasAgentAssistId?: boolean;
            hasCustomerParticipated?: boolean;
            hasEvaluation?: boolean;
            hasFax?: boolean;
            hasJourneyActionMapId?: boolean;
            hasJourneyCustomerId?: boolean;
            hasJourneyVisitId?: boolean;
            hasMedia?: boolean;
            hasPciData?: boolean;
            hasPiiData?: boolean;
            hasScoredEvaluation?: boolean;
            hasSensitiveData?: boolean;
            holdDurationsMilliseconds?: components["schemas"]["NumericRange"][];
            integrationIds?: string[];
            isAcdInteraction?: boolean;
            isAgentOwnedCallback?: boolean;
            isAnalyzedForSensitiveData?: boolean;
            isAssessmentPassed?: boolean;
            isAuthenticated?: boolean;
            isBlindTransferred?: boolean;
            isCampaign?: boolean;
            isClearedByCustomer?: boolean;
            isConsulted?: boolean;
            isConsultTransferred?: boolean;
            isEnded?: boolean;
            isNotResponding?: boolean;
            isParked?: boolean;
            isRecorded?: boolean;
            isScreenRecorded?: boolean;
            isSnippetRecorded?: boolean;
            isSurveyed?: boolean;
            ivrDurationMilliseconds?: components["schemas"]["NumericRange"][];
            ivrPercentage?: components["schemas"]["NumericRange"];
            journeyActionMapIds?: string[];
            journeyActionMapTypes?: string[];
            journeyActionTargetIds?: string[];
            journeyBlockingActionMapIds?: string[];
            journeyBlockingEmergencyScheduleGroupIds?: string[];
            journeyBlockingScheduleGroupIds?: string[];
            journeyFrequencyCapReasons?: string[];
            journeyOutcomeIds?: string[];
            journeySegmentIds?: string[];
            journeyUrlContainsAllConditions?: string[];
            journeyUrlContainsAnyConditions?: string[];
            journeyUrlEndsWithConditions?: string[];
            journeyUrlEqualConditions?: string[];
            journeyUrlNotContainsAllConditions?: string[];
            journeyUrlNotContainsAnyConditions?: string[];
            journeyUrlNotEqualConditions?: string[];
            journeyUrlStartsWithConditions?: string[];
            knowledgeBaseIds?: string[];
            languageGroups?: string[];
            languageIds?: string[];
            linkedInteraction?: boolean;
            locationIds?: string[];
            managementUnitIds?: string[];
            mediaTypes?: string[];
            messageTypes?: string[];
            mos?: components["schemas"]["NumericRange"];
            myDashboard?: boolean;
            originatingDirections?: string[];
            otherDurationMilliseconds?: components["schemas"]["NumericRange"][];
            otherPercentage?: components["schemas"]["NumericRange"];
            outboundCampaignIds?: string[];
            outboundContactListIds?: string[];
            overtalkDurationMilliseconds?: components["schemas"]["NumericRange"][];
            overtalkInstances?: components["schemas"]["NumericRange"];
            overtalkPercentage?: components["schemas"]["NumericRange"];
            participantPurposes?: string[];
            programIds?: string[];
            promoterScores?: components["schemas"]["NumericRange"][];
            providerList?: string[];
            queueIds?: string[];
            recommendationSources?: string[];
            remoteParticipants?: string[];
            reportsTos?: string[];
            requestedRoutingTypes?: string[];
            responseStatuses?: string[];
            roleIds?: string[];
            screenMonitored?: boolean;
            screenMonitorUserIds?: string[];
            segmentTypes?: string[];
            sentimentScoreCategories?: string[];
            sentimentTrendCategories?: string[];
            sessionDnisList?: string[];
            sessionExpired?: boolean;
            showFirstQueue?: boolean;
            silenceDurationMilliseconds?: components["schemas"]["NumericRange"][];
            silencePercentage?: components["schemas"]["NumericRange"];
            sipCallIds?: string[];
            skillGroups?: string[];
            skillIds?: string[];
            slideshowIds?: string[];
            socialChannels?: string[];
            socialClassifications?: string[];
            socialContentType?: string[];
            socialConversationCreated?: boolean;
            socialCountries?: string[];
            socialEngagementComments?: components["schemas"]["NumericRange"];
            socialEngagementLikes?: components["schemas"]["NumericRange"];
            socialEngagementShares?: components["schemas"]["NumericRange"];
            socialEngagementViews?: components["schemas"]["NumericRange"];
            socialFollowerRange?: components["schemas"]["SocialNumericRange"];
            socialIngestionRuleIds?: string[];
            socialKeywords?: components["schemas"]["SocialKeyword"][];
            socialLanguages?: string[];
            socialPostEscalated?: boolean;
            socialPostTypes?: string[];
            socialRatings?: number[];
            socialSentimentCategory?: string[];
            socialSourceTypes?: string[];
            socialTopicIds?: string[];
            socialVerificationStatus?: boolean;
            stationErrors?: string[];
            subPath?: string;
            surveyFormContextIds?: string[];
            surveyFormIds?: string[];
            surveyNpsScore?: components["schemas"]["NumericRange"];
            surveyPromoterScore?: components["schemas"]["NumericRange"];
            surveyQuestionGroupScore?: components["schemas"]["NumericRange"];
            surveyResponseStatuses?: string[];
            surveyScores?: components["schemas"]["NumericRange"][];
            surveyStatuses?: string[];
            surveyTotalScore?: components["schemas"]["NumericRange"];
            surveyTypes?: string[];
            takeover?: boolean;
            talkDurationsMilliseconds?: components["schemas"]["NumericRange"][];
            teamIds?: string[];
            timelineCategories?: string[];
            topicIds?: string[];
            transcriptDurationMilliseconds?: components["schemas"]["NumericRange"][];
            transcriptLanguages?: string[];
            transcripts?: components["schemas"]["Transcripts"][];
            transcriptTopics?: components["schemas"]["TranscriptTopics"][];
            transferred?: boolean;
            usedRoutingTypes?: string[];
            userIds?: string[];
            userState?: string;
            video?: boolean;
            viewMetrics?: string[];
            virtualAgentIds?: string[];
            workbinIds?: string[];
            workitemAssigneeIds?: string[];
            workitemIds?: string[];
            workitemsStatuses?: components["schemas"]["WorkitemStatusFilter"][];
            workitemStatuses?: string[];
            worktypeIds?: string[];
            wrapUpCodes?: string[];
        };
        Warning: {
            color?: string;
            rangeType?: string;
            value?: number;
        };
        Widget: {
            agentInteractionSortOrder?: string;
            column?: number;
            displayAggregates?: boolean;
            displayAsTable?: boolean;
            displayText?: string;
            displayTextColor?: string;
            entityLimit?: number;
            filter?: components["schemas"]["ViewFilter"];
            isFullWidth?: boolean;
            mediaTypes?: string[];
            metrics?: string[];
            periods?: string[];
            row?: number;
            selectedSegmentTypes?: string[];
            selectedStatuses?: string[];
            showDuration?: boolean;
            showLongest?: boolean;
            showOfflineAgents?: boolean;
            showPercentageChange?: boolean;
            showProfilePicture?: boolean;
            showTimeInStatus?: boolean;
            sortKey?: string;
            sortOrder?: string;
            splitByMediaType?: boolean;
            splitFilters?: boolean;
            title?: string;
            type: string;
            warnings?: components["schemas"]["Warning"][];
            webContentUrl?: string;
        };
        WorkitemStatusFilter: {
            workitemStatusId?: string;
            worktypeId?: string;
        };
        WorktypeReference: {
            id?: string;
            name?: string;
            selfUri?: string;
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
export type SchemaActionAggregateDataContainer = components['schemas']['ActionAggregateDataContainer'];
export type SchemaActionAggregateQueryClause = components['schemas']['ActionAggregateQueryClause'];
export type SchemaActionAggregateQueryFilter = components['schemas']['ActionAggregateQueryFilter'];
export type SchemaActionAggregateQueryPredicate = components['schemas']['ActionAggregateQueryPredicate'];
export type SchemaActionAggregateQueryResponse = components['schemas']['ActionAggregateQueryResponse'];
export type SchemaActionAggregationQuery = components['schemas']['ActionAggregationQuery'];
export type SchemaActionAggregationView = components['schemas']['ActionAggregationView'];
export type SchemaActionAsyncAggregateQueryResponse = components['schemas']['ActionAsyncAggregateQueryResponse'];
export type SchemaActionAsyncAggregationQuery = components['schemas']['ActionAsyncAggregationQuery'];
export type SchemaAddressableEntityRef = components['schemas']['AddressableEntityRef'];
export type SchemaAgentCopilotAggregateDataContainer = components['schemas']['AgentCopilotAggregateDataContainer'];
export type SchemaAgentCopilotAggregateQueryClause = components['schemas']['AgentCopilotAggregateQueryClause'];
export type SchemaAgentCopilotAggregateQueryFilter = components['schemas']['AgentCopilotAggregateQueryFilter'];
export type SchemaAgentCopilotAggregateQueryPredicate = components['schemas']['AgentCopilotAggregateQueryPredicate'];
export type SchemaAgentCopilotAggregateQueryResponse = components['schemas']['AgentCopilotAggregateQueryResponse'];
export type SchemaAgentCopilotAggregationQuery = components['schemas']['AgentCopilotAggregationQuery'];
export type SchemaAgentCopilotAggregationSort = components['schemas']['AgentCopilotAggregationSort'];
export type SchemaAgentCopilotAggregationView = components['schemas']['AgentCopilotAggregationView'];
export type SchemaAgentCopilotAsyncAggregateQueryResponse = components['schemas']['AgentCopilotAsyncAggregateQueryResponse'];
export type SchemaAgentCopilotAsyncAggregationQuery = components['schemas']['AgentCopilotAsyncAggregationQuery'];
export type SchemaAgentStateActivityCategoryCount = components['schemas']['AgentStateActivityCategoryCount'];
export type SchemaAgentStateAdherenceStateCount = components['schemas']['AgentStateAdherenceStateCount'];
export type SchemaAgentStateAgentQueryClause = components['schemas']['AgentStateAgentQueryClause'];
export type SchemaAgentStateAgentQueryPredicate = components['schemas']['AgentStateAgentQueryPredicate'];
export type SchemaAgentStateCountsRequest = components['schemas']['AgentStateCountsRequest'];
export type SchemaAgentStateIsOutOfOfficeCount = components['schemas']['AgentStateIsOutOfOfficeCount'];
export type SchemaAgentStatePresenceCount = components['schemas']['AgentStatePresenceCount'];
export type SchemaAgentStateQueryRequest = components['schemas']['AgentStateQueryRequest'];
export type SchemaAgentStateRoutingStatusCount = components['schemas']['AgentStateRoutingStatusCount'];
export type SchemaAgentStateSegmentTypeCount = components['schemas']['AgentStateSegmentTypeCount'];
export type SchemaAgentStateSessionFilter = components['schemas']['AgentStateSessionFilter'];
export type SchemaAgentStateSessionQueryClause = components['schemas']['AgentStateSessionQueryClause'];
export type SchemaAgentStateSessionQueryPredicate = components['schemas']['AgentStateSessionQueryPredicate'];
export type SchemaAgentStateUserFilter = components['schemas']['AgentStateUserFilter'];
export type SchemaAgentUtilizationAggregateDataContainer = components['schemas']['AgentUtilizationAggregateDataContainer'];
export type SchemaAgentUtilizationAggregateQueryClause = components['schemas']['AgentUtilizationAggregateQueryClause'];
export type SchemaAgentUtilizationAggregateQueryFilter = components['schemas']['AgentUtilizationAggregateQueryFilter'];
export type SchemaAgentUtilizationAggregateQueryPredicate = components['schemas']['AgentUtilizationAggregateQueryPredicate'];
export type SchemaAgentUtilizationAggregateQueryResponse = components['schemas']['AgentUtilizationAggregateQueryResponse'];
export type SchemaAgentUtilizationAggregationQuery = components['schemas']['AgentUtilizationAggregationQuery'];
export type SchemaAgentUtilizationAggregationView = components['schemas']['AgentUtilizationAggregationView'];
export type SchemaAgentUtilizationAsyncAggregateQueryResponse = components['schemas']['AgentUtilizationAsyncAggregateQueryResponse'];
export type SchemaAgentUtilizationAsyncAggregationQuery = components['schemas']['AgentUtilizationAsyncAggregationQuery'];
export type SchemaAggregateMetricData = components['schemas']['AggregateMetricData'];
export type SchemaAggregateViewData = components['schemas']['AggregateViewData'];
export type SchemaAggregationRange = components['schemas']['AggregationRange'];
export type SchemaAggregationResult = components['schemas']['AggregationResult'];
export type SchemaAggregationResultEntry = components['schemas']['AggregationResultEntry'];
export type SchemaAnalyticsAgentGroup = components['schemas']['AnalyticsAgentGroup'];
export type SchemaAnalyticsAgentStateAgentResponse = components['schemas']['AnalyticsAgentStateAgentResponse'];
export type SchemaAnalyticsAgentStateAgentSessionResult = components['schemas']['AnalyticsAgentStateAgentSessionResult'];
export type SchemaAnalyticsAgentStateCountsResponse = components['schemas']['AnalyticsAgentStateCountsResponse'];
export type SchemaAnalyticsAgentStateQueryResponse = components['schemas']['AnalyticsAgentStateQueryResponse'];
export type SchemaAnalyticsConversation = components['schemas']['AnalyticsConversation'];
export type SchemaAnalyticsConversationAsyncQueryResponse = components['schemas']['AnalyticsConversationAsyncQueryResponse'];
export type SchemaAnalyticsConversationQueryResponse = components['schemas']['AnalyticsConversationQueryResponse'];
export type SchemaAnalyticsConversationSegment = components['schemas']['AnalyticsConversationSegment'];
export type SchemaAnalyticsConversationWithoutAttributes = components['schemas']['AnalyticsConversationWithoutAttributes'];
export type SchemaAnalyticsConversationWithoutAttributesMultiGetResponse = components['schemas']['AnalyticsConversationWithoutAttributesMultiGetResponse'];
export type SchemaAnalyticsDataRetentionResponse = components['schemas']['AnalyticsDataRetentionResponse'];
export type SchemaAnalyticsEvaluation = components['schemas']['AnalyticsEvaluation'];
export type SchemaAnalyticsFlow = components['schemas']['AnalyticsFlow'];
export type SchemaAnalyticsFlowOutcome = components['schemas']['AnalyticsFlowOutcome'];
export type SchemaAnalyticsMediaEndpointStat = components['schemas']['AnalyticsMediaEndpointStat'];
export type SchemaAnalyticsParticipant = components['schemas']['AnalyticsParticipant'];
export type SchemaAnalyticsParticipantWithoutAttributes = components['schemas']['AnalyticsParticipantWithoutAttributes'];
export type SchemaAnalyticsProperty = components['schemas']['AnalyticsProperty'];
export type SchemaAnalyticsProposedAgent = components['schemas']['AnalyticsProposedAgent'];
export type SchemaAnalyticsQueryAggregation = components['schemas']['AnalyticsQueryAggregation'];
export type SchemaAnalyticsReportingSettings = components['schemas']['AnalyticsReportingSettings'];
export type SchemaAnalyticsResolution = components['schemas']['AnalyticsResolution'];
export type SchemaAnalyticsRoutingStatusRecord = components['schemas']['AnalyticsRoutingStatusRecord'];
export type SchemaAnalyticsScoredAgent = components['schemas']['AnalyticsScoredAgent'];
export type SchemaAnalyticsSession = components['schemas']['AnalyticsSession'];
export type SchemaAnalyticsSessionMetric = components['schemas']['AnalyticsSessionMetric'];
export type SchemaAnalyticsSurvey = components['schemas']['AnalyticsSurvey'];
export type SchemaAnalyticsUserDetail = components['schemas']['AnalyticsUserDetail'];
export type SchemaAnalyticsUserDetailsAsyncQueryResponse = components['schemas']['AnalyticsUserDetailsAsyncQueryResponse'];
export type SchemaAnalyticsUserDetailsQueryResponse = components['schemas']['AnalyticsUserDetailsQueryResponse'];
export type SchemaAnalyticsUserPresenceRecord = components['schemas']['AnalyticsUserPresenceRecord'];
export type SchemaAsyncConversationQuery = components['schemas']['AsyncConversationQuery'];
export type SchemaAsyncQueryResponse = components['schemas']['AsyncQueryResponse'];
export type SchemaAsyncQueryStatus = components['schemas']['AsyncQueryStatus'];
export type SchemaAsyncUserDetailsQuery = components['schemas']['AsyncUserDetailsQuery'];
export type SchemaBotAggregateDataContainer = components['schemas']['BotAggregateDataContainer'];
export type SchemaBotAggregateQueryClause = components['schemas']['BotAggregateQueryClause'];
export type SchemaBotAggregateQueryFilter = components['schemas']['BotAggregateQueryFilter'];
export type SchemaBotAggregateQueryPredicate = components['schemas']['BotAggregateQueryPredicate'];
export type SchemaBotAggregateQueryResponse = components['schemas']['BotAggregateQueryResponse'];
export type SchemaBotAggregationQuery = components['schemas']['BotAggregationQuery'];
export type SchemaBotAggregationSort = components['schemas']['BotAggregationSort'];
export type SchemaBotAggregationView = components['schemas']['BotAggregationView'];
export type SchemaBotAsyncAggregateQueryResponse = components['schemas']['BotAsyncAggregateQueryResponse'];
export type SchemaBotAsyncAggregationQuery = components['schemas']['BotAsyncAggregationQuery'];
export type SchemaBotChannel = components['schemas']['BotChannel'];
export type SchemaBotFlowSession = components['schemas']['BotFlowSession'];
export type SchemaCaseManagementAggregateDataContainer = components['schemas']['CaseManagementAggregateDataContainer'];
export type SchemaCaseManagementAggregateQueryClause = components['schemas']['CaseManagementAggregateQueryClause'];
export type SchemaCaseManagementAggregateQueryFilter = components['schemas']['CaseManagementAggregateQueryFilter'];
export type SchemaCaseManagementAggregateQueryPredicate = components['schemas']['CaseManagementAggregateQueryPredicate'];
export type SchemaCaseManagementAggregateQueryResponse = components['schemas']['CaseManagementAggregateQueryResponse'];
export type SchemaCaseManagementAggregationQuery = components['schemas']['CaseManagementAggregationQuery'];
export type SchemaCaseManagementAggregationView = components['schemas']['CaseManagementAggregationView'];
export type SchemaCaseManagementAsyncAggregateQueryResponse = components['schemas']['CaseManagementAsyncAggregateQueryResponse'];
export type SchemaCaseManagementAsyncAggregationQuery = components['schemas']['CaseManagementAsyncAggregationQuery'];
export type SchemaChartColumn = components['schemas']['ChartColumn'];
export type SchemaConversationActivityData = components['schemas']['ConversationActivityData'];
export type SchemaConversationActivityEntityData = components['schemas']['ConversationActivityEntityData'];
export type SchemaConversationActivityMetricValue = components['schemas']['ConversationActivityMetricValue'];
export type SchemaConversationActivityQuery = components['schemas']['ConversationActivityQuery'];
export type SchemaConversationActivityQueryClause = components['schemas']['ConversationActivityQueryClause'];
export type SchemaConversationActivityQueryFilter = components['schemas']['ConversationActivityQueryFilter'];
export type SchemaConversationActivityQueryMetric = components['schemas']['ConversationActivityQueryMetric'];
export type SchemaConversationActivityQueryPredicate = components['schemas']['ConversationActivityQueryPredicate'];
export type SchemaConversationActivityResponse = components['schemas']['ConversationActivityResponse'];
export type SchemaConversationActivityScoredAgent = components['schemas']['ConversationActivityScoredAgent'];
export type SchemaConversationAggregateDataContainer = components['schemas']['ConversationAggregateDataContainer'];
export type SchemaConversationAggregateQueryClause = components['schemas']['ConversationAggregateQueryClause'];
export type SchemaConversationAggregateQueryFilter = components['schemas']['ConversationAggregateQueryFilter'];
export type SchemaConversationAggregateQueryPredicate = components['schemas']['ConversationAggregateQueryPredicate'];
export type SchemaConversationAggregateQueryResponse = components['schemas']['ConversationAggregateQueryResponse'];
export type SchemaConversationAggregationQuery = components['schemas']['ConversationAggregationQuery'];
export type SchemaConversationAggregationSort = components['schemas']['ConversationAggregationSort'];
export type SchemaConversationAggregationView = components['schemas']['ConversationAggregationView'];
export type SchemaConversationAsyncAggregateQueryResponse = components['schemas']['ConversationAsyncAggregateQueryResponse'];
export type SchemaConversationAsyncAggregationQuery = components['schemas']['ConversationAsyncAggregationQuery'];
export type SchemaConversationDetailQueryClause = components['schemas']['ConversationDetailQueryClause'];
export type SchemaConversationDetailQueryFilter = components['schemas']['ConversationDetailQueryFilter'];
export type SchemaConversationDetailQueryPredicate = components['schemas']['ConversationDetailQueryPredicate'];
export type SchemaConversationProperties = components['schemas']['ConversationProperties'];
export type SchemaConversationQuery = components['schemas']['ConversationQuery'];
export type SchemaCopilotAggregateDataContainer = components['schemas']['CopilotAggregateDataContainer'];
export type SchemaCopilotAggregateQueryClause = components['schemas']['CopilotAggregateQueryClause'];
export type SchemaCopilotAggregateQueryFilter = components['schemas']['CopilotAggregateQueryFilter'];
export type SchemaCopilotAggregateQueryPredicate = components['schemas']['CopilotAggregateQueryPredicate'];
export type SchemaCopilotAggregateQueryResponse = components['schemas']['CopilotAggregateQueryResponse'];
export type SchemaCopilotAggregationQuery = components['schemas']['CopilotAggregationQuery'];
export type SchemaCopilotAggregationView = components['schemas']['CopilotAggregationView'];
export type SchemaCopilotAsyncAggregateQueryResponse = components['schemas']['CopilotAsyncAggregateQueryResponse'];
export type SchemaCopilotAsyncAggregationQuery = components['schemas']['CopilotAsyncAggregationQuery'];
export type SchemaCursors = components['schemas']['Cursors'];
export type SchemaDashboardConfiguration = components['schemas']['DashboardConfiguration'];
export type SchemaDashboardConfigurationBulkRequest = components['schemas']['DashboardConfigurationBulkRequest'];
export type SchemaDashboardConfigurationListing = components['schemas']['DashboardConfigurationListing'];
export type SchemaDashboardConfigurationQueryRequest = components['schemas']['DashboardConfigurationQueryRequest'];
export type SchemaDashboardsSharedWith = components['schemas']['DashboardsSharedWith'];
export type SchemaDashboardUser = components['schemas']['DashboardUser'];
export type SchemaDashboardUserListing = components['schemas']['DashboardUserListing'];
export type SchemaDataAvailabilityResponse = components['schemas']['DataAvailabilityResponse'];
export type SchemaDataExtractionFileSchema = components['schemas']['DataExtractionFileSchema'];
export type SchemaDataExtractionFileSchemaListing = components['schemas']['DataExtractionFileSchemaListing'];
export type SchemaDataExtractionFileUrl = components['schemas']['DataExtractionFileUrl'];
export type SchemaDataExtractionFileUrlListing = components['schemas']['DataExtractionFileUrlListing'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDownloadServiceRequest = components['schemas']['DownloadServiceRequest'];
export type SchemaEntity = components['schemas']['Entity'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaEvaluationAggregateDataContainer = components['schemas']['EvaluationAggregateDataContainer'];
export type SchemaEvaluationAggregateQueryClause = components['schemas']['EvaluationAggregateQueryClause'];
export type SchemaEvaluationAggregateQueryFilter = components['schemas']['EvaluationAggregateQueryFilter'];
export type SchemaEvaluationAggregateQueryPredicate = components['schemas']['EvaluationAggregateQueryPredicate'];
export type SchemaEvaluationAggregateQueryResponse = components['schemas']['EvaluationAggregateQueryResponse'];
export type SchemaEvaluationAggregationQuery = components['schemas']['EvaluationAggregationQuery'];
export type SchemaEvaluationAggregationView = components['schemas']['EvaluationAggregationView'];
export type SchemaEvaluationAsyncAggregateQueryResponse = components['schemas']['EvaluationAsyncAggregateQueryResponse'];
export type SchemaEvaluationAsyncAggregationQuery = components['schemas']['EvaluationAsyncAggregationQuery'];
export type SchemaEvaluationDetailQueryClause = components['schemas']['EvaluationDetailQueryClause'];
export type SchemaEvaluationDetailQueryFilter = components['schemas']['EvaluationDetailQueryFilter'];
export type SchemaEvaluationDetailQueryPredicate = components['schemas']['EvaluationDetailQueryPredicate'];
export type SchemaFlowActivityData = components['schemas']['FlowActivityData'];
export type SchemaFlowActivityEntityData = components['schemas']['FlowActivityEntityData'];
export type SchemaFlowActivityMetricValue = components['schemas']['FlowActivityMetricValue'];
export type SchemaFlowActivityQuery = components['schemas']['FlowActivityQuery'];
export type SchemaFlowActivityQueryClause = components['schemas']['FlowActivityQueryClause'];
export type SchemaFlowActivityQueryFilter = components['schemas']['FlowActivityQueryFilter'];
export type SchemaFlowActivityQueryMetric = components['schemas']['FlowActivityQueryMetric'];
export type SchemaFlowActivityQueryPredicate = components['schemas']['FlowActivityQueryPredicate'];
export type SchemaFlowActivityResponse = components['schemas']['FlowActivityResponse'];
export type SchemaFlowActivityScoredAgent = components['schemas']['FlowActivityScoredAgent'];
export type SchemaFlowAggregateDataContainer = components['schemas']['FlowAggregateDataContainer'];
export type SchemaFlowAggregateQueryClause = components['schemas']['FlowAggregateQueryClause'];
export type SchemaFlowAggregateQueryFilter = components['schemas']['FlowAggregateQueryFilter'];
export type SchemaFlowAggregateQueryPredicate = components['schemas']['FlowAggregateQueryPredicate'];
export type SchemaFlowAggregateQueryResponse = components['schemas']['FlowAggregateQueryResponse'];
export type SchemaFlowAggregationQuery = components['schemas']['FlowAggregationQuery'];
export type SchemaFlowAggregationView = components['schemas']['FlowAggregationView'];
export type SchemaFlowAsyncAggregateQueryResponse = components['schemas']['FlowAsyncAggregateQueryResponse'];
export type SchemaFlowAsyncAggregationQuery = components['schemas']['FlowAsyncAggregationQuery'];
export type SchemaFlowExecutionAggregateDataContainer = components['schemas']['FlowExecutionAggregateDataContainer'];
export type SchemaFlowExecutionAggregateQueryClause = components['schemas']['FlowExecutionAggregateQueryClause'];
export type SchemaFlowExecutionAggregateQueryFilter = components['schemas']['FlowExecutionAggregateQueryFilter'];
export type SchemaFlowExecutionAggregateQueryPredicate = components['schemas']['FlowExecutionAggregateQueryPredicate'];
export type SchemaFlowExecutionAggregateQueryResponse = components['schemas']['FlowExecutionAggregateQueryResponse'];
export type SchemaFlowExecutionAggregationQuery = components['schemas']['FlowExecutionAggregationQuery'];
export type SchemaFlowExecutionAggregationView = components['schemas']['FlowExecutionAggregationView'];
export type SchemaFlowExecutionAsyncAggregateQueryResponse = components['schemas']['FlowExecutionAsyncAggregateQueryResponse'];
export type SchemaFlowExecutionAsyncAggregationQuery = components['schemas']['FlowExecutionAsyncAggregationQuery'];
export type SchemaFlowObservationDataContainer = components['schemas']['FlowObservationDataContainer'];
export type SchemaFlowObservationQuery = components['schemas']['FlowObservationQuery'];
export type SchemaFlowObservationQueryClause = components['schemas']['FlowObservationQueryClause'];
export type SchemaFlowObservationQueryFilter = components['schemas']['FlowObservationQueryFilter'];
export type SchemaFlowObservationQueryPredicate = components['schemas']['FlowObservationQueryPredicate'];
export type SchemaFlowObservationQueryResponse = components['schemas']['FlowObservationQueryResponse'];
export type SchemaJourneyAggregateDataContainer = components['schemas']['JourneyAggregateDataContainer'];
export type SchemaJourneyAggregateQueryClause = components['schemas']['JourneyAggregateQueryClause'];
export type SchemaJourneyAggregateQueryFilter = components['schemas']['JourneyAggregateQueryFilter'];
export type SchemaJourneyAggregateQueryPredicate = components['schemas']['JourneyAggregateQueryPredicate'];
export type SchemaJourneyAggregateQueryResponse = components['schemas']['JourneyAggregateQueryResponse'];
export type SchemaJourneyAggregationQuery = components['schemas']['JourneyAggregationQuery'];
export type SchemaJourneyAggregationView = components['schemas']['JourneyAggregationView'];
export type SchemaJourneyAsyncAggregateQueryResponse = components['schemas']['JourneyAsyncAggregateQueryResponse'];
export type SchemaJourneyAsyncAggregationQuery = components['schemas']['JourneyAsyncAggregationQuery'];
export type SchemaKnowledgeAggregateDataContainer = components['schemas']['KnowledgeAggregateDataContainer'];
export type SchemaKnowledgeAggregateQueryClause = components['schemas']['KnowledgeAggregateQueryClause'];
export type SchemaKnowledgeAggregateQueryFilter = components['schemas']['KnowledgeAggregateQueryFilter'];
export type SchemaKnowledgeAggregateQueryPredicate = components['schemas']['KnowledgeAggregateQueryPredicate'];
export type SchemaKnowledgeAggregateQueryResponse = components['schemas']['KnowledgeAggregateQueryResponse'];
export type SchemaKnowledgeAggregationQuery = components['schemas']['KnowledgeAggregationQuery'];
export type SchemaKnowledgeAggregationSort = components['schemas']['KnowledgeAggregationSort'];
export type SchemaKnowledgeAggregationView = components['schemas']['KnowledgeAggregationView'];
export type SchemaKnowledgeAsyncAggregateQueryResponse = components['schemas']['KnowledgeAsyncAggregateQueryResponse'];
export type SchemaKnowledgeAsyncAggregationQuery = components['schemas']['KnowledgeAsyncAggregationQuery'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaNumericRange = components['schemas']['NumericRange'];
export type SchemaObservationMetricData = components['schemas']['ObservationMetricData'];
export type SchemaObservationValue = components['schemas']['ObservationValue'];
export type SchemaPagingSpec = components['schemas']['PagingSpec'];
export type SchemaPresenceDetailQueryClause = components['schemas']['PresenceDetailQueryClause'];
export type SchemaPresenceDetailQueryFilter = components['schemas']['PresenceDetailQueryFilter'];
export type SchemaPresenceDetailQueryPredicate = components['schemas']['PresenceDetailQueryPredicate'];
export type SchemaPropertyIndexRequest = components['schemas']['PropertyIndexRequest'];
export type SchemaQueueObservationDataContainer = components['schemas']['QueueObservationDataContainer'];
export type SchemaQueueObservationQuery = components['schemas']['QueueObservationQuery'];
export type SchemaQueueObservationQueryClause = components['schemas']['QueueObservationQueryClause'];
export type SchemaQueueObservationQueryFilter = components['schemas']['QueueObservationQueryFilter'];
export type SchemaQueueObservationQueryPredicate = components['schemas']['QueueObservationQueryPredicate'];
export type SchemaQueueObservationQueryResponse = components['schemas']['QueueObservationQueryResponse'];
export type SchemaRateLimitAggregateDataContainer = components['schemas']['RateLimitAggregateDataContainer'];
export type SchemaRateLimitAggregateQueryClause = components['schemas']['RateLimitAggregateQueryClause'];
export type SchemaRateLimitAggregateQueryFilter = components['schemas']['RateLimitAggregateQueryFilter'];
export type SchemaRateLimitAggregateQueryPredicate = components['schemas']['RateLimitAggregateQueryPredicate'];
export type SchemaRateLimitAggregateQueryResponse = components['schemas']['RateLimitAggregateQueryResponse'];
export type SchemaRateLimitAggregationQuery = components['schemas']['RateLimitAggregationQuery'];
export type SchemaRateLimitAggregationView = components['schemas']['RateLimitAggregationView'];
export type SchemaReportingExportJobListing = components['schemas']['ReportingExportJobListing'];
export type SchemaReportingExportJobRequest = components['schemas']['ReportingExportJobRequest'];
export type SchemaReportingExportJobResponse = components['schemas']['ReportingExportJobResponse'];
export type SchemaReportingExportMetadataJobListing = components['schemas']['ReportingExportMetadataJobListing'];
export type SchemaReportingExportMetadataJobResponse = components['schemas']['ReportingExportMetadataJobResponse'];
export type SchemaReportingTurn = components['schemas']['ReportingTurn'];
export type SchemaReportingTurnAction = components['schemas']['ReportingTurnAction'];
export type SchemaReportingTurnIntent = components['schemas']['ReportingTurnIntent'];
export type SchemaReportingTurnIntentSlot = components['schemas']['ReportingTurnIntentSlot'];
export type SchemaReportingTurnKnowledge = components['schemas']['ReportingTurnKnowledge'];
export type SchemaReportingTurnKnowledgeDocument = components['schemas']['ReportingTurnKnowledgeDocument'];
export type SchemaReportingTurnKnowledgeEvents = components['schemas']['ReportingTurnKnowledgeEvents'];
export type SchemaReportingTurnKnowledgeFeedback = components['schemas']['ReportingTurnKnowledgeFeedback'];
export type SchemaReportingTurnKnowledgeFeedbackEvent = components['schemas']['ReportingTurnKnowledgeFeedbackEvent'];
export type SchemaReportingTurnKnowledgeSearch = components['schemas']['ReportingTurnKnowledgeSearch'];
export type SchemaReportingTurnKnowledgeSearchEvent = components['schemas']['ReportingTurnKnowledgeSearchEvent'];
export type SchemaReportingTurnsResponse = components['schemas']['ReportingTurnsResponse'];
export type SchemaResolutionAggregateDataContainer = components['schemas']['ResolutionAggregateDataContainer'];
export type SchemaResolutionAggregateQueryClause = components['schemas']['ResolutionAggregateQueryClause'];
export type SchemaResolutionAggregateQueryFilter = components['schemas']['ResolutionAggregateQueryFilter'];
export type SchemaResolutionAggregateQueryPredicate = components['schemas']['ResolutionAggregateQueryPredicate'];
export type SchemaResolutionAggregateQueryResponse = components['schemas']['ResolutionAggregateQueryResponse'];
export type SchemaResolutionAggregationQuery = components['schemas']['ResolutionAggregationQuery'];
export type SchemaResolutionAggregationView = components['schemas']['ResolutionAggregationView'];
export type SchemaResolutionAsyncAggregateQueryResponse = components['schemas']['ResolutionAsyncAggregateQueryResponse'];
export type SchemaResolutionAsyncAggregationQuery = components['schemas']['ResolutionAsyncAggregationQuery'];
export type SchemaResolutionDetailQueryClause = components['schemas']['ResolutionDetailQueryClause'];
export type SchemaResolutionDetailQueryFilter = components['schemas']['ResolutionDetailQueryFilter'];
export type SchemaResolutionDetailQueryPredicate = components['schemas']['ResolutionDetailQueryPredicate'];
export type SchemaRoutingActivityData = components['schemas']['RoutingActivityData'];
export type SchemaRoutingActivityEntityData = components['schemas']['RoutingActivityEntityData'];
export type SchemaRoutingActivityMetricValue = components['schemas']['RoutingActivityMetricValue'];
export type SchemaRoutingActivityQuery = components['schemas']['RoutingActivityQuery'];
export type SchemaRoutingActivityQueryClause = components['schemas']['RoutingActivityQueryClause'];
export type SchemaRoutingActivityQueryFilter = components['schemas']['RoutingActivityQueryFilter'];
export type SchemaRoutingActivityQueryMetric = components['schemas']['RoutingActivityQueryMetric'];
export type SchemaRoutingActivityQueryPredicate = components['schemas']['RoutingActivityQueryPredicate'];
export type SchemaRoutingActivityResponse = components['schemas']['RoutingActivityResponse'];
export type SchemaRoutingStatusDetailQueryClause = components['schemas']['RoutingStatusDetailQueryClause'];
export type SchemaRoutingStatusDetailQueryFilter = components['schemas']['RoutingStatusDetailQueryFilter'];
export type SchemaRoutingStatusDetailQueryPredicate = components['schemas']['RoutingStatusDetailQueryPredicate'];
export type SchemaSegmentDetailQueryClause = components['schemas']['SegmentDetailQueryClause'];
export type SchemaSegmentDetailQueryFilter = components['schemas']['SegmentDetailQueryFilter'];
export type SchemaSegmentDetailQueryPredicate = components['schemas']['SegmentDetailQueryPredicate'];
export type SchemaSelectedColumns = components['schemas']['SelectedColumns'];
export type SchemaSessionEndDetails = components['schemas']['SessionEndDetails'];
export type SchemaSessionsResponse = components['schemas']['SessionsResponse'];
export type SchemaSocialKeyword = components['schemas']['SocialKeyword'];
export type SchemaSocialNumericRange = components['schemas']['SocialNumericRange'];
export type SchemaStatisticalResponse = components['schemas']['StatisticalResponse'];
export type SchemaStatisticalSummary = components['schemas']['StatisticalSummary'];
export type SchemaSummaryAggregateDataContainer = components['schemas']['SummaryAggregateDataContainer'];
export type SchemaSummaryAggregateQueryClause = components['schemas']['SummaryAggregateQueryClause'];
export type SchemaSummaryAggregateQueryFilter = components['schemas']['SummaryAggregateQueryFilter'];
export type SchemaSummaryAggregateQueryPredicate = components['schemas']['SummaryAggregateQueryPredicate'];
export type SchemaSummaryAggregateQueryResponse = components['schemas']['SummaryAggregateQueryResponse'];
export type SchemaSummaryAggregationQuery = components['schemas']['SummaryAggregationQuery'];
export type SchemaSummaryAggregationSort = components['schemas']['SummaryAggregationSort'];
export type SchemaSummaryAggregationView = components['schemas']['SummaryAggregationView'];
export type SchemaSummaryAsyncAggregateQueryResponse = components['schemas']['SummaryAsyncAggregateQueryResponse'];
export type SchemaSummaryAsyncAggregationQuery = components['schemas']['SummaryAsyncAggregationQuery'];
export type SchemaSurveyAggregateDataContainer = components['schemas']['SurveyAggregateDataContainer'];
export type SchemaSurveyAggregateQueryClause = components['schemas']['SurveyAggregateQueryClause'];
export type SchemaSurveyAggregateQueryFilter = components['schemas']['SurveyAggregateQueryFilter'];
export type SchemaSurveyAggregateQueryPredicate = components['schemas']['SurveyAggregateQueryPredicate'];
export type SchemaSurveyAggregateQueryResponse = components['schemas']['SurveyAggregateQueryResponse'];
export type SchemaSurveyAggregationQuery = components['schemas']['SurveyAggregationQuery'];
export type SchemaSurveyAggregationView = components['schemas']['SurveyAggregationView'];
export type SchemaSurveyAsyncAggregateQueryResponse = components['schemas']['SurveyAsyncAggregateQueryResponse'];
export type SchemaSurveyAsyncAggregationQuery = components['schemas']['SurveyAsyncAggregationQuery'];
export type SchemaSurveyDetailQueryClause = components['schemas']['SurveyDetailQueryClause'];
export type SchemaSurveyDetailQueryFilter = components['schemas']['SurveyDetailQueryFilter'];
export type SchemaSurveyDetailQueryPredicate = components['schemas']['SurveyDetailQueryPredicate'];
export type SchemaTaskManagementAggregateDataContainer = components['schemas']['TaskManagementAggregateDataContainer'];
export type SchemaTaskManagementAggregateQueryClause = components['schemas']['TaskManagementAggregateQueryClause'];
export type SchemaTaskManagementAggregateQueryFilter = components['schemas']['TaskManagementAggregateQueryFilter'];
export type SchemaTaskManagementAggregateQueryPredicate = components['schemas']['TaskManagementAggregateQueryPredicate'];
export type SchemaTaskManagementAggregateQueryResponse = components['schemas']['TaskManagementAggregateQueryResponse'];
export type SchemaTaskManagementAggregationQuery = components['schemas']['TaskManagementAggregationQuery'];
export type SchemaTaskManagementAggregationView = components['schemas']['TaskManagementAggregationView'];
export type SchemaTaskManagementAsyncAggregateQueryResponse = components['schemas']['TaskManagementAsyncAggregateQueryResponse'];
export type SchemaTaskManagementAsyncAggregationQuery = components['schemas']['TaskManagementAsyncAggregationQuery'];
export type SchemaTaskManagementObservationDataContainer = components['schemas']['TaskManagementObservationDataContainer'];
export type SchemaTaskManagementObservationDetailContainer = components['schemas']['TaskManagementObservationDetailContainer'];
export type SchemaTaskManagementObservationGroupResult = components['schemas']['TaskManagementObservationGroupResult'];
export type SchemaTaskManagementObservationMetricStats = components['schemas']['TaskManagementObservationMetricStats'];
export type SchemaTaskManagementObservationPredicate = components['schemas']['TaskManagementObservationPredicate'];
export type SchemaTaskManagementObservationQuery = components['schemas']['TaskManagementObservationQuery'];
export type SchemaTaskManagementObservationQueryFilter = components['schemas']['TaskManagementObservationQueryFilter'];
export type SchemaTaskManagementObservationQueryResponse = components['schemas']['TaskManagementObservationQueryResponse'];
export type SchemaTaskManagementObservationResult = components['schemas']['TaskManagementObservationResult'];
export type SchemaTaskManagementQueryMetric = components['schemas']['TaskManagementQueryMetric'];
export type SchemaTeamActivityData = components['schemas']['TeamActivityData'];
export type SchemaTeamActivityEntityData = components['schemas']['TeamActivityEntityData'];
export type SchemaTeamActivityMetricValue = components['schemas']['TeamActivityMetricValue'];
export type SchemaTeamActivityQuery = components['schemas']['TeamActivityQuery'];
export type SchemaTeamActivityQueryClause = components['schemas']['TeamActivityQueryClause'];
export type SchemaTeamActivityQueryFilter = components['schemas']['TeamActivityQueryFilter'];
export type SchemaTeamActivityQueryMetric = components['schemas']['TeamActivityQueryMetric'];
export type SchemaTeamActivityQueryPredicate = components['schemas']['TeamActivityQueryPredicate'];
export type SchemaTeamActivityResponse = components['schemas']['TeamActivityResponse'];
export type SchemaTextBotUserAgent = components['schemas']['TextBotUserAgent'];
export type SchemaTranscriptAggregateDataContainer = components['schemas']['TranscriptAggregateDataContainer'];
export type SchemaTranscriptAggregateQueryClause = components['schemas']['TranscriptAggregateQueryClause'];
export type SchemaTranscriptAggregateQueryFilter = components['schemas']['TranscriptAggregateQueryFilter'];
export type SchemaTranscriptAggregateQueryPredicate = components['schemas']['TranscriptAggregateQueryPredicate'];
export type SchemaTranscriptAggregateQueryResponse = components['schemas']['TranscriptAggregateQueryResponse'];
export type SchemaTranscriptAggregationQuery = components['schemas']['TranscriptAggregationQuery'];
export type SchemaTranscriptAggregationSort = components['schemas']['TranscriptAggregationSort'];
export type SchemaTranscriptAggregationView = components['schemas']['TranscriptAggregationView'];
export type SchemaTranscriptAsyncAggregateQueryResponse = components['schemas']['TranscriptAsyncAggregateQueryResponse'];
export type SchemaTranscriptAsyncAggregationQuery = components['schemas']['TranscriptAsyncAggregationQuery'];
export type SchemaTranscripts = components['schemas']['Transcripts'];
export type SchemaTranscriptTopics = components['schemas']['TranscriptTopics'];
export type SchemaUpdateAnalyticsDataRetentionRequest = components['schemas']['UpdateAnalyticsDataRetentionRequest'];
export type SchemaUserActivityData = components['schemas']['UserActivityData'];
export type SchemaUserActivityEntityData = components['schemas']['UserActivityEntityData'];
export type SchemaUserActivityMetricValue = components['schemas']['UserActivityMetricValue'];
export type SchemaUserActivityQuery = components['schemas']['UserActivityQuery'];
export type SchemaUserActivityQueryClause = components['schemas']['UserActivityQueryClause'];
export type SchemaUserActivityQueryFilter = components['schemas']['UserActivityQueryFilter'];
export type SchemaUserActivityQueryMetric = components['schemas']['UserActivityQueryMetric'];
export type SchemaUserActivityQueryPredicate = components['schemas']['UserActivityQueryPredicate'];
export type SchemaUserActivityResponse = components['schemas']['UserActivityResponse'];
export type SchemaUserAggregateDataContainer = components['schemas']['UserAggregateDataContainer'];
export type SchemaUserAggregateQueryClause = components['schemas']['UserAggregateQueryClause'];
export type SchemaUserAggregateQueryFilter = components['schemas']['UserAggregateQueryFilter'];
export type SchemaUserAggregateQueryPredicate = components['schemas']['UserAggregateQueryPredicate'];
export type SchemaUserAggregateQueryResponse = components['schemas']['UserAggregateQueryResponse'];
export type SchemaUserAggregationQuery = components['schemas']['UserAggregationQuery'];
export type SchemaUserAggregationView = components['schemas']['UserAggregationView'];
export type SchemaUserAsyncAggregateQueryResponse = components['schemas']['UserAsyncAggregateQueryResponse'];
export type SchemaUserAsyncAggregationQuery = components['schemas']['UserAsyncAggregationQuery'];
export type SchemaUserDetailQueryClause = components['schemas']['UserDetailQueryClause'];
export type SchemaUserDetailQueryFilter = components['schemas']['UserDetailQueryFilter'];
export type SchemaUserDetailQueryPredicate = components['schemas']['UserDetailQueryPredicate'];
export type SchemaUserDetailsQuery = components['schemas']['UserDetailsQuery'];
export type SchemaUserObservationDataContainer = components['schemas']['UserObservationDataContainer'];
export type SchemaUserObservationQuery = components['schemas']['UserObservationQuery'];
export type SchemaUserObservationQueryClause = components['schemas']['UserObservationQueryClause'];
export type SchemaUserObservationQueryFilter = components['schemas']['UserObservationQueryFilter'];
export type SchemaUserObservationQueryPredicate = components['schemas']['UserObservationQueryPredicate'];
export type SchemaUserObservationQueryResponse = components['schemas']['UserObservationQueryResponse'];
export type SchemaUserReferenceWithName = components['schemas']['UserReferenceWithName'];
export type SchemaViewFilter = components['schemas']['ViewFilter'];
export type SchemaWarning = components['schemas']['Warning'];
export type SchemaWidget = components['schemas']['Widget'];
export type SchemaWorkitemStatusFilter = components['schemas']['WorkitemStatusFilter'];
export type SchemaWorktypeReference = components['schemas']['WorktypeReference'];
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
    postAnalyticsActionsAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionAsyncAggregationQuery"];
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
    getAnalyticsActionsAggregatesJob: {
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
    deleteAnalyticsActionsAggregatesJob: {
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
    getAnalyticsActionsAggregatesJobResults: {
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
                    "application/json": components["schemas"]["ActionAsyncAggregateQueryResponse"];
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
    postAnalyticsActionsAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionAggregateQueryResponse"];
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
    postAnalyticsAgentcopilotsAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentCopilotAsyncAggregationQuery"];
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
    getAnalyticsAgentcopilotsAggregatesJob: {
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
    deleteAnalyticsAgentcopilotsAggregatesJob: {
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
    getAnalyticsAgentcopilotsAggregatesJobResults: {
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
                    "application/json": components["schemas"]["AgentCopilotAsyncAggregateQueryResponse"];
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
    postAnalyticsAgentcopilotsAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentCopilotAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentCopilotAggregateQueryResponse"];
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
    getAnalyticsAgentStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description userId */
                userId: string;
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
                    "application/json": components["schemas"]["AnalyticsAgentStateAgentResponse"];
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
    postAnalyticsAgentsStatusCounts: {
        parameters: {
            query?: {
                /** @description Include to choose which groupings to count by and return. If not included it will return only counts grouped by segmentType */
                groupBy?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentStateCountsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsAgentStateCountsResponse"];
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
    postAnalyticsAgentsStatusQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentStateQueryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsAgentStateQueryResponse"];
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
    postAnalyticsAgentutilizationsAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentUtilizationAsyncAggregationQuery"];
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
    getAnalyticsAgentutilizationsAggregatesJob: {
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
    deleteAnalyticsAgentutilizationsAggregatesJob: {
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
    getAnalyticsAgentutilizationsAggregatesJobResults: {
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
                    "application/json": components["schemas"]["AgentUtilizationAsyncAggregateQueryResponse"];
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
    postAnalyticsAgentutilizationsAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentUtilizationAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentUtilizationAggregateQueryResponse"];
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
    getAnalyticsBotflowDivisionsReportingturns: {
        parameters: {
            query?: {
                /** @description Optional action ID to get the reporting turns associated to a particular flow action */
                actionId?: string;
                /** @description The cursor that points to the ID of the last item in the list of entities that has been returned. */
                after?: string;
                /** @description Optional case-insensitive comma separated list of ask action results to filter the reporting turns. */
                askActionResults?: string;
                /** @description Date range filter based on the date the individual resources were completed. UTC is the default if no TZ is supplied, however alternate timezones can be used e.g: '2022-11-22T09:11:11.111+08:00/2022-11-30T07:17:44.586-07'. . Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
                interval?: string;
                /** @description Optional language code to get the reporting turns for a particular language */
                language?: string;
                /** @description Max number of entities to return. Maximum of 250 */
                pageSize?: string;
                /** @description Optional session ID to get the reporting turns for a particular session. Specifying a session ID alongside an action ID or a language or any ask action results is not allowed. */
                sessionId?: string;
            };
            header?: never;
            path: {
                /** @description ID of the bot flow. */
                botFlowId: string;
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
                    "application/json": components["schemas"]["ReportingTurnsResponse"];
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
    getAnalyticsBotflowReportingturns: {
        parameters: {
            query?: {
                /** @description Optional action ID to get the reporting turns associated to a particular flow action */
                actionId?: string;
                /** @description The cursor that points to the ID of the last item in the list of entities that has been returned. */
                after?: string;
                /** @description Optional case-insensitive comma separated list of ask action results to filter the reporting turns. */
                askActionResults?: string;
                /** @description Date range filter based on the date the individual resources were completed. UTC is the default if no TZ is supplied, however alternate timezones can be used e.g: '2022-11-22T09:11:11.111+08:00/2022-11-30T07:17:44.586-07'. . Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
                interval?: string;
                /** @description Optional language code to get the reporting turns for a particular language */
                language?: string;
                /** @description Max number of entities to return. Maximum of 250 */
                pageSize?: string;
                /** @description Optional session ID to get the reporting turns for a particular session. Specifying a session ID alongside an action ID or a language or any ask action results is not allowed. */
                sessionId?: string;
            };
            header?: never;
            path: {
                /** @description ID of the bot flow. */
                botFlowId: string;
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
                    "application/json": components["schemas"]["ReportingTurnsResponse"];
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
    getAnalyticsBotflowSessions: {
        parameters: {
            query?: {
                /** @description The cursor that points to the ID of the last item in the list of entities that has been returned. */
                after?: string;
                /** @description Optional case-insensitive comma separated list of Bot Result Categories to filter sessions by. */
                botResultCategories?: string;
                /** @description Optional case-insensitive language code to filter sessions by the language the sessions ended in. */
                endLanguage?: string;
                /** @description Date range filter based on the date the individual resources were completed. UTC is the default if no TZ is supplied, however alternate timezones can be used e.g: '2022-11-22T09:11:11.111+08:00/2022-11-30T07:17:44.586-07'. . Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
                interval?: string;
                /** @description Max number of entities to return. Maximum of 250 */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description ID of the bot flow. */
                botFlowId: string;
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
                    "application/json": components["schemas"]["SessionsResponse"];
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
    postAnalyticsBotsAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BotAsyncAggregationQuery"];
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
    getAnalyticsBotsAggregatesJob: {
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
    deleteAnalyticsBotsAggregatesJob: {
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
    getAnalyticsBotsAggregatesJobResults: {
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
                    "application/json": components["schemas"]["BotAsyncAggregateQueryResponse"];
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
    postAnalyticsBotsAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BotAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BotAggregateQueryResponse"];
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
    postAnalyticsCasemanagementAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseManagementAsyncAggregationQuery"];
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
    getAnalyticsCasemanagementAggregatesJob: {
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
    deleteAnalyticsCasemanagementAggregatesJob: {
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
    getAnalyticsCasemanagementAggregatesJobResults: {
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
                    "application/json": components["schemas"]["CaseManagementAsyncAggregateQueryResponse"];
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
    postAnalyticsCasemanagementAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseManagementAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseManagementAggregateQueryResponse"];
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
    getAnalyticsConversationDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsConversationWithoutAttributes"];
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
    postAnalyticsConversationDetailsProperties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PropertyIndexRequest"];
            };
        };
        responses: {
            /** @description Accepted - Indexing properties */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PropertyIndexRequest"];
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
    postAnalyticsConversationsActivityQuery: {
        parameters: {
            query?: {
                /** @description The desired page number */
                pageNumber?: number;
                /** @description The desired page size */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationActivityQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationActivityResponse"];
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
    postAnalyticsConversationsAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationAsyncAggregationQuery"];
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
    getAnalyticsConversationsAggregatesJob: {
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
    deleteAnalyticsConversationsAggregatesJob: {
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
    getAnalyticsConversationsAggregatesJobResults: {
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
                    "application/json": components["schemas"]["ConversationAsyncAggregateQueryResponse"];
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
    postAnalyticsConversationsAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationAggregationQuery"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationAggregateQueryResponse"];
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
    getAnalyticsConversationsDetails: {
        parameters: {
            query?: {
                /** @description Comma-separated conversation ids */
                id?: string[];
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
                    "application/json": components["schemas"]["AnalyticsConversationWithoutAttributesMultiGetResponse"];
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
    postAnalyticsConversationsDetailsJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AsyncConversationQuery"];
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
    getAnalyticsConversationsDetailsJob: {
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
    deleteAnalyticsConversationsDetailsJob: {
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
    getAnalyticsConversationsDetailsJobResults: {
        parameters: {
            query?: {
                /** @description Indicates where to resume query results (not required for first page) */
                cursor?: string;
                /** @description The desired maximum number of results */
                pageSize?: number;
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
                    "application/json": components["schemas"]["AnalyticsConversationAsyncQueryResponse"];
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
    getAnalyticsConversationsDetailsJobsAvailability: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["DataAvailabilityResponse"];
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
    postAnalyticsConversationsDetailsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationQuery"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsConversationQueryResponse"];
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
    postAnalyticsCopilotsAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopilotAsyncAggregationQuery"];
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
    getAnalyticsCopilotsAggregatesJob: {
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
    deleteAnalyticsCopilotsAggregatesJob: {
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
    getAnalyticsCopilotsAggregatesJobResults: {
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
                    "application/json": components["schemas"]["CopilotAsyncAggregateQueryResponse"];
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
    postAnalyticsCopilotsAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopilotAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CopilotAggregateQueryResponse"];
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
    getAnalyticsDataextractionDownload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique file Id to download */
                downloadId: string;
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
    postAnalyticsDataextractionDownloadsBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DownloadServiceRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataExtractionFileUrlListing"];
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
    getAnalyticsDataextractionDownloadsMetadata: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Data schema like conversations */
                dataSchema?: string;
                /** @description End DateTime filter. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z */
                dateEnd?: string;
                /** @description Start DateTime filter. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z */
                dateStart?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
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
                    "application/json": components["schemas"]["DataExtractionFileSchemaListing"];
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
    getAnalyticsDataretentionSettings: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["AnalyticsDataRetentionResponse"];
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
    putAnalyticsDataretentionSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description retentionDays */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAnalyticsDataRetentionRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsDataRetentionResponse"];
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
    postAnalyticsEvaluationsAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationAsyncAggregationQuery"];
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
    getAnalyticsEvaluationsAggregatesJob: {
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
    deleteAnalyticsEvaluationsAggregatesJob: {
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
    getAnalyticsEvaluationsAggregatesJobResults: {
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
                    "application/json": components["schemas"]["EvaluationAsyncAggregateQueryResponse"];
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
    postAnalyticsEvaluationsAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationAggregationQuery"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationAggregateQueryResponse"];
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
    postAnalyticsFlowexecutionsAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowExecutionAsyncAggregationQuery"];
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
    getAnalyticsFlowexecutionsAggregatesJob: {
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
    deleteAnalyticsFlowexecutionsAggregatesJob: {
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
    getAnalyticsFlowexecutionsAggregatesJobResults: {
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
                    "application/json": components["schemas"]["FlowExecutionAsyncAggregateQueryResponse"];
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
    postAnalyticsFlowexecutionsAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowExecutionAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowExecutionAggregateQueryResponse"];
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
    postAnalyticsFlowsActivityQuery: {
        parameters: {
            query?: {
                /** @description The desired page number */
                pageNumber?: number;
                /** @description The desired page size */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowActivityQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowActivityResponse"];
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
    postAnalyticsFlowsAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowAsyncAggregationQuery"];
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
    getAnalyticsFlowsAggregatesJob: {
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
    deleteAnalyticsFlowsAggregatesJob: {
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
    getAnalyticsFlowsAggregatesJobResults: {
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
                    "application/json": components["schemas"]["FlowAsyncAggregateQueryResponse"];
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
    postAnalyticsFlowsAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowAggregateQueryResponse"];
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
    postAnalyticsFlowsObservationsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowObservationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowObservationQueryResponse"];
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
    postAnalyticsJourneysAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["JourneyAsyncAggregationQuery"];
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
    getAnalyticsJourneysAggregatesJob: {
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
    deleteAnalyticsJourneysAggregatesJob: {
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
    getAnalyticsJourneysAggregatesJobResults: {
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
                    "application/json": components["schemas"]["JourneyAsyncAggregateQueryResponse"];
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
    postAnalyticsJourneysAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["JourneyAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyAggregateQueryResponse"];
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
    postAnalyticsKnowledgeAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeAsyncAggregationQuery"];
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
    getAnalyticsKnowledgeAggregatesJob: {
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
    deleteAnalyticsKnowledgeAggregatesJob: {
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
    getAnalyticsKnowledgeAggregatesJobResults: {
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
                    "application/json": components["schemas"]["KnowledgeAsyncAggregateQueryResponse"];
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
    postAnalyticsKnowledgeAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeAggregateQueryResponse"];
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
    postAnalyticsQueuesObservationsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueueObservationQuery"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueObservationQueryResponse"];
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
    postAnalyticsRatelimitsAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateLimitAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitAggregateQueryResponse"];
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
    getAnalyticsReportingDashboardsUsers: {
        parameters: {
            query?: {
                /** @description Only list users with deleted dashboards */
                deletedOnly?: boolean;
                /** @description A list of user IDs to fetch by bulk */
                id?: string[];
                pageNumber?: number;
                pageSize?: number;
                sortBy?: string;
                /** @description Only list users of this state */
                state?: string;
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
                    "application/json": components["schemas"]["DashboardUserListing"];
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
    getAnalyticsReportingDashboardsUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["DashboardUser"];
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
    postAnalyticsReportingDashboardsUsersBulkRemove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description List of userIds */
        requestBody: {
            content: {
                "application/json": string[];
            };
        };
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
    getAnalyticsReportingExports: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["ReportingExportJobListing"];
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
    postAnalyticsReportingExports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ReportingExportJobRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportingExportJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingExportJobResponse"];
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
    getAnalyticsReportingExportsMetadata: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["ReportingExportMetadataJobListing"];
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
    getAnalyticsReportingSettings: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["AnalyticsReportingSettings"];
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
    patchAnalyticsReportingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description AnalyticsReportingSettingsRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnalyticsReportingSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsReportingSettings"];
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
    postAnalyticsReportingSettingsDashboardsBulkRemove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DashboardConfigurationBulkRequest"];
            };
        };
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
    getAnalyticsReportingSettingsDashboardsQuery: {
        parameters: {
            query: {
                /** @description Filter dashboard based on the owner of dashboard */
                dashboardAccessFilter: string;
                /** @description List dashboard of given state */
                dashboardState?: string;
                /** @description List dashboard of given type */
                dashboardType: string;
                /** @description name of the dashboard */
                name?: string;
                pageNumber?: number;
                pageSize?: number;
                sortBy?: string;
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
                    "application/json": components["schemas"]["DashboardConfigurationListing"];
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
    postAnalyticsReportingSettingsDashboardsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DashboardConfigurationQueryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardConfigurationListing"];
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
    getAnalyticsReportingSettingsUserDashboards: {
        parameters: {
            query?: {
                /** @description If true, retrieve only deleted dashboards that are still recoverable */
                deletedOnly?: boolean;
                /** @description If true, retrieve only favorite dashboards */
                favoriteOnly?: boolean;
                /** @description retrieve dashboards that match with given name */
                name?: string;
                pageNumber?: number;
                pageSize?: number;
                /** @description If true, retrieve only public dashboards */
                publicOnly?: boolean;
                sortBy?: string;
            };
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["DashboardConfigurationListing"];
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
    postAnalyticsResolutionsAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolutionAsyncAggregationQuery"];
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
    getAnalyticsResolutionsAggregatesJob: {
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
    deleteAnalyticsResolutionsAggregatesJob: {
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
    getAnalyticsResolutionsAggregatesJobResults: {
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
                    "application/json": components["schemas"]["ResolutionAsyncAggregateQueryResponse"];
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
    postAnalyticsResolutionsAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolutionAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionAggregateQueryResponse"];
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
    postAnalyticsRoutingActivityQuery: {
        parameters: {
            query?: {
                /** @description The desired page number */
                pageNumber?: number;
                /** @description The desired page size */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoutingActivityQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingActivityResponse"];
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
    postAnalyticsSummariesAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SummaryAsyncAggregationQuery"];
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
    getAnalyticsSummariesAggregatesJob: {
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
    deleteAnalyticsSummariesAggregatesJob: {
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
    getAnalyticsSummariesAggregatesJobResults: {
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
                    "application/json": components["schemas"]["SummaryAsyncAggregateQueryResponse"];
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
    postAnalyticsSummariesAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SummaryAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummaryAggregateQueryResponse"];
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
    postAnalyticsSurveysAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyAsyncAggregationQuery"];
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
    getAnalyticsSurveysAggregatesJob: {
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
    deleteAnalyticsSurveysAggregatesJob: {
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
    getAnalyticsSurveysAggregatesJobResults: {
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
                    "application/json": components["schemas"]["SurveyAsyncAggregateQueryResponse"];
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
    postAnalyticsSurveysAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyAggregateQueryResponse"];
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
    postAnalyticsTaskmanagementAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskManagementAsyncAggregationQuery"];
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
    getAnalyticsTaskmanagementAggregatesJob: {
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
    deleteAnalyticsTaskmanagementAggregatesJob: {
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
    getAnalyticsTaskmanagementAggregatesJobResults: {
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
                    "application/json": components["schemas"]["TaskManagementAsyncAggregateQueryResponse"];
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
    postAnalyticsTaskmanagementAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskManagementAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskManagementAggregateQueryResponse"];
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
    postAnalyticsTaskmanagementMetricsQuery: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. Used for pagination. */
                after?: string;
                /** @description Limit the number of entities to return. It is not guaranteed that the requested number of entities will be filled in a single request. If an `after` key is returned as part of the response it is possible that more entities that match the filter criteria exist. Maximum of 200. */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskManagementObservationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskManagementObservationQueryResponse"];
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
    postAnalyticsTeamsActivityQuery: {
        parameters: {
            query?: {
                /** @description The desired page number */
                pageNumber?: number;
                /** @description The desired page size */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamActivityQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamActivityResponse"];
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
    postAnalyticsTranscriptsAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptAsyncAggregationQuery"];
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
    getAnalyticsTranscriptsAggregatesJob: {
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
    deleteAnalyticsTranscriptsAggregatesJob: {
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
    getAnalyticsTranscriptsAggregatesJobResults: {
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
                    "application/json": components["schemas"]["TranscriptAsyncAggregateQueryResponse"];
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
    postAnalyticsTranscriptsAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranscriptAggregateQueryResponse"];
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
    postAnalyticsUsersActivityQuery: {
        parameters: {
            query?: {
                /** @description The desired page number */
                pageNumber?: number;
                /** @description The desired page size */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserActivityQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserActivityResponse"];
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
    postAnalyticsUsersAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserAsyncAggregationQuery"];
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
    getAnalyticsUsersAggregatesJob: {
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
    deleteAnalyticsUsersAggregatesJob: {
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
    getAnalyticsUsersAggregatesJobResults: {
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
                    "application/json": components["schemas"]["UserAsyncAggregateQueryResponse"];
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
    postAnalyticsUsersAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserAggregationQuery"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAggregateQueryResponse"];
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
    postAnalyticsUsersDetailsJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AsyncUserDetailsQuery"];
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
    getAnalyticsUsersDetailsJob: {
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
    deleteAnalyticsUsersDetailsJob: {
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
    getAnalyticsUsersDetailsJobResults: {
        parameters: {
            query?: {
                /** @description Indicates where to resume query results (not required for first page) */
                cursor?: string;
                /** @description The desired maximum number of results */
                pageSize?: number;
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
                    "application/json": components["schemas"]["AnalyticsUserDetailsAsyncQueryResponse"];
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
    getAnalyticsUsersDetailsJobsAvailability: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["DataAvailabilityResponse"];
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
    postAnalyticsUsersDetailsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserDetailsQuery"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsUserDetailsQueryResponse"];
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
    postAnalyticsUsersObservationsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserObservationQuery"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserObservationQueryResponse"];
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
