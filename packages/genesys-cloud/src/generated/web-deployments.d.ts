// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/web-deployments/openapi.yaml (sha256 7a2e561ff5ff7023)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area web-deployments` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Web Deployments (21 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const webDeployments = webDeploymentsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function webDeploymentsApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/webdeployments/configurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View configuration drafts
         * @permissions ALL: `webDeployments:configuration:view`
         */
        get: operations["getWebdeploymentsConfigurations"];
        put?: never;
        /**
         * Create a configuration draft
         * @permissions ALL: `webDeployments:configuration:add`
         */
        post: operations["postWebdeploymentsConfigurations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webdeployments/configurations/{configurationId}": {
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
         * Delete all versions of a configuration
         * @permissions ALL: `webDeployments:configuration:delete`
         */
        delete: operations["deleteWebdeploymentsConfiguration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webdeployments/configurations/{configurationId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the versions of a configuration
         * @permissions ALL: `webDeployments:configuration:view`
         */
        get: operations["getWebdeploymentsConfigurationVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webdeployments/configurations/{configurationId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a configuration version
         * @permissions ALL: `webDeployments:configuration:view`
         */
        get: operations["getWebdeploymentsConfigurationVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webdeployments/configurations/{configurationId}/versions/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the configuration draft
         * @permissions ALL: `webDeployments:configuration:view`
         */
        get: operations["getWebdeploymentsConfigurationVersionsDraft"];
        /**
         * Update the configuration draft
         * @permissions ALL: `webDeployments:configuration:edit`
         */
        put: operations["putWebdeploymentsConfigurationVersionsDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webdeployments/configurations/{configurationId}/versions/draft/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the configuration draft and create a new version
         * @permissions ALL: all of `webDeployments:configuration:edit`, `webDeployments:configuration:add`
         */
        post: operations["postWebdeploymentsConfigurationVersionsDraftPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webdeployments/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get deployments
         * @permissions ALL: `webDeployments:deployment:view`
         */
        get: operations["getWebdeploymentsDeployments"];
        put?: never;
        /**
         * Create a deployment
         * @permissions ALL: `webDeployments:deployment:add`
         */
        post: operations["postWebdeploymentsDeployments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webdeployments/deployments/{deploymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a deployment
         * @permissions ALL: `webDeployments:deployment:view`
         */
        get: operations["getWebdeploymentsDeployment"];
        /**
         * Update a deployment
         * @permissions ALL: `webDeployments:deployment:edit`
         */
        put: operations["putWebdeploymentsDeployment"];
        post?: never;
        /**
         * Delete a deployment
         * @permissions ALL: `webDeployments:deployment:delete`
         */
        delete: operations["deleteWebdeploymentsDeployment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webdeployments/deployments/{deploymentId}/cobrowse/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves a cobrowse session
         * @permissions none required
         */
        get: operations["getWebdeploymentsDeploymentCobrowseSessionId"];
        put?: never;
        post?: never;
        /**
         * Deletes a cobrowse session
         * @permissions none required
         */
        delete: operations["deleteWebdeploymentsDeploymentCobrowseSessionId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webdeployments/deployments/{deploymentId}/configurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get active configuration for a given deployment
         * @permissions none required
         */
        get: operations["getWebdeploymentsDeploymentConfigurations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webdeployments/deployments/{deploymentId}/identityresolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a deployment identity resolution setting.
         * @permissions ALL: all of `webDeployments:deployment:view`, `webDeployments:identityResolution:view`
         */
        get: operations["getWebdeploymentsDeploymentIdentityresolution"];
        /**
         * Update identity resolution settings for a deployment.
         * @permissions ALL: all of `webDeployments:deployment:edit`, `webDeployments:identityResolution:edit`
         */
        put: operations["putWebdeploymentsDeploymentIdentityresolution"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webdeployments/token/oauthcodegrantjwtexchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange an oAuth code (obtained using the Authorization Code Flow or Implicit flow) for a JWT that can be used by webdeployments.
         * @permissions none required
         */
        post: operations["postWebdeploymentsTokenOauthcodegrantjwtexchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webdeployments/token/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh a JWT.
         * @permissions none required
         */
        post: operations["postWebdeploymentsTokenRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webdeployments/token/revoke": {
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
         * Invalidate JWT
         * @permissions none required
         */
        delete: operations["deleteWebdeploymentsTokenRevoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AdditionalLanguagesIntent: {
            id?: string;
            utterances?: components["schemas"]["NluUtterance"][];
        };
        AdditionalLanguagesSynonyms: {
            synonyms?: string[];
        };
        AddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        AgentVideoSettings: {
            allowCamera?: boolean;
            allowMicrophone?: boolean;
            allowScreenShare?: boolean;
            background?: string;
            backgroundImage?: components["schemas"]["BackgroundImageSettings"];
        };
        AuthenticationSettings: {
            allowSessionUpgrade?: boolean;
            enabled: boolean;
            integrationId: string;
        };
        AutoStart: {
            enabled?: boolean;
        };
        BackgroundImageSettings: {
            url?: string;
        };
        Biography: {
            biography?: string;
            education?: components["schemas"]["Education"][];
            hobbies?: string[];
            interests?: string[];
            spouse?: string;
        };
        BotMessengerProfile: {
            avatarUrl?: string;
            name?: string;
        };
        Chat: {
            jabberId?: string;
        };
        CobrowseSettings: {
            allowAgentControl?: boolean;
            allowAgentNavigation?: boolean;
            allowDraw?: boolean;
            channels?: string[];
            enabled?: boolean;
            maskSelectors?: string[];
            pauseCriteria?: components["schemas"]["PauseCriteria"][];
            readonlySelectors?: string[];
        };
        CobrowseWebMessagingSession: {
            communicationType?: string;
            dateOfferEnds?: string;
            id?: string;
            joinCode?: string;
            name?: string;
            selfUri?: string;
            websocketUrl?: string;
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
        ConversationAppSettings: {
            autoStart?: components["schemas"]["AutoStart"];
            conversationClear?: components["schemas"]["ConversationClearSettings"];
            conversationDisconnect?: components["schemas"]["ConversationDisconnectSettings"];
            enabled?: boolean;
            humanize?: components["schemas"]["Humanize"];
            markdown?: components["schemas"]["Markdown"];
            notifications?: components["schemas"]["NotificationsSettings"];
            sessionDurationSeconds?: number;
            showAgentTypingIndicator?: boolean;
            showUserTypingIndicator?: boolean;
        };
        ConversationClearSettings: {
            enabled?: boolean;
        };
        ConversationDisconnectSettings: {
            enabled?: boolean;
            type?: string;
        };
        CustomI18nLabels: {
            language?: string;
            localizedLabels?: components["schemas"]["LocalizedLabels"][];
        };
        DeploymentIdentityResolutionConfig: {
            automerge?: components["schemas"]["IdentityResolutionAutomergeConfig"];
            division?: components["schemas"]["WritableStarrableDivision"];
            externalSource?: components["schemas"]["IdentityResolutionExternalSource"];
            resolveIdentities: boolean;
            selfUri?: string;
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
        ExpandableWebDeployment: {
            allowAllDomains?: boolean;
            allowedDomains?: string[];
            configuration: components["schemas"]["WebDeploymentConfigurationVersionResponse"];
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            flow?: components["schemas"]["WebDeploymentFlowEntityRef"];
            id?: string;
            lastModifiedUser?: components["schemas"]["AddressableEntityRef"];
            name: string;
            pushIntegrations?: components["schemas"]["PushIntegration"][];
            selfUri?: string;
            snippet?: string;
            status?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
        };
        ExpandableWebDeploymentEntityListing: {
            entities?: components["schemas"]["ExpandableWebDeployment"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
            total?: number;
        };
        FileUploadMode: {
            fileTypes?: string[];
            maxFileSizeKB?: number;
        };
        FileUploadSettings: {
            enableAttachments?: boolean;
            modes?: components["schemas"]["FileUploadMode"][];
        };
        FlowVersion: {
            commitVersion?: string;
            compatibleFlowTypes?: string[];
            configurationUri?: string;
            configurationVersion?: string;
            createdBy?: components["schemas"]["User"];
            createdByClient?: components["schemas"]["DomainEntityRef"];
            dateCheckedIn?: number;
            /** Format: int64 */
            dateCreated?: number;
            datePublished?: string;
            datePublishedEnd?: string;
            dateSaved?: number;
            debug?: boolean;
            generationId?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            inputSchema?: components["schemas"]["JsonSchemaDocument"];
            name?: string;
            nluInfo?: components["schemas"]["NluInfo"];
            outputSchema?: components["schemas"]["JsonSchemaDocument"];
            /** Format: uri */
            publishResultUri?: string;
            secure?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            supportedLanguages?: components["schemas"]["SupportedLanguage"][];
            /** @enum {string} */
            type?: "PUBLISH" | "CHECKIN" | "SAVE" | (string & {});
            virtualAgentEnabled?: boolean;
        };
        FormsTrackTrigger: {
            captureDataOnFormAbandon: boolean;
            captureDataOnFormSubmit: boolean;
            formName: string;
            selector: string;
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
        Humanize: {
            bot?: components["schemas"]["BotMessengerProfile"];
            enabled?: boolean;
        };
        Icon: {
            url?: string;
        };
        IdentityResolutionAutomergeConfig: {
            authenticatedWebMessaging?: boolean;
            webTracking?: boolean;
        };
        IdentityResolutionExternalSource: {
            id?: string;
            selfUri?: string;
        };
        IdleEventTrigger: {
            eventName: string;
            idleAfterSeconds?: number;
        };
        Image: {
            imageUri?: string;
            resolution?: string;
        };
        Intent: {
            description?: string;
            name?: string;
        };
        IntentDefinition: {
            additionalLanguages?: {
                [key: string]: components["schemas"]["AdditionalLanguagesIntent"];
            };
            description?: string;
            entityNameReferences?: string[];
            entityTypeBindings?: components["schemas"]["NamedEntityTypeBinding"][];
            id?: string;
            name: string;
            utterances: components["schemas"]["NluUtterance"][];
        };
        IntentReference: {
            id?: string;
            name: string;
        };
        IpFilter: {
            ipAddress?: string;
            name?: string;
        };
        JourneyAction: {
            actionMap: components["schemas"]["JourneyActionMap"];
            id: string;
        };
        JourneyActionMap: {
            id: string;
            version: number;
        };
        JourneyCustomer: {
            id: string;
            idType: string;
        };
        JourneyCustomerSession: {
            id: string;
            type: string;
        };
        JourneyEventsSettings: {
            clickEvents?: components["schemas"]["SelectorEventTrigger"][];
            enabled?: boolean;
            excludedQueryParameters?: string[];
            formsTrackEvents?: components["schemas"]["FormsTrackTrigger"][];
            idleEvents?: components["schemas"]["IdleEventTrigger"][];
            inViewportEvents?: components["schemas"]["SelectorEventTrigger"][];
            pageviewConfig?: string;
            scrollDepthEvents?: components["schemas"]["ScrollPercentageEventTrigger"][];
            searchQueryParameters?: string[];
            shouldKeepUrlFragment?: boolean;
            trackingSettings?: components["schemas"]["TrackingSettings"];
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
        Knowledge: {
            enabled?: boolean;
            knowledgeBase?: components["schemas"]["AddressableEntityRef"];
        };
        LauncherButtonSettings: {
            displayType?: string;
            icon?: components["schemas"]["Icon"];
            visibility?: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        LocalizedLabels: {
            key?: string;
            value?: string;
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
        Markdown: {
            enabled?: boolean;
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
        MessengerApps: {
            conversations?: components["schemas"]["ConversationAppSettings"];
            knowledge?: components["schemas"]["Knowledge"];
        };
        MessengerHomeScreen: {
            enabled?: boolean;
            logoUrl?: string;
        };
        MessengerSettings: {
            apps?: components["schemas"]["MessengerApps"];
            enabled?: boolean;
            fileUpload?: components["schemas"]["FileUploadSettings"];
            homeScreen?: components["schemas"]["MessengerHomeScreen"];
            launcherButton?: components["schemas"]["LauncherButtonSettings"];
            sessionPersistenceType?: string;
            styles?: components["schemas"]["MessengerStyles"];
        };
        MessengerStyles: {
            primaryColor?: string;
        };
        NamedEntityAnnotation: {
            name: string;
        };
        NamedEntityDefinition: {
            name: string;
            type: string;
        };
        NamedEntityTypeBinding: {
            entityName: string;
            entityType: string;
        };
        NamedEntityTypeDefinition: {
            description?: string;
            mechanism: components["schemas"]["NamedEntityTypeMechanism"];
            name: string;
        };
        NamedEntityTypeItem: {
            additionalLanguages?: {
                [key: string]: components["schemas"]["AdditionalLanguagesSynonyms"];
            };
            synonyms?: string[];
            value: string;
        };
        NamedEntityTypeMechanism: {
            allowSpecialChars?: boolean;
            examples?: components["schemas"]["NamedEntityTypeMechanismExample"][];
            items: components["schemas"]["NamedEntityTypeItem"][];
            maxLength?: number;
            minLength?: number;
            restricted?: boolean;
            subType?: string;
            type: string;
        };
        NamedEntityTypeMechanismExample: {
            resolvedValue: string;
            text: string;
        };
        NluDomain: {
            dateCreated?: string;
            dateModified?: string;
            draftVersion?: components["schemas"]["NluDomainVersionReference"];
            engineVersion?: string;
            id?: string;
            language?: string;
            lastPublishedVersion?: components["schemas"]["NluDomainVersionReference"];
            name: string;
            selfUri?: string;
        };
        NluDomainVersion: {
            dateCreated?: string;
            dateModified?: string;
            datePublished?: string;
            dateTrained?: string;
            description?: string;
            domain?: components["schemas"]["NluDomain"];
            entities?: components["schemas"]["NamedEntityDefinition"][];
            entityTypes?: components["schemas"]["NamedEntityTypeDefinition"][];
            evaluationStatus?: string;
            id?: string;
            intents?: components["schemas"]["IntentDefinition"][];
            language: string;
            languageVersions?: {
                [key: string]: string;
            };
            published?: boolean;
            selfUri?: string;
            trainingStatus?: string;
        };
        NluDomainVersionReference: {
            domain?: components["schemas"]["NluDomain"];
            id?: string;
            intents?: components["schemas"]["IntentReference"][];
            selfUri?: string;
        };
        NluInfo: {
            domain?: components["schemas"]["AddressableEntityRef"];
            engineVersion?: string;
            intents?: components["schemas"]["Intent"][];
            nluData?: components["schemas"]["NluDomainVersion"];
            version?: components["schemas"]["NluDomainVersion"];
        };
        NluUtterance: {
            id?: string;
            segments: components["schemas"]["NluUtteranceSegment"][];
            source?: string;
        };
        NluUtteranceSegment: {
            entity?: components["schemas"]["NamedEntityAnnotation"];
            text: string;
        };
        NotificationsSettings: {
            enabled?: boolean;
            notificationContentType?: string;
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
        PauseCriteria: {
            condition?: string;
            urlFragment?: string;
        };
        PositionSettings: {
            alignment?: string;
            bottomSpace?: number;
            sideSpace?: number;
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
        PushIntegration: {
            id?: string;
            provider?: string;
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
        ScrollPercentageEventTrigger: {
            eventName: string;
            percentage: number;
        };
        SelectorEventTrigger: {
            eventName: string;
            selector: string;
        };
        SignedData: {
            jwt?: string;
        };
        SupportCenterCategory: {
            id?: string;
            image?: components["schemas"]["SupportCenterImage"];
            selfUri?: string;
        };
        SupportCenterCompactCategoryModuleTemplate: {
            active?: boolean;
        };
        SupportCenterCustomMessage: {
            defaultValue?: string;
            type?: string;
        };
        SupportCenterDetailedCategoryModuleSidebar: {
            enabled?: boolean;
        };
        SupportCenterDetailedCategoryModuleTemplate: {
            active?: boolean;
            sidebar?: components["schemas"]["SupportCenterDetailedCategoryModuleSidebar"];
        };
        SupportCenterFeedbackSettings: {
            enabled?: boolean;
        };
        SupportCenterGlobalStyle: {
            backgroundColor?: string;
            fontFamily?: string;
            primaryColor?: string;
            primaryColorDark?: string;
            primaryColorLight?: string;
            textColor?: string;
        };
        SupportCenterHeroStyle: {
            backgroundColor?: string;
            image?: components["schemas"]["SupportCenterImage"];
            textColor?: string;
        };
        SupportCenterImage: {
            source?: components["schemas"]["SupportCenterImageSource"];
        };
        SupportCenterImageSource: {
            defaultUrl?: string;
        };
        SupportCenterLabelFilter: {
            labels?: components["schemas"]["AddressableEntityRef"][];
        };
        SupportCenterModuleSetting: {
            compactCategoryModuleTemplate?: components["schemas"]["SupportCenterCompactCategoryModuleTemplate"];
            detailedCategoryModuleTemplate?: components["schemas"]["SupportCenterDetailedCategoryModuleTemplate"];
            enabled?: boolean;
            type?: string;
        };
        SupportCenterScreen: {
            moduleSettings?: components["schemas"]["SupportCenterModuleSetting"][];
            type?: string;
        };
        SupportCenterSettings: {
            customMessages?: components["schemas"]["SupportCenterCustomMessage"][];
            enabled?: boolean;
            enabledCategories?: components["schemas"]["SupportCenterCategory"][];
            feedback?: components["schemas"]["SupportCenterFeedbackSettings"];
            knowledgeBase?: components["schemas"]["AddressableEntityRef"];
            labelFilter?: components["schemas"]["SupportCenterLabelFilter"];
            routerType?: string;
            screens?: components["schemas"]["SupportCenterScreen"][];
            styleSetting?: components["schemas"]["SupportCenterStyleSetting"];
        };
        SupportCenterStyleSetting: {
            globalStyle?: components["schemas"]["SupportCenterGlobalStyle"];
            heroStyle?: components["schemas"]["SupportCenterHeroStyle"];
        };
        SupportedContentReference: {
            id: string;
            mediaTypes?: components["schemas"]["MediaTypes"];
            name?: string;
            selfUri?: string;
        };
        SupportedLanguage: {
            isDefault?: boolean;
            language?: string;
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
        TrackingSettings: {
            excludedQueryParameters?: string[];
            ipFilters?: components["schemas"]["IpFilter"][];
            searchQueryParameters?: string[];
            shouldKeepUrlFragment?: boolean;
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
        UserVideoSettings: {
            allowCamera?: boolean;
            allowMicrophone?: boolean;
            allowScreenShare?: boolean;
        };
        VideoSettings: {
            agent?: components["schemas"]["AgentVideoSettings"];
            channels?: string[];
            enabled?: boolean;
            user?: components["schemas"]["UserVideoSettings"];
        };
        WebDeployment: {
            allowAllDomains?: boolean;
            allowedDomains?: string[];
            configuration: components["schemas"]["WebDeploymentConfigurationVersionEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            flow?: components["schemas"]["WebDeploymentFlowEntityRef"];
            id?: string;
            lastModifiedUser?: components["schemas"]["AddressableEntityRef"];
            name: string;
            pushIntegrations?: components["schemas"]["PushIntegration"][];
            selfUri?: string;
            snippet?: string;
            status?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
        };
        WebDeploymentActiveConfigurationOnDeployment: {
            configurationVersion?: components["schemas"]["WebDeploymentConfigurationVersion"];
            deployment?: components["schemas"]["WebDeployment"];
        };
        WebDeploymentConfigurationVersion: {
            authenticationSettings?: components["schemas"]["AuthenticationSettings"];
            cobrowse?: components["schemas"]["CobrowseSettings"];
            createdUser?: components["schemas"]["AddressableEntityRef"];
            customI18nLabels?: components["schemas"]["CustomI18nLabels"][];
            dateCreated?: string;
            dateModified?: string;
            datePublished?: string;
            defaultLanguage?: string;
            description?: string;
            headlessMode?: components["schemas"]["WebDeploymentHeadlessMode"];
            id?: string;
            journeyEvents?: components["schemas"]["JourneyEventsSettings"];
            languages?: string[];
            lastModifiedUser?: components["schemas"]["AddressableEntityRef"];
            messenger?: components["schemas"]["MessengerSettings"];
            name: string;
            position?: components["schemas"]["PositionSettings"];
            publishedUser?: components["schemas"]["AddressableEntityRef"];
            selfUri?: string;
            status?: string;
            supportCenter?: components["schemas"]["SupportCenterSettings"];
            version?: string;
            video?: components["schemas"]["VideoSettings"];
        };
        WebDeploymentConfigurationVersionEntityListing: {
            entities?: components["schemas"]["WebDeploymentConfigurationVersion"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
            total?: number;
        };
        WebDeploymentConfigurationVersionEntityRef: {
            id: string;
            name?: string;
            selfUri?: string;
            version: string;
        };
        WebDeploymentConfigurationVersionResponse: {
            authenticationSettings?: components["schemas"]["AuthenticationSettings"];
            cobrowse?: components["schemas"]["CobrowseSettings"];
            createdUser?: components["schemas"]["AddressableEntityRef"];
            customI18nLabels?: components["schemas"]["CustomI18nLabels"][];
            dateCreated?: string;
            dateModified?: string;
            datePublished?: string;
            defaultLanguage?: string;
            description?: string;
            headlessMode?: components["schemas"]["WebDeploymentHeadlessMode"];
            id?: string;
            journeyEvents?: components["schemas"]["JourneyEventsSettings"];
            languages?: string[];
            lastModifiedUser?: components["schemas"]["AddressableEntityRef"];
            messenger?: components["schemas"]["MessengerSettings"];
            name: string;
            position?: components["schemas"]["PositionSettings"];
            publishedUser?: components["schemas"]["AddressableEntityRef"];
            selfUri?: string;
            status?: string;
            supportCenter?: components["schemas"]["SupportCenterSettings"];
            version?: string;
            video?: components["schemas"]["VideoSettings"];
        };
        WebDeploymentFlowEntityRef: {
            flowDescription?: string;
            id: string;
            name?: string;
            publishVersion?: components["schemas"]["FlowVersion"];
            selfUri?: string;
        };
        WebDeploymentHeadlessMode: {
            enabled?: boolean;
        };
        WebDeploymentsAuthorizationResponse: {
            jwt?: string;
            refreshToken?: string;
        };
        WebDeploymentsJourneyContext: {
            customer?: components["schemas"]["JourneyCustomer"];
            customerSession?: components["schemas"]["JourneyCustomerSession"];
            journeyAction?: components["schemas"]["JourneyAction"];
        };
        WebDeploymentsOAuthExchangeRequest: {
            deploymentId: string;
            journeyContext?: components["schemas"]["WebDeploymentsJourneyContext"];
            oauth?: components["schemas"]["WebDeploymentsOAuthRequestParameters"];
        };
        WebDeploymentsOAuthRequestParameters: {
            code?: string;
            codeVerifier?: string;
            idToken?: string;
            iss?: string;
            maxAge?: number;
            nonce?: string;
            redirectUri: string;
        };
        WebDeploymentsRefreshJWTRequest: {
            deploymentId: string;
            refreshToken: string;
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
        WritableStarrableDivision: {
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
export type SchemaAdditionalLanguagesIntent = components['schemas']['AdditionalLanguagesIntent'];
export type SchemaAdditionalLanguagesSynonyms = components['schemas']['AdditionalLanguagesSynonyms'];
export type SchemaAddressableEntityRef = components['schemas']['AddressableEntityRef'];
export type SchemaAgentVideoSettings = components['schemas']['AgentVideoSettings'];
export type SchemaAuthenticationSettings = components['schemas']['AuthenticationSettings'];
export type SchemaAutoStart = components['schemas']['AutoStart'];
export type SchemaBackgroundImageSettings = components['schemas']['BackgroundImageSettings'];
export type SchemaBiography = components['schemas']['Biography'];
export type SchemaBotMessengerProfile = components['schemas']['BotMessengerProfile'];
export type SchemaChat = components['schemas']['Chat'];
export type SchemaCobrowseSettings = components['schemas']['CobrowseSettings'];
export type SchemaCobrowseWebMessagingSession = components['schemas']['CobrowseWebMessagingSession'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaConversationAppSettings = components['schemas']['ConversationAppSettings'];
export type SchemaConversationClearSettings = components['schemas']['ConversationClearSettings'];
export type SchemaConversationDisconnectSettings = components['schemas']['ConversationDisconnectSettings'];
export type SchemaCustomI18nLabels = components['schemas']['CustomI18nLabels'];
export type SchemaDeploymentIdentityResolutionConfig = components['schemas']['DeploymentIdentityResolutionConfig'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaDomainRole = components['schemas']['DomainRole'];
export type SchemaEducation = components['schemas']['Education'];
export type SchemaEmployerInfo = components['schemas']['EmployerInfo'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaExpandableWebDeployment = components['schemas']['ExpandableWebDeployment'];
export type SchemaExpandableWebDeploymentEntityListing = components['schemas']['ExpandableWebDeploymentEntityListing'];
export type SchemaFileUploadMode = components['schemas']['FileUploadMode'];
export type SchemaFileUploadSettings = components['schemas']['FileUploadSettings'];
export type SchemaFlowVersion = components['schemas']['FlowVersion'];
export type SchemaFormsTrackTrigger = components['schemas']['FormsTrackTrigger'];
export type SchemaGeolocation = components['schemas']['Geolocation'];
export type SchemaGroup = components['schemas']['Group'];
export type SchemaGroupContact = components['schemas']['GroupContact'];
export type SchemaHumanize = components['schemas']['Humanize'];
export type SchemaIcon = components['schemas']['Icon'];
export type SchemaIdentityResolutionAutomergeConfig = components['schemas']['IdentityResolutionAutomergeConfig'];
export type SchemaIdentityResolutionExternalSource = components['schemas']['IdentityResolutionExternalSource'];
export type SchemaIdleEventTrigger = components['schemas']['IdleEventTrigger'];
export type SchemaImage = components['schemas']['Image'];
export type SchemaIntent = components['schemas']['Intent'];
export type SchemaIntentDefinition = components['schemas']['IntentDefinition'];
export type SchemaIntentReference = components['schemas']['IntentReference'];
export type SchemaIpFilter = components['schemas']['IpFilter'];
export type SchemaJourneyAction = components['schemas']['JourneyAction'];
export type SchemaJourneyActionMap = components['schemas']['JourneyActionMap'];
export type SchemaJourneyCustomer = components['schemas']['JourneyCustomer'];
export type SchemaJourneyCustomerSession = components['schemas']['JourneyCustomerSession'];
export type SchemaJourneyEventsSettings = components['schemas']['JourneyEventsSettings'];
export type SchemaJsonSchemaDocument = components['schemas']['JsonSchemaDocument'];
export type SchemaKnowledge = components['schemas']['Knowledge'];
export type SchemaLauncherButtonSettings = components['schemas']['LauncherButtonSettings'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaLocalizedLabels = components['schemas']['LocalizedLabels'];
export type SchemaLocation = components['schemas']['Location'];
export type SchemaLocationAddress = components['schemas']['LocationAddress'];
export type SchemaLocationAddressVerificationDetails = components['schemas']['LocationAddressVerificationDetails'];
export type SchemaLocationDefinition = components['schemas']['LocationDefinition'];
export type SchemaLocationEmergencyNumber = components['schemas']['LocationEmergencyNumber'];
export type SchemaLocationImage = components['schemas']['LocationImage'];
export type SchemaMarkdown = components['schemas']['Markdown'];
export type SchemaMediaSummary = components['schemas']['MediaSummary'];
export type SchemaMediaSummaryDetail = components['schemas']['MediaSummaryDetail'];
export type SchemaMediaType = components['schemas']['MediaType'];
export type SchemaMediaTypeAccess = components['schemas']['MediaTypeAccess'];
export type SchemaMediaTypes = components['schemas']['MediaTypes'];
export type SchemaMessengerApps = components['schemas']['MessengerApps'];
export type SchemaMessengerHomeScreen = components['schemas']['MessengerHomeScreen'];
export type SchemaMessengerSettings = components['schemas']['MessengerSettings'];
export type SchemaMessengerStyles = components['schemas']['MessengerStyles'];
export type SchemaNamedEntityAnnotation = components['schemas']['NamedEntityAnnotation'];
export type SchemaNamedEntityDefinition = components['schemas']['NamedEntityDefinition'];
export type SchemaNamedEntityTypeBinding = components['schemas']['NamedEntityTypeBinding'];
export type SchemaNamedEntityTypeDefinition = components['schemas']['NamedEntityTypeDefinition'];
export type SchemaNamedEntityTypeItem = components['schemas']['NamedEntityTypeItem'];
export type SchemaNamedEntityTypeMechanism = components['schemas']['NamedEntityTypeMechanism'];
export type SchemaNamedEntityTypeMechanismExample = components['schemas']['NamedEntityTypeMechanismExample'];
export type SchemaNluDomain = components['schemas']['NluDomain'];
export type SchemaNluDomainVersion = components['schemas']['NluDomainVersion'];
export type SchemaNluDomainVersionReference = components['schemas']['NluDomainVersionReference'];
export type SchemaNluInfo = components['schemas']['NluInfo'];
export type SchemaNluUtterance = components['schemas']['NluUtterance'];
export type SchemaNluUtteranceSegment = components['schemas']['NluUtteranceSegment'];
export type SchemaNotificationsSettings = components['schemas']['NotificationsSettings'];
export type SchemaOAuthLastTokenIssued = components['schemas']['OAuthLastTokenIssued'];
export type SchemaOutOfOffice = components['schemas']['OutOfOffice'];
export type SchemaPauseCriteria = components['schemas']['PauseCriteria'];
export type SchemaPositionSettings = components['schemas']['PositionSettings'];
export type SchemaPresenceDefinition = components['schemas']['PresenceDefinition'];
export type SchemaPushIntegration = components['schemas']['PushIntegration'];
export type SchemaResourceConditionNode = components['schemas']['ResourceConditionNode'];
export type SchemaResourceConditionValue = components['schemas']['ResourceConditionValue'];
export type SchemaResourcePermissionPolicy = components['schemas']['ResourcePermissionPolicy'];
export type SchemaRoutingStatus = components['schemas']['RoutingStatus'];
export type SchemaScrollPercentageEventTrigger = components['schemas']['ScrollPercentageEventTrigger'];
export type SchemaSelectorEventTrigger = components['schemas']['SelectorEventTrigger'];
export type SchemaSignedData = components['schemas']['SignedData'];
export type SchemaSupportCenterCategory = components['schemas']['SupportCenterCategory'];
export type SchemaSupportCenterCompactCategoryModuleTemplate = components['schemas']['SupportCenterCompactCategoryModuleTemplate'];
export type SchemaSupportCenterCustomMessage = components['schemas']['SupportCenterCustomMessage'];
export type SchemaSupportCenterDetailedCategoryModuleSidebar = components['schemas']['SupportCenterDetailedCategoryModuleSidebar'];
export type SchemaSupportCenterDetailedCategoryModuleTemplate = components['schemas']['SupportCenterDetailedCategoryModuleTemplate'];
export type SchemaSupportCenterFeedbackSettings = components['schemas']['SupportCenterFeedbackSettings'];
export type SchemaSupportCenterGlobalStyle = components['schemas']['SupportCenterGlobalStyle'];
export type SchemaSupportCenterHeroStyle = components['schemas']['SupportCenterHeroStyle'];
export type SchemaSupportCenterImage = components['schemas']['SupportCenterImage'];
export type SchemaSupportCenterImageSource = components['schemas']['SupportCenterImageSource'];
export type SchemaSupportCenterLabelFilter = components['schemas']['SupportCenterLabelFilter'];
export type SchemaSupportCenterModuleSetting = components['schemas']['SupportCenterModuleSetting'];
export type SchemaSupportCenterScreen = components['schemas']['SupportCenterScreen'];
export type SchemaSupportCenterSettings = components['schemas']['SupportCenterSettings'];
export type SchemaSupportCenterStyleSetting = components['schemas']['SupportCenterStyleSetting'];
export type SchemaSupportedContentReference = components['schemas']['SupportedContentReference'];
export type SchemaSupportedLanguage = components['schemas']['SupportedLanguage'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaTrackingSettings = components['schemas']['TrackingSettings'];
export type SchemaUser = components['schemas']['User'];
export type SchemaUserAuthorization = components['schemas']['UserAuthorization'];
export type SchemaUserConversationSummary = components['schemas']['UserConversationSummary'];
export type SchemaUserPresence = components['schemas']['UserPresence'];
export type SchemaUserRoutingLanguage = components['schemas']['UserRoutingLanguage'];
export type SchemaUserRoutingSkill = components['schemas']['UserRoutingSkill'];
export type SchemaUserStation = components['schemas']['UserStation'];
export type SchemaUserStations = components['schemas']['UserStations'];
export type SchemaUserVideoSettings = components['schemas']['UserVideoSettings'];
export type SchemaVideoSettings = components['schemas']['VideoSettings'];
export type SchemaWebDeployment = components['schemas']['WebDeployment'];
export type SchemaWebDeploymentActiveConfigurationOnDeployment = components['schemas']['WebDeploymentActiveConfigurationOnDeployment'];
export type SchemaWebDeploymentConfigurationVersion = components['schemas']['WebDeploymentConfigurationVersion'];
export type SchemaWebDeploymentConfigurationVersionEntityListing = components['schemas']['WebDeploymentConfigurationVersionEntityListing'];
export type SchemaWebDeploymentConfigurationVersionEntityRef = components['schemas']['WebDeploymentConfigurationVersionEntityRef'];
export type SchemaWebDeploymentConfigurationVersionResponse = components['schemas']['WebDeploymentConfigurationVersionResponse'];
export type SchemaWebDeploymentFlowEntityRef = components['schemas']['WebDeploymentFlowEntityRef'];
export type SchemaWebDeploymentHeadlessMode = components['schemas']['WebDeploymentHeadlessMode'];
export type SchemaWebDeploymentsAuthorizationResponse = components['schemas']['WebDeploymentsAuthorizationResponse'];
export type SchemaWebDeploymentsJourneyContext = components['schemas']['WebDeploymentsJourneyContext'];
export type SchemaWebDeploymentsOAuthExchangeRequest = components['schemas']['WebDeploymentsOAuthExchangeRequest'];
export type SchemaWebDeploymentsOAuthRequestParameters = components['schemas']['WebDeploymentsOAuthRequestParameters'];
export type SchemaWebDeploymentsRefreshJwtRequest = components['schemas']['WebDeploymentsRefreshJWTRequest'];
export type SchemaWorkPlanBidRanks = components['schemas']['WorkPlanBidRanks'];
export type SchemaWritableDivision = components['schemas']['WritableDivision'];
export type SchemaWritableStarrableDivision = components['schemas']['WritableStarrableDivision'];
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
    getWebdeploymentsConfigurations: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Number of entities to return. Defaults to 300. */
                pageSize?: string;
                /** @description Filter by published status. */
                showOnlyPublished?: boolean;
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
                    "application/json": components["schemas"]["WebDeploymentConfigurationVersionEntityListing"];
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
    postWebdeploymentsConfigurations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebDeploymentConfigurationVersion"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebDeploymentConfigurationVersion"];
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
    deleteWebdeploymentsConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The configuration version ID */
                configurationId: string;
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
    getWebdeploymentsConfigurationVersions: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Number of entities to return. Defaults to 300. */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description The configuration version ID */
                configurationId: string;
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
                    "application/json": components["schemas"]["WebDeploymentConfigurationVersionEntityListing"];
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
    getWebdeploymentsConfigurationVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The configuration version ID */
                configurationId: string;
                /** @description The version of the configuration to get */
                versionId: string;
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
                    "application/json": components["schemas"]["WebDeploymentConfigurationVersion"];
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
    getWebdeploymentsConfigurationVersionsDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The configuration version ID */
                configurationId: string;
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
                    "application/json": components["schemas"]["WebDeploymentConfigurationVersion"];
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
    putWebdeploymentsConfigurationVersionsDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The configuration version ID */
                configurationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebDeploymentConfigurationVersion"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebDeploymentConfigurationVersion"];
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
    postWebdeploymentsConfigurationVersionsDraftPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The configuration version ID */
                configurationId: string;
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
                    "application/json": components["schemas"]["WebDeploymentConfigurationVersion"];
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
    getWebdeploymentsDeployments: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description The specified entity attributes will be filled. Comma separated values expected. */
                expand?: string[];
                /** @description Number of entities to return. Defaults to 300. */
                pageSize?: string;
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
                    "application/json": components["schemas"]["ExpandableWebDeploymentEntityListing"];
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
    postWebdeploymentsDeployments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebDeployment"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebDeployment"];
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
    getWebdeploymentsDeployment: {
        parameters: {
            query?: {
                /** @description The specified entity attributes will be filled. Comma separated values expected. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The deployment ID */
                deploymentId: string;
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
                    "application/json": components["schemas"]["WebDeployment"];
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
    putWebdeploymentsDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The deployment ID */
                deploymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebDeployment"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebDeployment"];
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
    deleteWebdeploymentsDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The deployment ID */
                deploymentId: string;
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
    getWebdeploymentsDeploymentCobrowseSessionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description WebMessaging deployment ID */
                deploymentId: string;
                /** @description Cobrowse session id or join code */
                sessionId: string;
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
                    "application/json": components["schemas"]["CobrowseWebMessagingSession"];
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
    deleteWebdeploymentsDeploymentCobrowseSessionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description WebMessaging deployment ID */
                deploymentId: string;
                /** @description Cobrowse session id or join code */
                sessionId: string;
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
    getWebdeploymentsDeploymentConfigurations: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value */
                expand?: string[];
                /** @description Get active configuration on a deployment */
                type?: string;
            };
            header?: never;
            path: {
                /** @description The deployment ID */
                deploymentId: string;
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
                    "application/json": components["schemas"]["WebDeploymentActiveConfigurationOnDeployment"];
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
    getWebdeploymentsDeploymentIdentityresolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The deployment ID */
                deploymentId: string;
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
                    "application/json": components["schemas"]["DeploymentIdentityResolutionConfig"];
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
    putWebdeploymentsDeploymentIdentityresolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The deployment ID */
                deploymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeploymentIdentityResolutionConfig"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentIdentityResolutionConfig"];
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
    postWebdeploymentsTokenOauthcodegrantjwtexchange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description webDeploymentsOAuthExchangeRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebDeploymentsOAuthExchangeRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebDeploymentsAuthorizationResponse"];
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
    postWebdeploymentsTokenRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WebDeploymentsRefreshJWTRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedData"];
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
    deleteWebdeploymentsTokenRevoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Customer's journey sessionId. */
                "X-Journey-Session-Id"?: string;
                /** @description The Customer's journey session type. */
                "X-Journey-Session-Type"?: string;
            };
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
}
