// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/response-management/openapi.yaml (sha256 419792f5f3c8d802)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area response-management` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Response Management (24 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const responseManagement = responseManagementApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function responseManagementApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/responsemanagement/libraries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a list of existing response libraries.
         * @permissions ANY: `responses:library:view`
         */
        get: operations["getResponsemanagementLibraries"];
        put?: never;
        /**
         * Create a response library.
         * @permissions ANY: `responses:library:add`
         */
        post: operations["postResponsemanagementLibraries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/responsemanagement/libraries/{libraryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details about an existing response library.
         * @permissions ANY: `responses:library:view`
         */
        get: operations["getResponsemanagementLibrary"];
        /**
         * Update an existing response library.
         * @description Fields that can be updated: name. The most recent version is required for updates.
         * @permissions ALL: `responses:library:edit`
         */
        put: operations["putResponsemanagementLibrary"];
        post?: never;
        /**
         * Delete an existing response library.
         * @description This will remove any responses associated with the library.
         * @permissions ANY: `responses:library:delete`
         */
        delete: operations["deleteResponsemanagementLibrary"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/responsemanagement/libraries/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get response libraries.
         * @permissions ANY: `responses:library:view`
         */
        post: operations["postResponsemanagementLibrariesBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/responsemanagement/libraries/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a list of existing response libraries.
         * @permissions ANY: `responses:library:search`
         */
        get: operations["getResponsemanagementLibrariesDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/responsemanagement/libraries/divisionviews/{libraryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details about an existing response library.
         * @permissions ANY: `responses:library:search`
         */
        get: operations["getResponsemanagementLibrariesDivisionview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/responsemanagement/libraries/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query libraries using criteria. Users can set DivisionId parameter as '*' to fetch libraries that aren't associated with any divisions.
         * @permissions ANY: `responses:library:view`
         */
        post: operations["postResponsemanagementLibrariesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/responsemanagement/responseassets/{responseAssetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get response asset information
         * @permissions ANY: `responseAssets:asset:view`
         */
        get: operations["getResponsemanagementResponseasset"];
        /**
         * Update response asset
         * @permissions ALL: `responseAssets:asset:edit`
         */
        put: operations["putResponsemanagementResponseasset"];
        post?: never;
        /**
         * Delete response asset
         * @permissions ANY: `responseAssets:asset:delete`
         */
        delete: operations["deleteResponsemanagementResponseasset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/responsemanagement/responseassets/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get response assets.
         * @permissions ANY: `responseAssets:asset:view`
         */
        post: operations["postResponsemanagementResponseassetsBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/responsemanagement/responseassets/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search response assets
         * @permissions ALL: `responseAssets:asset:view`
         */
        post: operations["postResponsemanagementResponseassetsSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/responsemanagement/responseassets/status/{statusId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get response asset upload status
         * @permissions ANY: `responseAssets:asset:view`
         */
        get: operations["getResponsemanagementResponseassetsStatusStatusId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/responsemanagement/responseassets/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates pre-signed url for uploading response asset
         * @permissions ANY: `responseAssets:asset:add`
         */
        post: operations["postResponsemanagementResponseassetsUploads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/responsemanagement/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a list of existing responses.
         * @permissions ANY: `responses:response:view`
         */
        get: operations["getResponsemanagementResponses"];
        put?: never;
        /**
         * Create a response.
         * @permissions ANY: `responses:response:add`
         */
        post: operations["postResponsemanagementResponses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/responsemanagement/responses/{responseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details about an existing response.
         * @permissions ANY: `responses:response:view`
         */
        get: operations["getResponsemanagementResponse"];
        /**
         * Update an existing response.
         * @description Fields that can be updated: name, libraries, and texts. The most recent version is required for updates.
         * @permissions ANY: `responses:response:edit`
         */
        put: operations["putResponsemanagementResponse"];
        post?: never;
        /**
         * Delete an existing response.
         * @description This will remove the response from any libraries associated with it.
         * @permissions ANY: `responses:response:delete`
         */
        delete: operations["deleteResponsemanagementResponse"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/responsemanagement/responses/divisionviews/{responseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details about an existing response.
         * @permissions ANY: `responses:response:search`
         */
        get: operations["getResponsemanagementResponsesDivisionview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/responsemanagement/responses/divisionviews/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query responses
         * @permissions ANY: `responses:response:search`
         */
        post: operations["postResponsemanagementResponsesDivisionviewsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/responsemanagement/responses/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query responses
         * @permissions ANY: `responses:response:view`
         */
        post: operations["postResponsemanagementResponsesQuery"];
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
        AppleInvitation: {
            businessName: string;
            locale: string;
            templateType: string;
            transcriptMessage: string;
        };
        Biography: {
            biography?: string;
            education?: components["schemas"]["Education"][];
            hobbies?: string[];
            interests?: string[];
            spouse?: string;
        };
        Button: {
            content?: string;
            contentText?: string;
            payload?: string;
            type?: string;
        };
        CardBodyText: {
            content: string;
            contentType: string;
        };
        Carousel: {
            cards: components["schemas"]["CarouselCard"][];
        };
        CarouselCard: {
            buttons: components["schemas"]["Button"][];
            cardBodyText?: components["schemas"]["CardBodyText"];
            header: components["schemas"]["MessageHeader"];
        };
        Chat: {
            jabberId?: string;
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
        CreateResponseAssetRequest: {
            contentMd5?: string;
            divisionId?: string;
            name: string;
        };
        CreateResponseAssetResponse: {
            headers?: {
                [key: string]: string;
            };
            id?: string;
            url?: string;
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
        DomainEntityListingResponseDivisionView: {
            entities?: components["schemas"]["ResponseDivisionView"][];
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
        FooterTemplate: {
            applicableResources?: string[];
            type?: string;
        };
        Form: {
            formDescription: string;
            formPages: components["schemas"]["FormPage"][];
            introduction?: components["schemas"]["FormIntroduction"];
            receivedMessage: components["schemas"]["FormMessage"];
            replyMessage: components["schemas"]["FormMessage"];
            showSummary: boolean;
        };
        FormDatePicker: {
            dateDisplayFormat: string;
            id?: string;
            subtitle?: string;
            title?: string;
        };
        FormIntroduction: {
            buttonText: string;
            imageUrl?: string;
            subtitle: string;
            title: string;
        };
        FormListPicker: {
            id?: string;
            sections: components["schemas"]["FormListPickerSection"][];
        };
        FormListPickerItem: {
            id?: string;
            imageUrl?: string;
            title: string;
        };
        FormListPickerSection: {
            items: components["schemas"]["FormListPickerItem"][];
            multipleSelection: boolean;
            title?: string;
        };
        FormMessage: {
            imageUrl?: string;
            subtitle?: string;
            title: string;
        };
        FormPage: {
            pageComponents: components["schemas"]["FormPageComponent"][];
            subtitle: string;
            title: string;
        };
        FormPageComponent: {
            datePicker?: components["schemas"]["FormDatePicker"];
            formComponentType: string;
            input?: components["schemas"]["Input"];
            listPicker?: components["schemas"]["FormListPicker"];
            wheelPicker?: components["schemas"]["WheelPicker"];
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
        Input: {
            autoCompleteType?: string;
            id?: string;
            isMultipleLine: boolean;
            isRequired: boolean;
            keyboardType?: string;
            placeholderText?: string;
            subtitle?: string;
            title?: string;
        };
        /** @description A JSON Schema document. */
        JsonSchemaDocument: {
            $schema?: string;
            additionalProperties?: {
                [key: string]: unknown;
            };
            description?: string;
            id?: string;
            properties?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            required?: string[];
            title?: string;
            type?: string;
        };
        Library: {
            createdBy?: components["schemas"]["User"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateCreated?: string;
            division?: components["schemas"]["WritableDivision"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description The library name. */
            name: string;
            responseType?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** Format: int32 */
            version?: number;
        };
        LibraryBatchRequest: {
            libraryIds: string[];
        };
        LibraryDivisionView: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        LibraryDivisionViewEntityListing: {
            entities?: components["schemas"]["LibraryDivisionView"][];
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
        LibraryEntityListing: {
            entities?: components["schemas"]["Library"][];
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
        MessageFooter: {
            content?: string;
            type?: string;
        };
        MessageHeader: {
            content?: string;
            type?: string;
        };
        MessagingTemplate: {
            whatsApp?: components["schemas"]["WhatsAppDefinition"];
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
        QueryCriteriaGroup: {
            and?: components["schemas"]["QueryCriteriaItem"][];
            criteria?: components["schemas"]["QueryCriteriaItem"];
            not?: components["schemas"]["QueryCriteriaItem"][];
            or?: components["schemas"]["QueryCriteriaItem"][];
        };
        QueryCriteriaItem: {
            key: string;
            operator: string;
            value?: string;
        };
        QueryCriteriaQuery: {
            query: components["schemas"]["QueryCriteriaGroup"][];
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
        /** @description Contains information about a response. */
        Response: {
            appleInvitation?: components["schemas"]["AppleInvitation"];
            assets?: components["schemas"]["RmsAssetAddressableRef"][];
            createdBy?: components["schemas"]["User"];
            /**
             * Format: date-time
             * @description The date and time the response was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateCreated?: string;
            footer?: components["schemas"]["FooterTemplate"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /**
             * @description The interaction type for this response.
             * @enum {string}
             */
            interactionType?: "chat" | "email" | "twitter" | (string & {});
            /** @description One or more libraries response is associated with. */
            libraries: components["schemas"]["DomainEntityRef"][];
            messagingTemplate?: components["schemas"]["MessagingTemplate"];
            name?: string;
            responseType?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @description Details about any text substitutions used in the texts for this response. */
            substitutions?: components["schemas"]["ResponseSubstitution"][];
            substitutionsSchema?: components["schemas"]["JsonSchemaDocument"];
            /** @description One or more texts associated with the response. */
            texts?: components["schemas"]["ResponseText"][];
            /**
             * Format: int32
             * @description Version number required for updates.
             */
            version?: number;
        };
        ResponseAsset: {
            contentLength?: number;
            contentLocation?: string;
            contentType?: string;
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            division?: components["schemas"]["Division"];
            id?: string;
            modifiedBy?: components["schemas"]["DomainEntityRef"];
            name?: string;
            responses?: components["schemas"]["DomainEntityRef"][];
            selfUri?: string;
        };
        ResponseAssetBulkRequest: {
            assetIds: string[];
            sortBy?: string;
            sortOrder?: string;
        };
        ResponseAssetEntityListing: {
            entities?: components["schemas"]["ResponseAsset"][];
            notFound?: string[];
        };
        ResponseAssetFilter: {
            endValue?: string;
            fields?: string[];
            startValue?: string;
            type?: string;
            value?: string;
            values?: string[];
        };
        ResponseAssetRequest: {
            divisionId?: string;
            name: string;
        };
        ResponseAssetSearchRequest: {
            pageNumber?: number;
            pageSize?: number;
            query: components["schemas"]["ResponseAssetFilter"][];
            sortBy?: string;
            sortOrder?: string;
        };
        ResponseAssetSearchResults: {
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            results?: components["schemas"]["ResponseAsset"][];
            total?: number;
        };
        ResponseAssetStatus: {
            errorCode?: string;
            errorMessage?: string;
            id?: string;
            status?: string;
        };
        ResponseDivisionView: {
            form?: components["schemas"]["Form"];
            id?: string;
            libraries?: components["schemas"]["LibraryDivisionView"][];
            messagingTemplate?: components["schemas"]["MessagingTemplate"];
            name?: string;
            responseType?: string;
            selfUri?: string;
            substitutions?: components["schemas"]["ResponseSubstitution"][];
            substitutionsSchema?: components["schemas"]["JsonSchemaDocument"];
        };
        ResponseDivisionViewQueryResults: {
            results: components["schemas"]["DomainEntityListingResponseDivisionView"];
        };
        /** @description Query result list */
        ResponseEntityList: {
            entities?: components["schemas"]["Response"][];
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
        ResponseEntityListing: {
            entities?: components["schemas"]["Response"][];
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
        /** @description Used to filter response queries */
        ResponseFilter: {
            /** @description Field to filter on. Allowed values are 'name' and 'libraryId. */
            name: string;
            /**
             * @description Filter operation: IN, EQUALS, NOTEQUALS.
             * @enum {string}
             */
            operator: "IN" | "EQUALS" | "NOTEQUALS" | (string & {});
            /** @description Values to filter on. */
            values: string[];
        };
        /** @description Used to query for responses */
        ResponseQueryRequest: {
            /** @description Filter the query results. */
            filters?: components["schemas"]["ResponseFilter"][];
            pageNumber?: number;
            /**
             * Format: int32
             * @description The maximum number of hits to return. Default: 25, Maximum: 500.
             */
            pageSize?: number;
            /** @description Query phrase to search response text and name. If not set will match all. */
            queryPhrase?: string;
        };
        /** @description Used to return response query results */
        ResponseQueryResults: {
            results: components["schemas"]["ResponseEntityList"];
        };
        /** @description Contains information about the substitutions associated with a response. */
        ResponseSubstitution: {
            /** @description Response substitution default value. */
            defaultValue?: string;
            /** @description Response substitution description. */
            description?: string;
            /** @description Response substitution identifier. */
            id: string;
        };
        /** @description Contains information about the text associated with a response. */
        ResponseText: {
            /** @description Response text content. */
            content: string;
            /**
             * @description Response text content type.
             * @enum {string}
             */
            contentType?: "text/plain" | "text/html" | (string & {});
            type?: string;
        };
        RmsAssetAddressableRef: {
            assetUsage?: string;
            contentLocation?: string;
            id?: string;
            selfUri?: string;
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
        StatusInfo: {
            code?: string;
            message?: string;
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
        WhatsAppDefinition: {
            buttons?: components["schemas"]["Button"][];
            carousel?: components["schemas"]["Carousel"];
            category?: string;
            header?: components["schemas"]["MessageHeader"];
            integrationId?: string;
            language: string;
            messageFooter?: components["schemas"]["MessageFooter"];
            name: string;
            namespace?: string;
            statusInfo?: components["schemas"]["StatusInfo"];
            templateStatus?: string;
        };
        WheelPicker: {
            id?: string;
            items: components["schemas"]["WheelPickerItem"][];
        };
        WheelPickerItem: {
            id?: string;
            title: string;
            value?: string;
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
export type SchemaAppleInvitation = components['schemas']['AppleInvitation'];
export type SchemaBiography = components['schemas']['Biography'];
export type SchemaButton = components['schemas']['Button'];
export type SchemaCardBodyText = components['schemas']['CardBodyText'];
export type SchemaCarousel = components['schemas']['Carousel'];
export type SchemaCarouselCard = components['schemas']['CarouselCard'];
export type SchemaChat = components['schemas']['Chat'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaCreateResponseAssetRequest = components['schemas']['CreateResponseAssetRequest'];
export type SchemaCreateResponseAssetResponse = components['schemas']['CreateResponseAssetResponse'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDomainEntityListingResponseDivisionView = components['schemas']['DomainEntityListingResponseDivisionView'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaDomainRole = components['schemas']['DomainRole'];
export type SchemaEducation = components['schemas']['Education'];
export type SchemaEmployerInfo = components['schemas']['EmployerInfo'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaFooterTemplate = components['schemas']['FooterTemplate'];
export type SchemaForm = components['schemas']['Form'];
export type SchemaFormDatePicker = components['schemas']['FormDatePicker'];
export type SchemaFormIntroduction = components['schemas']['FormIntroduction'];
export type SchemaFormListPicker = components['schemas']['FormListPicker'];
export type SchemaFormListPickerItem = components['schemas']['FormListPickerItem'];
export type SchemaFormListPickerSection = components['schemas']['FormListPickerSection'];
export type SchemaFormMessage = components['schemas']['FormMessage'];
export type SchemaFormPage = components['schemas']['FormPage'];
export type SchemaFormPageComponent = components['schemas']['FormPageComponent'];
export type SchemaGeolocation = components['schemas']['Geolocation'];
export type SchemaGroup = components['schemas']['Group'];
export type SchemaGroupContact = components['schemas']['GroupContact'];
export type SchemaImage = components['schemas']['Image'];
export type SchemaInput = components['schemas']['Input'];
export type SchemaJsonSchemaDocument = components['schemas']['JsonSchemaDocument'];
export type SchemaLibrary = components['schemas']['Library'];
export type SchemaLibraryBatchRequest = components['schemas']['LibraryBatchRequest'];
export type SchemaLibraryDivisionView = components['schemas']['LibraryDivisionView'];
export type SchemaLibraryDivisionViewEntityListing = components['schemas']['LibraryDivisionViewEntityListing'];
export type SchemaLibraryEntityListing = components['schemas']['LibraryEntityListing'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaLocation = components['schemas']['Location'];
export type SchemaLocationAddress = components['schemas']['LocationAddress'];
export type SchemaLocationAddressVerificationDetails = components['schemas']['LocationAddressVerificationDetails'];
export type SchemaLocationDefinition = components['schemas']['LocationDefinition'];
export type SchemaLocationEmergencyNumber = components['schemas']['LocationEmergencyNumber'];
export type SchemaLocationImage = components['schemas']['LocationImage'];
export type SchemaMediaSummary = components['schemas']['MediaSummary'];
export type SchemaMediaSummaryDetail = components['schemas']['MediaSummaryDetail'];
export type SchemaMessageFooter = components['schemas']['MessageFooter'];
export type SchemaMessageHeader = components['schemas']['MessageHeader'];
export type SchemaMessagingTemplate = components['schemas']['MessagingTemplate'];
export type SchemaOAuthLastTokenIssued = components['schemas']['OAuthLastTokenIssued'];
export type SchemaOutOfOffice = components['schemas']['OutOfOffice'];
export type SchemaPresenceDefinition = components['schemas']['PresenceDefinition'];
export type SchemaQueryCriteriaGroup = components['schemas']['QueryCriteriaGroup'];
export type SchemaQueryCriteriaItem = components['schemas']['QueryCriteriaItem'];
export type SchemaQueryCriteriaQuery = components['schemas']['QueryCriteriaQuery'];
export type SchemaResourceConditionNode = components['schemas']['ResourceConditionNode'];
export type SchemaResourceConditionValue = components['schemas']['ResourceConditionValue'];
export type SchemaResourcePermissionPolicy = components['schemas']['ResourcePermissionPolicy'];
export type SchemaResponse = components['schemas']['Response'];
export type SchemaResponseAsset = components['schemas']['ResponseAsset'];
export type SchemaResponseAssetBulkRequest = components['schemas']['ResponseAssetBulkRequest'];
export type SchemaResponseAssetEntityListing = components['schemas']['ResponseAssetEntityListing'];
export type SchemaResponseAssetFilter = components['schemas']['ResponseAssetFilter'];
export type SchemaResponseAssetRequest = components['schemas']['ResponseAssetRequest'];
export type SchemaResponseAssetSearchRequest = components['schemas']['ResponseAssetSearchRequest'];
export type SchemaResponseAssetSearchResults = components['schemas']['ResponseAssetSearchResults'];
export type SchemaResponseAssetStatus = components['schemas']['ResponseAssetStatus'];
export type SchemaResponseDivisionView = components['schemas']['ResponseDivisionView'];
export type SchemaResponseDivisionViewQueryResults = components['schemas']['ResponseDivisionViewQueryResults'];
export type SchemaResponseEntityList = components['schemas']['ResponseEntityList'];
export type SchemaResponseEntityListing = components['schemas']['ResponseEntityListing'];
export type SchemaResponseFilter = components['schemas']['ResponseFilter'];
export type SchemaResponseQueryRequest = components['schemas']['ResponseQueryRequest'];
export type SchemaResponseQueryResults = components['schemas']['ResponseQueryResults'];
export type SchemaResponseSubstitution = components['schemas']['ResponseSubstitution'];
export type SchemaResponseText = components['schemas']['ResponseText'];
export type SchemaRmsAssetAddressableRef = components['schemas']['RmsAssetAddressableRef'];
export type SchemaRoutingStatus = components['schemas']['RoutingStatus'];
export type SchemaStatusInfo = components['schemas']['StatusInfo'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaUser = components['schemas']['User'];
export type SchemaUserAuthorization = components['schemas']['UserAuthorization'];
export type SchemaUserConversationSummary = components['schemas']['UserConversationSummary'];
export type SchemaUserPresence = components['schemas']['UserPresence'];
export type SchemaUserRoutingLanguage = components['schemas']['UserRoutingLanguage'];
export type SchemaUserRoutingSkill = components['schemas']['UserRoutingSkill'];
export type SchemaUserStation = components['schemas']['UserStation'];
export type SchemaUserStations = components['schemas']['UserStations'];
export type SchemaWhatsAppDefinition = components['schemas']['WhatsAppDefinition'];
export type SchemaWheelPicker = components['schemas']['WheelPicker'];
export type SchemaWheelPickerItem = components['schemas']['WheelPickerItem'];
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
    getResponsemanagementLibraries: {
        parameters: {
            query?: {
                /** @description Returns a list of libraries that contain the prefix provided */
                libraryPrefix?: string;
                /** @description Returns a list of libraries that contain responses with at least one messaging template defined for a specific message channel */
                messagingTemplateFilter?: string;
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
                    "application/json": components["schemas"]["LibraryEntityListing"];
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
    postResponsemanagementLibraries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Library */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Library"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Library"];
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
    getResponsemanagementLibrary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Library ID */
                libraryId: string;
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
                    "application/json": components["schemas"]["Library"];
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
    putResponsemanagementLibrary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Library ID */
                libraryId: string;
            };
            cookie?: never;
        };
        /** @description Library */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Library"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Library"];
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
    deleteResponsemanagementLibrary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Library ID */
                libraryId: string;
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
    postResponsemanagementLibrariesBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description LibraryIDs (max allowed 50) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LibraryBatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryEntityListing"];
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
    getResponsemanagementLibrariesDivisionviews: {
        parameters: {
            query?: {
                /** @description Returns a list of libraries that contain the prefix provided */
                libraryPrefix?: string;
                /** @description Returns a list of libraries that contain responses with at least one messaging template defined for a specific message channel */
                messagingTemplateFilter?: string;
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
                    "application/json": components["schemas"]["LibraryDivisionViewEntityListing"];
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
    getResponsemanagementLibrariesDivisionview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Library ID */
                libraryId: string;
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
                    "application/json": components["schemas"]["LibraryDivisionView"];
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
    postResponsemanagementLibrariesQuery: {
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
        /** @description Query criteria */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryCriteriaQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryEntityListing"];
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
    getResponsemanagementResponseasset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Asset Id */
                responseAssetId: string;
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
                    "application/json": components["schemas"]["ResponseAsset"];
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
    putResponsemanagementResponseasset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Asset Id */
                responseAssetId: string;
            };
            cookie?: never;
        };
        /** @description request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponseAssetRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseAsset"];
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
    deleteResponsemanagementResponseasset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Asset Id */
                responseAssetId: string;
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
    postResponsemanagementResponseassetsBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Asset IDs (max allowed 50) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponseAssetBulkRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseAssetEntityListing"];
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
    postResponsemanagementResponseassetsSearch: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponseAssetSearchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseAssetSearchResults"];
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
    getResponsemanagementResponseassetsStatusStatusId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Status Id */
                statusId: string;
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
                    "application/json": components["schemas"]["ResponseAssetStatus"];
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
    postResponsemanagementResponseassetsUploads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResponseAssetRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateResponseAssetResponse"];
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
    getResponsemanagementResponses: {
        parameters: {
            query: {
                /** @description Expand instructions for the return value. */
                expand?: "substitutionsSchema" | (string & {});
                /** @description Library ID */
                libraryId: string;
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
                    "application/json": components["schemas"]["ResponseEntityListing"];
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
    postResponsemanagementResponses: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: "substitutionsSchema" | (string & {});
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Response */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Response"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response"];
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
    getResponsemanagementResponse: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: "substitutionsSchema" | (string & {});
            };
            header?: never;
            path: {
                /** @description Response ID */
                responseId: string;
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
                    "application/json": components["schemas"]["Response"];
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
    putResponsemanagementResponse: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: "substitutionsSchema" | (string & {});
            };
            header?: never;
            path: {
                /** @description Response ID */
                responseId: string;
            };
            cookie?: never;
        };
        /** @description Response */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Response"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response"];
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
    deleteResponsemanagementResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Response ID */
                responseId: string;
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
    getResponsemanagementResponsesDivisionview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Response ID */
                responseId: string;
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
                    "application/json": components["schemas"]["ResponseDivisionView"];
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
    postResponsemanagementResponsesDivisionviewsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Response */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponseQueryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseDivisionViewQueryResults"];
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
    postResponsemanagementResponsesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Response */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponseQueryRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseQueryResults"];
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
