// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/content-management/openapi.yaml (sha256 19c31d4030b37042)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area content-management` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Content Management (36 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const contentManagement = contentManagementApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function contentManagementApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/contentmanagement/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of documents.
         * @deprecated The vendor deprecated this operation.
         * @permissions none required
         */
        get: operations["getContentmanagementDocuments"];
        put?: never;
        /**
         * Add a document.
         * @permissions none required
         */
        post: operations["postContentmanagementDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a document.
         * @permissions ANY: `content_management_user`
         */
        get: operations["getContentmanagementDocument"];
        put?: never;
        /**
         * Update a document.
         * @permissions ANY: `content_management_user`
         */
        post: operations["postContentmanagementDocument"];
        /**
         * Delete a document.
         * @permissions ANY: `content_management_user`
         */
        delete: operations["deleteContentmanagementDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/documents/{documentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a document.
         * @permissions ANY: `content_management_user`
         */
        get: operations["getContentmanagementDocumentContent"];
        put?: never;
        /**
         * Replace the contents of a document.
         * @permissions ANY: `content_management_user`
         */
        post: operations["postContentmanagementDocumentContent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query content
         * @permissions none required
         */
        get: operations["getContentmanagementQuery"];
        put?: never;
        /**
         * Query content
         * @permissions none required
         */
        post: operations["postContentmanagementQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/securityprofiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a List of Security Profiles
         * @permissions none required
         */
        get: operations["getContentmanagementSecurityprofiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/securityprofiles/{securityProfileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Security Profile
         * @permissions none required
         */
        get: operations["getContentmanagementSecurityprofile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/shared/{sharedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get shared documents. Securely download a shared document.
         * @description This method requires the download sharing URI obtained in the get document response (downloadSharingUri). Documents may be shared between users in the same workspace. Documents may also be shared between any user by creating a content management share.
         * @permissions none required
         */
        get: operations["getContentmanagementSharedSharedId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a list of shares.  You must specify at least one filter (e.g. entityId).
         * @description Failing to specify a filter will return 400.
         * @permissions none required
         */
        get: operations["getContentmanagementShares"];
        put?: never;
        /**
         * Creates a new share or updates an existing share if the entity has already been shared
         * @permissions none required
         */
        post: operations["postContentmanagementShares"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/shares/{shareId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve details about an existing share.
         * @permissions none required
         */
        get: operations["getContentmanagementShare"];
        put?: never;
        post?: never;
        /**
         * Deletes an existing share.
         * @description This revokes sharing rights specified in the share record
         * @permissions none required
         */
        delete: operations["deleteContentmanagementShare"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of statuses for pending operations
         * @permissions none required
         */
        get: operations["getContentmanagementStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/status/{statusId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a status.
         * @permissions none required
         */
        get: operations["getContentmanagementStatusStatusId"];
        put?: never;
        post?: never;
        /**
         * Cancel the command for this status
         * @permissions none required
         */
        delete: operations["deleteContentmanagementStatusStatusId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get usage details.
         * @permissions none required
         */
        get: operations["getContentmanagementUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of workspaces.
         * @description Specifying content access will return all workspaces the user has document access to, while admin access will return all group workspaces the user has administrative rights to.
         * @permissions none required
         */
        get: operations["getContentmanagementWorkspaces"];
        put?: never;
        /**
         * Create a group workspace
         * @permissions none required
         */
        post: operations["postContentmanagementWorkspaces"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/workspaces/{workspaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workspace.
         * @permissions none required
         */
        get: operations["getContentmanagementWorkspace"];
        /**
         * Update a workspace
         * @permissions none required
         */
        put: operations["putContentmanagementWorkspace"];
        post?: never;
        /**
         * Delete a workspace
         * @permissions none required
         */
        delete: operations["deleteContentmanagementWorkspace"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/workspaces/{workspaceId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of documents.
         * @permissions none required
         */
        get: operations["getContentmanagementWorkspaceDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/workspaces/{workspaceId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list workspace members
         * @permissions none required
         */
        get: operations["getContentmanagementWorkspaceMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/workspaces/{workspaceId}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workspace member
         * @permissions none required
         */
        get: operations["getContentmanagementWorkspaceMember"];
        /**
         * Add a member to a workspace
         * @permissions none required
         */
        put: operations["putContentmanagementWorkspaceMember"];
        post?: never;
        /**
         * Delete a member from a workspace
         * @permissions none required
         */
        delete: operations["deleteContentmanagementWorkspaceMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/workspaces/{workspaceId}/tagvalues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of workspace tags
         * @permissions none required
         */
        get: operations["getContentmanagementWorkspaceTagvalues"];
        put?: never;
        /**
         * Create a workspace tag
         * @permissions none required
         */
        post: operations["postContentmanagementWorkspaceTagvalues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/workspaces/{workspaceId}/tagvalues/{tagId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workspace tag
         * @permissions none required
         */
        get: operations["getContentmanagementWorkspaceTagvalue"];
        /**
         * Update a workspace tag. Will update all documents with the new tag value.
         * @permissions none required
         */
        put: operations["putContentmanagementWorkspaceTagvalue"];
        post?: never;
        /**
         * Delete workspace tag
         * @description Delete a tag from a workspace. Will remove this tag from all documents.
         * @permissions none required
         */
        delete: operations["deleteContentmanagementWorkspaceTagvalue"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contentmanagement/workspaces/{workspaceId}/tagvalues/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Perform a prefix query on tags in the workspace
         * @permissions none required
         */
        post: operations["postContentmanagementWorkspaceTagvaluesQuery"];
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
        Attribute: {
            createdBy?: components["schemas"]["DomainEntityRef"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateCreated?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateModified?: string;
            description?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: components["schemas"]["DomainEntityRef"];
            /** @description The attribute name. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** Format: int32 */
            version?: number;
        };
        AttributeFilterItem: {
            id?: string;
            /** @enum {string} */
            operator?: "IN" | "RANGE" | "EQUALS" | "NOTEQUALS" | "LESSTHAN" | "LESSTHANEQUALS" | "GREATERTHAN" | "GREATERTHANEQUALS" | "CONTAINS" | (string & {});
            values?: string[];
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
        CommandStatus: {
            /** @enum {string} */
            commandType?: "UPLOAD" | "COPYDOCUMENT" | "MOVEDOCUMENT" | "DELETEWORKSPACE" | "DELETEDOCUMENT" | "DELETETAG" | "UPDATETAG" | "REINDEX" | "CLEANUP" | "REPLACEDOCUMENT" | (string & {});
            document?: components["schemas"]["Document"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            expiration?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @enum {string} */
            statusCode?: "INPROGRESS" | "COMPLETE" | "ERROR" | "CANCELING" | "CANCELED" | (string & {});
            userId?: string;
        };
        CommandStatusEntityListing: {
            entities?: components["schemas"]["CommandStatus"][];
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
        ContentFilterItem: {
            name?: string;
            /** @enum {string} */
            operator?: "IN" | "RANGE" | "EQUALS" | "NOTEQUALS" | "LESSTHAN" | "LESSTHANEQUALS" | "GREATERTHAN" | "GREATERTHANEQUALS" | "CONTAINS" | (string & {});
            /** @enum {string} */
            type?: "NUMBER" | "STRING" | "DATE" | "BOOLEAN" | "LIST" | (string & {});
            values?: string[];
        };
        CreateShareRequest: {
            member?: components["schemas"]["SharedEntity"];
            members?: components["schemas"]["CreateShareRequestMember"][];
            /** @enum {string} */
            memberType?: "USER" | "GROUP" | "PUBLIC" | (string & {});
            sharedEntity: components["schemas"]["SharedEntity"];
            /**
             * @description The share entity type
             * @enum {string}
             */
            sharedEntityType: "DOCUMENT" | (string & {});
        };
        CreateShareRequestMember: {
            member?: components["schemas"]["MemberEntity"];
            /** @enum {string} */
            memberType?: "USER" | "GROUP" | "PUBLIC" | (string & {});
        };
        CreateShareResponse: {
            failed?: components["schemas"]["Share"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            member?: components["schemas"]["DomainEntityRef"];
            /** @enum {string} */
            memberType?: "USER" | "GROUP" | "PUBLIC" | (string & {});
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            sharedBy?: components["schemas"]["DomainEntityRef"];
            sharedEntity?: components["schemas"]["DomainEntityRef"];
            /** @enum {string} */
            sharedEntityType?: "DOCUMENT" | (string & {});
            succeeded?: components["schemas"]["Share"][];
            workspace?: components["schemas"]["DomainEntityRef"];
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
        Document: {
            /** @description A list of permitted action rights for the user making the request */
            acl?: string[];
            attributes?: components["schemas"]["DocumentAttribute"][];
            callerAddress?: string;
            /** Format: int32 */
            changeNumber?: number;
            /** Format: int64 */
            contentLength?: number;
            contentType?: string;
            /** Format: uri */
            contentUri?: string;
            createdBy?: components["schemas"]["DomainEntityRef"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateCreated?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateModified?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateUploaded?: string;
            /** Format: uri */
            downloadSharingUri?: string;
            filename?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            lockInfo?: components["schemas"]["LockInfo"];
            name?: string;
            /** Format: int64 */
            pageCount?: number;
            read?: boolean;
            receiverAddress?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @enum {string} */
            sharingStatus?: "NONE" | "LIMITED" | "PUBLIC" | (string & {});
            /** Format: uri */
            sharingUri?: string;
            /** @enum {string} */
            systemType?: "DOCUMENT" | "FAX" | "RECORDING" | (string & {});
            tags?: string[];
            tagValues?: components["schemas"]["TagValue"][];
            thumbnails?: components["schemas"]["DocumentThumbnail"][];
            /** Format: uri */
            uploadDestinationUri?: string;
            uploadedBy?: components["schemas"]["DomainEntityRef"];
            /** @enum {string} */
            uploadMethod?: "SINGLE_PUT" | "MULTIPART_POST" | (string & {});
            uploadStatus?: components["schemas"]["DomainEntityRef"];
            workspace?: components["schemas"]["DomainEntityRef"];
        };
        DocumentAttribute: {
            attribute?: components["schemas"]["Attribute"];
            values?: string[];
        };
        DocumentEntityListing: {
            entities?: components["schemas"]["Document"][];
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
        DocumentThumbnail: {
            /** Format: int32 */
            height?: number;
            imageUri?: string;
            resolution?: string;
            /** Format: int32 */
            width?: number;
        };
        DocumentUpdate: {
            addTagIds?: string[];
            addTags?: string[];
            /** Format: int32 */
            changeNumber?: number;
            /** @description The name of the document */
            name: string;
            read?: boolean;
            removeAttributes?: string[];
            removeTagIds?: string[];
            removeTags?: string[];
            updateAttributes?: components["schemas"]["DocumentAttribute"][];
        };
        DocumentUpload: {
            /** @description The name of the document */
            name: string;
            tagIds?: string[];
            tags?: string[];
            workspace: components["schemas"]["DomainEntityRef"];
        };
        DomainEntity: {
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        DomainEntityListingQueryResult: {
            entities?: components["schemas"]["QueryResult"][];
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
        DownloadResponse: {
            contentLocationUri?: string;
            id?: string;
            imageUri?: string;
            resultUri?: string;
            selfUri?: string;
            state?: string;
            thumbnails?: components["schemas"]["DocumentThumbnail"][];
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
        FacetEntry: {
            attribute?: components["schemas"]["TermAttribute"];
            /** Format: int64 */
            missing?: number;
            /** Format: int64 */
            other?: number;
            statistics?: components["schemas"]["FacetStatistics"];
            /** Format: int32 */
            termCount?: number;
            terms?: components["schemas"]["FacetTerm"][];
            /** @enum {string} */
            termType?: "TERM" | "NUMBERRANGE" | "NUMBERHISTOGRAM" | "DATERANGE" | "DATEHISTOGRAM" | "ID" | (string & {});
            /** Format: int64 */
            total?: number;
        };
        FacetKeyAttribute: {
            /** Format: int32 */
            count?: number;
            id?: string;
            name?: string;
        };
        FacetStatistics: {
            /** Format: int64 */
            count?: number;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateMax?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateMin?: string;
            /** Format: double */
            max?: number;
            /** Format: double */
            mean?: number;
            /** Format: double */
            min?: number;
            /** Format: double */
            stdDeviation?: number;
        };
        FacetTerm: {
            /** Format: int64 */
            count?: number;
            id?: string;
            /** Format: int64 */
            key?: number;
            name?: string;
            term?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            time?: string;
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
        LockInfo: {
            /** @enum {string} */
            action?: "UPDATE" | "DELETE" | "COPY" | "MOVE" | "REPLACE" | "THUMBNAIL" | "TEXT_EXTRACTION" | (string & {});
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateCreated?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateExpires?: string;
            lockedBy?: components["schemas"]["DomainEntityRef"];
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
        MemberEntity: {
            id?: string;
        };
        OAuthLastTokenIssued: {
            dateIssued?: string;
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
        QueryFacetInfo: {
            attributes?: components["schemas"]["FacetKeyAttribute"][];
            facets?: components["schemas"]["FacetEntry"][];
        };
        QueryRequest: {
            attributeFilters?: components["schemas"]["AttributeFilterItem"][];
            facetNameRequests?: string[];
            filters?: components["schemas"]["ContentFilterItem"][];
            includeShares?: boolean;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            queryPhrase?: string;
            sort?: components["schemas"]["SortItem"][];
        };
        QueryResult: {
            body?: components["schemas"]["DomainEntity"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        QueryResults: {
            facetInfo?: components["schemas"]["QueryFacetInfo"];
            results?: components["schemas"]["DomainEntityListingQueryResult"];
        };
        ReplaceRequest: {
            authToken?: string;
            /** Format: int32 */
            changeNumber?: number;
            name?: string;
        };
        ReplaceResponse: {
            /** Format: int32 */
            changeNumber?: number;
            id?: string;
            name?: string;
            /** Format: uri */
            uploadDestinationUri?: string;
            /** @enum {string} */
            uploadMethod?: "SINGLE_PUT" | "MULTIPART_POST" | (string & {});
            uploadStatus?: components["schemas"]["DomainEntityRef"];
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
        SecurityProfile: {
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            permissions?: string[];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        SecurityProfileEntityListing: {
            entities?: components["schemas"]["SecurityProfile"][];
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
        Share: {
            group?: components["schemas"]["Group"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            member?: components["schemas"]["DomainEntityRef"];
            /** @enum {string} */
            memberType?: "USER" | "GROUP" | "PUBLIC" | (string & {});
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            sharedBy?: components["schemas"]["DomainEntityRef"];
            sharedEntity?: components["schemas"]["DomainEntityRef"];
            /** @enum {string} */
            sharedEntityType?: "DOCUMENT" | (string & {});
            user?: components["schemas"]["User"];
            workspace?: components["schemas"]["DomainEntityRef"];
        };
        SharedEntity: {
            id?: string;
        };
        SharedResponse: {
            document?: components["schemas"]["Document"];
            /** Format: uri */
            downloadUri?: string;
            id?: string;
            share?: components["schemas"]["Share"];
            /** Format: uri */
            viewUri?: string;
        };
        ShareEntityListing: {
            entities?: components["schemas"]["Share"][];
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
        SortItem: {
            ascending?: boolean;
            name?: string;
        };
        TagQueryRequest: {
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            query?: string;
        };
        TagValue: {
            acl?: string[];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            inUse?: boolean;
            /** @description The workspace tag name. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        TagValueEntityListing: {
            entities?: components["schemas"]["TagValue"][];
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
        TermAttribute: {
            id?: string;
            name?: string;
            /** @enum {string} */
            type?: "NUMBER" | "STRING" | "DATE" | "BOOLEAN" | "LIST" | (string & {});
        };
        Usage: {
            types?: components["schemas"]["UsageItem"][];
        };
        UsageItem: {
            /** Format: int64 */
            totalDocumentByteCount?: number;
            /** Format: int64 */
            totalDocumentCount?: number;
            /** @enum {string} */
            type?: "RECORDING" | "FAX" | "DOCUMENT" | "ALL" | (string & {});
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
        Workspace: {
            acl?: string[];
            bucket?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateCreated?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateModified?: string;
            description?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            isCurrentUserWorkspace?: boolean;
            /** @description The current name of the workspace. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            summary?: components["schemas"]["WorkspaceSummary"];
            /** @enum {string} */
            type?: "USER" | "GROUP" | (string & {});
            user?: components["schemas"]["DomainEntityRef"];
        };
        WorkspaceCreate: {
            bucket?: string;
            description?: string;
            /** @description The workspace name */
            name: string;
        };
        WorkspaceEntityListing: {
            entities?: components["schemas"]["Workspace"][];
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
        WorkspaceMember: {
            group?: components["schemas"]["Group"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            member?: components["schemas"]["DomainEntityRef"];
            /**
             * @description The workspace member type.
             * @enum {string}
             */
            memberType: "USER" | "GROUP" | (string & {});
            name?: string;
            securityProfile?: components["schemas"]["SecurityProfile"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            user?: components["schemas"]["User"];
            workspace?: components["schemas"]["DomainEntityRef"];
        };
        WorkspaceMemberEntityListing: {
            entities?: components["schemas"]["WorkspaceMember"][];
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
        WorkspaceSummary: {
            /** Format: int64 */
            totalDocumentByteCount?: number;
            /** Format: int64 */
            totalDocumentCount?: number;
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
export type SchemaAttribute = components['schemas']['Attribute'];
export type SchemaAttributeFilterItem = components['schemas']['AttributeFilterItem'];
export type SchemaBiography = components['schemas']['Biography'];
export type SchemaChat = components['schemas']['Chat'];
export type SchemaCommandStatus = components['schemas']['CommandStatus'];
export type SchemaCommandStatusEntityListing = components['schemas']['CommandStatusEntityListing'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaContentFilterItem = components['schemas']['ContentFilterItem'];
export type SchemaCreateShareRequest = components['schemas']['CreateShareRequest'];
export type SchemaCreateShareRequestMember = components['schemas']['CreateShareRequestMember'];
export type SchemaCreateShareResponse = components['schemas']['CreateShareResponse'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDocument = components['schemas']['Document'];
export type SchemaDocumentAttribute = components['schemas']['DocumentAttribute'];
export type SchemaDocumentEntityListing = components['schemas']['DocumentEntityListing'];
export type SchemaDocumentThumbnail = components['schemas']['DocumentThumbnail'];
export type SchemaDocumentUpdate = components['schemas']['DocumentUpdate'];
export type SchemaDocumentUpload = components['schemas']['DocumentUpload'];
export type SchemaDomainEntity = components['schemas']['DomainEntity'];
export type SchemaDomainEntityListingQueryResult = components['schemas']['DomainEntityListingQueryResult'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaDomainRole = components['schemas']['DomainRole'];
export type SchemaDownloadResponse = components['schemas']['DownloadResponse'];
export type SchemaEducation = components['schemas']['Education'];
export type SchemaEmployerInfo = components['schemas']['EmployerInfo'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaFacetEntry = components['schemas']['FacetEntry'];
export type SchemaFacetKeyAttribute = components['schemas']['FacetKeyAttribute'];
export type SchemaFacetStatistics = components['schemas']['FacetStatistics'];
export type SchemaFacetTerm = components['schemas']['FacetTerm'];
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
export type SchemaLockInfo = components['schemas']['LockInfo'];
export type SchemaMediaSummary = components['schemas']['MediaSummary'];
export type SchemaMediaSummaryDetail = components['schemas']['MediaSummaryDetail'];
export type SchemaMemberEntity = components['schemas']['MemberEntity'];
export type SchemaOAuthLastTokenIssued = components['schemas']['OAuthLastTokenIssued'];
export type SchemaOutOfOffice = components['schemas']['OutOfOffice'];
export type SchemaPresenceDefinition = components['schemas']['PresenceDefinition'];
export type SchemaQueryFacetInfo = components['schemas']['QueryFacetInfo'];
export type SchemaQueryRequest = components['schemas']['QueryRequest'];
export type SchemaQueryResult = components['schemas']['QueryResult'];
export type SchemaQueryResults = components['schemas']['QueryResults'];
export type SchemaReplaceRequest = components['schemas']['ReplaceRequest'];
export type SchemaReplaceResponse = components['schemas']['ReplaceResponse'];
export type SchemaResourceConditionNode = components['schemas']['ResourceConditionNode'];
export type SchemaResourceConditionValue = components['schemas']['ResourceConditionValue'];
export type SchemaResourcePermissionPolicy = components['schemas']['ResourcePermissionPolicy'];
export type SchemaRoutingStatus = components['schemas']['RoutingStatus'];
export type SchemaSecurityProfile = components['schemas']['SecurityProfile'];
export type SchemaSecurityProfileEntityListing = components['schemas']['SecurityProfileEntityListing'];
export type SchemaShare = components['schemas']['Share'];
export type SchemaSharedEntity = components['schemas']['SharedEntity'];
export type SchemaSharedResponse = components['schemas']['SharedResponse'];
export type SchemaShareEntityListing = components['schemas']['ShareEntityListing'];
export type SchemaSortItem = components['schemas']['SortItem'];
export type SchemaTagQueryRequest = components['schemas']['TagQueryRequest'];
export type SchemaTagValue = components['schemas']['TagValue'];
export type SchemaTagValueEntityListing = components['schemas']['TagValueEntityListing'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaTermAttribute = components['schemas']['TermAttribute'];
export type SchemaUsage = components['schemas']['Usage'];
export type SchemaUsageItem = components['schemas']['UsageItem'];
export type SchemaUser = components['schemas']['User'];
export type SchemaUserAuthorization = components['schemas']['UserAuthorization'];
export type SchemaUserConversationSummary = components['schemas']['UserConversationSummary'];
export type SchemaUserPresence = components['schemas']['UserPresence'];
export type SchemaUserRoutingLanguage = components['schemas']['UserRoutingLanguage'];
export type SchemaUserRoutingSkill = components['schemas']['UserRoutingSkill'];
export type SchemaUserStation = components['schemas']['UserStation'];
export type SchemaUserStations = components['schemas']['UserStations'];
export type SchemaWorkPlanBidRanks = components['schemas']['WorkPlanBidRanks'];
export type SchemaWorkspace = components['schemas']['Workspace'];
export type SchemaWorkspaceCreate = components['schemas']['WorkspaceCreate'];
export type SchemaWorkspaceEntityListing = components['schemas']['WorkspaceEntityListing'];
export type SchemaWorkspaceMember = components['schemas']['WorkspaceMember'];
export type SchemaWorkspaceMemberEntityListing = components['schemas']['WorkspaceMemberEntityListing'];
export type SchemaWorkspaceSummary = components['schemas']['WorkspaceSummary'];
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
    getContentmanagementDocuments: {
        parameters: {
            query: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description name or dateCreated */
                sortBy?: string;
                /** @description ascending or descending */
                sortOrder?: string;
                /** @description Workspace ID */
                workspaceId: string;
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
                    "application/json": components["schemas"]["DocumentEntityListing"];
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
    postContentmanagementDocuments: {
        parameters: {
            query?: {
                /** @description Copy a document within a workspace or to a new workspace. Provide a document ID as the copy source. */
                copySource?: string;
                /** @description Move a document to a new workspace. Provide a document ID as the move source. */
                moveSource?: string;
                /** @description Override any lock on the source document */
                override?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Document */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentUpload"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            /** @description Locked - The source document is locked by another operation */
            423: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getContentmanagementDocument: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Document ID */
                documentId: string;
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
                    "application/json": components["schemas"]["Document"];
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
    postContentmanagementDocument: {
        parameters: {
            query?: {
                /** @description Expand some document fields */
                expand?: "acl" | (string & {});
                /** @description Override any lock on the document */
                override?: boolean;
            };
            header?: never;
            path: {
                /** @description Document ID */
                documentId: string;
            };
            cookie?: never;
        };
        /** @description Document */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentUpdate"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            /** @description Resource conflict - Unexpected changeNumber was provided */
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
            /** @description Locked - The document is locked by another operation */
            423: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteContentmanagementDocument: {
        parameters: {
            query?: {
                /** @description Override any lock on the document */
                override?: boolean;
            };
            header?: never;
            path: {
                /** @description Document ID */
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted - Processing Delete */
            202: {
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
            /** @description Locked - The document is locked by another operation */
            423: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getContentmanagementDocumentContent: {
        parameters: {
            query?: {
                /** @description The requested format for the specified document. If supported, the document will be returned in that format. Example contentType=audio/wav */
                contentType?: string;
                /** @description Request how the content will be downloaded: a file attachment or inline. Default is attachment. */
                disposition?: "attachment" | "inline" | (string & {});
            };
            header?: never;
            path: {
                /** @description Document ID */
                documentId: string;
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
                    "application/json": components["schemas"]["DownloadResponse"];
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
    postContentmanagementDocumentContent: {
        parameters: {
            query?: {
                /** @description Override any lock on the document */
                override?: boolean;
            };
            header?: never;
            path: {
                /** @description Document ID */
                documentId: string;
            };
            cookie?: never;
        };
        /** @description Replace Request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceRequest"];
            };
        };
        responses: {
            /** @description Accepted - Ready for upload */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplaceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            /** @description Resource conflict - Unexpected changeNumber was provided */
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
            /** @description Locked - The document is locked by another operation */
            423: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getContentmanagementQuery: {
        parameters: {
            query: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Phrase tokens are ANDed together over all searchable fields */
                queryPhrase: string;
                /** @description name or dateCreated */
                sortBy?: string;
                /** @description ascending or descending */
                sortOrder?: string;
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
                    "application/json": components["schemas"]["QueryResults"];
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
    postContentmanagementQuery: {
        parameters: {
            query?: {
                /** @description Expand some document fields */
                expand?: "acl" | "workspace" | (string & {});
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Allows for a filtered query returning facet information */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryResults"];
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
    getContentmanagementSecurityprofiles: {
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
                    "application/json": components["schemas"]["SecurityProfileEntityListing"];
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
    getContentmanagementSecurityprofile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Security Profile Id */
                securityProfileId: string;
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
                    "application/json": components["schemas"]["SecurityProfile"];
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
    getContentmanagementSharedSharedId: {
        parameters: {
            query?: {
                /** @description The requested format for the specified document. If supported, the document will be returned in that format. Example contentType=audio/wav */
                contentType?: string;
                /** @description Request how the share content will be downloaded: attached as a file or inline. Default is attachment. */
                disposition?: "attachment" | "inline" | "none" | (string & {});
                /** @description Expand some document fields */
                expand?: "document.acl" | (string & {});
            };
            header?: never;
            path: {
                /** @description Shared ID */
                sharedId: string;
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
                    "application/json": components["schemas"]["SharedResponse"];
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
    getContentmanagementShares: {
        parameters: {
            query?: {
                /** @description Filters the shares returned to only the entity specified by the value of this parameter. */
                entityId?: string;
                /** @description Which fields, if any, to expand. */
                expand?: string[];
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
                    "application/json": components["schemas"]["ShareEntityListing"];
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
    postContentmanagementShares: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description CreateShareRequest - entity id and type and a single member or list of members are required */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShareRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateShareResponse"];
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
    getContentmanagementShare: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Share ID */
                shareId: string;
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
                    "application/json": components["schemas"]["Share"];
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
    deleteContentmanagementShare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Share ID */
                shareId: string;
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
    getContentmanagementStatus: {
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
                    "application/json": components["schemas"]["CommandStatusEntityListing"];
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
    getContentmanagementStatusStatusId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Status ID */
                statusId: string;
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
                    "application/json": components["schemas"]["CommandStatus"];
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
    deleteContentmanagementStatusStatusId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Status ID */
                statusId: string;
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
    getContentmanagementUsage: {
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
                    "application/json": components["schemas"]["Usage"];
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
    getContentmanagementWorkspaces: {
        parameters: {
            query?: {
                /** @description Requested access level. */
                access?: string[];
                /** @description Which fields, if any, to expand. */
                expand?: string[];
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
                    "application/json": components["schemas"]["WorkspaceEntityListing"];
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
    postContentmanagementWorkspaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Workspace */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceCreate"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
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
    getContentmanagementWorkspace: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Workspace ID */
                workspaceId: string;
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
                    "application/json": components["schemas"]["Workspace"];
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
    putContentmanagementWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workspace ID */
                workspaceId: string;
            };
            cookie?: never;
        };
        /** @description Workspace */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Workspace"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
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
    deleteContentmanagementWorkspace: {
        parameters: {
            query?: {
                /** @description New location for objects in deleted workspace. */
                moveChildrenToWorkspaceId?: string;
            };
            header?: never;
            path: {
                /** @description Workspace ID */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted - Processing Delete */
            202: {
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
    getContentmanagementWorkspaceDocuments: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description name or dateCreated */
                sortBy?: string;
                /** @description ascending or descending */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description Workspace ID */
                workspaceId: string;
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
                    "application/json": components["schemas"]["DocumentEntityListing"];
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
    getContentmanagementWorkspaceMembers: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Workspace ID */
                workspaceId: string;
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
                    "application/json": components["schemas"]["WorkspaceMemberEntityListing"];
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
    getContentmanagementWorkspaceMember: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Member ID */
                memberId: string;
                /** @description Workspace ID */
                workspaceId: string;
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
                    "application/json": components["schemas"]["WorkspaceMember"];
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
    putContentmanagementWorkspaceMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member ID */
                memberId: string;
                /** @description Workspace ID */
                workspaceId: string;
            };
            cookie?: never;
        };
        /** @description Workspace Member */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceMember"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceMember"];
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
    deleteContentmanagementWorkspaceMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member ID */
                memberId: string;
                /** @description Workspace ID */
                workspaceId: string;
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
    getContentmanagementWorkspaceTagvalues: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description filter the list of tags returned */
                value?: string;
            };
            header?: never;
            path: {
                /** @description Workspace ID */
                workspaceId: string;
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
                    "application/json": components["schemas"]["TagValueEntityListing"];
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
    postContentmanagementWorkspaceTagvalues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workspace ID */
                workspaceId: string;
            };
            cookie?: never;
        };
        /** @description tag */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagValue"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagValue"];
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
    getContentmanagementWorkspaceTagvalue: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Tag ID */
                tagId: string;
                /** @description Workspace ID */
                workspaceId: string;
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
                    "application/json": components["schemas"]["TagValue"];
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
    putContentmanagementWorkspaceTagvalue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tag ID */
                tagId: string;
                /** @description Workspace ID */
                workspaceId: string;
            };
            cookie?: never;
        };
        /** @description Workspace */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagValue"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagValue"];
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
    deleteContentmanagementWorkspaceTagvalue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tag ID */
                tagId: string;
                /** @description Workspace ID */
                workspaceId: string;
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
    postContentmanagementWorkspaceTagvaluesQuery: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Workspace ID */
                workspaceId: string;
            };
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagQueryRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagValueEntityListing"];
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
