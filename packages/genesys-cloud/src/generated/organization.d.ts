// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/organization/openapi.yaml (sha256 a5a846504efb7a86)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area organization` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Organization (19 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const organization = organizationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function organizationApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/fieldconfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch field config for an entity type
         * @deprecated The vendor deprecated this operation.
         * @permissions none required
         */
        get: operations["getFieldconfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/organizations/authentication/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets the organization's settings
         * @permissions ANY: `directory:organization:admin`
         */
        get: operations["getOrganizationsAuthenticationSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the organization's settings
         * @permissions ANY: `directory:organization:admin`
         */
        patch: operations["patchOrganizationsAuthenticationSettings"];
        trace?: never;
    };
    "/api/v2/organizations/embeddedintegration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of domains that will be allowed to embed PureCloud applications
         * @description This route is deprecated, please use /api/v2/organizations/authentication/settings instead
         * @deprecated This route is deprecated, please use /api/v2/organizations/authentication/settings instead
         * @permissions none required
         */
        get: operations["getOrganizationsEmbeddedintegration"];
        /**
         * Update the list of domains that will be allowed to embed PureCloud applications
         * @description This route is deprecated, please use /api/v2/organizations/authentication/settings instead
         * @deprecated This route is deprecated, please use /api/v2/organizations/authentication/settings instead
         * @permissions ANY: `directory:organization:admin`
         */
        put: operations["putOrganizationsEmbeddedintegration"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/organizations/features/{featureName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update organization
         * @permissions ANY: `directory:organization:admin`
         */
        patch: operations["patchOrganizationsFeature"];
        trace?: never;
    };
    "/api/v2/organizations/ipaddressauthentication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get organization IP address whitelist settings
         * @description This route is deprecated, please use /api/v2/organizations/authentication/settings instead
         * @deprecated This route is deprecated, please use /api/v2/organizations/authentication/settings instead
         * @permissions ANY: `directory:organization:admin`
         */
        get: operations["getOrganizationsIpaddressauthentication"];
        /**
         * Update organization IP address whitelist settings
         * @description This route is deprecated, please use /api/v2/organizations/authentication/settings instead
         * @deprecated This route is deprecated, please use /api/v2/organizations/authentication/settings instead
         * @permissions ANY: `directory:organization:admin`
         */
        put: operations["putOrganizationsIpaddressauthentication"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/organizations/limits/changerequests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the available limit change requests
         * @description Timestamp interval defaults to the last 365 days if both query parameters are omitted. If only one parameter is omitted, the interval will default to a 180 day range in the specified direction.
         * @permissions ANY: `limits:organization:view`
         */
        get: operations["getOrganizationsLimitsChangerequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/organizations/limits/changerequests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a limit change request
         * @permissions ANY: `limits:organization:view`
         */
        get: operations["getOrganizationsLimitsChangerequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/organizations/limits/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get limit documentation
         * @permissions none required
         */
        get: operations["getOrganizationsLimitsDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/organizations/limits/docs/freetrial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get free trial limit documentation
         * @permissions none required
         */
        get: operations["getOrganizationsLimitsDocsFreetrial"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/organizations/limits/namespaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the available limit namespaces
         * @permissions none required
         */
        get: operations["getOrganizationsLimitsNamespaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/organizations/limits/namespaces/{namespaceName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the effective limits in a namespace for an organization
         * @permissions none required
         */
        get: operations["getOrganizationsLimitsNamespace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/organizations/limits/namespaces/{namespaceName}/defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the default limits in a namespace for an organization
         * @permissions none required
         */
        get: operations["getOrganizationsLimitsNamespaceDefaults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/organizations/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get organization.
         * @permissions none required
         */
        get: operations["getOrganizationsMe"];
        /**
         * Update organization.
         * @permissions ANY: `directory:organization:admin`
         */
        put: operations["putOrganizationsMe"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/organizations/whitelist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This route is deprecated, please use /api/v2/organizations/authentication/settings instead
         * @description Deprecated: use /api/v2/organizations/authentication/settings instead.
         * @deprecated Use /api/v2/organizations/authentication/settings instead.
         * @permissions none required
         */
        get: operations["getOrganizationsWhitelist"];
        /**
         * This route is deprecated, please use /api/v2/organizations/authentication/settings instead
         * @description Deprecated: use /api/v2/organizations/authentication/settings instead.
         * @deprecated Use /api/v2/organizations/authentication/settings instead.
         * @permissions ANY: `directory:organization:admin`
         */
        put: operations["putOrganizationsWhitelist"];
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
        ApprovalNamespace: {
            namespace?: string;
            status?: string;
            type?: string;
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        EmbeddedIntegration: {
            domainWhitelist?: string[];
            enableWhitelist?: boolean;
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
        FeatureState: {
            enabled?: boolean;
        };
        FieldConfig: {
            /** @enum {string} */
            entityType?: "person" | "group" | "org" | "externalContact" | (string & {});
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            schemaVersion?: string;
            sections?: components["schemas"]["Section"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            state?: string;
            version?: string;
        };
        FieldList: {
            customLabels?: boolean;
            gdpr?: boolean;
            instructionText?: string;
            key?: string;
            labelKeys?: string[];
            params?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            repeatable?: boolean;
            required?: boolean;
            state?: string;
            type?: string;
        };
        FreeTrialLimit: {
            defaultValue?: number;
            description?: string;
            key?: string;
            resource?: string;
        };
        FreeTrialLimitDocs: {
            namespaces?: components["schemas"]["FreeTrialNamespace"][];
        };
        FreeTrialNamespace: {
            friendlyName?: string;
            limits?: components["schemas"]["FreeTrialLimit"][];
            name?: string;
        };
        IpAddressAuthentication: {
            networkWhitelist?: string[];
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        LimitChangeRequestDetails: {
            approvalNamespaces?: components["schemas"]["ApprovalNamespace"][];
            currentValue?: number;
            dateCompleted?: string;
            dateCreated?: string;
            description: string;
            id?: string;
            key: string;
            namespace: string;
            rejectReason?: string;
            requestedValue: number;
            selfUri?: string;
            status?: string;
            statusHistory?: components["schemas"]["StatusChange"][];
            supportCaseUrl: string;
        };
        LimitChangeRequestsEntityListing: {
            entities?: components["schemas"]["LimitChangeRequestDetails"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        LimitDocs: {
            configurable?: boolean;
            defaultValue?: number;
            description?: string;
            key?: string;
            resource?: string;
            trackable?: boolean;
        };
        LimitDocumentation: {
            namespaces?: components["schemas"]["NamespaceDocs"][];
            url?: string;
        };
        LimitsEntityListing: {
            entities?: components["schemas"]["Limit"][];
        };
        NamespaceDocs: {
            friendlyName?: string;
            limits?: components["schemas"]["LimitDocs"][];
            name?: string;
        };
        Organization: {
            /** @description The default country code for this organization. Example: 'US' */
            defaultCountryCode?: string;
            /** @description The default language for this organization. Example: 'en' */
            defaultLanguage?: string;
            defaultSiteId?: string;
            domain?: string;
            /** @description The state of features available for the organization. */
            readonly features?: {
                [key: string]: boolean;
            };
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            productPlatform?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description The current state. Examples are active, inactive, deleted.
             * @enum {string}
             */
            state?: "active" | "inactive" | "deleted" | (string & {});
            /** @description Email address where support tickets are sent to. */
            supportURI?: string;
            /** @description The short name for the organization. This field is globally unique and cannot be changed. */
            readonly thirdPartyOrgName?: string;
            /** Format: uri */
            thirdPartyURI?: string;
            /**
             * Format: int32
             * @description The current version of the organization.
             */
            version: number;
            voicemailEnabled?: boolean;
        };
        OrganizationFeatures: {
            chat?: boolean;
            contactCenter?: boolean;
            custserv?: boolean;
            directory?: boolean;
            hipaa?: boolean;
            informalPhotos?: boolean;
            pci?: boolean;
            purecloud?: boolean;
            purecloudVoice?: boolean;
            realtimeCIC?: boolean;
            ucEnabled?: boolean;
            unifiedCommunications?: boolean;
            xmppFederation?: boolean;
        };
        OrgAuthSettings: {
            domainAllowlist?: string[];
            domainAllowlistEnabled?: boolean;
            inactivityTimeoutExclusions?: string[];
            ipAddressAllowlist?: string[];
            multifactorAuthenticationRequired?: boolean;
            passwordRequirements?: components["schemas"]["PasswordRequirements"];
            tokenStorageLocation?: string;
            universalLogout?: boolean;
        };
        OrgWhitelistSettings: {
            domainWhitelist?: string[];
            enableWhitelist?: boolean;
        };
        PasswordRequirements: {
            expirationDays?: number;
            minimumAgeSeconds?: number;
            minimumDigits?: number;
            minimumLength?: number;
            minimumLetters?: number;
            minimumLower?: number;
            minimumSpecials?: number;
            minimumUpper?: number;
        };
        Section: {
            fieldList?: components["schemas"]["FieldList"][];
            instructionText?: string;
            key?: string;
            state?: string;
        };
        StatusChange: {
            dateStatusChanged?: string;
            message?: string;
            namespace?: string;
            previousStatus?: string;
            rejectReason?: string;
            status?: string;
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
export type SchemaApprovalNamespace = components['schemas']['ApprovalNamespace'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaEmbeddedIntegration = components['schemas']['EmbeddedIntegration'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaFeatureState = components['schemas']['FeatureState'];
export type SchemaFieldConfig = components['schemas']['FieldConfig'];
export type SchemaFieldList = components['schemas']['FieldList'];
export type SchemaFreeTrialLimit = components['schemas']['FreeTrialLimit'];
export type SchemaFreeTrialLimitDocs = components['schemas']['FreeTrialLimitDocs'];
export type SchemaFreeTrialNamespace = components['schemas']['FreeTrialNamespace'];
export type SchemaIpAddressAuthentication = components['schemas']['IpAddressAuthentication'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaLimitChangeRequestDetails = components['schemas']['LimitChangeRequestDetails'];
export type SchemaLimitChangeRequestsEntityListing = components['schemas']['LimitChangeRequestsEntityListing'];
export type SchemaLimitDocs = components['schemas']['LimitDocs'];
export type SchemaLimitDocumentation = components['schemas']['LimitDocumentation'];
export type SchemaLimitsEntityListing = components['schemas']['LimitsEntityListing'];
export type SchemaNamespaceDocs = components['schemas']['NamespaceDocs'];
export type SchemaOrganization = components['schemas']['Organization'];
export type SchemaOrganizationFeatures = components['schemas']['OrganizationFeatures'];
export type SchemaOrgAuthSettings = components['schemas']['OrgAuthSettings'];
export type SchemaOrgWhitelistSettings = components['schemas']['OrgWhitelistSettings'];
export type SchemaPasswordRequirements = components['schemas']['PasswordRequirements'];
export type SchemaSection = components['schemas']['Section'];
export type SchemaStatusChange = components['schemas']['StatusChange'];
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
    getFieldconfig: {
        parameters: {
            query: {
                /** @description Field type */
                type: "person" | "group" | "org" | "externalContact" | (string & {});
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
                    "application/json": components["schemas"]["FieldConfig"];
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
    getOrganizationsAuthenticationSettings: {
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
                    "application/json": components["schemas"]["OrgAuthSettings"];
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
    patchOrganizationsAuthenticationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Org settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgAuthSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgAuthSettings"];
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
    getOrganizationsEmbeddedintegration: {
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
                    "application/json": components["schemas"]["EmbeddedIntegration"];
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
    putOrganizationsEmbeddedintegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Whitelist settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmbeddedIntegration"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmbeddedIntegration"];
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
    patchOrganizationsFeature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization feature */
                featureName: "realtimeCIC" | "purecloud" | "hipaa" | "ucEnabled" | "pci" | "purecloudVoice" | "xmppFederation" | "chat" | "informalPhotos" | "directory" | "contactCenter" | "unifiedCommunications" | "custserv" | (string & {});
            };
            cookie?: never;
        };
        /** @description New state of feature */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeatureState"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationFeatures"];
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
    getOrganizationsIpaddressauthentication: {
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
                    "application/json": components["schemas"]["IpAddressAuthentication"];
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
    putOrganizationsIpaddressauthentication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description IP address Whitelist settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IpAddressAuthentication"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IpAddressAuthentication"];
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
    getOrganizationsLimitsChangerequests: {
        parameters: {
            query?: {
                /** @description Timestamp indicating the date to begin after when searching for requests. */
                after?: number;
                /** @description Timestamp indicating the date to end before when searching for requests. */
                before?: number;
                /** @description Which fields, if any, to expand. */
                expand?: string[];
                /** @description Page Size */
                pageSize?: number;
                /** @description Status of the request to be filtered by */
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
                    "application/json": components["schemas"]["LimitChangeRequestsEntityListing"];
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
    getOrganizationsLimitsChangerequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique id for the limit change request */
                requestId: string;
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
                    "application/json": components["schemas"]["LimitChangeRequestDetails"];
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
    getOrganizationsLimitsDocs: {
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
                    "application/json": components["schemas"]["LimitDocumentation"];
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
    getOrganizationsLimitsDocsFreetrial: {
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
                    "application/json": components["schemas"]["FreeTrialLimitDocs"];
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
    getOrganizationsLimitsNamespaces: {
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
    getOrganizationsLimitsNamespace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace to fetch limits for */
                namespaceName: string;
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
                    "application/json": components["schemas"]["LimitsEntityListing"];
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
    getOrganizationsLimitsNamespaceDefaults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace to fetch defaults limits for */
                namespaceName: string;
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
                    "application/json": components["schemas"]["LimitsEntityListing"];
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
    getOrganizationsMe: {
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
                    "application/json": components["schemas"]["Organization"];
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
    putOrganizationsMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Organization */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Organization"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            /** @description Resource conflict - Unexpected version was provided */
            409: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOrganizationsWhitelist: {
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
                    "application/json": components["schemas"]["OrgWhitelistSettings"];
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
    putOrganizationsWhitelist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Whitelist settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgWhitelistSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgWhitelistSettings"];
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
