// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/intents/openapi.yaml (sha256 e4473eb2a6e63e78)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area intents` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Intents (17 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const intents = intentsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function intentsApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/intents/assignments/externalcontacts/{externalContactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get customer intent assignments for externalContactId
         * @permissions ANY: `externalContacts:customerIntentAssignments:view`
         */
        get: operations["getIntentsAssignmentsExternalcontact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/intents/assignments/externalcontacts/{externalContactId}/customerintents/{customerIntentId}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create customer intent assignment for external contact
         * @permissions ANY: `externalContacts:customerIntentAssignments:add`
         */
        post: operations["postIntentsAssignmentsExternalcontactCustomerintentAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/intents/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get categories
         * @permissions ANY: `externalContacts:customerIntentTaxonomy:view`
         */
        get: operations["getIntentsCategories"];
        put?: never;
        /**
         * Create category
         * @permissions ANY: `externalContacts:customerIntentTaxonomy:add`
         */
        post: operations["postIntentsCategories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/intents/categories/{categoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get category for categoryId
         * @permissions ANY: `externalContacts:customerIntentTaxonomy:view`
         */
        get: operations["getIntentsCategory"];
        put?: never;
        post?: never;
        /**
         * Delete category for categoryId
         * @permissions ANY: `externalContacts:customerIntentTaxonomy:delete`
         */
        delete: operations["deleteIntentsCategory"];
        options?: never;
        head?: never;
        /**
         * Patch category for categoryId
         * @permissions ANY: `externalContacts:customerIntentTaxonomy:edit`
         */
        patch: operations["patchIntentsCategory"];
        trace?: never;
    };
    "/api/v2/intents/customerintents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get customer intents
         * @permissions ANY: `externalContacts:customerIntentTaxonomy:view`
         */
        get: operations["getIntentsCustomerintents"];
        put?: never;
        /**
         * Create customer intents
         * @permissions ANY: `externalContacts:customerIntentTaxonomy:add`
         */
        post: operations["postIntentsCustomerintents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/intents/customerintents/{customerIntentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get customer intent for customerIntentId
         * @permissions ANY: `externalContacts:customerIntentTaxonomy:view`
         */
        get: operations["getIntentsCustomerintent"];
        put?: never;
        post?: never;
        /**
         * Delete customer intent for customerIntentId
         * @permissions ANY: `externalContacts:customerIntentTaxonomy:delete`
         */
        delete: operations["deleteIntentsCustomerintent"];
        options?: never;
        head?: never;
        /**
         * Patch customer intent for customerIntentId
         * @permissions ANY: `externalContacts:customerIntentTaxonomy:edit`
         */
        patch: operations["patchIntentsCustomerintent"];
        trace?: never;
    };
    "/api/v2/intents/customerintents/{customerIntentId}/sourceintents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get source intents mapped to a customer intent
         * @permissions ANY: `externalContacts:customerIntentTaxonomy:view`
         */
        get: operations["getIntentsCustomerintentSourceintents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/intents/customerintents/{customerIntentId}/sourceintents/bulk/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk add source intents to a customer intent
         * @permissions ANY: `externalContacts:customerIntentTaxonomy:edit`
         */
        post: operations["postIntentsCustomerintentSourceintentsBulkAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/intents/customerintents/{customerIntentId}/sourceintents/bulk/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk remove source intents mapped to a customer intent
         * @permissions ANY: `externalContacts:customerIntentTaxonomy:edit`
         */
        post: operations["postIntentsCustomerintentSourceintentsBulkRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/intents/customerintents/bulk/retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get customer intents by IDs
         * @permissions ANY: `externalContacts:customerIntentTaxonomy:view`
         */
        post: operations["postIntentsCustomerintentsBulkRetrieve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/intents/sourceintents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all mapped source intents by type. If no type selected default is type Segment
         * @permissions ANY: `externalContacts:customerIntentTaxonomy:view`
         */
        get: operations["getIntentsSourceintents"];
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
        BatchGetCustomerIntentsRequest: {
            ids: string[];
        };
        BulkAddSourceIntentsRequest: {
            items: components["schemas"]["SourceIntent"][];
        };
        BulkRemoveSourceIntentsRequest: {
            items: string[];
        };
        BulkResults: {
            id?: string;
            success?: boolean;
        };
        BulkSourceIntentsResponse: {
            errorCount?: number;
            errorResultIds?: string[];
            results?: components["schemas"]["BulkResults"][];
        };
        CustomerIntent: {
            categoryId: string;
            description: string;
            expiryTime: number;
            id?: string;
            name: string;
            selfUri?: string;
        };
        CustomerIntentAssignmentListing: {
            entities?: components["schemas"]["CustomerIntentAssignmentResponse"][];
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
        CustomerIntentAssignmentRequest: {
            conversationId?: string;
            sessionId?: string;
            sourceId?: string;
            sourceType?: string;
        };
        CustomerIntentAssignmentResponse: {
            category?: components["schemas"]["AddressableEntityRef"];
            customerIntent?: components["schemas"]["DomainEntityRef"];
            dateMostRecentlyAssigned?: string;
        };
        CustomerIntentListing: {
            entities?: components["schemas"]["CustomerIntentResponse"][];
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
        CustomerIntentPatch: {
            categoryId?: string;
            description?: string;
            expiryTime?: number;
            id?: string;
            name?: string;
            selfUri?: string;
        };
        CustomerIntentResponse: {
            category?: components["schemas"]["AddressableEntityRef"];
            dateCreated?: string;
            description: string;
            expiryTime: number;
            id?: string;
            name: string;
            selfUri?: string;
        };
        CustomerSourceIntent: {
            customerIntent?: components["schemas"]["DomainEntityRef"];
            sourceIntent?: components["schemas"]["SourceIntent"];
        };
        CustomerSourceIntentListing: {
            entities?: components["schemas"]["CustomerSourceIntent"][];
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
        IntentsCategory: {
            dateCreated?: string;
            description: string;
            id?: string;
            name: string;
            selfUri?: string;
        };
        IntentsCategoryListing: {
            entities?: components["schemas"]["IntentsCategory"][];
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
        IntentsCategoryPatch: {
            description?: string;
            id?: string;
            name?: string;
            selfUri?: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        SourceIntent: {
            sourceId?: string;
            sourceIntentId?: string;
            sourceIntentName?: string;
            sourceName?: string;
            sourceType?: string;
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
export type SchemaBatchGetCustomerIntentsRequest = components['schemas']['BatchGetCustomerIntentsRequest'];
export type SchemaBulkAddSourceIntentsRequest = components['schemas']['BulkAddSourceIntentsRequest'];
export type SchemaBulkRemoveSourceIntentsRequest = components['schemas']['BulkRemoveSourceIntentsRequest'];
export type SchemaBulkResults = components['schemas']['BulkResults'];
export type SchemaBulkSourceIntentsResponse = components['schemas']['BulkSourceIntentsResponse'];
export type SchemaCustomerIntent = components['schemas']['CustomerIntent'];
export type SchemaCustomerIntentAssignmentListing = components['schemas']['CustomerIntentAssignmentListing'];
export type SchemaCustomerIntentAssignmentRequest = components['schemas']['CustomerIntentAssignmentRequest'];
export type SchemaCustomerIntentAssignmentResponse = components['schemas']['CustomerIntentAssignmentResponse'];
export type SchemaCustomerIntentListing = components['schemas']['CustomerIntentListing'];
export type SchemaCustomerIntentPatch = components['schemas']['CustomerIntentPatch'];
export type SchemaCustomerIntentResponse = components['schemas']['CustomerIntentResponse'];
export type SchemaCustomerSourceIntent = components['schemas']['CustomerSourceIntent'];
export type SchemaCustomerSourceIntentListing = components['schemas']['CustomerSourceIntentListing'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaIntentsCategory = components['schemas']['IntentsCategory'];
export type SchemaIntentsCategoryListing = components['schemas']['IntentsCategoryListing'];
export type SchemaIntentsCategoryPatch = components['schemas']['IntentsCategoryPatch'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaSourceIntent = components['schemas']['SourceIntent'];
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
    getIntentsAssignmentsExternalcontact: {
        parameters: {
            query?: {
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description External Contact id */
                externalContactId: string;
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
                    "application/json": components["schemas"]["CustomerIntentAssignmentListing"];
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
    postIntentsAssignmentsExternalcontactCustomerintentAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Customer Intent id */
                customerIntentId: string;
                /** @description External Contact id */
                externalContactId: string;
            };
            cookie?: never;
        };
        /** @description Customer intent assignment */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerIntentAssignmentRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerIntentAssignmentResponse"];
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
    getIntentsCategories: {
        parameters: {
            query?: {
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Search query value to filter results by */
                queryValue?: string;
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
                    "application/json": components["schemas"]["IntentsCategoryListing"];
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
    postIntentsCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description category */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntentsCategory"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntentsCategory"];
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
    getIntentsCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Category id */
                categoryId: string;
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
                    "application/json": components["schemas"]["IntentsCategory"];
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
    deleteIntentsCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Category id */
                categoryId: string;
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
    patchIntentsCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Category id */
                categoryId: string;
            };
            cookie?: never;
        };
        /** @description category */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntentsCategoryPatch"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntentsCategory"];
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
    getIntentsCustomerintents: {
        parameters: {
            query?: {
                /** @description CategoryId to filter query by */
                categoryId?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Search query value to filter results by */
                queryValue?: string;
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
                    "application/json": components["schemas"]["CustomerIntentListing"];
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
    postIntentsCustomerintents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Customer intent */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerIntent"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerIntentResponse"];
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
    getIntentsCustomerintent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Customer Intent id */
                customerIntentId: string;
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
                    "application/json": components["schemas"]["CustomerIntentResponse"];
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
    deleteIntentsCustomerintent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Customer Intent id */
                customerIntentId: string;
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
    patchIntentsCustomerintent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Customer Intent id */
                customerIntentId: string;
            };
            cookie?: never;
        };
        /** @description Customer intent */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerIntentPatch"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerIntentResponse"];
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
    getIntentsCustomerintentSourceintents: {
        parameters: {
            query?: {
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Search query value to filter results by */
                queryValue?: string;
            };
            header?: never;
            path: {
                /** @description Customer Intent id */
                customerIntentId: string;
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
                    "application/json": components["schemas"]["CustomerSourceIntentListing"];
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
    postIntentsCustomerintentSourceintentsBulkAdd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Customer Intent id */
                customerIntentId: string;
            };
            cookie?: never;
        };
        /** @description Source intents to be added */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAddSourceIntentsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkSourceIntentsResponse"];
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
    postIntentsCustomerintentSourceintentsBulkRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Customer Intent id */
                customerIntentId: string;
            };
            cookie?: never;
        };
        /** @description Source intents to be removed */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkRemoveSourceIntentsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkSourceIntentsResponse"];
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
    postIntentsCustomerintentsBulkRetrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Customer intent IDs to retrieve */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchGetCustomerIntentsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerIntentResponse"][];
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
    getIntentsSourceintents: {
        parameters: {
            query?: {
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Source Id to query by. Only required for sourceType: Copilot, Bot, Digitalbot */
                sourceId?: string;
                /** @description Source Type to query by. If none selected default response will be for type Segment. */
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
                    "application/json": components["schemas"]["CustomerSourceIntentListing"];
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
