// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/scim/openapi.yaml (sha256 74d8a14ba3fd4f75)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area scim` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * SCIM (30 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const scim = scimApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function scimApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/scim/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of groups
         * @permissions ANY: `directory:group:edit`
         */
        get: operations["getScimGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scim/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a group
         * @permissions ANY: `directory:group:edit`
         */
        get: operations["getScimGroup"];
        /**
         * Replace a group
         * @permissions ANY: `directory:group:edit`
         */
        put: operations["putScimGroup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Modify a group
         * @permissions ANY: `directory:group:edit`
         */
        patch: operations["patchScimGroup"];
        trace?: never;
    };
    "/api/v2/scim/resourcetypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of resource types
         * @permissions none required
         */
        get: operations["getScimResourcetypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scim/resourcetypes/{resourceType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a resource type
         * @permissions none required
         */
        get: operations["getScimResourcetype"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scim/schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of SCIM schemas
         * @permissions none required
         */
        get: operations["getScimSchemas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scim/schemas/{schemaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a SCIM schema
         * @permissions none required
         */
        get: operations["getScimSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scim/serviceproviderconfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a service provider's configuration
         * @permissions none required
         */
        get: operations["getScimServiceproviderconfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scim/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of users
         * @description To return all active users, do not use the filter parameter. To return inactive users, set the filter parameter to "active eq false". By default, returns SCIM attributes "externalId", "enterprise-user:manager", and "roles". To exclude these attributes, set the attributes parameter to "id,active" or the excludeAttributes parameter to "externalId,roles,urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division".
         * @permissions none required
         */
        get: operations["getScimUsers"];
        put?: never;
        /**
         * Create a user
         * @permissions ANY: any one of `directory:user:add`, `authorization:grant:add`, `authorization:grant:delete`, `routing:skill:assign`, `routing:language:assign`, `telephony:extension:assign`
         */
        post: operations["postScimUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scim/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @permissions none required
         */
        get: operations["getScimUser"];
        /**
         * Replace a user
         * @permissions ANY: any one of `directory:user:edit`, `directory:user:setPassword`, `authorization:grant:add`, `authorization:grant:delete`, `routing:skill:assign`, `routing:language:assign`, `telephony:extension:assign`
         */
        put: operations["putScimUser"];
        post?: never;
        /**
         * Delete a user
         * @permissions ANY: `directory:user:delete`
         */
        delete: operations["deleteScimUser"];
        options?: never;
        head?: never;
        /**
         * Modify a user
         * @permissions ANY: any one of `directory:user:edit`, `directory:user:setPassword`, `authorization:grant:add`, `authorization:grant:delete`, `routing:skill:assign`, `routing:language:assign`, `telephony:extension:assign`
         */
        patch: operations["patchScimUser"];
        trace?: never;
    };
    "/api/v2/scim/v2/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of groups
         * @permissions ANY: `directory:group:edit`
         */
        get: operations["getScimV2Groups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scim/v2/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a group
         * @permissions ANY: `directory:group:edit`
         */
        get: operations["getScimV2Group"];
        /**
         * Replace a group
         * @permissions ANY: `directory:group:edit`
         */
        put: operations["putScimV2Group"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Modify a group
         * @permissions ANY: `directory:group:edit`
         */
        patch: operations["patchScimV2Group"];
        trace?: never;
    };
    "/api/v2/scim/v2/resourcetypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of resource types
         * @permissions none required
         */
        get: operations["getScimV2Resourcetypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scim/v2/resourcetypes/{resourceType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a resource type
         * @permissions none required
         */
        get: operations["getScimV2Resourcetype"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scim/v2/schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of SCIM schemas
         * @permissions none required
         */
        get: operations["getScimV2Schemas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scim/v2/schemas/{schemaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a SCIM schema
         * @permissions none required
         */
        get: operations["getScimV2Schema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scim/v2/serviceproviderconfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a service provider's configuration
         * @permissions none required
         */
        get: operations["getScimV2Serviceproviderconfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scim/v2/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of users
         * @description To return all active users, do not use the filter parameter. To return inactive users, set the filter parameter to "active eq false". By default, returns SCIM attributes "externalId", "enterprise-user:manager", and "roles". To exclude these attributes, set the attributes parameter to "id,active" or the excludeAttributes parameter to "externalId,roles,urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division".
         * @permissions none required
         */
        get: operations["getScimV2Users"];
        put?: never;
        /**
         * Create a user
         * @permissions ANY: any one of `directory:user:add`, `authorization:grant:add`, `authorization:grant:delete`, `routing:skill:assign`, `routing:language:assign`, `telephony:extension:assign`
         */
        post: operations["postScimV2Users"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scim/v2/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @permissions none required
         */
        get: operations["getScimV2User"];
        /**
         * Replace a user
         * @permissions ANY: any one of `directory:user:edit`, `directory:user:setPassword`, `authorization:grant:add`, `authorization:grant:delete`, `routing:skill:assign`, `routing:language:assign`, `telephony:extension:assign`
         */
        put: operations["putScimV2User"];
        post?: never;
        /**
         * Delete a user
         * @permissions ANY: `directory:user:delete`
         */
        delete: operations["deleteScimV2User"];
        options?: never;
        head?: never;
        /**
         * Modify a user
         * @permissions ANY: any one of `directory:user:edit`, `directory:user:setPassword`, `authorization:grant:add`, `authorization:grant:delete`, `routing:skill:assign`, `routing:language:assign`, `telephony:extension:assign`
         */
        patch: operations["patchScimV2User"];
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
        Manager: {
            $ref?: string;
            value?: string;
        };
        ScimConfigResourceType: {
            description?: string;
            endpoint?: string;
            id?: string;
            meta?: components["schemas"]["ScimMetadata"];
            name?: string;
            schema?: string;
            schemaExtensions?: components["schemas"]["ScimConfigResourceTypeSchemaExtension"][];
            schemas?: string[];
        };
        ScimConfigResourceTypeSchemaExtension: {
            required?: boolean;
            schema?: string;
        };
        ScimConfigResourceTypesListResponse: {
            itemsPerPage?: number;
            Resources?: components["schemas"]["ScimConfigResourceType"][];
            schemas?: string[];
            startIndex?: number;
            totalResults?: number;
        };
        ScimEmail: {
            primary?: boolean;
            type?: string;
            value?: string;
        };
        ScimGenesysUserExternalId: {
            authority: string;
            value: string;
        };
        ScimGroupListResponse: {
            itemsPerPage?: number;
            Resources?: components["schemas"]["ScimV2Group"][];
            schemas?: string[];
            startIndex?: number;
            totalResults?: number;
        };
        ScimMetadata: {
            lastModified?: string;
            location?: string;
            resourceType?: string;
            version?: string;
        };
        ScimPhoneNumber: {
            primary?: boolean;
            type?: string;
            value?: string;
        };
        ScimServiceProviderConfig: {
            authenticationSchemes?: components["schemas"]["ScimServiceProviderConfigAuthenticationScheme"][];
            bulk?: components["schemas"]["ScimServiceProviderConfigBulkFeature"];
            changePassword?: components["schemas"]["ScimServiceProviderConfigSimpleFeature"];
            documentationUri?: string;
            etag?: components["schemas"]["ScimServiceProviderConfigSimpleFeature"];
            filter?: components["schemas"]["ScimServiceProviderConfigFilterFeature"];
            meta?: components["schemas"]["ScimMetadata"];
            patch?: components["schemas"]["ScimServiceProviderConfigSimpleFeature"];
            schemas?: string[];
            sort?: components["schemas"]["ScimServiceProviderConfigSimpleFeature"];
        };
        ScimServiceProviderConfigAuthenticationScheme: {
            description: string;
            documentationUri?: string;
            name: string;
            primary?: boolean;
            specUri?: string;
            type: string;
        };
        ScimServiceProviderConfigBulkFeature: {
            maxOperations?: number;
            maxPayloadSize?: number;
            supported?: boolean;
        };
        ScimServiceProviderConfigFilterFeature: {
            maxResults?: number;
            supported?: boolean;
        };
        ScimServiceProviderConfigSimpleFeature: {
            supported?: boolean;
        };
        ScimUserExtensions: {
            externalIds?: components["schemas"]["ScimGenesysUserExternalId"][];
            routingLanguages?: components["schemas"]["ScimUserRoutingLanguage"][];
            routingSkills?: components["schemas"]["ScimUserRoutingSkill"][];
        };
        ScimUserListResponse: {
            itemsPerPage?: number;
            Resources?: components["schemas"]["ScimV2User"][];
            schemas?: string[];
            startIndex?: number;
            totalResults?: number;
        };
        ScimUserRole: {
            value?: string;
        };
        ScimUserRoutingLanguage: {
            name: string;
            proficiency?: number;
        };
        ScimUserRoutingSkill: {
            name: string;
            proficiency?: number;
        };
        ScimV2CreateUser: {
            active?: boolean;
            displayName: string;
            emails?: components["schemas"]["ScimEmail"][];
            externalId?: string;
            groups?: components["schemas"]["ScimV2GroupReference"][];
            password?: string;
            phoneNumbers?: components["schemas"]["ScimPhoneNumber"][];
            roles?: components["schemas"]["ScimUserRole"][];
            schemas?: string[];
            title?: string;
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"?: components["schemas"]["ScimV2EnterpriseUser"];
            "urn:ietf:params:scim:schemas:extension:genesys:purecloud:2.0:User"?: components["schemas"]["ScimUserExtensions"];
            userName: string;
        };
        ScimV2EnterpriseUser: {
            dateHire?: string;
            department?: string;
            division?: string;
            employeeNumber?: string;
            manager?: components["schemas"]["Manager"];
        };
        ScimV2Group: {
            displayName: string;
            externalId?: string;
            id?: string;
            members?: components["schemas"]["ScimV2MemberReference"][];
            meta?: components["schemas"]["ScimMetadata"];
            schemas?: string[];
        };
        ScimV2GroupReference: {
            $ref?: string;
            type?: string;
            value?: string;
        };
        ScimV2MemberReference: {
            $ref?: string;
            type?: string;
            value?: string;
        };
        ScimV2PatchOperation: {
            op: string;
            path?: string;
            value?: {
                [key: string]: unknown;
            };
        };
        ScimV2PatchRequest: {
            Operations?: components["schemas"]["ScimV2PatchOperation"][];
            schemas: string[];
        };
        ScimV2SchemaAttribute: {
            canonicalValues?: string[];
            caseExact?: boolean;
            description?: string;
            multiValued?: boolean;
            mutability?: string;
            name?: string;
            referenceTypes?: string[];
            required?: boolean;
            returned?: string;
            subAttributes?: components["schemas"]["ScimV2SchemaAttribute"][];
            type?: string;
            uniqueness?: string;
        };
        ScimV2SchemaDefinition: {
            attributes?: components["schemas"]["ScimV2SchemaAttribute"][];
            description?: string;
            id?: string;
            meta?: components["schemas"]["ScimMetadata"];
            name?: string;
        };
        ScimV2SchemaListResponse: {
            itemsPerPage?: number;
            Resources?: components["schemas"]["ScimV2SchemaDefinition"][];
            schemas?: string[];
            startIndex?: number;
            totalResults?: number;
        };
        ScimV2User: {
            active?: boolean;
            displayName?: string;
            emails?: components["schemas"]["ScimEmail"][];
            externalId?: string;
            groups?: components["schemas"]["ScimV2GroupReference"][];
            id?: string;
            meta?: components["schemas"]["ScimMetadata"];
            password?: string;
            phoneNumbers?: components["schemas"]["ScimPhoneNumber"][];
            roles?: components["schemas"]["ScimUserRole"][];
            schemas?: string[];
            title?: string;
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"?: components["schemas"]["ScimV2EnterpriseUser"];
            "urn:ietf:params:scim:schemas:extension:genesys:purecloud:2.0:User"?: components["schemas"]["ScimUserExtensions"];
            userName?: string;
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
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaManager = components['schemas']['Manager'];
export type SchemaScimConfigResourceType = components['schemas']['ScimConfigResourceType'];
export type SchemaScimConfigResourceTypeSchemaExtension = components['schemas']['ScimConfigResourceTypeSchemaExtension'];
export type SchemaScimConfigResourceTypesListResponse = components['schemas']['ScimConfigResourceTypesListResponse'];
export type SchemaScimEmail = components['schemas']['ScimEmail'];
export type SchemaScimGenesysUserExternalId = components['schemas']['ScimGenesysUserExternalId'];
export type SchemaScimGroupListResponse = components['schemas']['ScimGroupListResponse'];
export type SchemaScimMetadata = components['schemas']['ScimMetadata'];
export type SchemaScimPhoneNumber = components['schemas']['ScimPhoneNumber'];
export type SchemaScimServiceProviderConfig = components['schemas']['ScimServiceProviderConfig'];
export type SchemaScimServiceProviderConfigAuthenticationScheme = components['schemas']['ScimServiceProviderConfigAuthenticationScheme'];
export type SchemaScimServiceProviderConfigBulkFeature = components['schemas']['ScimServiceProviderConfigBulkFeature'];
export type SchemaScimServiceProviderConfigFilterFeature = components['schemas']['ScimServiceProviderConfigFilterFeature'];
export type SchemaScimServiceProviderConfigSimpleFeature = components['schemas']['ScimServiceProviderConfigSimpleFeature'];
export type SchemaScimUserExtensions = components['schemas']['ScimUserExtensions'];
export type SchemaScimUserListResponse = components['schemas']['ScimUserListResponse'];
export type SchemaScimUserRole = components['schemas']['ScimUserRole'];
export type SchemaScimUserRoutingLanguage = components['schemas']['ScimUserRoutingLanguage'];
export type SchemaScimUserRoutingSkill = components['schemas']['ScimUserRoutingSkill'];
export type SchemaScimV2CreateUser = components['schemas']['ScimV2CreateUser'];
export type SchemaScimV2EnterpriseUser = components['schemas']['ScimV2EnterpriseUser'];
export type SchemaScimV2Group = components['schemas']['ScimV2Group'];
export type SchemaScimV2GroupReference = components['schemas']['ScimV2GroupReference'];
export type SchemaScimV2MemberReference = components['schemas']['ScimV2MemberReference'];
export type SchemaScimV2PatchOperation = components['schemas']['ScimV2PatchOperation'];
export type SchemaScimV2PatchRequest = components['schemas']['ScimV2PatchRequest'];
export type SchemaScimV2SchemaAttribute = components['schemas']['ScimV2SchemaAttribute'];
export type SchemaScimV2SchemaDefinition = components['schemas']['ScimV2SchemaDefinition'];
export type SchemaScimV2SchemaListResponse = components['schemas']['ScimV2SchemaListResponse'];
export type SchemaScimV2User = components['schemas']['ScimV2User'];
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
    getScimGroups: {
        parameters: {
            query?: {
                /** @description Indicates which attributes to include. Returns these attributes and the id, active, and meta attributes. Use attributes to avoid expensive secondary calls for the default attributes. */
                attributes?: string[];
                /** @description The requested number of items per page. A value of 0 returns totalResults. A page size over 25 may exceed internal resource limits and return a 429 error. For a page size over 25, use the excludedAttributes or attributes query parameters to exclude or only include secondary lookup values such as externalId,  roles, urn:ietf:params:scim:schemas:extension:genesys:purecloud:2.0:User:routingLanguages, or urn:ietf:params:scim:schemas:extension:genesys:purecloud:2.0:User:routingSkills. */
                count?: number;
                /** @description Indicates which attributes to exclude. Returns the default attributes minus excludedAttributes. Always returns id, active, and meta attributes. Use excludedAttributes to avoid expensive secondary calls for the default attributes. */
                excludedAttributes?: string[];
                /** @description Filters results. If nothing is specified, returns all groups. Examples of valid values: id eq 5f4bc742-a019-4e38-8e2a-d39d5bc0b0f3, displayname eq Sales. */
                filter?: string;
                /** @description The 1-based index of the first query result. */
                startIndex?: number;
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
                    "application/json": components["schemas"]["ScimGroupListResponse"];
                    "application/scim+json": components["schemas"]["ScimGroupListResponse"];
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
    getScimGroup: {
        parameters: {
            query?: {
                /** @description Indicates which attributes to include. Returns these attributes and the id, active, and meta attributes. Use attributes to avoid expensive secondary calls for the default attributes. */
                attributes?: string[];
                /** @description Indicates which attributes to exclude. Returns the default attributes minus excludedAttributes. Always returns id, active, and meta attributes. Use excludedAttributes to avoid expensive secondary calls for the default attributes. */
                excludedAttributes?: string[];
            };
            header?: {
                /** @description The ETag of a resource in double quotes. Returned as header and meta.version with initial call to GET /api/v2/scim/groups/{groupId}. Example: 42. If the ETag is different from the version on the server, returns the current configuration of the resource. If the ETag is current, returns 304 Not Modified. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The ID of a group. Returned with GET /api/v2/scim/groups. */
                groupId: string;
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
                    "application/json": components["schemas"]["ScimV2Group"];
                    "application/scim+json": components["schemas"]["ScimV2Group"];
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
    putScimGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a resource in double quotes. Returned as header and meta.version with initial call to GET /api/v2/scim/groups/{groupId}. Example: 42. If the ETag is different from the version on the server, returns 400 with a scimType of invalidVers. */
                "If-Match"?: string;
            };
            path: {
                /** @description The ID of a group. Returned with GET /api/v2/scim/groups. */
                groupId: string;
            };
            cookie?: never;
        };
        /** @description The information used to replace a group. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimV2Group"];
                "application/scim+json": components["schemas"]["ScimV2Group"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimV2Group"];
                    "application/scim+json": components["schemas"]["ScimV2Group"];
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
    patchScimGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a resource in double quotes. Returned as header and meta.version with initial call to GET /api/v2/scim/groups/{groupId}. Example: 42. If the ETag is different from the version on the server, returns 400 with a scimType of invalidVers. */
                "If-Match"?: string;
            };
            path: {
                /** @description The ID of a group. Returned with GET /api/v2/scim/groups. */
                groupId: string;
            };
            cookie?: never;
        };
        /** @description The information used to modify a group. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimV2PatchRequest"];
                "application/scim+json": components["schemas"]["ScimV2PatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimV2Group"];
                    "application/scim+json": components["schemas"]["ScimV2Group"];
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
    getScimResourcetypes: {
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
                    "application/json": components["schemas"]["ScimConfigResourceTypesListResponse"];
                    "application/scim+json": components["schemas"]["ScimConfigResourceTypesListResponse"];
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
    getScimResourcetype: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type of resource. Returned with GET /api/v2/scim/resourcetypes. */
                resourceType: string;
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
                    "application/json": components["schemas"]["ScimConfigResourceType"];
                    "application/scim+json": components["schemas"]["ScimConfigResourceType"];
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
    getScimSchemas: {
        parameters: {
            query?: {
                /** @description Filtered results are invalid and return 403 Unauthorized. */
                filter?: string;
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
                    "application/json": components["schemas"]["ScimV2SchemaListResponse"];
                    "application/scim+json": components["schemas"]["ScimV2SchemaListResponse"];
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
    getScimSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of a schema. Returned with GET /api/v2/scim/schemas. */
                schemaId: string;
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
                    "application/json": components["schemas"]["ScimV2SchemaDefinition"];
                    "application/scim+json": components["schemas"]["ScimV2SchemaDefinition"];
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
    getScimServiceproviderconfig: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a resource in double quotes. Returned as header and meta.version with initial call to GET /api/v2/scim/serviceproviderconfig. Example: 42. If the ETag is different from the version on the server, returns the current configuration of the resource. If the ETag is current, returns 304 Not Modified. */
                "If-None-Match"?: string;
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
                    "application/json": components["schemas"]["ScimServiceProviderConfig"];
                    "application/scim+json": components["schemas"]["ScimServiceProviderConfig"];
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
    getScimUsers: {
        parameters: {
            query?: {
                /** @description Indicates which attributes to include. Returns these attributes and the id, userName, active, and meta attributes. Use attributes to avoid expensive secondary calls for the default attributes. */
                attributes?: string[];
                /** @description The requested number of items per page. A value of 0 returns totalResults. A page size over 25 may exceed internal resource limits and return a 429 error. For a page size over 25, use the excludedAttributes or attributes query parameters to exclude or only include secondary lookup values such as externalId,  roles, urn:ietf:params:scim:schemas:extension:genesys:purecloud:2.0:User:routingLanguages, or urn:ietf:params:scim:schemas:extension:genesys:purecloud:2.0:User:routingSkills. */
                count?: number;
                /** @description Indicates which attributes to exclude. Returns the default attributes minus excludedAttributes. Always returns the id, userName, active, and meta attributes. Use excludedAttributes to avoid expensive secondary calls for the default attributes. */
                excludedAttributes?: string[];
                /** @description Filters results. If nothing is specified, returns all active users. Examples of valid values: id eq 857449b0-d9e7-4cd0-acbf-a6adfb9ef1e9, userName eq search@sample.org, manager eq 16e10e2f-1136-43fe-bb84-eac073168a49, email eq search@sample.org, division eq divisionName, externalId eq 167844, active eq false, employeeNumber eq 9876543210. */
                filter?: string;
                /** @description The 1-based index of the first query result. */
                startIndex?: number;
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
                    "application/json": components["schemas"]["ScimUserListResponse"];
                    "application/scim+json": components["schemas"]["ScimUserListResponse"];
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
    postScimUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The information used to create a user. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimV2CreateUser"];
                "application/scim+json": components["schemas"]["ScimV2CreateUser"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimV2User"];
                    "application/scim+json": components["schemas"]["ScimV2User"];
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
    getScimUser: {
        parameters: {
            query?: {
                /** @description Indicates which attributes to include. Returns these attributes and the id, userName, active, and meta attributes. Use attributes to avoid expensive secondary calls for the default attributes. */
                attributes?: string[];
                /** @description Indicates which attributes to exclude. Returns the default attributes minus excludedAttributes. Always returns the id, userName, active, and meta attributes. Use excludedAttributes to avoid expensive secondary calls for the default attributes. */
                excludedAttributes?: string[];
            };
            header?: {
                /** @description The ETag of a resource in double quotes. Returned as header and meta.version with initial call to GET /api/v2/scim/users/{userId}. Example: 42. If the ETag is different from the version on the server, returns the current configuration of the resource. If the ETag is current, returns 304 Not Modified. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The ID of a user. Returned with GET /api/v2/scim/users. */
                userId: string;
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
                    "application/json": components["schemas"]["ScimV2User"];
                    "application/scim+json": components["schemas"]["ScimV2User"];
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
    putScimUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a resource in double quotes. Returned as header and meta.version with initial call to GET /api/v2/scim/users/{userId}. Example: 42. If the ETag is different from the version on the server, returns 400 with a scimType of invalidVers. */
                "If-Match"?: string;
            };
            path: {
                /** @description The ID of a user. Returned with GET /api/v2/scim/users. */
                userId: string;
            };
            cookie?: never;
        };
        /** @description The information used to replace a user. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimV2User"];
                "application/scim+json": components["schemas"]["ScimV2User"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimV2User"];
                    "application/scim+json": components["schemas"]["ScimV2User"];
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
    deleteScimUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a resource in double quotes. Returned as header and meta.version with initial call to GET /api/v2/scim/users/{userId}. Example: 42. If the ETag is different from the version on the server, returns 400 with a scimType of invalidVers. */
                "If-Match"?: string;
            };
            path: {
                /** @description The ID of a user. Returned with GET /api/v2/scim/users. */
                userId: string;
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
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/scim+json": {
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
    patchScimUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a resource in double quotes. Returned as header and meta.version with initial call to GET /api/v2/scim/users/{userId}. Example: 42. If the ETag is different from the version on the server, returns 400 with a scimType of invalidVers. */
                "If-Match"?: string;
            };
            path: {
                /** @description The ID of a user. Returned with GET /api/v2/scim/users. */
                userId: string;
            };
            cookie?: never;
        };
        /** @description The information used to modify a user. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimV2PatchRequest"];
                "application/scim+json": components["schemas"]["ScimV2PatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimV2User"];
                    "application/scim+json": components["schemas"]["ScimV2User"];
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
    getScimV2Groups: {
        parameters: {
            query: {
                /** @description Indicates which attributes to include. Returns these attributes and the id, active, and meta attributes. Use attributes to avoid expensive secondary calls for the default attributes. */
                attributes?: string[];
                /** @description The requested number of items per page. A value of 0 returns totalResults. A page size over 25 may exceed internal resource limits and return a 429 error. For a page size over 25, use the excludedAttributes or attributes query parameters to exclude or only include secondary lookup values such as externalId,  roles, urn:ietf:params:scim:schemas:extension:genesys:purecloud:2.0:User:routingLanguages, or urn:ietf:params:scim:schemas:extension:genesys:purecloud:2.0:User:routingSkills. */
                count?: number;
                /** @description Indicates which attributes to exclude. Returns the default attributes minus excludedAttributes. Always returns id, active, and meta attributes. Use excludedAttributes to avoid expensive secondary calls for the default attributes. */
                excludedAttributes?: string[];
                /** @description Filters results. If nothing is specified, returns all groups. Examples of valid values: id eq 5f4bc742-a019-4e38-8e2a-d39d5bc0b0f3, displayname eq Sales. */
                filter: string;
                /** @description The 1-based index of the first query result. */
                startIndex?: number;
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
                    "application/json": components["schemas"]["ScimGroupListResponse"];
                    "application/scim+json": components["schemas"]["ScimGroupListResponse"];
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
    getScimV2Group: {
        parameters: {
            query?: {
                /** @description Indicates which attributes to include. Returns these attributes and the id, active, and meta attributes. Use attributes to avoid expensive secondary calls for the default attributes. */
                attributes?: string[];
                /** @description Indicates which attributes to exclude. Returns the default attributes minus excludedAttributes. Always returns id, active, and meta attributes. Use excludedAttributes to avoid expensive secondary calls for the default attributes. */
                excludedAttributes?: string[];
            };
            header?: {
                /** @description The ETag of a resource in double quotes. Returned as header and meta.version with initial call to GET /api/v2/scim/v2/groups/{groupId}. Example: 42. If the ETag is different from the version on the server, returns the current configuration of the resource. If the ETag is current, returns 304 Not Modified. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The ID of a group. Returned with GET /api/v2/scim/v2/groups. */
                groupId: string;
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
                    "application/json": components["schemas"]["ScimV2Group"];
                    "application/scim+json": components["schemas"]["ScimV2Group"];
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
    putScimV2Group: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a resource in double quotes. Returned as header and meta.version with initial call to GET /api/v2/scim/v2/groups/{groupId}. Example: 42. If the ETag is different from the version on the server, returns 400 with a scimType of invalidVers. */
                "If-Match"?: string;
            };
            path: {
                /** @description The ID of a group. Returned with GET /api/v2/scim/v2/groups. */
                groupId: string;
            };
            cookie?: never;
        };
        /** @description The information used to replace a group. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimV2Group"];
                "application/scim+json": components["schemas"]["ScimV2Group"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimV2Group"];
                    "application/scim+json": components["schemas"]["ScimV2Group"];
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
    patchScimV2Group: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a resource in double quotes. Returned as header and meta.version with initial call to GET /api/v2/scim/v2/groups/{groupId}. Example: 42. If the ETag is different from the version on the server, returns 400 with a scimType of invalidVers. */
                "If-Match"?: string;
            };
            path: {
                /** @description The ID of a group. Returned with GET /api/v2/scim/v2/groups. */
                groupId: string;
            };
            cookie?: never;
        };
        /** @description The information used to modify a group. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimV2PatchRequest"];
                "application/scim+json": components["schemas"]["ScimV2PatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimV2Group"];
                    "application/scim+json": components["schemas"]["ScimV2Group"];
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
    getScimV2Resourcetypes: {
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
                    "application/json": components["schemas"]["ScimConfigResourceTypesListResponse"];
                    "application/scim+json": components["schemas"]["ScimConfigResourceTypesListResponse"];
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
    getScimV2Resourcetype: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type of resource. Returned with GET /api/v2/scim/v2/resourcetypes. */
                resourceType: string;
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
                    "application/json": components["schemas"]["ScimConfigResourceType"];
                    "application/scim+json": components["schemas"]["ScimConfigResourceType"];
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
    getScimV2Schemas: {
        parameters: {
            query?: {
                /** @description Filtered results are invalid and return 403 Unauthorized. */
                filter?: string;
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
                    "application/json": components["schemas"]["ScimV2SchemaListResponse"];
                    "application/scim+json": components["schemas"]["ScimV2SchemaListResponse"];
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
    getScimV2Schema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of a schema. Returned with GET /api/v2/scim/v2/schemas. */
                schemaId: string;
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
                    "application/json": components["schemas"]["ScimV2SchemaDefinition"];
                    "application/scim+json": components["schemas"]["ScimV2SchemaDefinition"];
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
    getScimV2Serviceproviderconfig: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a resource in double quotes. Returned as header and meta.version with initial call to GET /api/v2/scim/v2/serviceproviderconfig. Example: 42. If the ETag is different from the version on the server, returns the current configuration of the resource. If the ETag is current, returns 304 Not Modified. */
                "If-None-Match"?: string;
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
                    "application/json": components["schemas"]["ScimServiceProviderConfig"];
                    "application/scim+json": components["schemas"]["ScimServiceProviderConfig"];
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
    getScimV2Users: {
        parameters: {
            query?: {
                /** @description Indicates which attributes to include. Returns these attributes and the id, userName, active, and meta attributes. Use attributes to avoid expensive secondary calls for the default attributes. */
                attributes?: string[];
                /** @description The requested number of items per page. A value of 0 returns totalResults. A page size over 25 may exceed internal resource limits and return a 429 error. For a page size over 25, use the excludedAttributes or attributes query parameters to exclude or only include secondary lookup values such as externalId,  roles, urn:ietf:params:scim:schemas:extension:genesys:purecloud:2.0:User:routingLanguages, or urn:ietf:params:scim:schemas:extension:genesys:purecloud:2.0:User:routingSkills. */
                count?: number;
                /** @description Indicates which attributes to exclude. Returns the default attributes minus excludedAttributes. Always returns the id, userName, active, and meta attributes. Use excludedAttributes to avoid expensive secondary calls for the default attributes. */
                excludedAttributes?: string[];
                /** @description Filters results. If nothing is specified, returns all active users. Examples of valid values: id eq 857449b0-d9e7-4cd0-acbf-a6adfb9ef1e9, userName eq search@sample.org, manager eq 16e10e2f-1136-43fe-bb84-eac073168a49, email eq search@sample.org, division eq divisionName, externalId eq 167844, active eq false, employeeNumber eq 9876543210. */
                filter?: string;
                /** @description The 1-based index of the first query result. */
                startIndex?: number;
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
                    "application/json": components["schemas"]["ScimUserListResponse"];
                    "application/scim+json": components["schemas"]["ScimUserListResponse"];
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
    postScimV2Users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The information used to create a user. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimV2CreateUser"];
                "application/scim+json": components["schemas"]["ScimV2CreateUser"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimV2User"];
                    "application/scim+json": components["schemas"]["ScimV2User"];
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
    getScimV2User: {
        parameters: {
            query?: {
                /** @description Indicates which attributes to include. Returns these attributes and the id, userName, active, and meta attributes. Use attributes to avoid expensive secondary calls for the default attributes. */
                attributes?: string[];
                /** @description Indicates which attributes to exclude. Returns the default attributes minus excludedAttributes. Always returns the id, userName, active, and meta attributes. Use excludedAttributes to avoid expensive secondary calls for the default attributes. */
                excludedAttributes?: string[];
            };
            header?: {
                /** @description The ETag of a resource in double quotes. Returned as header and meta.version with initial call to GET /api/v2/scim/v2/users/{userId}. Example: 42. If the ETag is different from the version on the server, returns the current configuration of the resource. If the ETag is current, returns 304 Not Modified. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The ID of a user. Returned with GET /api/v2/scim/v2/users. */
                userId: string;
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
                    "application/json": components["schemas"]["ScimV2User"];
                    "application/scim+json": components["schemas"]["ScimV2User"];
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
    putScimV2User: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a resource in double quotes. Returned as header and meta.version with initial call to GET /api/v2/scim/v2/users/{userId}. Example: 42. If the ETag is different from the version on the server, returns 400 with a scimType of invalidVers. */
                "If-Match"?: string;
            };
            path: {
                /** @description The ID of a user. Returned with GET /api/v2/scim/v2/users. */
                userId: string;
            };
            cookie?: never;
        };
        /** @description The information used to replace a user. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimV2User"];
                "application/scim+json": components["schemas"]["ScimV2User"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimV2User"];
                    "application/scim+json": components["schemas"]["ScimV2User"];
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
    deleteScimV2User: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a resource in double quotes. Returned as header and meta.version with initial call to GET /api/v2/scim/v2/users/{userId}. Example: 42. If the ETag is different from the version on the server, returns 400 with a scimType of invalidVers. */
                "If-Match"?: string;
            };
            path: {
                /** @description The ID of a user. Returned with GET /api/v2/scim/v2/users. */
                userId: string;
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
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/scim+json": {
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
    patchScimV2User: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a resource in double quotes. Returned as header and meta.version with initial call to GET /api/v2/scim/v2/users/{userId}. Example: 42. If the ETag is different from the version on the server, returns 400 with a scimType of invalidVers. */
                "If-Match"?: string;
            };
            path: {
                /** @description The ID of a user. Returned with GET /api/v2/scim/v2/users. */
                userId: string;
            };
            cookie?: never;
        };
        /** @description The information used to modify a user. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimV2PatchRequest"];
                "application/scim+json": components["schemas"]["ScimV2PatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimV2User"];
                    "application/scim+json": components["schemas"]["ScimV2User"];
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
