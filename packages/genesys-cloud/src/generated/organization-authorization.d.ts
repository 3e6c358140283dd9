// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/organization-authorization/openapi.yaml (sha256 6ebdaf5f7eced7c6)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area organization-authorization` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Organization Authorization (48 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const organizationAuthorization = organizationAuthorizationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function organizationAuthorizationApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/orgauthorization/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A pairing id is created by the trustee and given to the trustor to create a trust.
         * @permissions ANY: `authorization:orgTrustee:add`
         */
        post: operations["postOrgauthorizationPairings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/pairings/{pairingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Pairing Info
         * @permissions ANY: any one of `authorization:orgTrustee:view`, `authorization:orgTrustor:view`
         */
        get: operations["getOrgauthorizationPairing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The list of trustees for this organization (i.e. organizations granted access to this organization).
         * @permissions ANY: `authorization:orgTrustee:view`
         */
        get: operations["getOrgauthorizationTrustees"];
        put?: never;
        /**
         * Create a new organization authorization trust. This is required to grant other organizations access to your organization.
         * @permissions ALL: all of `authorization:orgTrustee:add`, `authorization:orgTrusteeUser:add`
         */
        post: operations["postOrgauthorizationTrustees"];
        /**
         * Delete Bulk Org Trustees
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `authorization:orgTrustee:delete`
         */
        delete: operations["deleteOrgauthorizationTrustees"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustees/{trusteeOrgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Org Trust
         * @permissions ANY: `authorization:orgTrustee:view`
         */
        get: operations["getOrgauthorizationTrustee"];
        /**
         * Update Org Trust
         * @permissions ANY: `authorization:orgTrustee:edit`
         */
        put: operations["putOrgauthorizationTrustee"];
        post?: never;
        /**
         * Delete Org Trust
         * @permissions ANY: `authorization:orgTrustee:delete`
         */
        delete: operations["deleteOrgauthorizationTrustee"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustees/{trusteeOrgId}/clonedusers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The list of cloned users from the trustee organization (i.e. users with a native user record).
         * @description There can be no more than 5 cloned users per organization, so results are represented as simple list and not paged
         * @permissions ANY: `directory:user:view`
         */
        get: operations["getOrgauthorizationTrusteeClonedusers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustees/{trusteeOrgId}/clonedusers/{trusteeUserId}": {
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
         * Deletes cloned user
         * @permissions ANY: `directory:user:delete`
         */
        delete: operations["deleteOrgauthorizationTrusteeCloneduser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustees/{trusteeOrgId}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The list of trustee groups for this organization (i.e. groups granted access to this organization).
         * @permissions ANY: `authorization:orgTrusteeGroup:view`
         */
        get: operations["getOrgauthorizationTrusteeGroups"];
        put?: never;
        /**
         * Add a group to the trust.
         * @permissions ANY: `authorization:orgTrusteeGroup:add`
         */
        post: operations["postOrgauthorizationTrusteeGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustees/{trusteeOrgId}/groups/{trusteeGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Trustee Group
         * @permissions ANY: `authorization:orgTrusteeGroup:view`
         */
        get: operations["getOrgauthorizationTrusteeGroup"];
        put?: never;
        post?: never;
        /**
         * Delete Trustee Group
         * @permissions ANY: `authorization:orgTrusteeGroup:delete`
         */
        delete: operations["deleteOrgauthorizationTrusteeGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustees/{trusteeOrgId}/groups/{trusteeGroupId}/roledivisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Trustee Group Roles
         * @permissions ANY: `authorization:orgTrusteeGroup:edit`
         */
        put: operations["putOrgauthorizationTrusteeGroupRoledivisions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustees/{trusteeOrgId}/groups/{trusteeGroupId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Trustee Group Roles
         * @permissions ANY: `authorization:orgTrusteeGroup:view`
         */
        get: operations["getOrgauthorizationTrusteeGroupRoles"];
        /**
         * Update Trustee Group Roles
         * @permissions ANY: `authorization:orgTrusteeGroup:edit`
         */
        put: operations["putOrgauthorizationTrusteeGroupRoles"];
        post?: never;
        /**
         * Delete Trustee Group Roles
         * @permissions ANY: `authorization:orgTrusteeGroup:delete`
         */
        delete: operations["deleteOrgauthorizationTrusteeGroupRoles"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The list of trustee users for this organization (i.e. users granted access to this organization).
         * @permissions ANY: `authorization:orgTrusteeUser:view`
         */
        get: operations["getOrgauthorizationTrusteeUsers"];
        put?: never;
        /**
         * Add a user to the trust.
         * @permissions ANY: `authorization:orgTrusteeUser:add`
         */
        post: operations["postOrgauthorizationTrusteeUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Trustee User
         * @permissions ANY: `authorization:orgTrusteeUser:view`
         */
        get: operations["getOrgauthorizationTrusteeUser"];
        put?: never;
        post?: never;
        /**
         * Delete Trustee User
         * @permissions ANY: `authorization:orgTrusteeUser:delete`
         */
        delete: operations["deleteOrgauthorizationTrusteeUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roledivisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Trustee User Roles
         * @permissions ANY: `authorization:orgTrusteeUser:edit`
         */
        put: operations["putOrgauthorizationTrusteeUserRoledivisions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Trustee User Roles
         * @permissions ANY: `authorization:orgTrusteeUser:view`
         */
        get: operations["getOrgauthorizationTrusteeUserRoles"];
        /**
         * Update Trustee User Roles
         * @permissions ANY: `authorization:orgTrusteeUser:edit`
         */
        put: operations["putOrgauthorizationTrusteeUserRoles"];
        post?: never;
        /**
         * Delete Trustee User Roles
         * @permissions ANY: `authorization:orgTrusteeUser:delete`
         */
        delete: operations["deleteOrgauthorizationTrusteeUserRoles"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustees/audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Org Trustee Audits
         * @permissions ANY: `authorization:audit:view`
         */
        post: operations["postOrgauthorizationTrusteesAudits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustees/care": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Customer Care organization ids.
         * @permissions ANY: any one of `authorization:orgTrustee:view`, `authorization:orgTrusteeUser:view`
         */
        get: operations["getOrgauthorizationTrusteesCare"];
        put?: never;
        /**
         * Create a new organization authorization trust with Customer Care. This is required to grant your regional Customer Care organization access to your organization.
         * @permissions ALL: all of `authorization:orgTrustee:add`, `authorization:orgTrusteeUser:add`
         */
        post: operations["postOrgauthorizationTrusteesCare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustees/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get organization authorization trust with Customer Care, if one exists.
         * @permissions ANY: any one of `authorization:orgTrustee:view`, `authorization:orgTrusteeUser:view`
         */
        get: operations["getOrgauthorizationTrusteesDefault"];
        put?: never;
        /**
         * Create a new organization authorization trust with Customer Care. This is required to grant your regional Customer Care organization access to your organization.
         * @permissions ALL: all of `authorization:orgTrustee:add`, `authorization:orgTrusteeUser:add`
         */
        post: operations["postOrgauthorizationTrusteesDefault"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustor/audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Org Trustor Audits
         * @permissions ANY: `authorization:audit:view`
         */
        post: operations["postOrgauthorizationTrustorAudits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The list of organizations that have authorized/trusted your organization.
         * @permissions ANY: `authorization:orgTrustor:view`
         */
        get: operations["getOrgauthorizationTrustors"];
        put?: never;
        post?: never;
        /**
         * Delete Bulk Org Trustors
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `authorization:orgTrustor:delete`
         */
        delete: operations["deleteOrgauthorizationTrustors"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustors/{trustorOrgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Org Trust
         * @permissions ANY: `authorization:orgTrustor:view`
         */
        get: operations["getOrgauthorizationTrustor"];
        put?: never;
        post?: never;
        /**
         * Delete Org Trust
         * @permissions ANY: `authorization:orgTrustor:delete`
         */
        delete: operations["deleteOrgauthorizationTrustor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustors/{trustorOrgId}/clonedusers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The list of cloned users in the trustor organization (i.e. users with a native user record).
         * @permissions ANY: `authorization:orgTrusteeUser:view`
         */
        get: operations["getOrgauthorizationTrustorClonedusers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustors/{trustorOrgId}/clonedusers/{trusteeUserId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Cloned User
         * @permissions ANY: `authorization:orgTrusteeUser:view`
         */
        get: operations["getOrgauthorizationTrustorCloneduser"];
        /**
         * Creates a clone of the trustee user in the trustor org.
         * @permissions ALL: `authorization:orgTrusteeUser:add`
         */
        put: operations["putOrgauthorizationTrustorCloneduser"];
        post?: never;
        /**
         * Delete Cloned User
         * @permissions ANY: `authorization:orgTrusteeUser:delete`
         */
        delete: operations["deleteOrgauthorizationTrustorCloneduser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustors/{trustorOrgId}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The list of groups in the trustor organization (i.e. groups granted access).
         * @permissions ANY: `authorization:orgTrusteeGroup:view`
         */
        get: operations["getOrgauthorizationTrustorGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustors/{trustorOrgId}/groups/{trustorGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Trustee Group
         * @permissions ANY: `authorization:orgTrusteeGroup:view`
         */
        get: operations["getOrgauthorizationTrustorGroup"];
        /**
         * Add a Trustee Group to the trust.
         * @permissions ALL: `authorization:orgTrusteeGroup:add`
         */
        put: operations["putOrgauthorizationTrustorGroup"];
        post?: never;
        /**
         * Delete Trustee Group
         * @permissions ANY: `authorization:orgTrusteeGroup:delete`
         */
        delete: operations["deleteOrgauthorizationTrustorGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustors/{trustorOrgId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The list of users in the trustor organization (i.e. users granted access).
         * @permissions ANY: `authorization:orgTrusteeUser:view`
         */
        get: operations["getOrgauthorizationTrustorUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Trustee User
         * @permissions ANY: `authorization:orgTrusteeUser:view`
         */
        get: operations["getOrgauthorizationTrustorUser"];
        /**
         * Add a Trustee user to the trust.
         * @permissions ALL: `authorization:orgTrusteeUser:add`
         */
        put: operations["putOrgauthorizationTrustorUser"];
        post?: never;
        /**
         * Delete Trustee User
         * @permissions ANY: `authorization:orgTrusteeUser:delete`
         */
        delete: operations["deleteOrgauthorizationTrustorUser"];
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
        Biography: {
            biography?: string;
            education?: components["schemas"]["Education"][];
            hobbies?: string[];
            interests?: string[];
            spouse?: string;
        };
        Chat: {
            jabberId?: string;
        };
        ClonedUser: {
            id?: string;
            name?: string;
            selfUri?: string;
            trustor?: components["schemas"]["DomainEntityRef"];
        };
        ClonedUserEntityListing: {
            entities?: components["schemas"]["ClonedUser"][];
            selfUri?: string;
            total?: number;
        };
        Contact: {
            /** @description Email address or phone number for this contact type */
            address?: string;
            countryCode?: string;
            /** @description Formatted version of the address property */
            readonly display?: string;
            /** @description Use extension instead of address for setting internal extensions */
            extension?: string;
            integration?: string;
            /** @enum {string} */
            mediaType?: "PHONE" | "EMAIL" | "SMS" | (string & {});
            /** @enum {string} */
            type?: "PRIMARY" | "WORK" | "WORK2" | "WORK3" | "WORK4" | "HOME" | "MOBILE" | "MAIN" | (string & {});
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        Division: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        DomainEntityRef: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        DomainRole: {
            /** @description The ID of the role */
            id?: string;
            /** @description The name of the role */
            name?: string;
        };
        Education: {
            dateEnd?: string;
            dateStart?: string;
            fieldOfStudy?: string;
            notes?: string;
            school?: string;
        };
        EmployerInfo: {
            dateHire?: string;
            employeeId?: string;
            employeeType?: string;
            officialName?: string;
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
        Facet: {
            /** @description The name of the field on which to facet. */
            name: string;
            /** @description The type of the facet, DATE or STRING. */
            type: string;
        };
        Filter: {
            /** @description The name of the field by which to filter. */
            name: string;
            /** @description The operation that the filter performs. */
            operator: string;
            /** @description The type of the filter, DATE or STRING. */
            type: string;
            /** @description The values to make the filter comparison against. */
            values: string[];
        };
        Geolocation: {
            city?: string;
            country?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** Format: double */
            latitude?: number;
            locations?: components["schemas"]["LocationDefinition"][];
            /** Format: double */
            longitude?: number;
            name?: string;
            /** @description A boolean used to tell whether or not to set this geolocation client as the primary on a PATCH */
            primary?: boolean;
            region?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @description A string used to describe the type of client the geolocation is being updated from e.g. ios, android, web, etc. */
            type?: string;
        };
        Group: {
            addresses?: components["schemas"]["GroupContact"][];
            callsEnabled?: boolean;
            /**
             * Format: date-time
             * @description Last modified date/time. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            description?: string;
            email?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            images?: components["schemas"]["Image"][];
            includeOwners?: boolean;
            /**
             * Format: int64
             * @description Number of members.
             */
            readonly memberCount?: number;
            /** @description The group name. */
            name: string;
            owners?: components["schemas"]["User"][];
            rolesEnabled?: boolean;
            /** @description Are membership rules visible to the person requesting to view the group */
            rulesVisible: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description Active, inactive, or deleted state.
             * @enum {string}
             */
            readonly state?: "active" | "inactive" | "deleted" | (string & {});
            /**
             * @description Type of group.
             * @enum {string}
             */
            type: "official" | "social" | (string & {});
            /**
             * Format: int32
             * @description Current version for this resource.
             */
            readonly version?: number;
            /**
             * @description Who can view this group
             * @enum {string}
             */
            visibility: "public" | "owners" | "members" | (string & {});
        };
        GroupContact: {
            /** @description Phone number for this contact type */
            address: string;
            /** @description Formatted version of the address property */
            readonly display?: string;
            extension?: string;
            /**
             * @description Media type of the address
             * @enum {string}
             */
            mediaType: "PHONE" | (string & {});
            /**
             * @description Contact type of the address
             * @enum {string}
             */
            type: "GROUPRING" | "GROUPPHONE" | (string & {});
        };
        Image: {
            imageUri?: string;
            resolution?: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        Location: {
            coordinates?: {
                [key: string]: number;
            };
            floorplanId?: string;
            id?: string;
            locationDefinition?: components["schemas"]["LocationDefinition"];
            notes?: string;
        };
        LocationAddress: {
            city?: string;
            country?: string;
            countryName?: string;
            state?: string;
            street1?: string;
            street2?: string;
            zipcode?: string;
        };
        LocationAddressVerificationDetails: {
            dateFinished?: string;
            dateStarted?: string;
            service?: string;
            status?: string;
        };
        LocationDefinition: {
            address?: components["schemas"]["LocationAddress"];
            addressStored?: boolean;
            addressVerificationDetails?: components["schemas"]["LocationAddressVerificationDetails"];
            addressVerified?: boolean;
            contactUser?: components["schemas"]["AddressableEntityRef"];
            emergencyNumber?: components["schemas"]["LocationEmergencyNumber"];
            floorplanImage?: components["schemas"]["LocationImage"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            images?: string;
            name?: string;
            notes?: string;
            path?: string[];
            profileImage?: components["schemas"]["LocationImage"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description Current activity status of the location.
             * @enum {string}
             */
            state?: "active" | "deleted" | (string & {});
            /** Format: int32 */
            version?: number;
        };
        LocationEmergencyNumber: {
            e164?: string;
            number?: string;
            /**
             * @description The type of emergency number.
             * @enum {string}
             */
            type?: "default" | "elin" | (string & {});
        };
        LocationImage: {
            imageUri?: string;
            resolution?: string;
        };
        MediaSummary: {
            contactCenter?: components["schemas"]["MediaSummaryDetail"];
            enterprise?: components["schemas"]["MediaSummaryDetail"];
        };
        MediaSummaryDetail: {
            /** Format: int32 */
            active?: number;
            /** Format: int32 */
            acw?: number;
        };
        OAuthLastTokenIssued: {
            dateIssued?: string;
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
        OrgUser: {
            acdAutoAnswer?: boolean;
            /** @description Email addresses and phone numbers for this user */
            addresses?: components["schemas"]["Contact"][];
            authorization?: components["schemas"]["UserAuthorization"];
            biography?: components["schemas"]["Biography"];
            certifications?: string[];
            chat?: components["schemas"]["Chat"];
            conversationSummary?: components["schemas"]["UserConversationSummary"];
            dateLastLogin?: string;
            dateWelcomeSent?: string;
            department?: string;
            division?: components["schemas"]["Division"];
            email?: string;
            employerInfo?: components["schemas"]["EmployerInfo"];
            geolocation?: components["schemas"]["Geolocation"];
            /** @description The groups the user is a member of */
            readonly groups?: components["schemas"]["Group"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            images?: components["schemas"]["Image"][];
            integrationPresence?: components["schemas"]["UserPresence"];
            languagePreference?: string;
            languages?: components["schemas"]["UserRoutingLanguage"][];
            lastTokenIssued?: components["schemas"]["OAuthLastTokenIssued"];
            /** @description The user placement at each site location. */
            readonly locations?: components["schemas"]["Location"][];
            manager?: components["schemas"]["User"];
            name?: string;
            organization?: components["schemas"]["Organization"];
            outOfOffice?: components["schemas"]["OutOfOffice"];
            preferredName?: string;
            presence?: components["schemas"]["UserPresence"];
            /** @description Auto populated from addresses. */
            readonly primaryContactInfo?: components["schemas"]["Contact"][];
            /** @description Skills possessed by the user */
            readonly profileSkills?: string[];
            routingStatus?: components["schemas"]["RoutingStatus"];
            skills?: components["schemas"]["UserRoutingSkill"][];
            /**
             * @description The current state for this user.
             * @enum {string}
             */
            readonly state?: "active" | "inactive" | "deleted" | (string & {});
            station?: components["schemas"]["UserStations"];
            team?: components["schemas"]["Team"];
            title?: string;
            username?: string;
            /**
             * Format: int32
             * @description Required when updating a user, this value should be the current version of the user.  The current version can be obtained with a GET on the user before doing a PATCH.
             */
            version: number;
            workPlanBidRanks?: components["schemas"]["WorkPlanBidRanks"];
        };
        OutOfOffice: {
            active?: boolean;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endDate?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            indefinite?: boolean;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startDate?: string;
            user?: components["schemas"]["User"];
        };
        PresenceDefinition: {
            /** @description description */
            id?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            systemPresence?: string;
        };
        ResourceConditionNode: {
            /** @enum {string} */
            conjunction?: "AND" | "OR" | (string & {});
            operands?: components["schemas"]["ResourceConditionValue"][];
            /** @enum {string} */
            operator?: "EQ" | "IN" | "GE" | "GT" | "LE" | "LT" | (string & {});
            terms?: components["schemas"]["ResourceConditionNode"][];
            variableName?: string;
        };
        ResourceConditionValue: {
            /** @enum {string} */
            type?: "SCALAR" | "VARIABLE" | "USER" | "QUEUE" | (string & {});
            value?: string;
        };
        ResourcePermissionPolicy: {
            actionSet?: string[];
            actionSetKey?: string;
            allowConditions?: boolean;
            domain?: string;
            entityName?: string;
            id?: string;
            namedResources?: string[];
            policyDescription?: string;
            policyName?: string;
            resourceCondition?: string;
            resourceConditionNode?: components["schemas"]["ResourceConditionNode"];
        };
        RoleDivisionGrants: {
            grants: components["schemas"]["RoleDivisionPair"][];
        };
        RoleDivisionPair: {
            divisionId: string;
            roleId: string;
        };
        RoutingStatus: {
            /**
             * Format: date-time
             * @description The timestamp when the agent went into this state. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime?: string;
            /**
             * @description Indicates the Routing State of the agent.  A value of OFF_QUEUE will be returned if the specified user does not exist.
             * @enum {string}
             */
            status?: "OFF_QUEUE" | "IDLE" | "INTERACTING" | "NOT_RESPONDING" | "COMMUNICATING" | (string & {});
            /** @description The userId of the agent */
            userId?: string;
        };
        Team: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            memberCount?: number;
            name: string;
            selfUri?: string;
        };
        TrustCreate: {
            dateExpired?: string;
            /** @description If disabled no trustee user will have access, even if they were previously added. */
            enabled: boolean;
            groups?: components["schemas"]["TrustMemberCreate"][];
            /** @description The pairing Id created by the trustee. This is required to prove that the trustee agrees to the relationship. */
            pairingId?: string;
            /** @description The list of users and their roles to which access will be granted. The users are from the trustee and the roles are from the trustor. */
            users?: components["schemas"]["TrustMemberCreate"][];
        };
        Trustee: {
            createdBy?: components["schemas"]["OrgUser"];
            /**
             * Format: date-time
             * @description Date Trust was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            dateExpired?: string;
            /** @description If disabled no trustee user will have access, even if they were previously added. */
            enabled: boolean;
            hasFullAccess?: boolean;
            /** @description Organization Id for this trust. */
            readonly id?: string;
            isTrustedUser?: boolean;
            organization?: components["schemas"]["Organization"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            usesDefaultRole?: boolean;
        };
        TrusteeAuditQueryRequest: {
            /**
             * Format: date-time
             * @description Ending date/time for the audit search. ISO-8601 formatted date-time, UTC.
             */
            endDate?: string;
            /** @description Facet information to be returned with the query results. */
            facets?: components["schemas"]["Facet"][];
            /** @description Additional custom filters to be applied to the query. */
            filters?: components["schemas"]["Filter"][];
            /** @description Word or phrase to look for in audit bodies. */
            queryPhrase?: string;
            /**
             * Format: date-time
             * @description Starting date/time for the audit search. ISO-8601 formatted date-time, UTC.
             */
            startDate?: string;
            /** @description Limit returned audits to these trustee organizationIds. */
            trusteeOrganizationIds: string[];
            /** @description Limit returned audits to these trustee userIds. */
            trusteeUserIds: string[];
        };
        TrusteeAuthorization: {
            permissions?: string[];
        };
        TrusteeReferenceList: {
            entities?: components["schemas"]["AddressableEntityRef"][];
        };
        TrustEntityListing: {
            entities?: components["schemas"]["Trustee"][];
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
        TrustGroup: {
            addresses?: components["schemas"]["GroupContact"][];
            callsEnabled?: boolean;
            createdBy?: components["schemas"]["OrgUser"];
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            email?: string;
            id?: string;
            images?: components["schemas"]["Image"][];
            includeOwners?: boolean;
            memberCount?: number;
            name: string;
            owners?: components["schemas"]["User"][];
            rolesEnabled?: boolean;
            rulesVisible: boolean;
            state?: string;
            type: string;
            version?: number;
            visibility: string;
        };
        TrustGroupEntityListing: {
            entities?: components["schemas"]["TrustGroup"][];
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
        TrustMemberCreate: {
            id: string;
            roleDivisions?: components["schemas"]["RoleDivisionGrants"];
            roleIds?: string[];
        };
        Trustor: {
            authorization?: components["schemas"]["TrusteeAuthorization"];
            createdBy?: components["schemas"]["OrgUser"];
            /**
             * Format: date-time
             * @description Date Trust was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /** @description If disabled no trustee user will have access, even if they were previously added. */
            enabled: boolean;
            /** @description Organization Id for this trust. */
            readonly id?: string;
            organization?: components["schemas"]["Organization"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        TrustorAuditQueryRequest: {
            /**
             * Format: date-time
             * @description Ending date/time for the audit search. ISO-8601 formatted date-time, UTC.
             */
            endDate?: string;
            /** @description Facet information to be returned with the query results. */
            facets?: components["schemas"]["Facet"][];
            /** @description Additional custom filters to be applied to the query. */
            filters?: components["schemas"]["Filter"][];
            /** @description Word or phrase to look for in audit bodies. */
            queryPhrase?: string;
            /**
             * Format: date-time
             * @description Starting date/time for the audit search. ISO-8601 formatted date-time, UTC.
             */
            startDate?: string;
            /** @description Limit returned audits to these trustee userIds. */
            trusteeUserIds: string[];
            /** @description Limit returned audits to this trustor organizationId. */
            trustorOrganizationId: string;
        };
        TrustorEntityListing: {
            entities?: components["schemas"]["Trustor"][];
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
        TrustRequest: {
            createdBy?: components["schemas"]["OrgUser"];
            /**
             * Format: date-time
             * @description Date request was created. There is a 48 hour expiration on all requests. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            groups?: components["schemas"]["TrustGroup"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            trustee: components["schemas"]["Organization"];
            /** @description The list of trustee users that are requesting access. */
            readonly users?: components["schemas"]["OrgUser"][];
        };
        TrustRequestCreate: {
            groupIds?: string[];
            /** @description The list of trustee users that are requesting access. */
            userIds?: string[];
        };
        TrustUpdate: {
            dateExpired?: string;
            enabled: boolean;
        };
        TrustUser: {
            acdAutoAnswer?: boolean;
            /** @description Email addresses and phone numbers for this user */
            addresses?: components["schemas"]["Contact"][];
            authorization?: components["schemas"]["UserAuthorization"];
            biography?: components["schemas"]["Biography"];
            certifications?: string[];
            chat?: components["schemas"]["Chat"];
            conversationSummary?: components["schemas"]["UserConversationSummary"];
            dateLastLogin?: string;
            dateWelcomeSent?: string;
            department?: string;
            division?: components["schemas"]["Division"];
            email?: string;
            employerInfo?: components["schemas"]["EmployerInfo"];
            geolocation?: components["schemas"]["Geolocation"];
            /** @description The groups the user is a member of */
            readonly groups?: components["schemas"]["Group"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            images?: components["schemas"]["Image"][];
            integrationPresence?: components["schemas"]["UserPresence"];
            languagePreference?: string;
            languages?: components["schemas"]["UserRoutingLanguage"][];
            lastTokenIssued?: components["schemas"]["OAuthLastTokenIssued"];
            /** @description The user placement at each site location. */
            readonly locations?: components["schemas"]["Location"][];
            manager?: components["schemas"]["User"];
            name?: string;
            outOfOffice?: components["schemas"]["OutOfOffice"];
            preferredName?: string;
            presence?: components["schemas"]["UserPresence"];
            /** @description Auto populated from addresses. */
            readonly primaryContactInfo?: components["schemas"]["Contact"][];
            /** @description Skills possessed by the user */
            readonly profileSkills?: string[];
            routingStatus?: components["schemas"]["RoutingStatus"];
            skills?: components["schemas"]["UserRoutingSkill"][];
            /**
             * @description The current state for this user.
             * @enum {string}
             */
            readonly state?: "active" | "inactive" | "deleted" | (string & {});
            station?: components["schemas"]["UserStations"];
            team?: components["schemas"]["Team"];
            title?: string;
            trustUserDetails?: components["schemas"]["TrustUserDetails"];
            username?: string;
            /**
             * Format: int32
             * @description Required when updating a user, this value should be the current version of the user.  The current version can be obtained with a GET on the user before doing a PATCH.
             */
            version: number;
            workPlanBidRanks?: components["schemas"]["WorkPlanBidRanks"];
        };
        TrustUserDetails: {
            createdBy?: components["schemas"]["OrgUser"];
            /**
             * Format: date-time
             * @description Date Trust User was added. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
        };
        TrustUserEntityListing: {
            entities?: components["schemas"]["TrustUser"][];
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
        User: {
            acdAutoAnswer?: boolean;
            /** @description Email addresses and phone numbers for this user */
            addresses?: components["schemas"]["Contact"][];
            authorization?: components["schemas"]["UserAuthorization"];
            biography?: components["schemas"]["Biography"];
            certifications?: string[];
            chat?: components["schemas"]["Chat"];
            conversationSummary?: components["schemas"]["UserConversationSummary"];
            dateLastLogin?: string;
            dateWelcomeSent?: string;
            department?: string;
            division?: components["schemas"]["Division"];
            email?: string;
            employerInfo?: components["schemas"]["EmployerInfo"];
            geolocation?: components["schemas"]["Geolocation"];
            /** @description The groups the user is a member of */
            readonly groups?: components["schemas"]["Group"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            images?: components["schemas"]["Image"][];
            integrationPresence?: components["schemas"]["UserPresence"];
            languagePreference?: string;
            languages?: components["schemas"]["UserRoutingLanguage"][];
            lastTokenIssued?: components["schemas"]["OAuthLastTokenIssued"];
            /** @description The user placement at each site location. */
            readonly locations?: components["schemas"]["Location"][];
            manager?: components["schemas"]["User"];
            name?: string;
            outOfOffice?: components["schemas"]["OutOfOffice"];
            preferredName?: string;
            presence?: components["schemas"]["UserPresence"];
            /** @description Auto populated from addresses. */
            readonly primaryContactInfo?: components["schemas"]["Contact"][];
            /** @description Skills possessed by the user */
            readonly profileSkills?: string[];
            routingStatus?: components["schemas"]["RoutingStatus"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            skills?: components["schemas"]["UserRoutingSkill"][];
            /**
             * @description The current state for this user.
             * @enum {string}
             */
            readonly state?: "active" | "inactive" | "deleted" | (string & {});
            station?: components["schemas"]["UserStations"];
            team?: components["schemas"]["Team"];
            title?: string;
            username?: string;
            /**
             * Format: int32
             * @description Required when updating a user, this value should be the current version of the user.  The current version can be obtained with a GET on the user before doing a PATCH.
             */
            version: number;
            workPlanBidRanks?: components["schemas"]["WorkPlanBidRanks"];
        };
        UserAuthorization: {
            /** @description The policies configured for assigned permissions. */
            readonly permissionPolicies?: components["schemas"]["ResourcePermissionPolicy"][];
            /** @description A collection of the permissions granted by all assigned roles */
            readonly permissions?: string[];
            roles?: components["schemas"]["DomainRole"][];
            unusedRoles?: components["schemas"]["DomainRole"][];
        };
        UserConversationSummary: {
            call?: components["schemas"]["MediaSummary"];
            callback?: components["schemas"]["MediaSummary"];
            chat?: components["schemas"]["MediaSummary"];
            email?: components["schemas"]["MediaSummary"];
            message?: components["schemas"]["MediaSummary"];
            socialExpression?: components["schemas"]["MediaSummary"];
            userId?: string;
            video?: components["schemas"]["MediaSummary"];
        };
        UserPresence: {
            futurePresenceDefinition?: components["schemas"]["PresenceDefinition"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            message?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifiedDate?: string;
            name?: string;
            presenceDefinition?: components["schemas"]["PresenceDefinition"];
            /** @description A boolean used to tell whether or not to set this presence source as the primary on a PATCH */
            primary?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @description Represents the source where the Presence was set. Some examples are: PURECLOUD, LYNC, OUTLOOK, etc. */
            source?: string;
            sourceId?: string;
        };
        UserRoutingLanguage: {
            id?: string;
            languageUri?: string;
            name?: string;
            proficiency?: number;
            selfUri?: string;
            state?: string;
        };
        /** @description Represents an organization skill assigned to a user. When assigning to a user specify the organization skill id as the id. */
        UserRoutingSkill: {
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: double
             * @description Proficiency is a rating from 0.0 to 5.0 on how competent an agent is for a particular skill. It is used when a queue is set to "Best available skills" mode to allow acd interactions to target agents with higher proficiency ratings.
             */
            proficiency?: number;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: uri
             * @description URI to the organization skill used by this user skill.
             */
            readonly skillUri?: string;
            /**
             * @description Activate or deactivate this routing skill.
             * @enum {string}
             */
            state?: "active" | "inactive" | "deleted" | (string & {});
        };
        UserStation: {
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            associatedDate?: string;
            associatedUser?: components["schemas"]["User"];
            defaultUser?: components["schemas"]["User"];
            /** @description A globally unique identifier for this station */
            readonly id?: string;
            name?: string;
            /** @description Provider-specific info for this station, e.g. { "edgeGroupId": "ffe7b15c-a9cc-4f4c-88f5-781327819a49" } */
            providerInfo?: {
                [key: string]: string;
            };
            type?: string;
            webRtcCallAppearances?: number;
        };
        UserStations: {
            associatedStation?: components["schemas"]["UserStation"];
            defaultStation?: components["schemas"]["UserStation"];
            effectiveStation?: components["schemas"]["UserStation"];
            lastAssociatedStation?: components["schemas"]["UserStation"];
        };
        WorkPlanBidRanks: {
            biddingTieBreaker?: string;
            id?: string;
            selfUri?: string;
            workPlanBiddingPerformance?: number;
        };
        WritableDivision: {
            id?: string;
            name?: string;
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
export type SchemaAddressableEntityRef = components['schemas']['AddressableEntityRef'];
export type SchemaBiography = components['schemas']['Biography'];
export type SchemaChat = components['schemas']['Chat'];
export type SchemaClonedUser = components['schemas']['ClonedUser'];
export type SchemaClonedUserEntityListing = components['schemas']['ClonedUserEntityListing'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaDomainRole = components['schemas']['DomainRole'];
export type SchemaEducation = components['schemas']['Education'];
export type SchemaEmployerInfo = components['schemas']['EmployerInfo'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaFacet = components['schemas']['Facet'];
export type SchemaFilter = components['schemas']['Filter'];
export type SchemaGeolocation = components['schemas']['Geolocation'];
export type SchemaGroup = components['schemas']['Group'];
export type SchemaGroupContact = components['schemas']['GroupContact'];
export type SchemaImage = components['schemas']['Image'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaLocation = components['schemas']['Location'];
export type SchemaLocationAddress = components['schemas']['LocationAddress'];
export type SchemaLocationAddressVerificationDetails = components['schemas']['LocationAddressVerificationDetails'];
export type SchemaLocationDefinition = components['schemas']['LocationDefinition'];
export type SchemaLocationEmergencyNumber = components['schemas']['LocationEmergencyNumber'];
export type SchemaLocationImage = components['schemas']['LocationImage'];
export type SchemaMediaSummary = components['schemas']['MediaSummary'];
export type SchemaMediaSummaryDetail = components['schemas']['MediaSummaryDetail'];
export type SchemaOAuthLastTokenIssued = components['schemas']['OAuthLastTokenIssued'];
export type SchemaOrganization = components['schemas']['Organization'];
export type SchemaOrgUser = components['schemas']['OrgUser'];
export type SchemaOutOfOffice = components['schemas']['OutOfOffice'];
export type SchemaPresenceDefinition = components['schemas']['PresenceDefinition'];
export type SchemaResourceConditionNode = components['schemas']['ResourceConditionNode'];
export type SchemaResourceConditionValue = components['schemas']['ResourceConditionValue'];
export type SchemaResourcePermissionPolicy = components['schemas']['ResourcePermissionPolicy'];
export type SchemaRoleDivisionGrants = components['schemas']['RoleDivisionGrants'];
export type SchemaRoleDivisionPair = components['schemas']['RoleDivisionPair'];
export type SchemaRoutingStatus = components['schemas']['RoutingStatus'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaTrustCreate = components['schemas']['TrustCreate'];
export type SchemaTrustee = components['schemas']['Trustee'];
export type SchemaTrusteeAuditQueryRequest = components['schemas']['TrusteeAuditQueryRequest'];
export type SchemaTrusteeAuthorization = components['schemas']['TrusteeAuthorization'];
export type SchemaTrusteeReferenceList = components['schemas']['TrusteeReferenceList'];
export type SchemaTrustEntityListing = components['schemas']['TrustEntityListing'];
export type SchemaTrustGroup = components['schemas']['TrustGroup'];
export type SchemaTrustGroupEntityListing = components['schemas']['TrustGroupEntityListing'];
export type SchemaTrustMemberCreate = components['schemas']['TrustMemberCreate'];
export type SchemaTrustor = components['schemas']['Trustor'];
export type SchemaTrustorAuditQueryRequest = components['schemas']['TrustorAuditQueryRequest'];
export type SchemaTrustorEntityListing = components['schemas']['TrustorEntityListing'];
export type SchemaTrustRequest = components['schemas']['TrustRequest'];
export type SchemaTrustRequestCreate = components['schemas']['TrustRequestCreate'];
export type SchemaTrustUpdate = components['schemas']['TrustUpdate'];
export type SchemaTrustUser = components['schemas']['TrustUser'];
export type SchemaTrustUserDetails = components['schemas']['TrustUserDetails'];
export type SchemaTrustUserEntityListing = components['schemas']['TrustUserEntityListing'];
export type SchemaUser = components['schemas']['User'];
export type SchemaUserAuthorization = components['schemas']['UserAuthorization'];
export type SchemaUserConversationSummary = components['schemas']['UserConversationSummary'];
export type SchemaUserPresence = components['schemas']['UserPresence'];
export type SchemaUserRoutingLanguage = components['schemas']['UserRoutingLanguage'];
export type SchemaUserRoutingSkill = components['schemas']['UserRoutingSkill'];
export type SchemaUserStation = components['schemas']['UserStation'];
export type SchemaUserStations = components['schemas']['UserStations'];
export type SchemaWorkPlanBidRanks = components['schemas']['WorkPlanBidRanks'];
export type SchemaWritableDivision = components['schemas']['WritableDivision'];
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
    postOrgauthorizationPairings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Pairing Info */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrustRequestCreate"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustRequest"];
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
    getOrgauthorizationPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Pairing Id */
                pairingId: string;
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
                    "application/json": components["schemas"]["TrustRequest"];
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
    getOrgauthorizationTrustees: {
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
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustEntityListing"];
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
    postOrgauthorizationTrustees: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Trust */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrustCreate"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Trustee"];
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
    deleteOrgauthorizationTrustees: {
        parameters: {
            query: {
                /** @description Comma separated list of trustee ids to remove */
                id: string[];
            };
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
    getOrgauthorizationTrustee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
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
                    "application/json": components["schemas"]["Trustee"];
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
    putOrgauthorizationTrustee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
            };
            cookie?: never;
        };
        /** @description Client */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrustUpdate"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Trustee"];
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
    deleteOrgauthorizationTrustee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trust deleted */
            204: {
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
    getOrgauthorizationTrusteeClonedusers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
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
                    "application/json": components["schemas"]["ClonedUserEntityListing"];
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
    deleteOrgauthorizationTrusteeCloneduser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
                /** @description Id of the cloned user to delete */
                trusteeUserId: string;
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
    getOrgauthorizationTrusteeGroups: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
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
                    "application/json": components["schemas"]["TrustGroupEntityListing"];
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
    postOrgauthorizationTrusteeGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
            };
            cookie?: never;
        };
        /** @description Trust */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrustMemberCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustGroup"];
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
    getOrgauthorizationTrusteeGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Group Id */
                trusteeGroupId: string;
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
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
                    "application/json": components["schemas"]["TrustGroup"];
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
    deleteOrgauthorizationTrusteeGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Group Id */
                trusteeGroupId: string;
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
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
    putOrgauthorizationTrusteeGroupRoledivisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Group Id */
                trusteeGroupId: string;
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
            };
            cookie?: never;
        };
        /** @description Set of roles with corresponding divisions to apply */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleDivisionGrants"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAuthorization"];
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
    getOrgauthorizationTrusteeGroupRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Group Id */
                trusteeGroupId: string;
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
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
                    "application/json": components["schemas"]["UserAuthorization"];
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
    putOrgauthorizationTrusteeGroupRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Group Id */
                trusteeGroupId: string;
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
            };
            cookie?: never;
        };
        /** @description List of roles */
        requestBody: {
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
                    "application/json": components["schemas"]["UserAuthorization"];
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
    deleteOrgauthorizationTrusteeGroupRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Group Id */
                trusteeGroupId: string;
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
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
    getOrgauthorizationTrusteeUsers: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
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
                    "application/json": components["schemas"]["TrustUserEntityListing"];
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
    postOrgauthorizationTrusteeUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
            };
            cookie?: never;
        };
        /** @description Trust */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrustMemberCreate"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustUser"];
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
    getOrgauthorizationTrusteeUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
                /** @description Trustee User Id */
                trusteeUserId: string;
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
                    "application/json": components["schemas"]["TrustUser"];
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
    deleteOrgauthorizationTrusteeUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
                /** @description Trustee User Id */
                trusteeUserId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trust deleted */
            204: {
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
    putOrgauthorizationTrusteeUserRoledivisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
                /** @description Trustee User Id */
                trusteeUserId: string;
            };
            cookie?: never;
        };
        /** @description Set of roles with corresponding divisions to apply */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleDivisionGrants"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAuthorization"];
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
    getOrgauthorizationTrusteeUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
                /** @description Trustee User Id */
                trusteeUserId: string;
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
                    "application/json": components["schemas"]["UserAuthorization"];
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
    putOrgauthorizationTrusteeUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
                /** @description Trustee User Id */
                trusteeUserId: string;
            };
            cookie?: never;
        };
        /** @description List of roles */
        requestBody: {
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
                    "application/json": components["schemas"]["UserAuthorization"];
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
    deleteOrgauthorizationTrusteeUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trusteeOrgId: string;
                /** @description Trustee User Id */
                trusteeUserId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Roles deleted */
            204: {
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
    postOrgauthorizationTrusteesAudits: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Values to scope the request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrusteeAuditQueryRequest"];
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
    getOrgauthorizationTrusteesCare: {
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
                    "application/json": components["schemas"]["TrusteeReferenceList"];
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
    postOrgauthorizationTrusteesCare: {
        parameters: {
            query?: {
                /** @description Make Customer Care a Trusted User */
                allowTrustedUserAccess?: boolean;
                /** @description Assign Admin role to default pairing with Customer Care */
                assignDefaultRole?: boolean;
                /** @description Grant Customer Care full access to the organization */
                assignFullAccess?: boolean;
                /** @description Automatically expire pairing after 30 days */
                autoExpire?: boolean;
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
                    "application/json": components["schemas"]["TrustEntityListing"];
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
    getOrgauthorizationTrusteesDefault: {
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
                    "application/json": components["schemas"]["Trustee"];
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
    postOrgauthorizationTrusteesDefault: {
        parameters: {
            query?: {
                /** @description Assign Admin role to default pairing with Customer Care */
                assignDefaultRole?: boolean;
                /** @description Automatically expire pairing after 30 days */
                autoExpire?: boolean;
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
                    "application/json": components["schemas"]["Trustee"];
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
    postOrgauthorizationTrustorAudits: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Values to scope the request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrustorAuditQueryRequest"];
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
    getOrgauthorizationTrustors: {
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
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustorEntityListing"];
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
    deleteOrgauthorizationTrustors: {
        parameters: {
            query: {
                /** @description Comma separated list of trustor ids to remove */
                id: string[];
            };
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
    getOrgauthorizationTrustor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustor Organization Id */
                trustorOrgId: string;
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
                    "application/json": components["schemas"]["Trustor"];
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
    deleteOrgauthorizationTrustor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustor Organization Id */
                trustorOrgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trust deleted */
            204: {
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
    getOrgauthorizationTrustorClonedusers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustor Organization Id */
                trustorOrgId: string;
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
                    "application/json": components["schemas"]["ClonedUserEntityListing"];
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
    getOrgauthorizationTrustorCloneduser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee User Id */
                trusteeUserId: string;
                /** @description Trustor Organization Id */
                trustorOrgId: string;
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
                    "application/json": components["schemas"]["ClonedUser"];
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
    putOrgauthorizationTrustorCloneduser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee User Id */
                trusteeUserId: string;
                /** @description Trustor Organization Id */
                trustorOrgId: string;
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
                    "application/json": components["schemas"]["ClonedUser"];
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
    deleteOrgauthorizationTrustorCloneduser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee User Id */
                trusteeUserId: string;
                /** @description Trustor Organization Id */
                trustorOrgId: string;
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
    getOrgauthorizationTrustorGroups: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trustorOrgId: string;
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
                    "application/json": components["schemas"]["TrustGroupEntityListing"];
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
    getOrgauthorizationTrustorGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustor Group Id */
                trustorGroupId: string;
                /** @description Trustor Organization Id */
                trustorOrgId: string;
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
                    "application/json": components["schemas"]["TrustGroup"];
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
    putOrgauthorizationTrustorGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustor Group Id */
                trustorGroupId: string;
                /** @description Trustor Organization Id */
                trustorOrgId: string;
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
                    "application/json": components["schemas"]["TrustGroup"];
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
    deleteOrgauthorizationTrustorGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustor Group Id */
                trustorGroupId: string;
                /** @description Trustor Organization Id */
                trustorOrgId: string;
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
    getOrgauthorizationTrustorUsers: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Trustee Organization Id */
                trustorOrgId: string;
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
                    "application/json": components["schemas"]["TrustUserEntityListing"];
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
    getOrgauthorizationTrustorUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee User Id */
                trusteeUserId: string;
                /** @description Trustor Organization Id */
                trustorOrgId: string;
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
                    "application/json": components["schemas"]["TrustUser"];
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
    putOrgauthorizationTrustorUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee User Id */
                trusteeUserId: string;
                /** @description Trustor Organization Id */
                trustorOrgId: string;
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
                    "application/json": components["schemas"]["TrustUser"];
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
    deleteOrgauthorizationTrustorUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Trustee User Id */
                trusteeUserId: string;
                /** @description Trustor Organization Id */
                trustorOrgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trust deleted */
            204: {
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
}
