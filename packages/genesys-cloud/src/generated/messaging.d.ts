// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/messaging/openapi.yaml (sha256 9ec40e7fb8a8f5aa)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area messaging` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Messaging (13 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const messaging = messagingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function messagingApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/messaging/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of messaging settings
         * @deprecated The vendor deprecated this operation.
         * @permissions ALL: `messaging:setting:view`
         */
        get: operations["getMessagingSettings"];
        put?: never;
        /**
         * Create a messaging setting
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `messaging:setting:add`
         */
        post: operations["postMessagingSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/messaging/settings/{messageSettingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a messaging setting
         * @deprecated The vendor deprecated this operation.
         * @permissions ALL: `messaging:setting:view`
         */
        get: operations["getMessagingSetting"];
        put?: never;
        post?: never;
        /**
         * Delete a messaging setting
         * @deprecated The vendor deprecated this operation.
         * @permissions ALL: `messaging:setting:delete`
         */
        delete: operations["deleteMessagingSetting"];
        options?: never;
        head?: never;
        /**
         * Update a messaging setting
         * @deprecated The vendor deprecated this operation.
         * @permissions ALL: `messaging:setting:edit`
         */
        patch: operations["patchMessagingSetting"];
        trace?: never;
    };
    "/api/v2/messaging/settings/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the organization's default settings that will be used as the default when creating an integration.
         * @description When an integration is created a settings ID may be assigned to it. If the settings ID is not supplied, the default settings will be applied to it.
         * @deprecated The vendor deprecated this operation.
         * @permissions ALL: `messaging:setting:view`
         */
        get: operations["getMessagingSettingsDefault"];
        /**
         * Set the organization's default settings that may be applied to an integration when it is created.
         * @description When an integration is created a settings ID may be assigned to it. If the settings ID is not supplied, the default settings will be applied to it.
         * @deprecated The vendor deprecated this operation.
         * @permissions ALL: `messaging:setting:edit`
         */
        put: operations["putMessagingSettingsDefault"];
        post?: never;
        /**
         * Delete the organization's default setting, a global default will be applied to integrations without settings
         * @description When an integration is created a settings ID may be assigned to it. If the settings ID is not supplied, the default settings will be applied to it.
         * @deprecated The vendor deprecated this operation.
         * @permissions ALL: `messaging:setting:delete`
         */
        delete: operations["deleteMessagingSettingsDefault"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/messaging/supportedcontent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Supported Content profiles
         * @description Deprecated - use GET /api/v2/conversations/messaging/supportedcontent as replacement
         * @deprecated Deprecated - use GET /api/v2/conversations/messaging/supportedcontent as replacement
         * @permissions ALL: `messaging:supportedContent:view`
         */
        get: operations["getMessagingSupportedcontent"];
        put?: never;
        /**
         * Create a Supported Content profile
         * @description Deprecated - use POST /api/v2/conversations/messaging/supportedcontent as replacement
         * @deprecated Deprecated - use POST /api/v2/conversations/messaging/supportedcontent as replacement
         * @permissions ANY: `messaging:supportedContent:add`
         */
        post: operations["postMessagingSupportedcontent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/messaging/supportedcontent/{supportedContentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a supported content profile
         * @description Deprecated - use GET /api/v2/conversations/messaging/supportedcontent/{supportedContentId} as replacement
         * @deprecated Deprecated - use GET /api/v2/conversations/messaging/supportedcontent/{supportedContentId} as replacement
         * @permissions ALL: `messaging:supportedContent:view`
         */
        get: operations["getMessagingSupportedcontentSupportedContentId"];
        put?: never;
        post?: never;
        /**
         * Delete a supported content profile
         * @description Deprecated - use DELETE /api/v2/conversations/messaging/supportedcontent/{supportedContentId} as replacement
         * @deprecated Deprecated - use DELETE /api/v2/conversations/messaging/supportedcontent/{supportedContentId} as replacement
         * @permissions ALL: `messaging:supportedContent:delete`
         */
        delete: operations["deleteMessagingSupportedcontentSupportedContentId"];
        options?: never;
        head?: never;
        /**
         * Update a supported content profile
         * @description Deprecated - use PATCH /api/v2/conversations/messaging/supportedcontent/{supportedContentId} as replacement
         * @deprecated Deprecated - use PATCH /api/v2/conversations/messaging/supportedcontent/{supportedContentId} as replacement
         * @permissions ALL: `messaging:supportedContent:edit`
         */
        patch: operations["patchMessagingSupportedcontentSupportedContentId"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ContentSetting: {
            story?: components["schemas"]["StorySetting"];
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
        EventSetting: {
            typing?: components["schemas"]["TypingSetting"];
        };
        InboundOnlySetting: {
            inbound?: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        MediaType: {
            type?: string;
        };
        MediaTypeAccess: {
            inbound?: components["schemas"]["MediaType"][];
            outbound?: components["schemas"]["MediaType"][];
        };
        MediaTypes: {
            allow?: components["schemas"]["MediaTypeAccess"];
        };
        MessagingConfigListing: {
            entities?: components["schemas"]["MessagingSetting"][];
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
        MessagingSetting: {
            content?: components["schemas"]["ContentSetting"];
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            event?: components["schemas"]["EventSetting"];
            id: string;
            name?: string;
            selfUri?: string;
            updatedBy?: components["schemas"]["DomainEntityRef"];
            version?: string;
        };
        MessagingSettingDefaultRequest: {
            settingId: string;
        };
        MessagingSettingRequest: {
            content?: components["schemas"]["ContentSetting"];
            event?: components["schemas"]["EventSetting"];
            id?: string;
            name: string;
            selfUri?: string;
        };
        SettingDirection: {
            inbound?: string;
            outbound?: string;
        };
        StorySetting: {
            mention?: components["schemas"]["InboundOnlySetting"];
            reply?: components["schemas"]["InboundOnlySetting"];
        };
        SupportedContent: {
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            id: string;
            mediaTypes?: components["schemas"]["MediaTypes"];
            modifiedBy?: components["schemas"]["DomainEntityRef"];
            name: string;
            selfUri?: string;
            version?: number;
        };
        SupportedContentListing: {
            entities?: components["schemas"]["SupportedContent"][];
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
        TypingSetting: {
            on?: components["schemas"]["SettingDirection"];
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
export type SchemaContentSetting = components['schemas']['ContentSetting'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaEventSetting = components['schemas']['EventSetting'];
export type SchemaInboundOnlySetting = components['schemas']['InboundOnlySetting'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaMediaType = components['schemas']['MediaType'];
export type SchemaMediaTypeAccess = components['schemas']['MediaTypeAccess'];
export type SchemaMediaTypes = components['schemas']['MediaTypes'];
export type SchemaMessagingConfigListing = components['schemas']['MessagingConfigListing'];
export type SchemaMessagingSetting = components['schemas']['MessagingSetting'];
export type SchemaMessagingSettingDefaultRequest = components['schemas']['MessagingSettingDefaultRequest'];
export type SchemaMessagingSettingRequest = components['schemas']['MessagingSettingRequest'];
export type SchemaSettingDirection = components['schemas']['SettingDirection'];
export type SchemaStorySetting = components['schemas']['StorySetting'];
export type SchemaSupportedContent = components['schemas']['SupportedContent'];
export type SchemaSupportedContentListing = components['schemas']['SupportedContentListing'];
export type SchemaTypingSetting = components['schemas']['TypingSetting'];
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
    getMessagingSettings: {
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
                    "application/json": components["schemas"]["MessagingConfigListing"];
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
    postMessagingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description MessagingSetting */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessagingSettingRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingSetting"];
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
    getMessagingSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Message Settings ID */
                messageSettingId: string;
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
                    "application/json": components["schemas"]["MessagingSetting"];
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
    deleteMessagingSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Message Settings ID */
                messageSettingId: string;
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
    patchMessagingSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Message Settings ID */
                messageSettingId: string;
            };
            cookie?: never;
        };
        /** @description MessagingSetting */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessagingSettingRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingSetting"];
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
    getMessagingSettingsDefault: {
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
                    "application/json": components["schemas"]["MessagingSetting"];
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
    putMessagingSettingsDefault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Messaging Setting ID */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessagingSettingDefaultRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingSetting"];
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
    deleteMessagingSettingsDefault: {
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
    getMessagingSupportedcontent: {
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
                    "application/json": components["schemas"]["SupportedContentListing"];
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
    postMessagingSupportedcontent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description SupportedContent */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportedContent"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportedContent"];
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
    getMessagingSupportedcontentSupportedContentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Supported Content ID */
                supportedContentId: string;
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
                    "application/json": components["schemas"]["SupportedContent"];
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
    deleteMessagingSupportedcontentSupportedContentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Supported Content ID */
                supportedContentId: string;
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
    patchMessagingSupportedcontentSupportedContentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Supported Content ID */
                supportedContentId: string;
            };
            cookie?: never;
        };
        /** @description SupportedContent */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportedContent"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportedContent"];
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
