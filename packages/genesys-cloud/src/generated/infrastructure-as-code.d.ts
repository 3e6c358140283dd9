// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/infrastructure-as-code/openapi.yaml (sha256 b476f581c15da853)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area infrastructure-as-code` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Infrastructure As Code (5 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const infrastructureAsCode = infrastructureAsCodeApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function infrastructureAsCodeApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/infrastructureascode/accelerators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of available accelerators
         * @description Search for accelerators that can be run.
         * @permissions ANY: `infrastructureascode:accelerator:view`
         */
        get: operations["getInfrastructureascodeAccelerators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/infrastructureascode/accelerators/{acceleratorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get information about an accelerator
         * @description Get the complete metadata specification for an accelerator, including requirements and parameters.
         * @permissions ANY: `infrastructureascode:accelerator:view`
         */
        get: operations["getInfrastructureascodeAccelerator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/infrastructureascode/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get job history
         * @description Get a history of submitted jobs, optionally including error messages.
         * @permissions ANY: `infrastructureascode:job:view`
         */
        get: operations["getInfrastructureascodeJobs"];
        put?: never;
        /**
         * Create a Job
         * @description Create and submit a job for remote execution or see job planning results.
         * @permissions ANY: `infrastructureascode:job:add`
         */
        post: operations["postInfrastructureascodeJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/infrastructureascode/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get job status and results
         * @description Get the execution status of a submitted job, optionally including results and error details.
         * @permissions ALL: `infrastructureascode:job:view`
         */
        get: operations["getInfrastructureascodeJob"];
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
        AcceleratorInput: {
            acceleratorId: string;
            dryRun?: boolean;
            parameters?: components["schemas"]["AcceleratorParameter"][];
        };
        AcceleratorList: {
            entities?: components["schemas"]["AcceleratorMetadata"][];
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
        AcceleratorMetadata: {
            classification?: string;
            description?: string;
            id?: string;
            name?: string;
            origin?: string;
            selfUri?: string;
            tags?: string[];
            type?: string;
        };
        AcceleratorParameter: {
            name: string;
            value: string;
        };
        AcceleratorSpecification: {
            classification?: string;
            description?: string;
            documentation?: components["schemas"]["MetadataDocumentation"][];
            id?: string;
            name?: string;
            origin?: string;
            permissions?: string[];
            presentation?: components["schemas"]["MetadataPresentation"][];
            products?: string[];
            results?: components["schemas"]["MetadataResults"];
            selfUri?: string;
            tags?: string[];
            type?: string;
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
        ErrorInfo: {
            code?: string;
            message?: string;
        };
        InfrastructureascodeJob: {
            acceleratorId?: string;
            dateSubmitted?: string;
            dryRun: boolean;
            errorInfo?: components["schemas"]["ErrorInfo"];
            id?: string;
            results?: string;
            rollbackResults?: string;
            selfUri?: string;
            status?: string;
            submittedBy?: components["schemas"]["UserReference"];
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        MetadataDocumentation: {
            description?: string;
            location?: string;
        };
        MetadataPresentation: {
            schema?: components["schemas"]["MetadataSchema"];
            title?: string;
        };
        MetadataProperty: {
            default?: string;
            description?: string;
            displayname?: string;
            enum?: string[];
            help?: string;
            sensitive?: string;
            type?: string;
        };
        MetadataResultEntity: {
            description?: string;
            type?: string;
            visibility?: string;
        };
        MetadataResults: {
            entities?: components["schemas"]["MetadataResultEntity"][];
        };
        MetadataSchema: {
            description?: string;
            properties?: {
                [key: string]: components["schemas"]["MetadataProperty"];
            }[];
            required?: string[];
            title?: string;
            type?: string;
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
export type SchemaAcceleratorInput = components['schemas']['AcceleratorInput'];
export type SchemaAcceleratorList = components['schemas']['AcceleratorList'];
export type SchemaAcceleratorMetadata = components['schemas']['AcceleratorMetadata'];
export type SchemaAcceleratorParameter = components['schemas']['AcceleratorParameter'];
export type SchemaAcceleratorSpecification = components['schemas']['AcceleratorSpecification'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaErrorInfo = components['schemas']['ErrorInfo'];
export type SchemaInfrastructureascodeJob = components['schemas']['InfrastructureascodeJob'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaMetadataDocumentation = components['schemas']['MetadataDocumentation'];
export type SchemaMetadataPresentation = components['schemas']['MetadataPresentation'];
export type SchemaMetadataProperty = components['schemas']['MetadataProperty'];
export type SchemaMetadataResultEntity = components['schemas']['MetadataResultEntity'];
export type SchemaMetadataResults = components['schemas']['MetadataResults'];
export type SchemaMetadataSchema = components['schemas']['MetadataSchema'];
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
    getInfrastructureascodeAccelerators: {
        parameters: {
            query?: {
                /** @description Filter by classification */
                classification?: string;
                /** @description Filter by description */
                description?: string;
                /** @description Filter by name */
                name?: string;
                /** @description Filter by origin */
                origin?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description variable name requested to sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
                /** @description Filter by tags */
                tags?: string;
                /** @description Filter by type */
                type?: string;
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
                    "application/json": components["schemas"]["AcceleratorList"];
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
    getInfrastructureascodeAccelerator: {
        parameters: {
            query?: {
                /** @description Preferred Language */
                preferredLanguage?: string;
            };
            header?: never;
            path: {
                /** @description Accelerator ID */
                acceleratorId: string;
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
                    "application/json": components["schemas"]["AcceleratorSpecification"];
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
    getInfrastructureascodeJobs: {
        parameters: {
            query?: {
                /** @description Find only jobs associated with this accelerator */
                acceleratorId?: string;
                /** @description Include error messages */
                includeErrors?: boolean;
                /** @description Number of jobs to show */
                maxResults?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
                /** @description Find only jobs in this state */
                status?: string;
                /** @description Find only jobs submitted by this user */
                submittedBy?: string;
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
                    "application/json": components["schemas"]["InfrastructureascodeJob"];
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
    postInfrastructureascodeJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceleratorInput"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InfrastructureascodeJob"];
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
    getInfrastructureascodeJob: {
        parameters: {
            query?: {
                /** @description Include details of execution, including job results or error information */
                details?: boolean;
            };
            header?: never;
            path: {
                /** @description Job ID */
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
                    "application/json": components["schemas"]["InfrastructureascodeJob"];
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
