// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/tokens/openapi.yaml (sha256 83949eeaff55334b)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area tokens` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Tokens (6 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const tokens = tokensApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function tokensApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/tokens/{userId}": {
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
         * Delete all auth tokens for the specified user.
         * @permissions ANY: `oauth:token:delete`
         */
        delete: operations["deleteToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/tokens/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch information about the current token
         * @permissions none required
         */
        get: operations["getTokensMe"];
        put?: never;
        post?: never;
        /**
         * Delete auth token used to make the request.
         * @permissions none required
         */
        delete: operations["deleteTokensMe"];
        options?: never;
        /**
         * Verify user token
         * @permissions none required
         */
        head: operations["headTokensMe"];
        patch?: never;
        trace?: never;
    };
    "/api/v2/tokens/timeout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current Idle Token Timeout Value
         * @permissions none required
         */
        get: operations["getTokensTimeout"];
        /**
         * Update or Enable/Disable the Idle Token Timeout
         * @permissions ANY: `directory:organization:admin`
         */
        put: operations["putTokensTimeout"];
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
        IdleTokenTimeout: {
            enableIdleTokenTimeout?: boolean;
            idleTokenTimeoutSeconds?: number;
            inactivityTimeoutGroupBundles?: components["schemas"]["InactivityTimeoutGroupBundle"][];
            inactivityTimeoutGroupsEnabled?: boolean;
            inactivityTimeoutUnit?: string;
        };
        InactivityTimeoutGroupBundle: {
            groups: string[];
            inactivityTimeoutUnit?: string;
            priority: number;
            timeoutSeconds: number;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        NamedEntity: {
            id?: string;
            name?: string;
        };
        OrgOAuthClient: {
            /**
             * @description The OAuth Grant/Client type supported by this client.
             *     Code Authorization Grant/Client type - Preferred client type where the Client ID and Secret are required to create tokens. Used where the secret can be secured.
             *     Implicit grant type - Client ID only is required to create tokens. Used in browser and mobile apps where the secret can not be secured.
             *     SAML2-Bearer extension grant type - SAML2 assertion provider for user authentication at the token endpoint.
             *     Client Credential grant type - Used to created access tokens that are tied only to the client.
             * @enum {string}
             */
            authorizedGrantType: "CODE" | "TOKEN" | "SAML2BEARER" | "PASSWORD" | "CLIENT_CREDENTIALS" | (string & {});
            createdBy?: components["schemas"]["DomainEntityRef"];
            /**
             * Format: date-time
             * @description Date this client was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateCreated?: string;
            /**
             * Format: date-time
             * @description Date this client was last modified. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateModified?: string;
            dateToDelete?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: components["schemas"]["DomainEntityRef"];
            /** @description The name of the OAuth client. */
            name: string;
            organization?: components["schemas"]["NamedEntity"];
            roleDivisions?: components["schemas"]["RoleDivision"][];
            scope?: string[];
            state?: string;
        };
        RoleDivision: {
            divisionId: string;
            roleId: string;
        };
        TokenInfo: {
            authorizedScope?: string[];
            clonedUser?: components["schemas"]["TokenInfoClonedUser"];
            dateTokenIdles?: string;
            homeOrganization?: components["schemas"]["NamedEntity"];
            OAuthClient?: components["schemas"]["OrgOAuthClient"];
            organization?: components["schemas"]["NamedEntity"];
        };
        TokenInfoClonedUser: {
            id?: string;
            organization?: components["schemas"]["Entity"];
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
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaEntity = components['schemas']['Entity'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaIdleTokenTimeout = components['schemas']['IdleTokenTimeout'];
export type SchemaInactivityTimeoutGroupBundle = components['schemas']['InactivityTimeoutGroupBundle'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaNamedEntity = components['schemas']['NamedEntity'];
export type SchemaOrgOAuthClient = components['schemas']['OrgOAuthClient'];
export type SchemaRoleDivision = components['schemas']['RoleDivision'];
export type SchemaTokenInfo = components['schemas']['TokenInfo'];
export type SchemaTokenInfoClonedUser = components['schemas']['TokenInfoClonedUser'];
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
    deleteToken: {
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
    getTokensMe: {
        parameters: {
            query?: {
                /** @description preserveIdleTTL indicates whether the idle token timeout should be reset or preserved. If preserveIdleTTL is true, then TTL value is not reset. If unset or false, the value is reset. */
                preserveIdleTTL?: boolean;
            };
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
                    "application/json": components["schemas"]["TokenInfo"];
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
    deleteTokensMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Operation was successful. */
            200: {
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
    headTokensMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
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
    getTokensTimeout: {
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
                    "application/json": components["schemas"]["IdleTokenTimeout"];
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
    putTokensTimeout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IdleTokenTimeout"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdleTokenTimeout"];
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
