// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/identity-provider/openapi.yaml (sha256 761270372fbf6567)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area identity-provider` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Identity Provider (38 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const identityProvider = identityProviderApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function identityProviderApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/identityproviders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The list of identity providers
         * @permissions ANY: `sso:provider:view`
         */
        get: operations["getIdentityproviders"];
        put?: never;
        /**
         * Create Identity Provider
         * @permissions ANY: `sso:provider:add`
         */
        post: operations["postIdentityproviders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/identityproviders/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Identity Provider
         * @permissions ANY: `sso:provider:view`
         */
        get: operations["getIdentityprovider"];
        /**
         * Update Identity Provider
         * @permissions ANY: `sso:provider:edit`
         */
        put: operations["putIdentityprovider"];
        post?: never;
        /**
         * Delete Identity Provider
         * @permissions ANY: `sso:provider:delete`
         */
        delete: operations["deleteIdentityprovider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/identityproviders/adfs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get ADFS Identity Provider
         * @permissions ANY: `sso:provider:view`
         */
        get: operations["getIdentityprovidersAdfs"];
        /**
         * Update/Create ADFS Identity Provider
         * @permissions ANY: any one of `sso:provider:add`, `sso:provider:edit`
         */
        put: operations["putIdentityprovidersAdfs"];
        post?: never;
        /**
         * Delete ADFS Identity Provider
         * @permissions ANY: `sso:provider:delete`
         */
        delete: operations["deleteIdentityprovidersAdfs"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/identityproviders/cic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Customer Interaction Center (CIC) Identity Provider
         * @permissions ANY: `sso:provider:view`
         */
        get: operations["getIdentityprovidersCic"];
        /**
         * Update/Create Customer Interaction Center (CIC) Identity Provider
         * @permissions ANY: any one of `sso:provider:add`, `sso:provider:edit`
         */
        put: operations["putIdentityprovidersCic"];
        post?: never;
        /**
         * Delete Customer Interaction Center (CIC) Identity Provider
         * @permissions ANY: `sso:provider:delete`
         */
        delete: operations["deleteIdentityprovidersCic"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/identityproviders/generic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Generic SAML Identity Provider
         * @permissions ANY: `sso:provider:view`
         */
        get: operations["getIdentityprovidersGeneric"];
        /**
         * Update/Create Generic SAML Identity Provider
         * @permissions ANY: any one of `sso:provider:add`, `sso:provider:edit`
         */
        put: operations["putIdentityprovidersGeneric"];
        post?: never;
        /**
         * Delete Generic SAML Identity Provider
         * @permissions ANY: `sso:provider:delete`
         */
        delete: operations["deleteIdentityprovidersGeneric"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/identityproviders/gsuite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get G Suite Identity Provider
         * @permissions ANY: `sso:provider:view`
         */
        get: operations["getIdentityprovidersGsuite"];
        /**
         * Update/Create G Suite Identity Provider
         * @permissions ANY: any one of `sso:provider:add`, `sso:provider:edit`
         */
        put: operations["putIdentityprovidersGsuite"];
        post?: never;
        /**
         * Delete G Suite Identity Provider
         * @permissions ANY: `sso:provider:delete`
         */
        delete: operations["deleteIdentityprovidersGsuite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/identityproviders/identitynow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get IdentityNow Provider
         * @permissions ANY: `sso:provider:view`
         */
        get: operations["getIdentityprovidersIdentitynow"];
        /**
         * Update/Create IdentityNow Provider
         * @permissions ANY: any one of `sso:provider:add`, `sso:provider:edit`
         */
        put: operations["putIdentityprovidersIdentitynow"];
        post?: never;
        /**
         * Delete IdentityNow Provider
         * @permissions ANY: `sso:provider:delete`
         */
        delete: operations["deleteIdentityprovidersIdentitynow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/identityproviders/okta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Okta Identity Provider
         * @permissions ANY: `sso:provider:view`
         */
        get: operations["getIdentityprovidersOkta"];
        /**
         * Update/Create Okta Identity Provider
         * @permissions ANY: any one of `sso:provider:add`, `sso:provider:edit`
         */
        put: operations["putIdentityprovidersOkta"];
        post?: never;
        /**
         * Delete Okta Identity Provider
         * @permissions ANY: `sso:provider:delete`
         */
        delete: operations["deleteIdentityprovidersOkta"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/identityproviders/onelogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get OneLogin Identity Provider
         * @permissions ANY: `sso:provider:view`
         */
        get: operations["getIdentityprovidersOnelogin"];
        /**
         * Update/Create OneLogin Identity Provider
         * @permissions ANY: any one of `sso:provider:add`, `sso:provider:edit`
         */
        put: operations["putIdentityprovidersOnelogin"];
        post?: never;
        /**
         * Delete OneLogin Identity Provider
         * @permissions ANY: `sso:provider:delete`
         */
        delete: operations["deleteIdentityprovidersOnelogin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/identityproviders/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Ping Identity Provider
         * @permissions ANY: `sso:provider:view`
         */
        get: operations["getIdentityprovidersPing"];
        /**
         * Update/Create Ping Identity Provider
         * @permissions ANY: any one of `sso:provider:add`, `sso:provider:edit`
         */
        put: operations["putIdentityprovidersPing"];
        post?: never;
        /**
         * Delete Ping Identity Provider
         * @permissions ANY: `sso:provider:delete`
         */
        delete: operations["deleteIdentityprovidersPing"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/identityproviders/purecloud": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get PureCloud Identity Provider
         * @permissions ANY: `sso:provider:view`
         */
        get: operations["getIdentityprovidersPurecloud"];
        /**
         * Update/Create PureCloud Identity Provider
         * @permissions ANY: any one of `sso:provider:add`, `sso:provider:edit`
         */
        put: operations["putIdentityprovidersPurecloud"];
        post?: never;
        /**
         * Delete PureCloud Identity Provider
         * @permissions ANY: `sso:provider:delete`
         */
        delete: operations["deleteIdentityprovidersPurecloud"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/identityproviders/pureengage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get PureEngage Identity Provider
         * @permissions ANY: `sso:provider:view`
         */
        get: operations["getIdentityprovidersPureengage"];
        /**
         * Update/Create PureEngage Identity Provider
         * @permissions ANY: any one of `sso:provider:add`, `sso:provider:edit`
         */
        put: operations["putIdentityprovidersPureengage"];
        post?: never;
        /**
         * Delete PureEngage Identity Provider
         * @permissions ANY: `sso:provider:delete`
         */
        delete: operations["deleteIdentityprovidersPureengage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/identityproviders/salesforce": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Salesforce Identity Provider
         * @permissions ANY: `sso:provider:view`
         */
        get: operations["getIdentityprovidersSalesforce"];
        /**
         * Update/Create Salesforce Identity Provider
         * @permissions ANY: any one of `sso:provider:add`, `sso:provider:edit`
         */
        put: operations["putIdentityprovidersSalesforce"];
        post?: never;
        /**
         * Delete Salesforce Identity Provider
         * @permissions ANY: `sso:provider:delete`
         */
        delete: operations["deleteIdentityprovidersSalesforce"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ADFS: {
            certificate?: string;
            certificates?: string[];
            disabled?: boolean;
            displayOnLogin?: boolean;
            forceAuthn?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            issuerURI?: string;
            logoImageData?: string;
            metadataURL?: string;
            name?: string;
            nameIdentifierFormat?: string;
            providerName?: string;
            relyingPartyIdentifier?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            signAuthnRequests?: boolean;
            sloBinding?: string;
            sloURI?: string;
            ssoBinding?: string;
            ssoTargetURI?: string;
        };
        CustomerInteractionCenter: {
            certificate?: string;
            certificates?: string[];
            disabled?: boolean;
            displayOnLogin?: boolean;
            forceAuthn?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            issuerURI?: string;
            logoImageData?: string;
            metadataURL?: string;
            name?: string;
            nameIdentifierFormat?: string;
            providerName?: string;
            relyingPartyIdentifier?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            signAuthnRequests?: boolean;
            sloBinding?: string;
            sloURI?: string;
            ssoBinding?: string;
            ssoTargetURI?: string;
        };
        CustomProvider: {
            certificate?: string;
            certificates?: string[];
            disabled?: boolean;
            displayOnLogin?: boolean;
            endpointCompression?: boolean;
            forceAuthn?: boolean;
            id?: string;
            issuerURI?: string;
            logoImageData?: string;
            metadataURL?: string;
            name?: string;
            nameIdentifierFormat?: string;
            providerName?: string;
            relyingPartyIdentifier?: string;
            selfUri?: string;
            signAuthnRequests?: boolean;
            sloBinding?: string;
            sloURI?: string;
            ssoBinding?: string;
            ssoTargetURI?: string;
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
        GenericSAML: {
            certificate?: string;
            certificates?: string[];
            disabled?: boolean;
            displayOnLogin?: boolean;
            endpointCompression?: boolean;
            forceAuthn?: boolean;
            id?: string;
            issuerURI?: string;
            logoImageData?: string;
            metadataURL?: string;
            name?: string;
            nameIdentifierFormat?: string;
            providerName?: string;
            relyingPartyIdentifier?: string;
            selfUri?: string;
            signAuthnRequests?: boolean;
            sloBinding?: string;
            sloURI?: string;
            ssoBinding?: string;
            ssoTargetURI?: string;
        };
        GSuite: {
            certificate?: string;
            certificates?: string[];
            disabled?: boolean;
            displayOnLogin?: boolean;
            forceAuthn?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            issuerURI?: string;
            logoImageData?: string;
            metadataURL?: string;
            name?: string;
            nameIdentifierFormat?: string;
            providerName?: string;
            relyingPartyIdentifier?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            signAuthnRequests?: boolean;
            sloBinding?: string;
            sloURI?: string;
            ssoBinding?: string;
            ssoTargetURI?: string;
        };
        IdentityNow: {
            certificate?: string;
            certificates?: string[];
            disabled?: boolean;
            displayOnLogin?: boolean;
            forceAuthn?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            issuerURI?: string;
            logoImageData?: string;
            metadataURL?: string;
            name?: string;
            nameIdentifierFormat?: string;
            providerName?: string;
            relyingPartyIdentifier?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            signAuthnRequests?: boolean;
            sloBinding?: string;
            sloURI?: string;
            ssoBinding?: string;
            ssoTargetURI?: string;
        };
        IdentityProvider: {
            disabled?: boolean;
            id?: string;
            name?: string;
            selfUri?: string;
        };
        IdentityProviderEntityListing: {
            entities?: components["schemas"]["SAMLProvider"][];
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
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        Okta: {
            certificate?: string;
            certificates?: string[];
            disabled?: boolean;
            displayOnLogin?: boolean;
            forceAuthn?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            issuerURI?: string;
            logoImageData?: string;
            metadataURL?: string;
            name?: string;
            nameIdentifierFormat?: string;
            providerName?: string;
            relyingPartyIdentifier?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            signAuthnRequests?: boolean;
            sloBinding?: string;
            sloURI?: string;
            ssoBinding?: string;
            ssoTargetURI?: string;
        };
        OneLogin: {
            certificate?: string;
            certificates?: string[];
            disabled?: boolean;
            displayOnLogin?: boolean;
            forceAuthn?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            issuerURI?: string;
            logoImageData?: string;
            metadataURL?: string;
            name?: string;
            nameIdentifierFormat?: string;
            providerName?: string;
            relyingPartyIdentifier?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            signAuthnRequests?: boolean;
            sloBinding?: string;
            sloURI?: string;
            ssoBinding?: string;
            ssoTargetURI?: string;
        };
        PingIdentity: {
            certificate?: string;
            certificates?: string[];
            disabled?: boolean;
            displayOnLogin?: boolean;
            forceAuthn?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            issuerURI?: string;
            logoImageData?: string;
            metadataURL?: string;
            name?: string;
            nameIdentifierFormat?: string;
            providerName?: string;
            relyingPartyIdentifier?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            signAuthnRequests?: boolean;
            sloBinding?: string;
            sloURI?: string;
            ssoBinding?: string;
            ssoTargetURI?: string;
        };
        PureCloud: {
            disabled?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        PureEngage: {
            autoProvisionUsers?: boolean;
            certificate?: string;
            certificates?: string[];
            disabled?: boolean;
            displayOnLogin?: boolean;
            forceAuthn?: boolean;
            id?: string;
            issuerURI?: string;
            logoImageData?: string;
            metadataURL?: string;
            name?: string;
            nameIdentifierFormat?: string;
            providerName?: string;
            relyingPartyIdentifier?: string;
            selfUri?: string;
            signAuthnRequests?: boolean;
            sloBinding?: string;
            sloURI?: string;
            ssoBinding?: string;
            ssoTargetURI?: string;
        };
        Salesforce: {
            certificate?: string;
            certificates?: string[];
            disabled?: boolean;
            displayOnLogin?: boolean;
            forceAuthn?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            issuerURI?: string;
            logoImageData?: string;
            metadataURL?: string;
            name?: string;
            nameIdentifierFormat?: string;
            providerName?: string;
            relyingPartyIdentifier?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            signAuthnRequests?: boolean;
            sloBinding?: string;
            sloURI?: string;
            ssoBinding?: string;
            ssoTargetURI?: string;
        };
        SAMLProvider: {
            certificate?: string;
            certificates?: string[];
            disabled?: boolean;
            displayOnLogin?: boolean;
            forceAuthn?: boolean;
            id?: string;
            issuerURI?: string;
            logoImageData?: string;
            metadataURL?: string;
            name?: string;
            nameIdentifierFormat?: string;
            providerName?: string;
            relyingPartyIdentifier?: string;
            selfUri?: string;
            signAuthnRequests?: boolean;
            sloBinding?: string;
            sloURI?: string;
            ssoBinding?: string;
            ssoTargetURI?: string;
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
export type SchemaAdfs = components['schemas']['ADFS'];
export type SchemaCustomerInteractionCenter = components['schemas']['CustomerInteractionCenter'];
export type SchemaCustomProvider = components['schemas']['CustomProvider'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaGenericSaml = components['schemas']['GenericSAML'];
export type SchemaGSuite = components['schemas']['GSuite'];
export type SchemaIdentityNow = components['schemas']['IdentityNow'];
export type SchemaIdentityProvider = components['schemas']['IdentityProvider'];
export type SchemaIdentityProviderEntityListing = components['schemas']['IdentityProviderEntityListing'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaOkta = components['schemas']['Okta'];
export type SchemaOneLogin = components['schemas']['OneLogin'];
export type SchemaPingIdentity = components['schemas']['PingIdentity'];
export type SchemaPureCloud = components['schemas']['PureCloud'];
export type SchemaPureEngage = components['schemas']['PureEngage'];
export type SchemaSalesforce = components['schemas']['Salesforce'];
export type SchemaSamlProvider = components['schemas']['SAMLProvider'];
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
    getIdentityproviders: {
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
                    "application/json": components["schemas"]["IdentityProviderEntityListing"];
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
    postIdentityproviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provider */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomProvider"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomProvider"];
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
    getIdentityprovider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Provider ID */
                providerId: string;
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
                    "application/json": components["schemas"]["CustomProvider"];
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
    putIdentityprovider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Provider ID */
                providerId: string;
            };
            cookie?: never;
        };
        /** @description Provider */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomProvider"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomProvider"];
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
    deleteIdentityprovider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Provider ID */
                providerId: string;
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
    getIdentityprovidersAdfs: {
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
                    "application/json": components["schemas"]["ADFS"];
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
    putIdentityprovidersAdfs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provider */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ADFS"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
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
    deleteIdentityprovidersAdfs: {
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
                    "application/json": {
                        [key: string]: unknown;
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
    getIdentityprovidersCic: {
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
                    "application/json": components["schemas"]["CustomerInteractionCenter"];
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
    putIdentityprovidersCic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provider */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerInteractionCenter"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
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
    deleteIdentityprovidersCic: {
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
                    "application/json": {
                        [key: string]: unknown;
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
    getIdentityprovidersGeneric: {
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
                    "application/json": components["schemas"]["GenericSAML"];
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
    putIdentityprovidersGeneric: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provider */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenericSAML"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
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
    deleteIdentityprovidersGeneric: {
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
                    "application/json": {
                        [key: string]: unknown;
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
    getIdentityprovidersGsuite: {
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
                    "application/json": components["schemas"]["GSuite"];
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
    putIdentityprovidersGsuite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provider */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GSuite"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
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
    deleteIdentityprovidersGsuite: {
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
                    "application/json": {
                        [key: string]: unknown;
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
    getIdentityprovidersIdentitynow: {
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
                    "application/json": components["schemas"]["IdentityNow"];
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
    putIdentityprovidersIdentitynow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provider */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityNow"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityNow"];
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
    deleteIdentityprovidersIdentitynow: {
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
                    "application/json": {
                        [key: string]: unknown;
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
    getIdentityprovidersOkta: {
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
                    "application/json": components["schemas"]["Okta"];
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
    putIdentityprovidersOkta: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provider */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Okta"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
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
    deleteIdentityprovidersOkta: {
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
                    "application/json": {
                        [key: string]: unknown;
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
    getIdentityprovidersOnelogin: {
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
                    "application/json": components["schemas"]["OneLogin"];
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
    putIdentityprovidersOnelogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provider */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OneLogin"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
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
    deleteIdentityprovidersOnelogin: {
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
                    "application/json": {
                        [key: string]: unknown;
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
    getIdentityprovidersPing: {
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
                    "application/json": components["schemas"]["PingIdentity"];
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
    putIdentityprovidersPing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provider */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PingIdentity"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
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
    deleteIdentityprovidersPing: {
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
                    "application/json": {
                        [key: string]: unknown;
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
    getIdentityprovidersPurecloud: {
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
                    "application/json": components["schemas"]["PureCloud"];
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
    putIdentityprovidersPurecloud: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provider */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PureCloud"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
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
    deleteIdentityprovidersPurecloud: {
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
                    "application/json": {
                        [key: string]: unknown;
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
    getIdentityprovidersPureengage: {
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
                    "application/json": components["schemas"]["PureEngage"];
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
    putIdentityprovidersPureengage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provider */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PureEngage"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
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
    deleteIdentityprovidersPureengage: {
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
                    "application/json": {
                        [key: string]: unknown;
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
    getIdentityprovidersSalesforce: {
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
                    "application/json": components["schemas"]["Salesforce"];
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
    putIdentityprovidersSalesforce: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provider */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Salesforce"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
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
    deleteIdentityprovidersSalesforce: {
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
                    "application/json": {
                        [key: string]: unknown;
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
}
