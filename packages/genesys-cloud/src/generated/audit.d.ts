// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/audit/openapi.yaml (sha256 387047b1fc96c73f)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area audit` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Audit (7 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const audit = auditApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function auditApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/audits/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create audit query execution
         * @description Use /api/v2/audits/query/servicemapping endpoint for a list of valid values
         * @permissions ALL: `audits:audit:view`
         */
        post: operations["postAuditsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/audits/query/{transactionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status of audit query execution
         * @permissions ALL: `audits:audit:view`
         */
        get: operations["getAuditsQueryTransactionId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/audits/query/{transactionId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get results of audit query
         * @permissions ALL: `audits:audit:view`
         */
        get: operations["getAuditsQueryTransactionIdResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/audits/query/realtime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * This endpoint will only retrieve 14 days worth of audits for certain services. Please use /query to get a full list and older audits.
         * @description Use /api/v2/audits/query/realtime/servicemapping endpoint for a list of valid values
         * @permissions ALL: `audits:audit:view`
         */
        post: operations["postAuditsQueryRealtime"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/audits/query/realtime/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Often a single action results in multiple audits. The endpoint retrieves all audits created by the same action as the given audit id.
         * @permissions ALL: `audits:audit:view`
         */
        post: operations["postAuditsQueryRealtimeRelated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/audits/query/realtime/servicemapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get service mapping information used in realtime audits.
         * @permissions ALL: `audits:audit:view`
         */
        get: operations["getAuditsQueryRealtimeServicemapping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/audits/query/servicemapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get service mapping information used in audits.
         * @permissions ALL: `audits:audit:view`
         */
        get: operations["getAuditsQueryServicemapping"];
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
        AddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        AuditLogMessage: {
            action?: string;
            application?: string;
            client?: components["schemas"]["AddressableEntityRef"];
            context?: {
                [key: string]: string;
            };
            entity?: components["schemas"]["DomainEntityRef"];
            entityChanges?: components["schemas"]["EntityChange"][];
            entityType?: string;
            eventDate?: string;
            id?: string;
            initiatingAction?: components["schemas"]["InitiatingAction"];
            level?: string;
            message?: components["schemas"]["MessageInfo"];
            propertyChanges?: components["schemas"]["PropertyChange"][];
            remoteIp?: string[];
            serviceName?: string;
            status?: string;
            transactionInitiator?: boolean;
            user?: components["schemas"]["DomainEntityRef"];
            userHomeOrgId?: string;
        };
        AuditQueryEntity: {
            actions?: string[];
            name?: string;
        };
        AuditQueryExecutionResultsResponse: {
            cursor?: string;
            entities?: components["schemas"]["AuditLogMessage"][];
            id?: string;
            pageSize?: number;
        };
        AuditQueryExecutionStatusResponse: {
            filters?: components["schemas"]["AuditQueryFilter"][];
            id?: string;
            interval?: string;
            serviceName?: string;
            sort?: components["schemas"]["AuditQuerySort"][];
            startDate?: string;
            state?: string;
        };
        AuditQueryFilter: {
            property: string;
            value: string;
        };
        AuditQueryRequest: {
            filters?: components["schemas"]["AuditQueryFilter"][];
            interval: string;
            serviceName?: string;
            sort?: components["schemas"]["AuditQuerySort"][];
        };
        AuditQueryService: {
            entities?: components["schemas"]["AuditQueryEntity"][];
            name?: string;
        };
        AuditQueryServiceMapping: {
            services?: components["schemas"]["AuditQueryService"][];
        };
        AuditQuerySort: {
            name: string;
            sortOrder: string;
        };
        AuditRealtimeQueryRequest: {
            filters?: components["schemas"]["AuditQueryFilter"][];
            interval: string;
            pageNumber?: number;
            pageSize?: number;
            serviceName?: string;
            sort?: components["schemas"]["AuditQuerySort"][];
        };
        AuditRealtimeQueryResultsResponse: {
            entities?: components["schemas"]["AuditLogMessage"][];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            total?: number;
        };
        AuditRealtimeRelatedRequest: {
            auditId: string;
            sort?: components["schemas"]["AuditQuerySort"][];
            trustorOrgId?: string;
        };
        AuditRealtimeRelatedResultsResponse: {
            entities?: components["schemas"]["AuditLogMessage"][];
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
        EntityChange: {
            entityId?: string;
            entityName?: string;
            entityType?: string;
            newValues?: string[];
            oldValues?: string[];
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
        InitiatingAction: {
            actionContext?: string;
            transactionId?: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        MessageInfo: {
            localizableMessageCode?: string;
            message?: string;
            messageParams?: {
                [key: string]: string;
            };
            messageWithParams?: string;
        };
        PropertyChange: {
            newValues?: string[];
            oldValues?: string[];
            property?: string;
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
export type SchemaAddressableEntityRef = components['schemas']['AddressableEntityRef'];
export type SchemaAuditLogMessage = components['schemas']['AuditLogMessage'];
export type SchemaAuditQueryEntity = components['schemas']['AuditQueryEntity'];
export type SchemaAuditQueryExecutionResultsResponse = components['schemas']['AuditQueryExecutionResultsResponse'];
export type SchemaAuditQueryExecutionStatusResponse = components['schemas']['AuditQueryExecutionStatusResponse'];
export type SchemaAuditQueryFilter = components['schemas']['AuditQueryFilter'];
export type SchemaAuditQueryRequest = components['schemas']['AuditQueryRequest'];
export type SchemaAuditQueryService = components['schemas']['AuditQueryService'];
export type SchemaAuditQueryServiceMapping = components['schemas']['AuditQueryServiceMapping'];
export type SchemaAuditQuerySort = components['schemas']['AuditQuerySort'];
export type SchemaAuditRealtimeQueryRequest = components['schemas']['AuditRealtimeQueryRequest'];
export type SchemaAuditRealtimeQueryResultsResponse = components['schemas']['AuditRealtimeQueryResultsResponse'];
export type SchemaAuditRealtimeRelatedRequest = components['schemas']['AuditRealtimeRelatedRequest'];
export type SchemaAuditRealtimeRelatedResultsResponse = components['schemas']['AuditRealtimeRelatedResultsResponse'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaEntityChange = components['schemas']['EntityChange'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaInitiatingAction = components['schemas']['InitiatingAction'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaMessageInfo = components['schemas']['MessageInfo'];
export type SchemaPropertyChange = components['schemas']['PropertyChange'];
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
    postAuditsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuditQueryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditQueryExecutionStatusResponse"];
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
    getAuditsQueryTransactionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Transaction ID */
                transactionId: string;
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
                    "application/json": components["schemas"]["AuditQueryExecutionStatusResponse"];
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
    getAuditsQueryTransactionIdResults: {
        parameters: {
            query?: {
                /** @description Result sets with large amounts of data will respond with a download url */
                allowRedirect?: boolean;
                /** @description Indicates where to resume query results (not required for first page) */
                cursor?: string;
                /** @description Which fields, if any, to expand */
                expand?: string[];
                /** @description Indicates maximum number of results in response. Default page size is 25 results. The maximum page size is 500. */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Transaction ID */
                transactionId: string;
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
                    "application/json": components["schemas"]["AuditQueryExecutionResultsResponse"];
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
    postAuditsQueryRealtime: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuditRealtimeQueryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditRealtimeQueryResultsResponse"];
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
    postAuditsQueryRealtimeRelated: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuditRealtimeRelatedRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditRealtimeRelatedResultsResponse"];
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
    getAuditsQueryRealtimeServicemapping: {
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
                    "application/json": components["schemas"]["AuditQueryServiceMapping"];
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
    getAuditsQueryServicemapping: {
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
                    "application/json": components["schemas"]["AuditQueryServiceMapping"];
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
