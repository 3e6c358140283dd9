// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/oauth/openapi.yaml (sha256 1b82a61ce07f24a8)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area oauth` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * OAuth (13 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const oauth = oauthApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function oauthApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/oauth/authorizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clients that have been authorized, requested, or revoked by the resource owner
         * @permissions ANY: `oauth:client:authorize`
         */
        get: operations["getOauthAuthorizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/oauth/authorizations/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a client that is authorized by the resource owner
         * @permissions ANY: `oauth:client:authorize`
         */
        get: operations["getOauthAuthorization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/oauth/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The list of OAuth clients
         * @permissions ANY: `oauth:client:view`
         */
        get: operations["getOauthClients"];
        put?: never;
        /**
         * Create OAuth client
         * @description The OAuth Grant/Client is required in order to create an authentication token and gain access to PureCloud.  The preferred authorizedGrantTypes is CODE which requires applications to send a client ID and client secret. This is typically a web server.  If the client is unable to secure the client secret then the TOKEN grant type aka IMPLICIT should be used. This is would be for browser or mobile apps.  If a client is to be used outside of the context of a user then the CLIENT-CREDENTIALS grant may be used. In this case the client must be granted roles  via the roleIds field.
         * @permissions ANY: `oauth:client:add`
         */
        post: operations["postOauthClients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/oauth/clients/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get OAuth Client
         * @permissions ANY: `oauth:client:view`
         */
        get: operations["getOauthClient"];
        /**
         * Update OAuth Client
         * @permissions ANY: `oauth:client:edit`
         */
        put: operations["putOauthClient"];
        post?: never;
        /**
         * Delete OAuth Client
         * @permissions ANY: `oauth:client:delete`
         */
        delete: operations["deleteOauthClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/oauth/clients/{clientId}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Regenerate Client Secret
         * @description This operation will set the client secret to a randomly generated cryptographically random value. All clients must be updated with the new secret. This operation should be used with caution.
         * @permissions ANY: `oauth:client:edit`
         */
        post: operations["postOauthClientSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/api/v2/oauth/scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The list of OAuth scopes
         * @permissions none required
         */
        get: operations["getOauthScopes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/oauth/scopes/{scopeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An OAuth scope
         * @permissions none required
         */
        get: operations["getOauthScope"];
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
        OAuthAuthorization: {
            client?: components["schemas"]["OAuthClient"];
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            modifiedBy?: components["schemas"]["DomainEntityRef"];
            pending?: boolean;
            resourceOwner?: components["schemas"]["DomainEntityRef"];
            roles?: string[];
            scope?: string[];
            selfUri?: string;
            state?: string;
        };
        OAuthAuthorizationListing: {
            entities?: components["schemas"]["OAuthAuthorization"][];
            selfUri?: string;
            total?: number;
        };
        OAuthClient: {
            /**
             * Format: int64
             * @description The number of seconds, between 5mins and 48hrs, until tokens created with this client expire. If this field is omitted, a default of 24 hours will be applied.
             */
            accessTokenValiditySeconds?: number;
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
            description?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: components["schemas"]["DomainEntityRef"];
            /** @description The name of the OAuth client. */
            name: string;
            /** @description List of allowed callbacks for this client. For example: https://myap.example.com/auth/callback */
            registeredRedirectUri?: string[];
            roleDivisions?: components["schemas"]["RoleDivision"][];
            /** @description Roles assigned to this client. Roles only apply to clients using the client_credential grant */
            roleIds?: string[];
            scope?: string[];
            /** @description System created secret assigned to this client. Secrets are required for code authorization and client credential grants. */
            secret?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            state?: string;
        };
        OAuthClientEntityListing: {
            entities?: components["schemas"]["OAuthClient"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        OAuthClientRequest: {
            accessTokenValiditySeconds?: number;
            authorizedGrantType: string;
            dateToDelete?: string;
            description?: string;
            name: string;
            registeredRedirectUri?: string[];
            roleDivisions?: components["schemas"]["RoleDivision"][];
            roleIds?: string[];
            scope?: string[];
            state?: string;
        };
        OAuthScope: {
            description?: string;
            id?: string;
            selfUri?: string;
        };
        OAuthScopeListing: {
            entities?: components["schemas"]["OAuthScope"][];
            selfUri?: string;
            total?: number;
        };
        RoleDivision: {
            divisionId: string;
            roleId: string;
        };
        UsageExecutionResult: {
            executionId?: string;
            resultsUri?: string;
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
export type SchemaApiUsageQueryResult = components['schemas']['ApiUsageQueryResult'];
export type SchemaApiUsageRow = components['schemas']['ApiUsageRow'];
export type SchemaCursors = components['schemas']['Cursors'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaOAuthAuthorization = components['schemas']['OAuthAuthorization'];
export type SchemaOAuthAuthorizationListing = components['schemas']['OAuthAuthorizationListing'];
export type SchemaOAuthClient = components['schemas']['OAuthClient'];
export type SchemaOAuthClientEntityListing = components['schemas']['OAuthClientEntityListing'];
export type SchemaOAuthClientRequest = components['schemas']['OAuthClientRequest'];
export type SchemaOAuthScope = components['schemas']['OAuthScope'];
export type SchemaOAuthScopeListing = components['schemas']['OAuthScopeListing'];
export type SchemaRoleDivision = components['schemas']['RoleDivision'];
export type SchemaUsageExecutionResult = components['schemas']['UsageExecutionResult'];
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
    getOauthAuthorizations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language in which to display the client descriptions. */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["OAuthAuthorizationListing"];
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
    getOauthAuthorization: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language in which to display the client descriptions. */
                "Accept-Language"?: string;
            };
            path: {
                /** @description The ID of client */
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
                    "application/json": components["schemas"]["OAuthAuthorization"];
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
    getOauthClients: {
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
                    "application/json": components["schemas"]["OAuthClientEntityListing"];
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
    postOauthClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Client */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthClientRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthClient"];
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
    getOauthClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Client ID */
                clientId: string;
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
                    "application/json": components["schemas"]["OAuthClient"];
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
    putOauthClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Client ID */
                clientId: string;
            };
            cookie?: never;
        };
        /** @description Client */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthClientRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthClient"];
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
    deleteOauthClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Client ID */
                clientId: string;
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
    postOauthClientSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Client ID */
                clientId: string;
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
                    "application/json": components["schemas"]["OAuthClient"];
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
    getOauthScopes: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language with which to display the scope descriptions. */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["OAuthScopeListing"];
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
    getOauthScope: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language with which to display the scope description. */
                "Accept-Language"?: string;
            };
            path: {
                /** @description Scope ID */
                scopeId: string;
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
                    "application/json": components["schemas"]["OAuthScope"];
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
