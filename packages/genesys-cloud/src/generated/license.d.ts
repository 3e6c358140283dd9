// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/license/openapi.yaml (sha256 ae5c593120ff2c49)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area license` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * License (10 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const license = licenseApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function licenseApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/license/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all PureCloud license definitions available for the organization.
         * @permissions ANY: any one of `authorization:grant:add`, `authorization:license:view`
         */
        get: operations["getLicenseDefinitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/license/definitions/{licenseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get PureCloud license definition.
         * @permissions ANY: any one of `authorization:grant:add`, `authorization:license:view`
         */
        get: operations["getLicenseDefinition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/license/infer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a list of licenses inferred based on a list of roleIds
         * @permissions none required
         */
        post: operations["postLicenseInfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/license/infer/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a list of licenses inferred based on a list of permissions
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: any one of `authorization:grant:add`, `authorization:license:view`
         */
        post: operations["postLicenseInferPermissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/license/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update the organization's license assignments in a batch.
         * @permissions ANY: `authorization:grant:add`
         */
        post: operations["postLicenseOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/license/toggles/{featureName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deprecated - no alternative required. This operation will always return 'true' for requested toggles
         * @permissions none required
         */
        get: operations["getLicenseToggle"];
        put?: never;
        /**
         * Deprecated. No alternative required - this endpoint has no effect
         * @permissions none required
         */
        post: operations["postLicenseToggle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/license/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a page of users and their licenses
         * @description Retrieve a page of users in an organization along with the licenses they possess.
         * @permissions none required
         */
        get: operations["getLicenseUsers"];
        put?: never;
        /**
         * Fetch user licenses in a batch.
         * @permissions ANY: any one of `authorization:grant:add`, `authorization:license:view`
         */
        post: operations["postLicenseUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/license/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get licenses for specified user.
         * @permissions ANY: any one of `authorization:grant:add`, `authorization:license:view`
         */
        get: operations["getLicenseUser"];
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
        AddressableLicenseDefinition: {
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
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
        LicenseAssignmentRequest: {
            /** @description The id of the license to assign/unassign. */
            licenseId: string;
            /** @description The ids of users to assign this license to. */
            userIdsAdd: string[];
            /** @description The ids of users to unassign this license from. */
            userIdsRemove: string[];
        };
        LicenseBatchAssignmentRequest: {
            /** @description The list of license assignment updates to make. */
            assignments: components["schemas"]["LicenseAssignmentRequest"][];
        };
        LicenseDefinition: {
            comprises?: components["schemas"]["LicenseDefinition"][];
            description?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            permissions?: components["schemas"]["Permissions"];
            prerequisites?: components["schemas"]["AddressableLicenseDefinition"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        LicenseOrgToggle: {
            enabled?: boolean;
            featureName?: string;
        };
        LicenseUpdateStatus: {
            licenseId?: string;
            result?: string;
            userId?: string;
        };
        LicenseUser: {
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            licenses?: components["schemas"]["LicenseDefinition"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        Permissions: {
            /** @description List of permission ids. */
            ids: string[];
        };
        UserLicenses: {
            id?: string;
            licenses?: string[];
            selfUri?: string;
        };
        UserLicensesEntityListing: {
            entities?: components["schemas"]["UserLicenses"][];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
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
export type SchemaAddressableLicenseDefinition = components['schemas']['AddressableLicenseDefinition'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaLicenseAssignmentRequest = components['schemas']['LicenseAssignmentRequest'];
export type SchemaLicenseBatchAssignmentRequest = components['schemas']['LicenseBatchAssignmentRequest'];
export type SchemaLicenseDefinition = components['schemas']['LicenseDefinition'];
export type SchemaLicenseOrgToggle = components['schemas']['LicenseOrgToggle'];
export type SchemaLicenseUpdateStatus = components['schemas']['LicenseUpdateStatus'];
export type SchemaLicenseUser = components['schemas']['LicenseUser'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaPermissions = components['schemas']['Permissions'];
export type SchemaUserLicenses = components['schemas']['UserLicenses'];
export type SchemaUserLicensesEntityListing = components['schemas']['UserLicensesEntityListing'];
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
    getLicenseDefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
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
                    "application/json": components["schemas"]["LicenseDefinition"][];
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
    getLicenseDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID */
                licenseId: string;
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
                    "application/json": components["schemas"]["LicenseDefinition"];
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
    postLicenseInfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The roleIds to use while inferring licenses */
        requestBody?: {
            content: {
                "application/json": string[];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
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
    postLicenseInferPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The permissions to use while inferring licenses */
        requestBody?: {
            content: {
                "application/json": string[];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
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
    postLicenseOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The license assignments to update. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LicenseBatchAssignmentRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenseUpdateStatus"][];
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
    getLicenseToggle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description featureName */
                featureName: string;
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
                    "application/json": components["schemas"]["LicenseOrgToggle"];
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
    postLicenseToggle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description featureName */
                featureName: string;
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
                    "application/json": components["schemas"]["LicenseOrgToggle"];
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
    getLicenseUsers: {
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
                    "application/json": components["schemas"]["UserLicensesEntityListing"];
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
    postLicenseUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The user IDs to fetch. */
        requestBody?: {
            content: {
                "application/json": string[];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: {
                            [key: string]: unknown;
                        };
                    };
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
    getLicenseUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID */
                userId: string;
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
                    "application/json": components["schemas"]["LicenseUser"];
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
