// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/web-messaging/openapi.yaml (sha256 892d8c9593cff14f)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area web-messaging` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Web Messaging (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const webMessaging = webMessagingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function webMessagingApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/webmessaging/deployments/{deploymentId}/pushdevices/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a new device information
         * @permissions none required
         */
        post: operations["postWebmessagingDeploymentPushdevice"];
        /**
         * Delete device information
         * @permissions none required
         */
        delete: operations["deleteWebmessagingDeploymentPushdevice"];
        options?: never;
        head?: never;
        /**
         * Edit device information
         * @permissions none required
         */
        patch: operations["patchWebmessagingDeploymentPushdevice"];
        trace?: never;
    };
    "/api/v2/webmessaging/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the messages for a web messaging session.
         * @permissions none required
         */
        get: operations["getWebmessagingMessages"];
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
        ButtonComponent: {
            actions?: components["schemas"]["ContentActions"];
            title?: string;
        };
        ContentActions: {
            textback?: string;
            url?: string;
            urlTarget?: string;
        };
        ContentCard: {
            actions: components["schemas"]["ContentCardAction"][];
            defaultAction?: components["schemas"]["ContentCardAction"];
            description?: string;
            image?: string;
            title: string;
            video?: string;
        };
        ContentCardAction: {
            payload?: string;
            text?: string;
            type?: string;
            url?: string;
        };
        ContentCarousel: {
            cards: components["schemas"]["ContentCard"][];
        };
        ContentDatePicker: {
            availableTimes: components["schemas"]["ContentDatePickerAvailableTime"][];
            dateMaximum?: string;
            dateMinimum?: string;
            imageUrl?: string;
            subtitle?: string;
            title?: string;
        };
        ContentDatePickerAvailableTime: {
            dateTime?: string;
            duration?: number;
        };
        ConversationContentButtonResponse: {
            originatingMessageId?: string;
            payload: string;
            text: string;
            type?: string;
        };
        ConversationContentDatePicker: {
            availableTimes?: components["schemas"]["ConversationContentDatePickerAvailableTime"][];
            dateDisplayFormat?: string;
            dateMaximum?: string;
            dateMinimum?: string;
            id?: string;
            imageUrl?: string;
            location?: components["schemas"]["ConversationContentLocation"];
            subtitle?: string;
            title?: string;
        };
        ConversationContentDatePickerAvailableTime: {
            dateTime?: string;
            duration?: number;
        };
        ConversationContentForm: {
            cannedResponseId: string;
            formPages?: components["schemas"]["ConversationFormPage"][];
            introduction?: components["schemas"]["ConversationContentIntroduction"];
            originatingMessageId?: string;
            receivedMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            response?: components["schemas"]["ConversationFormResponseComponent"][];
            showSummary?: boolean;
        };
        ConversationContentInput: {
            autoCompleteType?: string;
            id?: string;
            isMultipleLine: boolean;
            isRequired: boolean;
            keyboardType?: string;
            placeholderText?: string;
            subtitle?: string;
            title?: string;
        };
        ConversationContentIntroduction: {
            buttonText: string;
            imageUrl?: string;
            subtitle?: string;
            title: string;
        };
        ConversationContentListPicker: {
            id?: string;
            receivedMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            sections?: components["schemas"]["ConversationContentListPickerSection"][];
        };
        ConversationContentListPickerItem: {
            id?: string;
            imageUrl?: string;
            subtitle?: string;
            title?: string;
        };
        ConversationContentListPickerSection: {
            items?: components["schemas"]["ConversationContentListPickerItem"][];
            multipleSelection?: boolean;
            title?: string;
        };
        ConversationContentLocation: {
            address?: string;
            latitude?: number;
            longitude?: number;
            text?: string;
            url?: string;
        };
        ConversationContentReceivedReplyMessage: {
            buttonLabel?: string;
            header?: string;
            imageUrl?: string;
            subtitle?: string;
            title?: string;
        };
        ConversationContentWheelPicker: {
            id?: string;
            items: components["schemas"]["ConversationContentWheelPickerItem"][];
        };
        ConversationContentWheelPickerItem: {
            id: string;
            title: string;
            value?: string;
        };
        ConversationFormPage: {
            pageComponents?: components["schemas"]["ConversationFormPageComponent"][];
            subtitle: string;
            title: string;
        };
        ConversationFormPageComponent: {
            datePicker?: components["schemas"]["ConversationContentDatePicker"];
            formComponentType?: string;
            input?: components["schemas"]["ConversationContentInput"];
            listPicker?: components["schemas"]["ConversationContentListPicker"];
            wheelPicker?: components["schemas"]["ConversationContentWheelPicker"];
        };
        ConversationFormResponseComponent: {
            component: components["schemas"]["ConversationFormResponseContent"];
            id: string;
        };
        ConversationFormResponseContent: {
            buttonResponse?: components["schemas"]["ConversationContentButtonResponse"];
            contentType?: string;
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
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        PushDeviceInsertRequest: {
            deviceToken: string;
            deviceType: string;
            language: string;
            notificationProvider: string;
        };
        PushDeviceUpdateRequest: {
            deviceToken?: string;
            language?: string;
        };
        Reason: {
            code?: string;
            message: string;
        };
        RecipientAdditionalIdentifier: {
            type: string;
            value: string;
        };
        WebMessagingAttachment: {
            filename?: string;
            fileSize?: number;
            id?: string;
            mediaType?: string;
            mime?: string;
            sha256?: string;
            text?: string;
            url?: string;
        };
        WebMessagingButtonResponse: {
            id?: string;
            originatingMessageId: string;
            payload: string;
            text: string;
            type?: string;
        };
        WebMessagingChannel: {
            from?: components["schemas"]["WebMessagingRecipient"];
            messageId?: string;
            time?: string;
            to?: components["schemas"]["WebMessagingRecipient"];
        };
        WebMessagingContent: {
            attachment?: components["schemas"]["WebMessagingAttachment"];
            buttonResponse?: components["schemas"]["WebMessagingButtonResponse"];
            card?: components["schemas"]["ContentCard"];
            carousel?: components["schemas"]["ContentCarousel"];
            contentType?: string;
            datePicker?: components["schemas"]["ContentDatePicker"];
            form?: components["schemas"]["ConversationContentForm"];
            generic?: components["schemas"]["WebMessagingGeneric"];
            listPicker?: components["schemas"]["ConversationContentListPicker"];
            quickReply?: components["schemas"]["WebMessagingQuickReply"];
        };
        WebMessagingEvent: {
            coBrowse?: components["schemas"]["WebMessagingEventCoBrowse"];
            eventType: string;
            presence?: components["schemas"]["WebMessagingEventPresence"];
            video?: components["schemas"]["WebMessagingEventVideo"];
        };
        WebMessagingEventCoBrowse: {
            sessionId?: string;
            sessionJoinToken?: string;
            type: string;
        };
        WebMessagingEventPresence: {
            type: string;
        };
        WebMessagingEventVideo: {
            jwt?: string;
            offeringId?: string;
            type: string;
        };
        WebMessagingGeneric: {
            actions?: components["schemas"]["ContentActions"];
            components?: components["schemas"]["ButtonComponent"][];
            description?: string;
            image?: string;
            title?: string;
        };
        WebMessagingMessage: {
            channel?: components["schemas"]["WebMessagingChannel"];
            content?: components["schemas"]["WebMessagingContent"][];
            direction?: string;
            events?: components["schemas"]["WebMessagingEvent"][];
            id?: string;
            metadata?: {
                [key: string]: string;
            };
            originatingEntity?: string;
            reasons?: components["schemas"]["Reason"][];
            status?: string;
            text?: string;
            type?: string;
        };
        WebMessagingMessageEntityList: {
            entities?: components["schemas"]["WebMessagingMessage"][];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            total?: number;
        };
        WebMessagingQuickReply: {
            action?: string;
            image?: string;
            payload: string;
            text: string;
        };
        WebMessagingRecipient: {
            additionalIds?: components["schemas"]["RecipientAdditionalIdentifier"][];
            firstName?: string;
            image?: string;
            lastName?: string;
            nickname?: string;
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
export type SchemaButtonComponent = components['schemas']['ButtonComponent'];
export type SchemaContentActions = components['schemas']['ContentActions'];
export type SchemaContentCard = components['schemas']['ContentCard'];
export type SchemaContentCardAction = components['schemas']['ContentCardAction'];
export type SchemaContentCarousel = components['schemas']['ContentCarousel'];
export type SchemaContentDatePicker = components['schemas']['ContentDatePicker'];
export type SchemaContentDatePickerAvailableTime = components['schemas']['ContentDatePickerAvailableTime'];
export type SchemaConversationContentButtonResponse = components['schemas']['ConversationContentButtonResponse'];
export type SchemaConversationContentDatePicker = components['schemas']['ConversationContentDatePicker'];
export type SchemaConversationContentDatePickerAvailableTime = components['schemas']['ConversationContentDatePickerAvailableTime'];
export type SchemaConversationContentForm = components['schemas']['ConversationContentForm'];
export type SchemaConversationContentInput = components['schemas']['ConversationContentInput'];
export type SchemaConversationContentIntroduction = components['schemas']['ConversationContentIntroduction'];
export type SchemaConversationContentListPicker = components['schemas']['ConversationContentListPicker'];
export type SchemaConversationContentListPickerItem = components['schemas']['ConversationContentListPickerItem'];
export type SchemaConversationContentListPickerSection = components['schemas']['ConversationContentListPickerSection'];
export type SchemaConversationContentLocation = components['schemas']['ConversationContentLocation'];
export type SchemaConversationContentReceivedReplyMessage = components['schemas']['ConversationContentReceivedReplyMessage'];
export type SchemaConversationContentWheelPicker = components['schemas']['ConversationContentWheelPicker'];
export type SchemaConversationContentWheelPickerItem = components['schemas']['ConversationContentWheelPickerItem'];
export type SchemaConversationFormPage = components['schemas']['ConversationFormPage'];
export type SchemaConversationFormPageComponent = components['schemas']['ConversationFormPageComponent'];
export type SchemaConversationFormResponseComponent = components['schemas']['ConversationFormResponseComponent'];
export type SchemaConversationFormResponseContent = components['schemas']['ConversationFormResponseContent'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaPushDeviceInsertRequest = components['schemas']['PushDeviceInsertRequest'];
export type SchemaPushDeviceUpdateRequest = components['schemas']['PushDeviceUpdateRequest'];
export type SchemaReason = components['schemas']['Reason'];
export type SchemaRecipientAdditionalIdentifier = components['schemas']['RecipientAdditionalIdentifier'];
export type SchemaWebMessagingAttachment = components['schemas']['WebMessagingAttachment'];
export type SchemaWebMessagingButtonResponse = components['schemas']['WebMessagingButtonResponse'];
export type SchemaWebMessagingChannel = components['schemas']['WebMessagingChannel'];
export type SchemaWebMessagingContent = components['schemas']['WebMessagingContent'];
export type SchemaWebMessagingEvent = components['schemas']['WebMessagingEvent'];
export type SchemaWebMessagingEventCoBrowse = components['schemas']['WebMessagingEventCoBrowse'];
export type SchemaWebMessagingEventPresence = components['schemas']['WebMessagingEventPresence'];
export type SchemaWebMessagingEventVideo = components['schemas']['WebMessagingEventVideo'];
export type SchemaWebMessagingGeneric = components['schemas']['WebMessagingGeneric'];
export type SchemaWebMessagingMessage = components['schemas']['WebMessagingMessage'];
export type SchemaWebMessagingMessageEntityList = components['schemas']['WebMessagingMessageEntityList'];
export type SchemaWebMessagingQuickReply = components['schemas']['WebMessagingQuickReply'];
export type SchemaWebMessagingRecipient = components['schemas']['WebMessagingRecipient'];
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
    postWebmessagingDeploymentPushdevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description WebMessaging deployment id */
                deploymentId: string;
                /** @description Device token id or cookie id */
                tokenId: string;
            };
            cookie?: never;
        };
        /** @description Request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushDeviceInsertRequest"];
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
    deleteWebmessagingDeploymentPushdevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description WebMessaging deployment id */
                deploymentId: string;
                /** @description Device token id or cookie id */
                tokenId: string;
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
    patchWebmessagingDeploymentPushdevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description WebMessaging deployment id */
                deploymentId: string;
                /** @description Device token id or cookie id */
                tokenId: string;
            };
            cookie?: never;
        };
        /** @description Request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushDeviceUpdateRequest"];
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
    getWebmessagingMessages: {
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
                    "application/json": components["schemas"]["WebMessagingMessageEntityList"];
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
