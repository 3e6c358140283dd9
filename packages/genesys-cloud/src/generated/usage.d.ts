// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/usage/openapi.yaml (sha256 754568f0d5fa239e)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area usage` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Usage (11 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const usage = usageApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function usageApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/oauth/clients/{clientId}/usage/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for OAuth client API usage
         * @description After calling this method, you will then need to poll for the query results based on the returned execution Id
         * @permissions ANY: any one of `oauth:client:view`, `usage:client:view`
         */
        post: operations["postOauthClientUsageQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/oauth/clients/{clientId}/usage/query/results/{executionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the results of a usage query
         * @permissions ANY: any one of `oauth:client:view`, `usage:client:view`
         */
        get: operations["getOauthClientUsageQueryResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/oauth/clients/{clientId}/usage/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a summary of OAuth client API usage
         * @description After calling this method, you will then need to poll for the query results based on the returned execution Id
         * @permissions ANY: any one of `oauth:client:view`, `usage:client:view`
         */
        get: operations["getOauthClientUsageSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/usage/aggregates/query/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query your organization's public api usage.
         * @description After calling this method, you will need to save the queryExecutionId from the response and use it in a call to the results endpoint to get the results
         * @permissions ANY: `usage:organization:view`
         */
        post: operations["postUsageAggregatesQueryJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/usage/aggregates/query/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status and results of the usage query
         * @permissions ANY: `usage:organization:view`
         */
        get: operations["getUsageAggregatesQueryJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/usage/client/{clientId}/aggregates/query/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query your client's public api usage.
         * @description After calling this method, you will need to save the queryExecutionId from the response and use it in a call to the results endpoint to get the results
         * @permissions ANY: `usage:client:view`
         */
        post: operations["postUsageClientClientIdAggregatesQueryJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/usage/client/{clientId}/aggregates/query/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status and results of the usage query
         * @permissions ANY: `usage:client:view`
         */
        get: operations["getUsageClientClientIdAggregatesQueryJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/usage/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query organization API Usage -
         * @description After calling this method, you will then need to poll for the query results based on the returned execution Id
         * @permissions ANY: any one of `oauth:client:view`, `usage:organization:view`
         */
        post: operations["postUsageQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/usage/query/{executionId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the results of a usage query
         * @permissions ANY: any one of `oauth:client:view`, `usage:organization:view`
         */
        get: operations["getUsageQueryExecutionIdResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/usage/simplesearch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search organization API Usage
         * @description After calling this method, you will then need to poll for the query results based on the returned execution Id. The number of records is limited to 20,000 results
         * @permissions ANY: any one of `oauth:client:view`, `usage:simpleSearch:view`
         */
        post: operations["postUsageSimplesearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/usage/simplesearch/{executionId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the results of a usage search. Number of records to be returned is limited to 20,000 results.
         * @permissions ANY: any one of `oauth:client:view`, `usage:simpleSearch:view`
         */
        get: operations["getUsageSimplesearchExecutionIdResults"];
        put?: never;
        post?: never;
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
        ApiUsageClientQuery: {
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics?: string[];
        };
        ApiUsageOrganizationQuery: {
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics?: string[];
        };
        ApiUsageQueryResult: {
            cursors?: components["schemas"]["Cursors"];
            queryStatus?: string;
            results?: components["schemas"]["ApiUsageRow"][];
        };
        ApiUsageRow: {
            clientId?: string;
            clientName?: string;
            date?: string;
            httpMethod?: string;
            organizationId?: string;
            requests?: number;
            status200?: number;
            status300?: number;
            status400?: number;
            status429?: number;
            status500?: number;
            templateUri?: string;
            userId?: string;
        };
        ApiUsageSimpleSearch: {
            httpMethods?: string[];
            interval: string;
            metrics?: string[];
            oauthClientNames?: string[];
            templateUris?: string[];
        };
        ClientPublicApiUsage: {
            date?: string;
            httpMethod?: string;
            organizationId?: string;
            platform?: string;
            requestCount?: number;
            status200?: number;
            status300?: number;
            status400?: number;
            status429?: number;
            status500?: number;
            templateUri?: string;
        };
        ClientPublicApiUsageQueryRequest: {
            granularity?: string;
            groupBy?: string[];
            httpMethods?: string[];
            interval: string;
            metrics?: string[];
            organizationIds?: string[];
            platforms?: string[];
            sortBy?: components["schemas"]["UsageQuerySortBy"][];
            templateUris?: string[];
        };
        ClientPublicApiUsageResultsResponse: {
            entities?: components["schemas"]["ClientPublicApiUsage"][];
            errorBody?: components["schemas"]["ErrorBody"];
            name?: string;
            nextUri?: string;
            queryStatus: string;
            selfUri?: string;
        };
        ClientUsageQueryResponse: {
            id: string;
            name?: string;
            resultsUri?: string;
            selfUri?: string;
        };
        Cursors: {
            after?: string;
            before?: string;
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
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        OrganizationPublicApiUsage: {
            date?: string;
            httpMethod?: string;
            oauthClient?: components["schemas"]["DomainEntityRef"];
            platform?: string;
            requestCount?: number;
            status200?: number;
            status300?: number;
            status400?: number;
            status429?: number;
            status500?: number;
            templateUri?: string;
            user?: components["schemas"]["UserReference"];
        };
        OrganizationPublicApiUsageQueryRequest: {
            granularity?: string;
            groupBy?: string[];
            httpMethods?: string[];
            interval: string;
            metrics?: string[];
            oauthClientIds?: string[];
            platforms?: string[];
            sortBy?: components["schemas"]["UsageQuerySortBy"][];
            templateUris?: string[];
            userIds?: string[];
        };
        OrganizationPublicApiUsageResultsResponse: {
            entities?: components["schemas"]["OrganizationPublicApiUsage"][];
            errorBody?: components["schemas"]["ErrorBody"];
            name?: string;
            nextUri?: string;
            queryStatus: string;
            selfUri?: string;
        };
        OrganizationUsageQueryResponse: {
            id: string;
            name?: string;
            resultsUri?: string;
            selfUri?: string;
        };
        UsageExecutionResult: {
            executionId?: string;
            resultsUri?: string;
        };
        UsageQuerySortBy: {
            fieldName?: string;
            order?: string;
        };
        UserReference: {
            id?: string;
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
export type SchemaApiUsageClientQuery = components['schemas']['ApiUsageClientQuery'];
export type SchemaApiUsageOrganizationQuery = components['schemas']['ApiUsageOrganizationQuery'];
export type SchemaApiUsageQueryResult = components['schemas']['ApiUsageQueryResult'];
export type SchemaApiUsageRow = components['schemas']['ApiUsageRow'];
export type SchemaApiUsageSimpleSearch = components['schemas']['ApiUsageSimpleSearch'];
export type SchemaClientPublicApiUsage = components['schemas']['ClientPublicApiUsage'];
export type SchemaClientPublicApiUsageQueryRequest = components['schemas']['ClientPublicApiUsageQueryRequest'];
export type SchemaClientPublicApiUsageResultsResponse = components['schemas']['ClientPublicApiUsageResultsResponse'];
export type SchemaClientUsageQueryResponse = components['schemas']['ClientUsageQueryResponse'];
export type SchemaCursors = components['schemas']['Cursors'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaOrganizationPublicApiUsage = components['schemas']['OrganizationPublicApiUsage'];
export type SchemaOrganizationPublicApiUsageQueryRequest = components['schemas']['OrganizationPublicApiUsageQueryRequest'];
export type SchemaOrganizationPublicApiUsageResultsResponse = components['schemas']['OrganizationPublicApiUsageResultsResponse'];
export type SchemaOrganizationUsageQueryResponse = components['schemas']['OrganizationUsageQueryResponse'];
export type SchemaUsageExecutionResult = components['schemas']['UsageExecutionResult'];
export type SchemaUsageQuerySortBy = components['schemas']['UsageQuerySortBy'];
export type SchemaUserReference = components['schemas']['UserReference'];
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
    postOauthClientUsageQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Client ID */
                clientId: string;
            };
            cookie?: never;
        };
        /** @description Query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiUsageClientQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageExecutionResult"];
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
    getOauthClientUsageQueryResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Client ID */
                clientId: string;
                /** @description ID of the query execution */
                executionId: string;
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
                    "application/json": components["schemas"]["ApiUsageQueryResult"];
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
    getOauthClientUsageSummary: {
        parameters: {
            query?: {
                /** @description Previous number of days to query */
                days?: string;
            };
            header?: never;
            path: {
                /** @description Client ID */
                clientId: string;
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
                    "application/json": components["schemas"]["UsageExecutionResult"];
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
    postUsageAggregatesQueryJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationPublicApiUsageQueryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationUsageQueryResponse"];
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
    getUsageAggregatesQueryJob: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Page size of the results. Max is 1000. */
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
                    "application/json": components["schemas"]["OrganizationPublicApiUsageResultsResponse"];
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
    postUsageClientClientIdAggregatesQueryJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description clientId */
                clientId: string;
            };
            cookie?: never;
        };
        /** @description Query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientPublicApiUsageQueryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientUsageQueryResponse"];
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
    getUsageClientClientIdAggregatesQueryJob: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Page size of the results. Max is 1000. */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description clientId */
                clientId: string;
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
                    "application/json": components["schemas"]["ClientPublicApiUsageResultsResponse"];
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
    postUsageQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiUsageOrganizationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageExecutionResult"];
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
    getUsageQueryExecutionIdResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the query execution */
                executionId: string;
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
                    "application/json": components["schemas"]["ApiUsageQueryResult"];
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
    postUsageSimplesearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description SimpleSearch */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiUsageSimpleSearch"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageExecutionResult"];
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
    getUsageSimplesearchExecutionIdResults: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned */
                after?: string;
                /** @description The max number of entities to be returned per request. Maximum page size of 1000 */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description ID of the search execution */
                executionId: string;
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
                    "application/json": components["schemas"]["ApiUsageQueryResult"];
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
