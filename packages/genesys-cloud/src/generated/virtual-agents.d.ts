// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/virtual-agents/openapi.yaml (sha256 f74b37f8cbba187e)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area virtual-agents` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Virtual Agents (7 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const virtualAgents = virtualAgentsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function virtualAgentsApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/agentic/virtualagents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all virtual agents.
         * @permissions ALL: `agentic:virtualAgent:view`
         */
        get: operations["getAgenticVirtualagents"];
        put?: never;
        /**
         * Create a virtual agent.
         * @permissions ALL: `agentic:virtualAgent:add`
         */
        post: operations["postAgenticVirtualagents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/agentic/virtualagents/{virtualAgentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get virtual agent.
         * @permissions ALL: `agentic:virtualAgent:view`
         */
        get: operations["getAgenticVirtualagent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a virtual agent.
         * @permissions ALL: `agentic:virtualAgent:edit`
         */
        patch: operations["patchAgenticVirtualagent"];
        trace?: never;
    };
    "/api/v2/agentic/virtualagents/{virtualAgentId}/jobs": {
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
         * Start the deletion of a virtualAgent.
         * @permissions ALL: `agentic:virtualAgentJob:add`
         */
        delete: operations["deleteAgenticVirtualagentJobs"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/agentic/virtualagents/{virtualAgentId}/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a virtualAgent job.
         * @permissions ALL: `agentic:virtualAgentJob:view`
         */
        get: operations["getAgenticVirtualagentJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/agentic/virtualagents/{virtualAgentId}/versions/{versionId}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the publishing of a virtual agent version.
         * @permissions ALL: `agentic:virtualAgentVersionJob:add`
         */
        post: operations["postAgenticVirtualagentVersionJobs"];
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
        AgenticVersionAddressableEntity: {
            selfUri?: string;
            version?: string;
        };
        AgenticVirtualAgent: {
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            imageUri?: string;
            latestProductionReadyVersion?: components["schemas"]["AgenticVersionAddressableEntity"];
            latestSavedVersion?: components["schemas"]["AgenticVersionAddressableEntity"];
            name?: string;
            selfUri?: string;
            status?: string;
        };
        AgenticVirtualAgentEntityListing: {
            entities?: components["schemas"]["AgenticVirtualAgent"][];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            total?: number;
        };
        AgenticVirtualAgentJob: {
            errors?: components["schemas"]["ErrorBody"][];
            id?: string;
            selfUri?: string;
            status?: string;
        };
        AgenticVirtualAgentVersionPublish: {
            status: string;
        };
        AgenticVirtualAgentVersionPublishJob: {
            errors?: components["schemas"]["ErrorBody"][];
            id?: string;
            selfUri?: string;
            status?: string;
        };
        AgenticVirtualAgentVersionPublishJobRequest: {
            virtualAgentVersion: components["schemas"]["AgenticVirtualAgentVersionPublish"];
        };
        CreateAgenticVirtualAgent: {
            imageUri?: string;
            name: string;
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
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        UpdateAgenticVirtualAgent: {
            imageUri?: string;
            name: string;
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
export type SchemaAgenticVersionAddressableEntity = components['schemas']['AgenticVersionAddressableEntity'];
export type SchemaAgenticVirtualAgent = components['schemas']['AgenticVirtualAgent'];
export type SchemaAgenticVirtualAgentEntityListing = components['schemas']['AgenticVirtualAgentEntityListing'];
export type SchemaAgenticVirtualAgentJob = components['schemas']['AgenticVirtualAgentJob'];
export type SchemaAgenticVirtualAgentVersionPublish = components['schemas']['AgenticVirtualAgentVersionPublish'];
export type SchemaAgenticVirtualAgentVersionPublishJob = components['schemas']['AgenticVirtualAgentVersionPublishJob'];
export type SchemaAgenticVirtualAgentVersionPublishJobRequest = components['schemas']['AgenticVirtualAgentVersionPublishJobRequest'];
export type SchemaCreateAgenticVirtualAgent = components['schemas']['CreateAgenticVirtualAgent'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaUpdateAgenticVirtualAgent = components['schemas']['UpdateAgenticVirtualAgent'];
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
    getAgenticVirtualagents: {
        parameters: {
            query?: {
                /** @description Filter by matching name - case insensitive. */
                name?: string;
                /** @description Filter by name contains - case insensitive. */
                nameContains?: string;
                /** @description Page number. */
                pageNumber?: number;
                /** @description Page size. The maximum page size is 100. */
                pageSize?: number;
                /** @description Sort by. Default value dateModified. */
                sortBy?: string;
                /** @description Sort Order. Default value desc. */
                sortOrder?: string;
                /** @description Filter by status. */
                status?: string;
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
                    "application/json": components["schemas"]["AgenticVirtualAgentEntityListing"];
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
    postAgenticVirtualagents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgenticVirtualAgent"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgenticVirtualAgent"];
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
    getAgenticVirtualagent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual Agent ID */
                virtualAgentId: string;
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
                    "application/json": components["schemas"]["AgenticVirtualAgent"];
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
    patchAgenticVirtualagent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual Agent ID */
                virtualAgentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgenticVirtualAgent"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgenticVirtualAgent"];
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
    deleteAgenticVirtualagentJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual Agent ID */
                virtualAgentId: string;
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
                    "application/json": components["schemas"]["AgenticVirtualAgentJob"];
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
    getAgenticVirtualagentJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description jobId */
                jobId: string;
                /** @description Virtual Agent ID */
                virtualAgentId: string;
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
                    "application/json": components["schemas"]["AgenticVirtualAgentJob"];
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
    postAgenticVirtualagentVersionJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Version ID */
                versionId: string;
                /** @description Virtual Agent ID */
                virtualAgentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgenticVirtualAgentVersionPublishJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgenticVirtualAgentVersionPublishJob"];
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
