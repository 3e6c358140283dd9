// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/data-extensions/openapi.yaml (sha256 5ec2f22781e55e08)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area data-extensions` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Data Extensions (3 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const dataExtensions = dataExtensionsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function dataExtensionsApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/dataextensions/coretypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the core types from which all schemas are built.
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getDataextensionsCoretypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/dataextensions/coretypes/{coretypeName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific named core type.
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getDataextensionsCoretype"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/dataextensions/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get quantitative limits on schemas
         * @permissions ANY: `externalContacts:customFields:view`
         */
        get: operations["getDataextensionsLimits"];
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
        Coretype: {
            current?: boolean;
            dateCreated?: string;
            id?: string;
            itemValidationFields?: string[];
            itemValidationLimits?: components["schemas"]["ItemValidationLimits"];
            name?: string;
            schema?: components["schemas"]["Schema"];
            selfUri?: string;
            validationFields?: string[];
            validationLimits?: components["schemas"]["ValidationLimits"];
            version?: number;
        };
        CoretypeListing: {
            entities?: components["schemas"]["Coretype"][];
            selfUri?: string;
            total?: number;
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
        Items: {
            pattern?: string;
            type?: string;
        };
        ItemValidationLimits: {
            maxLength: components["schemas"]["MaxLength"];
            minLength: components["schemas"]["MinLength"];
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        MaxLength: {
            max: number;
            min: number;
        };
        MinLength: {
            max: number;
            min: number;
        };
        Schema: {
            description?: string;
            items?: components["schemas"]["Items"];
            pattern?: string;
            title?: string;
            type?: string[];
        };
        SchemaQuantityLimits: {
            id?: string;
            maxFieldDescriptionCharacters?: number;
            maxFieldNameCharacters?: number;
            maxFieldTitleCharacters?: number;
            maxNumberOfFieldsPerOrg?: number;
            maxNumberOfFieldsPerSchema?: number;
            maxNumberOfSchemasPerOrg?: number;
            maxSchemaDescriptionCharacters?: number;
            maxSchemaNameCharacters?: number;
            minFieldDescriptionCharacters?: number;
            minFieldNameCharacters?: number;
            minFieldTitleCharacters?: number;
            minSchemaDescriptionCharacters?: number;
            minSchemaNameCharacters?: number;
            name?: string;
            selfUri?: string;
        };
        ValidationLimits: {
            maximum?: components["schemas"]["MaxLength"];
            maxItems?: components["schemas"]["MaxLength"];
            maxLength?: components["schemas"]["MaxLength"];
            minimum?: components["schemas"]["MinLength"];
            minItems?: components["schemas"]["MinLength"];
            minLength?: components["schemas"]["MinLength"];
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
export type SchemaCoretype = components['schemas']['Coretype'];
export type SchemaCoretypeListing = components['schemas']['CoretypeListing'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaItems = components['schemas']['Items'];
export type SchemaItemValidationLimits = components['schemas']['ItemValidationLimits'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaMaxLength = components['schemas']['MaxLength'];
export type SchemaMinLength = components['schemas']['MinLength'];
export type SchemaSchema = components['schemas']['Schema'];
export type SchemaSchemaQuantityLimits = components['schemas']['SchemaQuantityLimits'];
export type SchemaValidationLimits = components['schemas']['ValidationLimits'];
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
    getDataextensionsCoretypes: {
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
                    "application/json": components["schemas"]["CoretypeListing"];
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
    getDataextensionsCoretype: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The core type's name */
                coretypeName: string;
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
                    "application/json": components["schemas"]["Coretype"];
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
    getDataextensionsLimits: {
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
                    "application/json": components["schemas"]["SchemaQuantityLimits"];
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
