// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/chat/openapi.yaml (sha256 49633837d89a97f4)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area chat` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Chat (34 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const chat = chatApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function chatApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/chats/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a message
         * @permissions ANY: any one of `chat:chat:access`, `chat:1on1Message:view`, `chat:room:view`
         */
        get: operations["getChatsMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chats/messages/{messageId}/reactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update reactions to a message
         * @permissions ANY: any one of `chat:chat:access`, `chat:reactions:edit`
         */
        put: operations["putChatsMessageReactions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chats/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an adhoc room
         * @permissions ANY: any one of `chat:chat:access`, `chat:room:add`
         */
        post: operations["postChatsRooms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chats/rooms/{roomJid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a room
         * @permissions ANY: any one of `chat:chat:access`, `chat:room:view`
         */
        get: operations["getChatsRoom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set properties for a room
         * @permissions ANY: any one of `chat:chat:access`, `chat:room:edit`
         */
        patch: operations["patchChatsRoom"];
        trace?: never;
    };
    "/api/v2/chats/rooms/{roomJid}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a room's message history
         * @permissions ANY: any one of `chat:chat:access`, `chat:room:view`
         */
        get: operations["getChatsRoomMessages"];
        put?: never;
        /**
         * Send a message to a room
         * @permissions ANY: any one of `chat:chat:access`, `chat:roomMessage:add`
         */
        post: operations["postChatsRoomMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chats/rooms/{roomJid}/messages/{messageId}": {
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
         * Delete a message in a room
         * @permissions ANY: any one of `chat:chat:access`, `chat:roomMessage:delete`
         */
        delete: operations["deleteChatsRoomMessage"];
        options?: never;
        head?: never;
        /**
         * Edit a message in a room
         * @permissions ANY: any one of `chat:chat:access`, `chat:roomMessage:edit`
         */
        patch: operations["patchChatsRoomMessage"];
        trace?: never;
    };
    "/api/v2/chats/rooms/{roomJid}/messages/{messageIds}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get messages by id(s) from a room
         * @permissions ANY: any one of `chat:chat:access`, `chat:room:view`
         */
        get: operations["getChatsRoomMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chats/rooms/{roomJid}/messages/pins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add pinned messages for a room, up to a maximum of 5 pinned messages
         * @permissions ANY: any one of `chat:chat:access`, `chat:room:edit`
         */
        post: operations["postChatsRoomMessagesPins"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chats/rooms/{roomJid}/messages/pins/{pinnedMessageId}": {
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
         * Remove a pinned message from a room
         * @permissions ANY: any one of `chat:chat:access`, `chat:room:edit`
         */
        delete: operations["deleteChatsRoomMessagesPin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chats/rooms/{roomJid}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get room participants in a room
         * @permissions ANY: any one of `chat:chat:access`, `chat:room:view`
         */
        get: operations["getChatsRoomParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chats/rooms/{roomJid}/participants/{participantJid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a room participant
         * @permissions none required
         */
        get: operations["getChatsRoomParticipant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chats/rooms/{roomJid}/participants/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a room
         * @permissions ANY: any one of `chat:chat:access`, `chat:participant:add`
         */
        post: operations["postChatsRoomParticipant"];
        /**
         * Remove a user from a room.
         * @permissions ANY: any one of `chat:chat:access`, `chat:participant:delete`
         */
        delete: operations["deleteChatsRoomParticipant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chats/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Chat Settings.
         * @permissions ANY: any one of `chat:setting:view`, `chat:setting:edit`
         */
        get: operations["getChatsSettings"];
        /**
         * Update Chat Settings.
         * @permissions ANY: `chat:setting:edit`
         */
        put: operations["putChatsSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch Chat Settings.
         * @permissions ANY: `chat:setting:edit`
         */
        patch: operations["patchChatsSettings"];
        trace?: never;
    };
    "/api/v2/chats/threads/{threadId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get history by thread
         * @permissions ANY: any one of `chat:chat:access`, `chat:room:view`
         */
        get: operations["getChatsThreadMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chats/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get information for a 1on1
         * @permissions ANY: any one of `chat:chat:access`, `chat:1on1:view`
         */
        get: operations["getChatsUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chats/users/{userId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get 1on1 History between a user
         * @permissions ANY: any one of `chat:chat:access`, `chat:1on1Message:view`
         */
        get: operations["getChatsUserMessages"];
        put?: never;
        /**
         * Send a message to a user
         * @permissions ANY: any one of `chat:chat:access`, `chat:1on1Message:add`
         */
        post: operations["postChatsUserMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chats/users/{userId}/messages/{messageId}": {
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
         * Delete a message to a user
         * @permissions ANY: any one of `chat:chat:access`, `chat:1on1Message:delete`
         */
        delete: operations["deleteChatsUserMessage"];
        options?: never;
        head?: never;
        /**
         * Edit a message to a user
         * @permissions ANY: any one of `chat:chat:access`, `chat:1on1Message:view`
         */
        patch: operations["patchChatsUserMessage"];
        trace?: never;
    };
    "/api/v2/chats/users/{userId}/messages/{messageIds}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get messages by id(s) from a 1on1
         * @permissions ANY: any one of `chat:chat:access`, `chat:1on1Message:view`
         */
        get: operations["getChatsUserMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chats/users/{userId}/messages/pins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add pinned messages for a 1on1, up to a maximum of 5 pinned messages
         * @permissions ANY: any one of `chat:chat:access`, `chat:1on1:edit`
         */
        post: operations["postChatsUserMessagesPins"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chats/users/{userId}/messages/pins/{pinnedMessageId}": {
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
         * Remove a pinned message from a 1on1
         * @permissions ANY: any one of `chat:chat:access`, `chat:1on1:edit`
         */
        delete: operations["deleteChatsUserMessagesPin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/chats/users/{userId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user's chat settings
         * @permissions ANY: any one of `chat:usersettings:view`, `chat:setting:view`
         */
        get: operations["getChatsUserSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a user's chat settings
         * @permissions ANY: any one of `chat:usersettings:edit`, `chat:setting:edit`
         */
        patch: operations["patchChatsUserSettings"];
        trace?: never;
    };
    "/api/v2/chats/users/me/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user's chat settings
         * @permissions none required
         */
        get: operations["getChatsUsersMeSettings"];
        put?: never;
        /**
         * Create a user's chat settings
         * @permissions none required
         */
        post: operations["postChatsUsersMeSettings"];
        /**
         * Delete a user's chat settings
         * @permissions none required
         */
        delete: operations["deleteChatsUsersMeSettings"];
        options?: never;
        head?: never;
        /**
         * Update a user's chat settings
         * @permissions none required
         */
        patch: operations["patchChatsUsersMeSettings"];
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
        ChatMessageEntityListing: {
            entities?: components["schemas"]["ChatMessageResponse"][];
        };
        ChatMessageResponse: {
            attachmentDeleted?: boolean;
            body: string;
            dateCreated: string;
            dateModified?: string;
            edited?: boolean;
            fileUri?: string;
            id: string;
            jid: string;
            mentions?: {
                [key: string]: string;
            };
            parentThread?: components["schemas"]["Entity"];
            reactions?: components["schemas"]["ChatReaction"][];
            thread: components["schemas"]["Entity"];
            toJid: string;
            toUser?: components["schemas"]["AddressableEntityRef"];
            user?: components["schemas"]["AddressableEntityRef"];
        };
        ChatReaction: {
            emoji: string;
            users: components["schemas"]["AddressableEntityRef"][];
        };
        ChatReactionUpdate: {
            reactions: string[];
        };
        ChatSendMessageResponse: {
            id: string;
        };
        ChatSettings: {
            messageRetentionPeriodDays?: number;
            reactionsEnabled?: boolean;
        };
        ChatUserSettings: {
            mobile: components["schemas"]["MobileSettings"];
        };
        CreateRoomRequest: {
            description?: string;
            subject: string;
            userIds?: string[];
        };
        CreateRoomResponse: {
            jid: string;
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        Entity: {
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
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
        MobileNotificationSettings: {
            when: string;
        };
        MobileSettings: {
            notifications: components["schemas"]["MobileNotificationSettings"];
        };
        OneOnOne: {
            pinnedMessages?: components["schemas"]["AddressableEntityRef"][];
        };
        PinnedMessageRequest: {
            pinnedMessageIds: string[];
        };
        Room: {
            dateCreated?: string;
            description?: string;
            id?: string;
            jid?: string;
            name?: string;
            owners?: components["schemas"]["UserReference"][];
            participantLimit?: number;
            pinnedMessages?: components["schemas"]["AddressableEntityRef"][];
            roomType?: string;
            selfUri?: string;
            subject?: string;
        };
        RoomParticipant: {
            participantJid: string;
        };
        RoomParticipantResponse: {
            jid?: string;
            user?: components["schemas"]["AddressableEntityRef"];
        };
        RoomParticipantsResponse: {
            participants?: components["schemas"]["RoomParticipantResponse"][];
        };
        RoomUpdateRequest: {
            description?: string;
            ownerIds?: string[];
            pinnedMessageIds?: string[];
            subject?: string;
        };
        SendMessageBody: {
            mentions?: string[];
            message: string;
            threadId?: string;
        };
        UserChatSettingsPost: {
            mentionsOnly?: boolean;
            muted: boolean;
            notifyOnReactions?: boolean;
        };
        UserReference: {
            id?: string;
            selfUri?: string;
        };
        UserSettingsForChat: {
            mentionsOnly?: boolean;
            mobile: components["schemas"]["MobileSettings"];
            muted?: boolean;
            notifyOnReactions?: boolean;
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
export type SchemaChatMessageEntityListing = components['schemas']['ChatMessageEntityListing'];
export type SchemaChatMessageResponse = components['schemas']['ChatMessageResponse'];
export type SchemaChatReaction = components['schemas']['ChatReaction'];
export type SchemaChatReactionUpdate = components['schemas']['ChatReactionUpdate'];
export type SchemaChatSendMessageResponse = components['schemas']['ChatSendMessageResponse'];
export type SchemaChatSettings = components['schemas']['ChatSettings'];
export type SchemaChatUserSettings = components['schemas']['ChatUserSettings'];
export type SchemaCreateRoomRequest = components['schemas']['CreateRoomRequest'];
export type SchemaCreateRoomResponse = components['schemas']['CreateRoomResponse'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaEntity = components['schemas']['Entity'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaMobileNotificationSettings = components['schemas']['MobileNotificationSettings'];
export type SchemaMobileSettings = components['schemas']['MobileSettings'];
export type SchemaOneOnOne = components['schemas']['OneOnOne'];
export type SchemaPinnedMessageRequest = components['schemas']['PinnedMessageRequest'];
export type SchemaRoom = components['schemas']['Room'];
export type SchemaRoomParticipant = components['schemas']['RoomParticipant'];
export type SchemaRoomParticipantResponse = components['schemas']['RoomParticipantResponse'];
export type SchemaRoomParticipantsResponse = components['schemas']['RoomParticipantsResponse'];
export type SchemaRoomUpdateRequest = components['schemas']['RoomUpdateRequest'];
export type SchemaSendMessageBody = components['schemas']['SendMessageBody'];
export type SchemaUserChatSettingsPost = components['schemas']['UserChatSettingsPost'];
export type SchemaUserReference = components['schemas']['UserReference'];
export type SchemaUserSettingsForChat = components['schemas']['UserSettingsForChat'];
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
    getChatsMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description messageId */
                messageId: string;
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
                    "application/json": components["schemas"]["ChatMessageResponse"];
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
    putChatsMessageReactions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description messageId */
                messageId: string;
            };
            cookie?: never;
        };
        /** @description reactionUpdate */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatReactionUpdate"];
            };
        };
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
    postChatsRooms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Room properties */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoomRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateRoomResponse"];
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
    getChatsRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description roomJid */
                roomJid: string;
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
                    "application/json": components["schemas"]["Room"];
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
    patchChatsRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description roomJid */
                roomJid: string;
            };
            cookie?: never;
        };
        /** @description Room properties */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoomUpdateRequest"];
            };
        };
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
    getChatsRoomMessages: {
        parameters: {
            query?: {
                /** @description The beginning date for messages to retrieve */
                after?: string;
                /** @description The cutoff date for messages to retrieve */
                before?: string;
                /** @description Whether to exclude metadata for messages */
                excludeMetadata?: boolean;
                /** @description The maximum number of messages to retrieve */
                limit?: string;
            };
            header?: never;
            path: {
                /** @description roomJid */
                roomJid: string;
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
                    "application/json": components["schemas"]["ChatMessageEntityListing"];
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
    postChatsRoomMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description roomId */
                roomJid: string;
            };
            cookie?: never;
        };
        /** @description messageBody */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageBody"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSendMessageResponse"];
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
    deleteChatsRoomMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description messageId */
                messageId: string;
                /** @description roomId */
                roomJid: string;
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
    patchChatsRoomMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description messageId */
                messageId: string;
                /** @description roomId */
                roomJid: string;
            };
            cookie?: never;
        };
        /** @description messageBody */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageBody"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSendMessageResponse"];
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
    getChatsRoomMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description messageIds, comma separated */
                messageIds: string;
                /** @description roomJid */
                roomJid: string;
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
                    "application/json": components["schemas"]["ChatMessageEntityListing"];
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
    postChatsRoomMessagesPins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description roomJid */
                roomJid: string;
            };
            cookie?: never;
        };
        /** @description Pinned Message Ids */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PinnedMessageRequest"];
            };
        };
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
    deleteChatsRoomMessagesPin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description pinnedMessageId */
                pinnedMessageId: string;
                /** @description roomJid */
                roomJid: string;
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
    getChatsRoomParticipants: {
        parameters: {
            query?: {
                /** @description Whether to get users to notify */
                notify?: boolean;
            };
            header?: never;
            path: {
                /** @description roomJid */
                roomJid: string;
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
                    "application/json": components["schemas"]["RoomParticipantsResponse"];
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
    getChatsRoomParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description participantJid */
                participantJid: string;
                /** @description roomJid */
                roomJid: string;
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
                    "application/json": components["schemas"]["RoomParticipant"];
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
    postChatsRoomParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description roomJid */
                roomJid: string;
                /** @description userId */
                userId: string;
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
    deleteChatsRoomParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description roomJid */
                roomJid: string;
                /** @description userId */
                userId: string;
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
    getChatsSettings: {
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
                    "application/json": components["schemas"]["ChatSettings"];
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
    putChatsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Chat */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSettings"];
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
    patchChatsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Chat */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSettings"];
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
    getChatsThreadMessages: {
        parameters: {
            query?: {
                /** @description The beginning date for messages to retrieve */
                after?: string;
                /** @description The cutoff date for messages to retrieve */
                before?: string;
                /** @description Whether to exclude metadata for messages */
                excludeMetadata?: boolean;
                /** @description The maximum number of messages to retrieve */
                limit?: string;
            };
            header?: never;
            path: {
                /** @description threadId */
                threadId: string;
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
                    "application/json": components["schemas"]["ChatMessageEntityListing"];
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
    getChatsUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description userId */
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
                    "application/json": components["schemas"]["OneOnOne"];
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
    getChatsUserMessages: {
        parameters: {
            query?: {
                /** @description The beginning date for messages to retrieve */
                after?: string;
                /** @description The cutoff date for messages to retrieve */
                before?: string;
                /** @description Whether to exclude metadata for messages */
                excludeMetadata?: boolean;
                /** @description The maximum number of messages to retrieve */
                limit?: string;
            };
            header?: never;
            path: {
                /** @description userId */
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
                    "application/json": components["schemas"]["ChatMessageResponse"];
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
    postChatsUserMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description userId */
                userId: string;
            };
            cookie?: never;
        };
        /** @description message body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageBody"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSendMessageResponse"];
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
    deleteChatsUserMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description messageId */
                messageId: string;
                /** @description userId */
                userId: string;
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
    patchChatsUserMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description messageId */
                messageId: string;
                /** @description userId */
                userId: string;
            };
            cookie?: never;
        };
        /** @description message body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageBody"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSendMessageResponse"];
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
    getChatsUserMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description messageIds, comma separated */
                messageIds: string;
                /** @description userId */
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
                    "application/json": components["schemas"]["ChatMessageEntityListing"];
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
    postChatsUserMessagesPins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description userId */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Pinned Message Ids */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PinnedMessageRequest"];
            };
        };
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
    deleteChatsUserMessagesPin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description pinnedMessageId */
                pinnedMessageId: string;
                /** @description userId */
                userId: string;
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
    getChatsUserSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
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
                    "application/json": components["schemas"]["ChatUserSettings"];
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
    patchChatsUserSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatUserSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatUserSettings"];
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
    getChatsUsersMeSettings: {
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
                    "application/json": components["schemas"]["UserSettingsForChat"];
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
    postChatsUsersMeSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserChatSettingsPost"];
            };
        };
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
    deleteChatsUsersMeSettings: {
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
    patchChatsUsersMeSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSettingsForChat"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSettingsForChat"];
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
