// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/flows/openapi.yaml (sha256 845452e8949acdf5)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area flows` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Flows (7 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const flows = flowsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function flowsApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
        AnalyticsScoredAgent: {
            agentScore?: number;
            scoredAgentId?: string;
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
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
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
export type SchemaAggregateMetricData = components['schemas']['AggregateMetricData'];
export type SchemaAggregateViewData = components['schemas']['AggregateViewData'];
export type SchemaAggregationRange = components['schemas']['AggregationRange'];
export type SchemaAnalyticsScoredAgent = components['schemas']['AnalyticsScoredAgent'];
export type SchemaAsyncQueryResponse = components['schemas']['AsyncQueryResponse'];
export type SchemaAsyncQueryStatus = components['schemas']['AsyncQueryStatus'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
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
export type SchemaFlowObservationDataContainer = components['schemas']['FlowObservationDataContainer'];
export type SchemaFlowObservationQuery = components['schemas']['FlowObservationQuery'];
export type SchemaFlowObservationQueryClause = components['schemas']['FlowObservationQueryClause'];
export type SchemaFlowObservationQueryFilter = components['schemas']['FlowObservationQueryFilter'];
export type SchemaFlowObservationQueryPredicate = components['schemas']['FlowObservationQueryPredicate'];
export type SchemaFlowObservationQueryResponse = components['schemas']['FlowObservationQueryResponse'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaNumericRange = components['schemas']['NumericRange'];
export type SchemaObservationMetricData = components['schemas']['ObservationMetricData'];
export type SchemaObservationValue = components['schemas']['ObservationValue'];
export type SchemaStatisticalResponse = components['schemas']['StatisticalResponse'];
export type SchemaStatisticalSummary = components['schemas']['StatisticalSummary'];
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
}
