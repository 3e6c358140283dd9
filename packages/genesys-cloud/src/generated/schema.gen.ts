// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/openapi.yaml (sha256 fc146e0eb048abce)
// Produced by `npm run generate` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------
export interface paths {
    "/api/v2/analytics/conversations/details/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query conversation details
         * @description Needs `analytics:conversationDetail:view`. Paging is in the body (`paging.pageSize`, `paging.pageNumber`).
         */
        post: operations["postAnalyticsConversationsDetailsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a conversation
         * @description Needs `conversation:communication:view`.
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/notifications/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a notification channel
         * @description No request body. At most 20 channels per user or app; creating one more evicts the oldest.
         */
        post: operations["postNotificationsChannels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List queues
         * @description Needs the permission `routing:queue:view`.
         */
        get: operations["getRoutingQueues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/queues/{queueId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the members of a queue
         * @description Paged by `pageNumber`; the listing has `nextUri` but no `total`, `pageCount` or `lastUri`.
         */
        get: operations["getRoutingQueueMembers"];
        put?: never;
        post?: never;
        delete?: never;
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
        /** Describe the current token */
        get: operations["getTokensMe"];
        put?: never;
        post?: never;
        /** Revoke the current token */
        delete: operations["deleteTokensMe"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Offset-paged list of the organization's users; `expand` adds presence, routing status and more.
         */
        get: operations["getUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user the token belongs to
         * @description Not available to client-credentials tokens, which have no user (the platform answers 400/404).
         */
        get: operations["getUsersMe"];
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
        AggregationResult: {
            /** Format: int64 */
            count?: number;
            dimension?: string;
            metric?: string;
            results?: {
                /** Format: int64 */
                count?: number;
                value?: string;
            }[];
            type?: string;
        };
        AnalyticsConversation: {
            /** Format: date-time */
            conversationEnd?: string;
            conversationId?: string;
            /** Format: date-time */
            conversationStart?: string;
            divisionIds?: string[];
            /** @enum {string} */
            originatingDirection?: "inbound" | "outbound";
            participants?: components["schemas"]["AnalyticsParticipant"][];
        };
        AnalyticsConversationQueryResponse: {
            aggregations?: components["schemas"]["AggregationResult"][];
            conversations?: components["schemas"]["AnalyticsConversation"][];
            /** Format: int32 */
            totalHits?: number;
        };
        AnalyticsParticipant: {
            participantId?: string;
            participantName?: string;
            /** @enum {string} */
            purpose?: "acd" | "agent" | "customer" | "external" | "ivr" | "user" | "voicemail" | "workflow";
            userId?: string;
        };
        Channel: {
            /** @description WebSocket URI to connect to (`wss://streaming.<domain>/channels/<id>`). */
            connectUri: string;
            /** Format: date-time */
            expires?: string;
            id: string;
        };
        Chat: {
            jabberId?: string;
        };
        /** @description A phone number, SMS number or email address of a user. */
        Contact: {
            address?: string;
            countryCode?: string;
            display?: string;
            extension?: string;
            /** @enum {string} */
            mediaType?: "PHONE" | "EMAIL" | "SMS";
            /** @enum {string} */
            type?: "PRIMARY" | "WORK" | "WORK2" | "WORK3" | "WORK4" | "HOME" | "MOBILE" | "MAIN";
        };
        Conversation: {
            address?: string;
            conversationIds?: string[];
            divisions?: {
                division?: components["schemas"]["DomainEntityRef"];
                entities?: components["schemas"]["DomainEntityRef"][];
            }[];
            /** Format: date-time */
            endTime?: string;
            externalTag?: string;
            id: string;
            /** Format: int32 */
            maxParticipants?: number;
            name?: string;
            participants: components["schemas"]["Participant"][];
            /** @enum {string} */
            recordingState?: "ACTIVE" | "PAUSED" | "NONE";
            selfUri?: string;
            /** Format: date-time */
            startTime: string;
            /** @enum {string} */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "none";
        };
        ConversationDetailQueryClause: {
            predicates: components["schemas"]["ConversationDetailQueryPredicate"][];
            /** @enum {string} */
            type: "and" | "or";
        };
        ConversationDetailQueryFilter: {
            clauses?: components["schemas"]["ConversationDetailQueryClause"][];
            predicates?: components["schemas"]["ConversationDetailQueryPredicate"][];
            /** @enum {string} */
            type: "and" | "or";
        };
        ConversationDetailQueryPredicate: {
            /** @description e.g. conversationId, divisionId, originatingDirection, conversationEnd. */
            dimension?: string;
            metric?: string;
            /** @enum {string} */
            operator?: "matches" | "exists" | "notExists";
            /** @enum {string} */
            type?: "dimension" | "property" | "metric";
            value?: string;
        };
        ConversationQuery: {
            aggregations?: {
                dimension?: string;
                metric?: string;
                size?: number;
                /** @enum {string} */
                type?: "termFrequency" | "numericRange";
            }[];
            conversationFilters?: components["schemas"]["ConversationDetailQueryFilter"][];
            evaluationFilters?: components["schemas"]["ConversationDetailQueryFilter"][];
            /** @description ISO-8601 interval, e.g. `2026-11-01T00:00:00Z/2026-11-02T00:00:00Z`. */
            interval: string;
            /** @enum {string} */
            order?: "asc" | "desc" | "unordered";
            /** @enum {string} */
            orderBy?: "conversationStart" | "conversationEnd" | "segmentStart" | "segmentEnd";
            paging?: components["schemas"]["PagingSpec"];
            resolutionFilters?: components["schemas"]["ConversationDetailQueryFilter"][];
            segmentFilters?: components["schemas"]["SegmentDetailQueryFilter"][];
            surveyFilters?: components["schemas"]["ConversationDetailQueryFilter"][];
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
        /** @description The error body of every Genesys Cloud API error. */
        ErrorBody: {
            /** @description Machine-readable code, e.g. `missing.permissions` or `too.many.requests.retry.after`. */
            code?: string;
            /** @description Equals the `ININ-Correlation-Id` response header. */
            contextId?: string;
            details?: components["schemas"]["ErrorDetail"][];
            entityId?: string;
            entityName?: string;
            errors?: components["schemas"]["ErrorBody"][];
            limit?: components["schemas"]["ErrorLimit"];
            message?: string;
            messageParams?: {
                [key: string]: string;
            };
            messageWithParams?: string;
            /** Format: int32 */
            status?: number;
        };
        ErrorDetail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        /** @description The limit that was exceeded. */
        ErrorLimit: {
            key?: string;
            namespace?: string;
            /** Format: int64 */
            value?: number;
        };
        NamedEntity: {
            id?: string;
            name?: string;
        };
        PagingSpec: {
            /** Format: int32 */
            pageNumber: number;
            /** Format: int32 */
            pageSize: number;
        };
        Participant: {
            address?: string;
            attributes?: {
                [key: string]: string;
            };
            /** Format: date-time */
            endTime?: string;
            id?: string;
            name?: string;
            /** @description agent, customer, acd, ivr, workflow, ... */
            purpose?: string;
            queueId?: string;
            /** Format: date-time */
            startTime?: string;
            /** @enum {string} */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "converting" | "uploading" | "transmitting" | "none";
            userId?: string;
        };
        PresenceDefinition: {
            id?: string;
            selfUri?: string;
            /** @description Available, Away, Busy, Offline, Idle, On Queue, Meal, Training, Meeting or Break. */
            systemPresence?: string;
        };
        Queue: {
            /** Format: date-time */
            dateCreated?: string;
            description?: string;
            division?: components["schemas"]["Division"];
            id?: string;
            /** Format: int32 */
            joinedMemberCount?: number;
            /** Format: int32 */
            memberCount?: number;
            name?: string;
            selfUri?: string;
            /** @enum {string} */
            skillEvaluationMethod?: "NONE" | "BEST" | "ALL";
        };
        /** @description An offset page of queues. */
        QueueEntityListing: {
            entities?: components["schemas"]["Queue"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        QueueMember: {
            id?: string;
            joined?: boolean;
            /** @enum {string} */
            memberBy?: "user" | "group";
            name?: string;
            /** Format: int32 */
            ringNumber?: number;
            routingStatus?: components["schemas"]["RoutingStatus"];
            selfUri?: string;
            user?: components["schemas"]["User"];
        };
        /** @description A page of queue members; it has `nextUri` but no `total`, `pageCount` or `lastUri`. */
        QueueMemberEntityListing: {
            entities?: components["schemas"]["QueueMember"][];
            firstUri?: string;
            nextUri?: string;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
        };
        RoutingStatus: {
            /** Format: date-time */
            startTime?: string;
            /** @enum {string} */
            status?: "OFF_QUEUE" | "IDLE" | "INTERACTING" | "NOT_RESPONDING" | "COMMUNICATING";
            userId?: string;
        };
        SegmentDetailQueryFilter: {
            predicates?: components["schemas"]["SegmentDetailQueryPredicate"][];
            /** @enum {string} */
            type: "and" | "or";
        };
        SegmentDetailQueryPredicate: {
            /** @description e.g. queueId, userId, mediaType, purpose, direction. */
            dimension?: string;
            /** @enum {string} */
            operator?: "matches" | "exists" | "notExists";
            /** @enum {string} */
            type?: "dimension" | "property" | "metric";
            value?: string;
        };
        TokenInfo: {
            /** @description Scopes granted to the OAuth client. */
            authorizedScope?: string[];
            clonedUser?: {
                id?: string;
                organization?: components["schemas"]["NamedEntity"];
            };
            /**
             * Format: date-time
             * @description When a HIPAA organization's token idles out.
             */
            dateTokenIdles?: string;
            homeOrganization?: components["schemas"]["NamedEntity"];
            OAuthClient?: {
                id?: string;
                name?: string;
                organization?: components["schemas"]["NamedEntity"];
            };
            organization?: components["schemas"]["NamedEntity"];
        };
        User: {
            acdAutoAnswer?: boolean;
            addresses?: components["schemas"]["Contact"][];
            chat?: components["schemas"]["Chat"];
            /** Format: date-time */
            dateLastLogin?: string;
            department?: string;
            division?: components["schemas"]["Division"];
            email?: string;
            id: string;
            manager?: components["schemas"]["User"];
            name: string;
            presence?: components["schemas"]["UserPresence"];
            primaryContactInfo?: components["schemas"]["Contact"][];
            routingStatus?: components["schemas"]["RoutingStatus"];
            selfUri?: string;
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted";
            team?: components["schemas"]["DomainEntityRef"];
            title?: string;
            username?: string;
            /** Format: int32 */
            version?: number;
        };
        /** @description An offset page of users. */
        UserEntityListing: {
            entities?: components["schemas"]["User"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        /** @enum {string} */
        UserExpand: "routingStatus" | "presence" | "integrationPresence" | "conversationSummary" | "outOfOffice" | "geolocation" | "station" | "authorization" | "lasttokenissued" | "dateLastLogin" | "authorization.unusedRoles" | "team" | "profileSkills" | "certifications" | "locations" | "groups" | "skills" | "languages" | "languagePreference" | "employerInfo" | "biography";
        UserPresence: {
            id?: string;
            message?: string;
            /** Format: date-time */
            modifiedDate?: string;
            name?: string;
            presenceDefinition?: components["schemas"]["PresenceDefinition"];
            primary?: boolean;
            selfUri?: string;
            source?: string;
        };
    };
    responses: {
        /** @description The request is malformed or a parameter is invalid. */
        BadRequest: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The token lacks a permission or scope (`missing.permissions`, `missing.any.permissions`, `not.authorized`);
         *     the missing permissions are named in `message` and `messageParams`. Retrying does not help.
         */
        Forbidden: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The platform timed out (`request.timeout`, `authentication.request.timeout`). */
        GatewayTimeout: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No such resource. */
        NotFound: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Temporarily unavailable (`service.unavailable`). */
        ServiceUnavailable: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description Rate limit exceeded (`too.many.requests.retry.after`); the request was not processed. Wait `Retry-After`
         *     seconds. Some daily limits answer with a `Retry-After` of minutes to hours.
         */
        TooManyRequests: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                "inin-ratelimit-allowed": components["headers"]["RateLimitAllowed"];
                "inin-ratelimit-count": components["headers"]["RateLimitCount"];
                "inin-ratelimit-reset": components["headers"]["RateLimitReset"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description No token, an expired token or a revoked one (`authentication.required`, `bad.credentials`,
         *     `credentials.expired`). Obtain a new token and retry once.
         */
        Unauthorized: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /** @description Read presence from this integration instead of Genesys Cloud (needs `expand=presence`). */
        integrationPresenceSource: "MicrosoftTeams" | "ZoomPhone" | "EightByEight" | "RingCentral";
        /** @description Sort order. */
        lowerSortOrder: "asc" | "desc";
        /** @description Page number, starting at 1. */
        pageNumber: number;
        /** @description Page size. */
        pageSize: number;
        /** @description Custom attribute schema ids to include (at most 5). */
        userCustomAttributeSchemaIds: string[];
        /** @description Extra fields to include on each user. */
        userExpand: components["schemas"]["UserExpand"][];
        /** @description Only users in this state. */
        userState: "active" | "inactive" | "deleted" | "any";
    };
    requestBodies: never;
    headers: {
        /** @description Identifies the request in Genesys' logs; equals `contextId` of an error body. */
        CorrelationId: string;
        /** @description Requests allowed in the window. */
        RateLimitAllowed: number;
        /** @description Requests counted against the current limit window. */
        RateLimitCount: number;
        /** @description Seconds until the window resets. */
        RateLimitReset: number;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type SchemaAggregationResult = components['schemas']['AggregationResult'];
export type SchemaAnalyticsConversation = components['schemas']['AnalyticsConversation'];
export type SchemaAnalyticsConversationQueryResponse = components['schemas']['AnalyticsConversationQueryResponse'];
export type SchemaAnalyticsParticipant = components['schemas']['AnalyticsParticipant'];
export type SchemaChannel = components['schemas']['Channel'];
export type SchemaChat = components['schemas']['Chat'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaConversation = components['schemas']['Conversation'];
export type SchemaConversationDetailQueryClause = components['schemas']['ConversationDetailQueryClause'];
export type SchemaConversationDetailQueryFilter = components['schemas']['ConversationDetailQueryFilter'];
export type SchemaConversationDetailQueryPredicate = components['schemas']['ConversationDetailQueryPredicate'];
export type SchemaConversationQuery = components['schemas']['ConversationQuery'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaErrorDetail = components['schemas']['ErrorDetail'];
export type SchemaErrorLimit = components['schemas']['ErrorLimit'];
export type SchemaNamedEntity = components['schemas']['NamedEntity'];
export type SchemaPagingSpec = components['schemas']['PagingSpec'];
export type SchemaParticipant = components['schemas']['Participant'];
export type SchemaPresenceDefinition = components['schemas']['PresenceDefinition'];
export type SchemaQueue = components['schemas']['Queue'];
export type SchemaQueueEntityListing = components['schemas']['QueueEntityListing'];
export type SchemaQueueMember = components['schemas']['QueueMember'];
export type SchemaQueueMemberEntityListing = components['schemas']['QueueMemberEntityListing'];
export type SchemaRoutingStatus = components['schemas']['RoutingStatus'];
export type SchemaSegmentDetailQueryFilter = components['schemas']['SegmentDetailQueryFilter'];
export type SchemaSegmentDetailQueryPredicate = components['schemas']['SegmentDetailQueryPredicate'];
export type SchemaTokenInfo = components['schemas']['TokenInfo'];
export type SchemaUser = components['schemas']['User'];
export type SchemaUserEntityListing = components['schemas']['UserEntityListing'];
export type SchemaUserExpand = components['schemas']['UserExpand'];
export type SchemaUserPresence = components['schemas']['UserPresence'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseGatewayTimeout = components['responses']['GatewayTimeout'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterIntegrationPresenceSource = components['parameters']['integrationPresenceSource'];
export type ParameterLowerSortOrder = components['parameters']['lowerSortOrder'];
export type ParameterPageNumber = components['parameters']['pageNumber'];
export type ParameterPageSize = components['parameters']['pageSize'];
export type ParameterUserCustomAttributeSchemaIds = components['parameters']['userCustomAttributeSchemaIds'];
export type ParameterUserExpand = components['parameters']['userExpand'];
export type ParameterUserState = components['parameters']['userState'];
export type HeaderCorrelationId = components['headers']['CorrelationId'];
export type HeaderRateLimitAllowed = components['headers']['RateLimitAllowed'];
export type HeaderRateLimitCount = components['headers']['RateLimitCount'];
export type HeaderRateLimitReset = components['headers']['RateLimitReset'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    postAnalyticsConversationsDetailsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationQuery"];
            };
        };
        responses: {
            /** @description Matching conversations. */
            200: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsConversationQueryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    postNotificationsChannels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new channel and its WebSocket URI. */
            200: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRoutingQueues: {
        parameters: {
            query?: {
                /** @description Canned response library id. */
                cannedResponseLibraryId?: string;
                /** @description Division ids. */
                divisionId?: string[];
                /** @description Extra fields to include. */
                expand?: "identityresolution"[];
                /** @description Only queues that have (or do not have) a peer. */
                hasPeer?: boolean;
                /** @description Queue ids. */
                id?: string[];
                /** @description Queue name; `*` is a wildcard. */
                name?: string;
                /** @description Page number, starting at 1. */
                pageNumber?: components["parameters"]["pageNumber"];
                /** @description Page size. */
                pageSize?: components["parameters"]["pageSize"];
                /** @description Peer ids. */
                peerId?: string[];
                /** @description Sort order. */
                sortOrder?: components["parameters"]["lowerSortOrder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of queues. */
            200: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                    "inin-ratelimit-allowed": components["headers"]["RateLimitAllowed"];
                    "inin-ratelimit-count": components["headers"]["RateLimitCount"];
                    "inin-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueEntityListing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRoutingQueueMembers: {
        parameters: {
            query?: {
                /** @description Extra user fields to include. */
                expand?: ("routingStatus" | "presence" | "conversationSummary" | "outOfOffice" | "geolocation" | "station" | "authorization" | "locations" | "groups" | "skills" | "languages" | "team" | "dateLastLogin")[];
                /** @description Only joined (or only unjoined) members. */
                joined?: boolean;
                /** @description Languages. */
                languages?: string[];
                /** @description Members added directly (`user`) or through a group (`group`). */
                memberBy?: "user" | "group";
                /** @description Member name (wildcards allowed). */
                name?: string;
                /** @description Page number, starting at 1. */
                pageNumber?: components["parameters"]["pageNumber"];
                /** @description Page size (at most 100). */
                pageSize?: number;
                /** @description System presences. */
                presence?: string[];
                /** @description Profile skills. */
                profileSkills?: string[];
                /** @description Routing states. */
                routingStatus?: ("OFF_QUEUE" | "IDLE" | "INTERACTING" | "NOT_RESPONDING" | "COMMUNICATING")[];
                /** @description Skills. */
                skills?: string[];
                /** @description Sort by name, ascending or descending. */
                sortOrder?: "asc" | "desc";
            };
            header?: never;
            path: {
                /** @description Queue id. */
                queueId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of queue members. */
            200: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueMemberEntityListing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTokensMe: {
        parameters: {
            query?: {
                /** @description Do not count this call as activity for the token's idle timeout (HIPAA organizations). */
                preserveIdleTTL?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token's organization, scopes and client. */
            200: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
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
            /** @description The token is revoked. */
            204: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getUsers: {
        parameters: {
            query?: {
                /** @description Extra fields to include on each user. */
                expand?: components["parameters"]["userExpand"];
                /** @description Fetch these users by id (bulk). */
                id?: string[];
                /** @description Read presence from this integration instead of Genesys Cloud (needs `expand=presence`). */
                integrationPresenceSource?: components["parameters"]["integrationPresenceSource"];
                /** @description Fetch these users by jabber id (not together with `id`). */
                jabberId?: string[];
                /** @description Page number, starting at 1. */
                pageNumber?: components["parameters"]["pageNumber"];
                /** @description Page size. */
                pageSize?: components["parameters"]["pageSize"];
                /** @description Sort order by name. */
                sortOrder?: "ASC" | "DESC";
                /** @description Only users in this state. */
                state?: components["parameters"]["userState"];
                /** @description Custom attribute schema ids to include (at most 5). */
                userCustomAttributeSchemaIds?: components["parameters"]["userCustomAttributeSchemaIds"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users. */
            200: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                    "inin-ratelimit-allowed": components["headers"]["RateLimitAllowed"];
                    "inin-ratelimit-count": components["headers"]["RateLimitCount"];
                    "inin-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEntityListing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getUser: {
        parameters: {
            query?: {
                /** @description Extra fields to include on each user. */
                expand?: components["parameters"]["userExpand"];
                /** @description Read presence from this integration instead of Genesys Cloud (needs `expand=presence`). */
                integrationPresenceSource?: components["parameters"]["integrationPresenceSource"];
                /** @description Only users in this state. */
                state?: components["parameters"]["userState"];
                /** @description Custom attribute schema ids to include (at most 5). */
                userCustomAttributeSchemaIds?: components["parameters"]["userCustomAttributeSchemaIds"];
            };
            header?: never;
            path: {
                /** @description User id. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getUsersMe: {
        parameters: {
            query?: {
                /** @description Extra fields to include on each user. */
                expand?: components["parameters"]["userExpand"];
                /** @description Read presence from this integration instead of Genesys Cloud (needs `expand=presence`). */
                integrationPresenceSource?: components["parameters"]["integrationPresenceSource"];
                /** @description Custom attribute schema ids to include (at most 5). */
                userCustomAttributeSchemaIds?: components["parameters"]["userCustomAttributeSchemaIds"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token's user. */
            200: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
