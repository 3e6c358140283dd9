// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/textbots/openapi.yaml (sha256 8c2e488ed7d724dc)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area textbots` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Textbots (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const textbots = textbotsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function textbotsApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/textbots/botflows/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an execution instance of a bot flow definition.
         * @description The launch is asynchronous; use the returned instance ID to post turns to it using POST /api/v2/textbots/botflows/sessions/{sessionId}/turns.
         * @permissions ANY: `textbots:botFlowSession:execute`
         */
        post: operations["postTextbotsBotflowsSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/textbots/botflows/sessions/{sessionId}/turns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a bot flow turn event
         * @description Send a turn event to an executing bot flow and produce the next action to take.
         * @permissions ANY: `textbots:botFlowSession:execute`
         */
        post: operations["postTextbotsBotflowsSessionTurns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/textbots/bots/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an intent to a bot to start a dialog/interact with it via text
         * @description This will either start a bot with the given id or relay a communication to an existing bot session.
         * @permissions ANY: `textbots:session:execute`
         */
        post: operations["postTextbotsBotsExecute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/textbots/bots/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find bots using the currently configured friendly name or ID.
         * @description The name does allow case-insensitive partial string matches or by IDs (up to 50), but not both at the same time. Optionally you can limit the scope of the search by providing one or more bot types.  You can specify the maximum results to return, up to a limit of 100
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getTextbotsBotsSearch"];
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
        AmazonLexRequest: {
            requestAttributes?: {
                [key: string]: string;
            };
            sessionAttributes?: {
                [key: string]: string;
            };
        };
        BotSearchResponse: {
            botType: string;
            description?: string;
            id: string;
            name: string;
            selfUri?: string;
            virtualAgentEnabled?: boolean;
        };
        BotSearchResponseEntityListing: {
            entities?: components["schemas"]["BotSearchResponse"][];
        };
        ConversationContentAttachment: {
            contentSizeBytes?: number;
            filename?: string;
            id?: string;
            mediaType: string;
            mime?: string;
            sha256?: string;
            text?: string;
            url?: string;
        };
        ConversationContentButtonResponse: {
            originatingMessageId?: string;
            payload: string;
            text: string;
            type?: string;
        };
        ConversationContentCard: {
            actions: components["schemas"]["ConversationContentCardAction"][];
            defaultAction?: components["schemas"]["ConversationContentCardAction"];
            description?: string;
            image?: string;
            title: string;
            video?: string;
        };
        ConversationContentCardAction: {
            payload?: string;
            text?: string;
            type?: string;
            url?: string;
        };
        ConversationContentCarousel: {
            cards: components["schemas"]["ConversationContentCard"][];
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
        ConversationContentInteractiveApplication: {
            name?: string;
            receivedMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            url?: string;
        };
        ConversationContentIntroduction: {
            buttonText: string;
            imageUrl?: string;
            subtitle?: string;
            title: string;
        };
        ConversationContentLineItem: {
            description?: string;
            identifier?: string;
            name: string;
            price: number;
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
        ConversationContentNotificationResponse: {
            notificationStatus: string;
            notificationText?: string;
            originatingMessageId: string;
            referenceId?: string;
        };
        ConversationContentNotificationTemplate: {
            body: components["schemas"]["ConversationNotificationTemplateBody"];
            buttons?: components["schemas"]["ConversationNotificationTemplateButton"][];
            footer?: components["schemas"]["ConversationNotificationTemplateFooter"];
            header?: components["schemas"]["ConversationNotificationTemplateHeader"];
            id?: string;
            language?: string;
        };
        ConversationContentPaymentRequest: {
            countryCode: string;
            currencyCode: string;
            lineItems?: components["schemas"]["ConversationContentLineItem"][];
            orderTotal: number;
            paymentPlatform: string;
            receivedMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            requiredContactFields?: components["schemas"]["ConversationContentRequiredContactField"][];
            shippingOptions?: components["schemas"]["ConversationContentLineItem"][];
        };
        ConversationContentPaymentResponse: {
            failureReason?: string;
            originatingMessageId: string;
            paymentStatus: string;
        };
        ConversationContentPush: {
            deviceToken: string;
            deviceTokenId: string;
            deviceType: string;
            expiration: number;
            failedMessages: components["schemas"]["ConversationPushFailedMessageReferences"][];
            notificationMessage: components["schemas"]["ConversationPushNotificationMessageLabel"];
            pushProviderIntegration: components["schemas"]["ConversationPushProviderIntegration"];
        };
        ConversationContentQuickReply: {
            action?: string;
            image?: string;
            payload: string;
            summaryText?: string;
            text: string;
        };
        ConversationContentQuickReplyV2: {
            actions: components["schemas"]["ConversationContentQuickReply"][];
            title: string;
        };
        ConversationContentReaction: {
            count: number;
            reactionType?: string;
        };
        ConversationContentReceivedReplyMessage: {
            buttonLabel?: string;
            header?: string;
            imageUrl?: string;
            subtitle?: string;
            title?: string;
        };
        ConversationContentRequiredContactField: {
            contactField: string;
        };
        ConversationContentStory: {
            replyToId?: string;
            type?: string;
            url?: string;
        };
        ConversationContentText: {
            body: string;
            type?: string;
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
        ConversationEventCoBrowse: {
            sessionId?: string;
            sessionJoinToken?: string;
            type: string;
        };
        ConversationEventPresence: {
            receivedMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            type: string;
        };
        ConversationEventTyping: {
            duration?: number;
            type: string;
        };
        ConversationEventVideo: {
            jwt?: string;
            offeringId?: string;
            type: string;
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
        ConversationMessageContent: {
            attachment?: components["schemas"]["ConversationContentAttachment"];
            buttonResponse?: components["schemas"]["ConversationContentButtonResponse"];
            card?: components["schemas"]["ConversationContentCard"];
            carousel?: components["schemas"]["ConversationContentCarousel"];
            contentType: string;
            datePicker?: components["schemas"]["ConversationContentDatePicker"];
            form?: components["schemas"]["ConversationContentForm"];
            interactiveApplication?: components["schemas"]["ConversationContentInteractiveApplication"];
            listPicker?: components["schemas"]["ConversationContentListPicker"];
            location?: components["schemas"]["ConversationContentLocation"];
            notificationResponse?: components["schemas"]["ConversationContentNotificationResponse"];
            paymentRequest?: components["schemas"]["ConversationContentPaymentRequest"];
            paymentResponse?: components["schemas"]["ConversationContentPaymentResponse"];
            push?: components["schemas"]["ConversationContentPush"];
            quickReply?: components["schemas"]["ConversationContentQuickReply"];
            quickReplyV2?: components["schemas"]["ConversationContentQuickReplyV2"];
            reactions?: components["schemas"]["ConversationContentReaction"][];
            story?: components["schemas"]["ConversationContentStory"];
            template?: components["schemas"]["ConversationContentNotificationTemplate"];
            text?: components["schemas"]["ConversationContentText"];
        };
        ConversationMessageEvent: {
            coBrowse?: components["schemas"]["ConversationEventCoBrowse"];
            eventType: string;
            presence?: components["schemas"]["ConversationEventPresence"];
            typing?: components["schemas"]["ConversationEventTyping"];
            video?: components["schemas"]["ConversationEventVideo"];
        };
        ConversationNotificationTemplateBody: {
            parameters: components["schemas"]["ConversationNotificationTemplateParameter"][];
            text?: string;
        };
        ConversationNotificationTemplateButton: {
            index: number;
            parameters?: components["schemas"]["ConversationNotificationTemplateParameter"][];
            payload?: string;
            phoneNumber?: string;
            text?: string;
            type: string;
            url?: string;
        };
        ConversationNotificationTemplateFooter: {
            text?: string;
        };
        ConversationNotificationTemplateHeader: {
            media?: components["schemas"]["ConversationContentAttachment"];
            parameters?: components["schemas"]["ConversationNotificationTemplateParameter"][];
            text?: string;
            type: string;
        };
        ConversationNotificationTemplateParameter: {
            name?: string;
            text: string;
        };
        ConversationPushFailedMessageReferences: {
            id: string;
        };
        ConversationPushNotificationMessageLabel: {
            body: string;
            title: string;
        };
        ConversationPushProviderIntegration: {
            id: string;
            provider: string;
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
        Format: {
            flags?: string[];
        };
        GenesysBotConnector: {
            queryParameters?: {
                [key: string]: string;
            };
        };
        GoogleDialogflowCustomSettings: {
            environment?: string;
            eventInputParameters?: {
                [key: string]: string;
            };
            eventName?: string;
            webhookQueryParameters?: {
                [key: string]: string;
            };
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        NuanceMixDlgSettings: {
            channelId?: string;
            inputParameters?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
        };
        PostTextMessage: {
            content?: components["schemas"]["ConversationMessageContent"][];
            text?: string;
            type: string;
        };
        PostTextRequest: {
            amazonLexRequest?: components["schemas"]["AmazonLexRequest"];
            botAlias?: string;
            botChannels?: string[];
            botCorrelationId?: string;
            botId: string;
            botSessionId: string;
            botSessionTimeoutMinutes?: number;
            genesysBotConnector?: components["schemas"]["GenesysBotConnector"];
            googleDialogflow?: components["schemas"]["GoogleDialogflowCustomSettings"];
            integrationId: string;
            languageCode?: string;
            messagingPlatformType?: string;
            nuanceMixDlg?: components["schemas"]["NuanceMixDlgSettings"];
            postTextMessage: components["schemas"]["PostTextMessage"];
        };
        PostTextResponse: {
            amazonLex?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            botCorrelationId?: string;
            botState: string;
            genesysBotConnector?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            genesysDialogEngine?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            googleDialogFlow?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            intentName?: string;
            nuanceMixDlg?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            replyMessages?: components["schemas"]["PostTextMessage"][];
            slots?: {
                [key: string]: string;
            };
        };
        TextBotChannel: {
            inputModes: string[];
            name: string;
            outputModes: string[];
            userAgent: components["schemas"]["TextBotUserAgent"];
        };
        TextBotDisconnectAction: {
            flowLocation?: components["schemas"]["TextBotFlowLocation"];
            flowOutcomes?: components["schemas"]["TextBotFlowOutcome"][];
            reason: string;
            reasonExtendedInfo?: string;
        };
        TextBotErrorInputEvent: {
            code: string;
            message: string;
        };
        TextBotExitAction: {
            activeIntent?: string;
            flowLocation?: components["schemas"]["TextBotFlowLocation"];
            flowOutcomes?: components["schemas"]["TextBotFlowOutcome"][];
            outputData?: components["schemas"]["TextBotInputOutputData"];
            reason: string;
            reasonExtendedInfo?: string;
        };
        TextBotFlow: {
            id: string;
        };
        TextBotFlowLaunchRequest: {
            channel: components["schemas"]["TextBotChannel"];
            conversationId?: string;
            externalSessionId: string;
            flow: components["schemas"]["TextBotFlow"];
            inputData?: components["schemas"]["TextBotInputOutputData"];
            language?: string;
        };
        TextBotFlowLaunchResponse: {
            id: string;
        };
        TextBotFlowLocation: {
            actionName: string;
            actionNumber: number;
            sequenceName: string;
        };
        TextBotFlowMilestone: {
            dateReached: string;
            id: string;
            sequence: number;
        };
        TextBotFlowOutcome: {
            dateEnd?: string;
            dateStart?: string;
            milestones?: components["schemas"]["TextBotFlowMilestone"][];
            outcomeId?: string;
            outcomeValue?: string;
        };
        TextBotFlowTurnRequest: {
            inputEventError?: components["schemas"]["TextBotErrorInputEvent"];
            inputEventRichMedia?: components["schemas"]["TextBotsRichMediaInputEvent"];
            inputEventType: string;
            inputEventUserInput?: components["schemas"]["TextBotUserInputEvent"];
            previousTurn?: components["schemas"]["TextBotTurnReference"];
        };
        TextBotFlowTurnResponse: {
            id: string;
            nextActionDisconnect?: components["schemas"]["TextBotDisconnectAction"];
            nextActionExit?: components["schemas"]["TextBotExitAction"];
            nextActionType: string;
            nextActionWaitForInput?: components["schemas"]["TextBotWaitForInputAction"];
            previousTurn?: components["schemas"]["TextBotTurnReference"];
            prompts?: components["schemas"]["TextBotOutputPrompts"];
        };
        TextBotInputOutputData: {
            variables: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
        };
        TextBotModeConstraints: {
            text?: components["schemas"]["TextBotTextModeConstraints"];
        };
        TextBotModeOutputPrompts: {
            segments: components["schemas"]["TextBotPromptSegment"][];
        };
        TextBotOutputPrompts: {
            outputLanguage: string;
            textPrompts?: components["schemas"]["TextBotModeOutputPrompts"];
        };
        TextBotPromptSegment: {
            content?: components["schemas"]["ConversationMessageContent"][];
            format?: components["schemas"]["Format"];
            text: string;
            type: string;
        };
        TextBotsRichMediaInputEvent: {
            inputs?: components["schemas"]["ConversationMessageContent"][];
            messages?: components["schemas"]["ConversationMessageEvent"][];
        };
        TextBotTextModeConstraints: {
            languagePreferences: string[];
            noInputTimeoutMilliseconds?: number;
        };
        TextBotTranscript: {
            confidence?: number;
            text: string;
        };
        TextBotTurnReference: {
            id: string;
        };
        TextBotUserAgent: {
            name: string;
        };
        TextBotUserInputAlternative: {
            transcript: components["schemas"]["TextBotTranscript"];
        };
        TextBotUserInputEvent: {
            alternatives: components["schemas"]["TextBotUserInputAlternative"][];
            mode: string;
        };
        TextBotWaitForInputAction: {
            modeConstraints: components["schemas"]["TextBotModeConstraints"];
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
export type SchemaAmazonLexRequest = components['schemas']['AmazonLexRequest'];
export type SchemaBotSearchResponse = components['schemas']['BotSearchResponse'];
export type SchemaBotSearchResponseEntityListing = components['schemas']['BotSearchResponseEntityListing'];
export type SchemaConversationContentAttachment = components['schemas']['ConversationContentAttachment'];
export type SchemaConversationContentButtonResponse = components['schemas']['ConversationContentButtonResponse'];
export type SchemaConversationContentCard = components['schemas']['ConversationContentCard'];
export type SchemaConversationContentCardAction = components['schemas']['ConversationContentCardAction'];
export type SchemaConversationContentCarousel = components['schemas']['ConversationContentCarousel'];
export type SchemaConversationContentDatePicker = components['schemas']['ConversationContentDatePicker'];
export type SchemaConversationContentDatePickerAvailableTime = components['schemas']['ConversationContentDatePickerAvailableTime'];
export type SchemaConversationContentForm = components['schemas']['ConversationContentForm'];
export type SchemaConversationContentInput = components['schemas']['ConversationContentInput'];
export type SchemaConversationContentInteractiveApplication = components['schemas']['ConversationContentInteractiveApplication'];
export type SchemaConversationContentIntroduction = components['schemas']['ConversationContentIntroduction'];
export type SchemaConversationContentLineItem = components['schemas']['ConversationContentLineItem'];
export type SchemaConversationContentListPicker = components['schemas']['ConversationContentListPicker'];
export type SchemaConversationContentListPickerItem = components['schemas']['ConversationContentListPickerItem'];
export type SchemaConversationContentListPickerSection = components['schemas']['ConversationContentListPickerSection'];
export type SchemaConversationContentLocation = components['schemas']['ConversationContentLocation'];
export type SchemaConversationContentNotificationResponse = components['schemas']['ConversationContentNotificationResponse'];
export type SchemaConversationContentNotificationTemplate = components['schemas']['ConversationContentNotificationTemplate'];
export type SchemaConversationContentPaymentRequest = components['schemas']['ConversationContentPaymentRequest'];
export type SchemaConversationContentPaymentResponse = components['schemas']['ConversationContentPaymentResponse'];
export type SchemaConversationContentPush = components['schemas']['ConversationContentPush'];
export type SchemaConversationContentQuickReply = components['schemas']['ConversationContentQuickReply'];
export type SchemaConversationContentQuickReplyV2 = components['schemas']['ConversationContentQuickReplyV2'];
export type SchemaConversationContentReaction = components['schemas']['ConversationContentReaction'];
export type SchemaConversationContentReceivedReplyMessage = components['schemas']['ConversationContentReceivedReplyMessage'];
export type SchemaConversationContentRequiredContactField = components['schemas']['ConversationContentRequiredContactField'];
export type SchemaConversationContentStory = components['schemas']['ConversationContentStory'];
export type SchemaConversationContentText = components['schemas']['ConversationContentText'];
export type SchemaConversationContentWheelPicker = components['schemas']['ConversationContentWheelPicker'];
export type SchemaConversationContentWheelPickerItem = components['schemas']['ConversationContentWheelPickerItem'];
export type SchemaConversationEventCoBrowse = components['schemas']['ConversationEventCoBrowse'];
export type SchemaConversationEventPresence = components['schemas']['ConversationEventPresence'];
export type SchemaConversationEventTyping = components['schemas']['ConversationEventTyping'];
export type SchemaConversationEventVideo = components['schemas']['ConversationEventVideo'];
export type SchemaConversationFormPage = components['schemas']['ConversationFormPage'];
export type SchemaConversationFormPageComponent = components['schemas']['ConversationFormPageComponent'];
export type SchemaConversationFormResponseComponent = components['schemas']['ConversationFormResponseComponent'];
export type SchemaConversationFormResponseContent = components['schemas']['ConversationFormResponseContent'];
export type SchemaConversationMessageContent = components['schemas']['ConversationMessageContent'];
export type SchemaConversationMessageEvent = components['schemas']['ConversationMessageEvent'];
export type SchemaConversationNotificationTemplateBody = components['schemas']['ConversationNotificationTemplateBody'];
export type SchemaConversationNotificationTemplateButton = components['schemas']['ConversationNotificationTemplateButton'];
export type SchemaConversationNotificationTemplateFooter = components['schemas']['ConversationNotificationTemplateFooter'];
export type SchemaConversationNotificationTemplateHeader = components['schemas']['ConversationNotificationTemplateHeader'];
export type SchemaConversationNotificationTemplateParameter = components['schemas']['ConversationNotificationTemplateParameter'];
export type SchemaConversationPushFailedMessageReferences = components['schemas']['ConversationPushFailedMessageReferences'];
export type SchemaConversationPushNotificationMessageLabel = components['schemas']['ConversationPushNotificationMessageLabel'];
export type SchemaConversationPushProviderIntegration = components['schemas']['ConversationPushProviderIntegration'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaFormat = components['schemas']['Format'];
export type SchemaGenesysBotConnector = components['schemas']['GenesysBotConnector'];
export type SchemaGoogleDialogflowCustomSettings = components['schemas']['GoogleDialogflowCustomSettings'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaNuanceMixDlgSettings = components['schemas']['NuanceMixDlgSettings'];
export type SchemaPostTextMessage = components['schemas']['PostTextMessage'];
export type SchemaPostTextRequest = components['schemas']['PostTextRequest'];
export type SchemaPostTextResponse = components['schemas']['PostTextResponse'];
export type SchemaTextBotChannel = components['schemas']['TextBotChannel'];
export type SchemaTextBotDisconnectAction = components['schemas']['TextBotDisconnectAction'];
export type SchemaTextBotErrorInputEvent = components['schemas']['TextBotErrorInputEvent'];
export type SchemaTextBotExitAction = components['schemas']['TextBotExitAction'];
export type SchemaTextBotFlow = components['schemas']['TextBotFlow'];
export type SchemaTextBotFlowLaunchRequest = components['schemas']['TextBotFlowLaunchRequest'];
export type SchemaTextBotFlowLaunchResponse = components['schemas']['TextBotFlowLaunchResponse'];
export type SchemaTextBotFlowLocation = components['schemas']['TextBotFlowLocation'];
export type SchemaTextBotFlowMilestone = components['schemas']['TextBotFlowMilestone'];
export type SchemaTextBotFlowOutcome = components['schemas']['TextBotFlowOutcome'];
export type SchemaTextBotFlowTurnRequest = components['schemas']['TextBotFlowTurnRequest'];
export type SchemaTextBotFlowTurnResponse = components['schemas']['TextBotFlowTurnResponse'];
export type SchemaTextBotInputOutputData = components['schemas']['TextBotInputOutputData'];
export type SchemaTextBotModeConstraints = components['schemas']['TextBotModeConstraints'];
export type SchemaTextBotModeOutputPrompts = components['schemas']['TextBotModeOutputPrompts'];
export type SchemaTextBotOutputPrompts = components['schemas']['TextBotOutputPrompts'];
export type SchemaTextBotPromptSegment = components['schemas']['TextBotPromptSegment'];
export type SchemaTextBotsRichMediaInputEvent = components['schemas']['TextBotsRichMediaInputEvent'];
export type SchemaTextBotTextModeConstraints = components['schemas']['TextBotTextModeConstraints'];
export type SchemaTextBotTranscript = components['schemas']['TextBotTranscript'];
export type SchemaTextBotTurnReference = components['schemas']['TextBotTurnReference'];
export type SchemaTextBotUserAgent = components['schemas']['TextBotUserAgent'];
export type SchemaTextBotUserInputAlternative = components['schemas']['TextBotUserInputAlternative'];
export type SchemaTextBotUserInputEvent = components['schemas']['TextBotUserInputEvent'];
export type SchemaTextBotWaitForInputAction = components['schemas']['TextBotWaitForInputAction'];
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
    postTextbotsBotflowsSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TextBotFlowLaunchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TextBotFlowLaunchResponse"];
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
    postTextbotsBotflowsSessionTurns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The bot flow session ID, typically obtained from 'POST /api/v2/textbots/botflows/sessions' */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TextBotFlowTurnRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TextBotFlowTurnResponse"];
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
    postTextbotsBotsExecute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostTextRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostTextResponse"];
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
    getTextbotsBotsSearch: {
        parameters: {
            query?: {
                /** @description Bot IDs. Maximum of 50 */
                botId?: string[];
                /** @description Bot name */
                botName?: string;
                /** @description Bot types */
                botType?: string[];
                /** @description The maximum results to return. Maximum of 100 */
                pageSize?: number;
                /** @description Include or exclude virtual agent flows, only applies to GenesysBotFlows or GenesysDigitalBotFlows */
                virtualAgentEnabled?: boolean;
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
                    "application/json": components["schemas"]["BotSearchResponseEntityListing"];
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
