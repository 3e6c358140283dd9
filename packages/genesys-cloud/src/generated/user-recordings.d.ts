// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/user-recordings/openapi.yaml (sha256 9d15f2a08cadff5e)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area user-recordings` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * User Recordings (6 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const userRecordings = userRecordingsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function userRecordingsApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/userrecordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of user recordings.
         * @permissions none required
         */
        get: operations["getUserrecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/userrecordings/{recordingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user recording.
         * @permissions none required
         */
        get: operations["getUserrecording"];
        /**
         * Update a user recording.
         * @permissions none required
         */
        put: operations["putUserrecording"];
        post?: never;
        /**
         * Delete a user recording.
         * @permissions none required
         */
        delete: operations["deleteUserrecording"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/userrecordings/{recordingId}/transcoding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a user recording.
         * @permissions ANY: `They`
         */
        get: operations["getUserrecordingTranscoding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/userrecordings/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get user recording summary
         * @permissions none required
         */
        get: operations["getUserrecordingsSummary"];
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
        Actions: {
            skillsToRemove?: components["schemas"]["SkillsToRemove"][];
        };
        AcwSettings: {
            /**
             * Format: int32
             * @description The amount of time the agent can stay in ACW (Min: 1 sec, Max: 1 day).  Can only be used when ACW is MANDATORY_TIMEOUT or MANDATORY_FORCED_TIMEOUT.
             */
            timeoutMs?: number;
            /**
             * @description This field controls how the UI prompts the agent for a wrapup.
             * @enum {string}
             */
            wrapupPrompt?: "MANDATORY" | "OPTIONAL" | "MANDATORY_TIMEOUT" | "MANDATORY_FORCED_TIMEOUT" | (string & {});
        };
        Address: {
            /** @description The displayable address. This field is acquired from the Address Normalization Table.  The addressRaw could have gone through some transformations, such as only using the numeric portion, before being run through the Address Normalization Table. */
            addressDisplayable?: string;
            /** @description The normalized address. This field is acquired from the Address Normalization Table.  The addressRaw could have gone through some transformations, such as only using the numeric portion, before being run through the Address Normalization Table. */
            addressNormalized?: string;
            /** @description The address as close to the bits on the wire as possible. */
            addressRaw?: string;
            /** @description This will be nameRaw if present, or a locality lookup of the address field otherwise. */
            name?: string;
            /** @description The name as close to the bits on the wire as possible. */
            nameRaw?: string;
        };
        AddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        AdjustableLiveSpeakerDetection: {
            eventName?: string;
            isPersonLikely?: boolean;
            lineConnected?: boolean;
            mode?: string;
            preconnectDuration?: string;
            totalRingbacks?: number;
        };
        AfterCallWork: {
            endTime?: string;
            startTime?: string;
            state?: string;
        };
        AgentOwnedRouting: {
            enableAgentOwnedCallbacks?: boolean;
            maxOwnedCallbackDelayHours?: number;
            maxOwnedCallbackHours?: number;
        };
        AiAnswer: {
            answerId?: string;
            explanation?: string;
            failureType?: string;
            markedNotApplicable?: boolean;
        };
        AiScoring: {
            dateLastChanged?: string;
            failureType?: string;
            pending?: boolean;
        };
        AiScoringSetting: {
            enabled?: boolean;
        };
        AiScoringSettings: {
            id?: string;
            questionGroupSettings?: components["schemas"]["QuestionGroupSettings"][];
            selfUri?: string;
        };
        AnswerOption: {
            assistanceConditions?: components["schemas"]["AssistanceCondition"][];
            builtInType?: string;
            contextId?: string;
            id?: string;
            text?: string;
            /** Format: int32 */
            value?: number;
        };
        AssistanceCondition: {
            operator?: string;
            topicIds?: string[];
        };
        Attachment: {
            attachmentId?: string;
            /** Format: int32 */
            contentLength?: number;
            contentType?: string;
            contentUri?: string;
            inlineImage?: boolean;
            name?: string;
        };
        Biography: {
            biography?: string;
            education?: components["schemas"]["Education"][];
            hobbies?: string[];
            interests?: string[];
            spouse?: string;
        };
        Bullseye: {
            rings?: components["schemas"]["Ring"][];
        };
        Calibration: {
            agent?: components["schemas"]["User"];
            /** Format: int32 */
            averageScore?: number;
            calibrator?: components["schemas"]["User"];
            contextId?: string;
            conversation?: components["schemas"]["ConversationReference"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createdDate?: string;
            evaluationForm?: components["schemas"]["EvaluationForm"];
            evaluations?: components["schemas"]["Evaluation"][];
            evaluators?: components["schemas"]["User"][];
            expertEvaluator?: components["schemas"]["User"];
            /** Format: int32 */
            highScore?: number;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** Format: int32 */
            lowScore?: number;
            name?: string;
            scoringIndex?: components["schemas"]["Evaluation"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        Call: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            agentAssistantId?: string;
            clientIpAddress?: string;
            /** @description True if this call is held and the person on this side hears hold music. */
            confined?: boolean;
            /**
             * Format: date-time
             * @description The timestamp when this communication was connected in the cloud clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /**
             * @description The direction of the call
             * @enum {string}
             */
            direction?: "inbound" | "outbound" | (string & {});
            /**
             * Format: date-time
             * @description The timestamp when this communication disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            disconnectedTime?: string;
            /** @description List of reasons that this call was disconnected. This will be set once the call disconnects. */
            disconnectReasons?: components["schemas"]["DisconnectReason"][];
            /**
             * @description System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "timeout" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | "uncallable" | (string & {});
            disposition?: components["schemas"]["Disposition"];
            /** @description If call is an outbound fax of a document from content management, then this is the id in content management. */
            documentId?: string;
            errorInfo?: components["schemas"]["ErrorInfo"];
            faxStatus?: components["schemas"]["FaxStatus"];
            /** @description True if this call is held and the person on this side hears silence. */
            held?: boolean;
            /** @description A globally unique identifier for this communication. */
            id?: string;
            initialState?: string;
            /** @description True if this call is muted so that remote participants can't hear any audio from this end. */
            muted?: boolean;
            other?: components["schemas"]["Address"];
            /** @description The id of the peer communication corresponding to a matching leg for this communication. */
            peerId?: string;
            /** @description The source provider for the call. */
            provider?: string;
            queueMediaSettings?: components["schemas"]["ConversationQueueMediaSettings"];
            recordersState?: components["schemas"]["RecordersState"];
            /** @description True if this call is being recorded. */
            recording?: boolean;
            /** @description A globally unique identifier for the recording associated with this call. */
            recordingId?: string;
            /**
             * @description State of recording on this call.
             * @enum {string}
             */
            recordingState?: "none" | "active" | "paused" | (string & {});
            /** @description The UUID of the script to use. */
            scriptId?: string;
            securePause?: boolean;
            /** @description The time line of the participant's call, divided into activity segments. */
            segments?: components["schemas"]["Segment"][];
            self?: components["schemas"]["Address"];
            startAlertingTime?: string;
            /**
             * Format: date-time
             * @description The timestamp the call was placed on hold in the cloud clock if the call is currently on hold. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startHoldTime?: string;
            /**
             * @description The connection state of this communication.
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "converting" | "uploading" | "transmitting" | "none" | (string & {});
            transferSource?: string;
            /** @description User to User Information (UUI) data managed by SIP session application. */
            uuiData?: string;
            wrapup?: components["schemas"]["Wrapup"];
        };
        Callback: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            /** @description The id of the config for automatically placing the callback (and handling the disposition). If null, the callback will not be placed automatically but routed to an agent as per normal. */
            automatedCallbackConfigId?: string;
            /** @description The phone number(s) to use to place the callback. */
            callbackNumbers?: string[];
            /**
             * Format: date-time
             * @description The timestamp when this communication is scheduled in the provider clock. If this value is missing it indicates the callback will be placed immediately. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            callbackScheduledTime?: string;
            /** @description The name of the user requesting a callback. */
            callbackUserName?: string;
            callerId?: string;
            callerIdName?: string;
            /**
             * Format: date-time
             * @description The timestamp when this communication was connected in the cloud clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            dialerPreview?: components["schemas"]["DialerPreview"];
            /**
             * @description The direction of the call
             * @enum {string}
             */
            direction?: "inbound" | "outbound" | (string & {});
            /**
             * Format: date-time
             * @description The timestamp when this communication disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            disconnectedTime?: string;
            /**
             * @description System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "timeout" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | "uncallable" | (string & {});
            externalCampaign?: boolean;
            /** @description True if this call is held and the person on this side hears silence. */
            held?: boolean;
            /** @description A globally unique identifier for this communication. */
            id?: string;
            initialState?: string;
            /** @description The id of the peer communication corresponding to a matching leg for this communication. */
            peerId?: string;
            /** @description The source provider for the callback. */
            provider?: string;
            queueMediaSettings?: components["schemas"]["ConversationQueueMediaSettings"];
            /** @description The UUID of the script to use. */
            scriptId?: string;
            /** @description The time line of the participant's callback, divided into activity segments. */
            segments?: components["schemas"]["Segment"][];
            /** @description True if the ability to skip a callback should be enabled. */
            skipEnabled?: boolean;
            startAlertingTime?: string;
            /**
             * Format: date-time
             * @description The timestamp the callback was placed on hold in the cloud clock if the callback is currently on hold. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startHoldTime?: string;
            /**
             * @description The connection state of this communication.
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "scheduled" | "none" | (string & {});
            /**
             * Format: int32
             * @description The number of seconds before the system automatically places a call for a callback.  0 means the automatic placement is disabled.
             */
            timeoutSeconds?: number;
            voicemail?: components["schemas"]["Voicemail"];
            wrapup?: components["schemas"]["Wrapup"];
        };
        CallbackMediaSettings: {
            alertingTimeoutSeconds?: number;
            answeringMachineFlow?: components["schemas"]["DomainEntityRef"];
            answeringMachineReactionType?: string;
            autoAnswerAlertToneSeconds?: number;
            autoDialDelaySeconds?: number;
            autoEndDelaySeconds?: number;
            edgeGroup?: components["schemas"]["DomainEntityRef"];
            enableAutoAnswer?: boolean;
            enableAutoDialAndEnd?: boolean;
            liveVoiceFlow?: components["schemas"]["DomainEntityRef"];
            liveVoiceReactionType?: string;
            manualAnswerAlertToneSeconds?: number;
            maxRetryCount?: number;
            mode?: string;
            pacingModifier?: number;
            retryDelaySeconds?: number;
            serviceLevel?: components["schemas"]["ServiceLevel"];
            site?: components["schemas"]["DomainEntityRef"];
        };
        CannedResponseLibraries: {
            libraryIds?: string[];
            mode?: string;
        };
        Chat: {
            jabberId?: string;
        };
        Cobrowsesession: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            /** @description This value identifies the role of the co-browse client within the co-browse session (a client is a sharer or a viewer). */
            cobrowseRole?: string;
            /** @description The co-browse session ID. */
            cobrowseSessionId?: string;
            /**
             * Format: date-time
             * @description The timestamp when this communication was connected in the cloud clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /** @description ID of co-browse participants for which this client has been granted control (list is empty if this client cannot control any shared pages). */
            controlling?: string[];
            /**
             * Format: date-time
             * @description The timestamp when this communication disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            disconnectedTime?: string;
            /**
             * @description System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "timeout" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transport.failure" | "error" | "peer" | "other" | "spam" | "uncallable" | (string & {});
            /** @description A globally unique identifier for this communication. */
            id?: string;
            initialState?: string;
            /** @description The id of the peer communication corresponding to a matching leg for this communication. */
            peerId?: string;
            /** @description The source provider for the co-browse session. */
            provider?: string;
            /**
             * Format: date-time
             * @description The time when the provider event which triggered this conversation update happened in the corrected provider clock (milliseconds since 1970-01-01 00:00:00 UTC). Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            providerEventTime?: string;
            /** @description The time line of the participant's call, divided into activity segments. */
            segments?: components["schemas"]["Segment"][];
            self?: components["schemas"]["Address"];
            startAlertingTime?: string;
            /**
             * @description The connection state of this communication.
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "scheduled" | "none" | (string & {});
            /** @description The URL that can be used to open co-browse session in web browser. */
            viewerUrl?: string;
            wrapup?: components["schemas"]["Wrapup"];
        };
        ConditionalGroupActivation: {
            pilotRule?: components["schemas"]["ConditionalGroupActivationPilotRule"];
            rules?: components["schemas"]["ConditionalGroupActivationRule"][];
        };
        ConditionalGroupActivationCondition: {
            operator?: string;
            simpleMetric?: components["schemas"]["ConditionalGroupActivationSimpleMetric"];
            value?: number;
        };
        ConditionalGroupActivationPilotRule: {
            conditionExpression?: string;
            conditions?: components["schemas"]["ConditionalGroupActivationCondition"][];
        };
        ConditionalGroupActivationRule: {
            conditionExpression?: string;
            conditions?: components["schemas"]["ConditionalGroupActivationCondition"][];
            groups?: components["schemas"]["MemberGroup"][];
        };
        ConditionalGroupActivationSimpleMetric: {
            metric?: string;
            queue?: components["schemas"]["DomainEntityRef"];
        };
        ConditionalGroupRouting: {
            rules?: components["schemas"]["ConditionalGroupRoutingRule"][];
        };
        ConditionalGroupRoutingRule: {
            conditionValue?: number;
            groups?: components["schemas"]["MemberGroup"][];
            metric?: string;
            operator?: string;
            queue?: components["schemas"]["DomainEntityRef"];
            waitSeconds?: number;
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
        Conversation: {
            /** @description The address of the conversation as seen from an external participant. For phone calls this will be the DNIS for inbound calls and the ANI for outbound calls. For other media types this will be the address of the destination participant for inbound and the address of the initiating participant for outbound. */
            address?: string;
            /** @description A list of conversations to merge into this conversation to create a conference. This field is null except when being used to create a conference. */
            conversationIds?: string[];
            divisions?: components["schemas"]["ConversationDivisionMembership"][];
            /**
             * Format: date-time
             * @description The time when the conversation ended. This will be the time when the last participant left the conversation, or null when the conversation is still active. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime?: string;
            externalTag?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            inactivityTimeout?: string;
            /**
             * Format: int32
             * @description If this is a conference conversation, then this field indicates the maximum number of participants allowed to participant in the conference.
             */
            maxParticipants?: number;
            name?: string;
            /** @description The list of all participants in the conversation. */
            participants: components["schemas"]["Participant"][];
            recentTransfers?: components["schemas"]["TransferResponse"][];
            /**
             * @description On update, 'paused' initiates a secure pause, 'active' resumes any paused recordings; otherwise indicates state of conversation recording.
             * @enum {string}
             */
            recordingState?: "ACTIVE" | "PAUSED" | "NONE" | (string & {});
            securePause?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: date-time
             * @description The time when the conversation started. This will be the time when the first participant joined the conversation. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime: string;
            /**
             * @description The conversation's state.  Values can be: 'disconnected'
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "converting" | "uploading" | "transmitting" | "none" | (string & {});
            utilizationLabelId?: string;
        };
        ConversationChat: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            avatarImageUrl?: string;
            /**
             * Format: date-time
             * @description The timestamp when this communication was connected in the cloud clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /**
             * @description The direction of the chat
             * @enum {string}
             */
            direction?: "inbound" | "outbound" | (string & {});
            /**
             * Format: date-time
             * @description The timestamp when this communication disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            disconnectedTime?: string;
            /**
             * @description System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "error" | "peer" | "other" | "uncallable" | (string & {});
            /** @description True if this call is held and the person on this side hears silence. */
            held?: boolean;
            /** @description A globally unique identifier for this communication. */
            id?: string;
            initialState?: string;
            journeyContext?: components["schemas"]["JourneyContext"];
            /** @description The id of the peer communication corresponding to a matching leg for this communication. */
            peerId?: string;
            /** @description The source provider for the email. */
            provider?: string;
            queueMediaSettings?: components["schemas"]["ConversationQueueMediaSettings"];
            /** @description A globally unique identifier for the recording associated with this chat. */
            recordingId?: string;
            /** @description The room id for the chat. */
            roomId?: string;
            /** @description The UUID of the script to use. */
            scriptId?: string;
            /** @description The time line of the participant's chat, divided into activity segments. */
            segments?: components["schemas"]["Segment"][];
            startAlertingTime?: string;
            /**
             * Format: date-time
             * @description The timestamp the chat was placed on hold in the cloud clock if the chat is currently on hold. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startHoldTime?: string;
            /**
             * @description The connection state of this communication.
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "none" | (string & {});
            wrapup?: components["schemas"]["Wrapup"];
        };
        ConversationDivisionMembership: {
            division?: components["schemas"]["DomainEntityRef"];
            entities?: components["schemas"]["DivisionEntityRef"][];
        };
        ConversationMessageMetadata: {
            content?: components["schemas"]["ConversationMessageMetadataContent"][];
            events?: components["schemas"]["ConversationMessageMetadataEvent"][];
            type?: string;
        };
        ConversationMessageMetadataContent: {
            contentType?: string;
            subType?: string;
        };
        ConversationMessageMetadataEvent: {
            eventType?: string;
            subType?: string;
        };
        ConversationQueueMediaSettings: {
            alertingTimeoutSeconds?: number;
            autoAnswerAlertToneSeconds?: number;
            enableAutoAnswer?: boolean;
            manualAnswerAlertToneSeconds?: number;
        };
        ConversationReference: {
            id?: string;
            selfUri?: string;
        };
        ConversationRoutingData: {
            label?: string;
            language?: components["schemas"]["AddressableEntityRef"];
            priority?: number;
            queue?: components["schemas"]["AddressableEntityRef"];
            scoredAgents?: components["schemas"]["ScoredAgent"][];
            skillExpression?: string;
            skillExpressionId?: string;
            skills?: components["schemas"]["AddressableEntityRef"][];
        };
        DefaultAnswer: {
            id?: string;
            notApplicable?: boolean;
        };
        DefaultAnswersTo: {
            highestScore?: boolean;
            lowestScore?: boolean;
            notApplicable?: boolean;
            userDefined?: boolean;
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        DialerPreview: {
            callbackAutoAnswer?: boolean;
            /** @description The campaignId associated with this preview data pop. */
            campaignId?: string;
            /** @description The contact associated with this preview data pop */
            contactId?: string;
            /** @description The contactList associated with this preview data pop. */
            contactListId?: string;
            id?: string;
            /** @description The phone number columns associated with this campaign */
            phoneNumberColumns?: components["schemas"]["PhoneNumberColumn"][];
        };
        DirectRouting: {
            agentWaitSeconds?: number;
            backupQueueId?: string;
            callMediaSettings?: components["schemas"]["DirectRoutingMediaSettings"];
            emailMediaSettings?: components["schemas"]["DirectRoutingMediaSettings"];
            messageMediaSettings?: components["schemas"]["DirectRoutingMediaSettings"];
            waitForAgent?: boolean;
        };
        DirectRoutingMediaSettings: {
            useAgentAddressOutbound?: boolean;
        };
        DisconnectReason: {
            /**
             * Format: int32
             * @description Protocol specific reason code. See the Q.850 and SIP specs.
             */
            code?: number;
            /** @description Human readable English description of the disconnect reason. */
            phrase?: string;
            reason?: string;
            /**
             * @description Disconnect reason protocol type.
             * @enum {string}
             */
            type?: "q850" | "sip" | (string & {});
        };
        Disposition: {
            amdTimeout?: components["schemas"]["DispositionAmdTimeout"];
            analyzer?: string;
            detectedSpeechEnd?: string;
            detectedSpeechStart?: string;
            dispositionParameters?: components["schemas"]["DispositionParameters"];
            name: string;
            silentCallTimeout?: components["schemas"]["DispositionSilentCallTimeout"];
        };
        DispositionAmdTimeout: {
            timeoutMs?: number;
            timerEndTime?: string;
            timerStartEvent?: string;
            timerStartTime?: string;
        };
        DispositionParameters: {
            adjustableLiveSpeakerDetection?: components["schemas"]["AdjustableLiveSpeakerDetection"];
        };
        DispositionSilentCallTimeout: {
            timeoutMs?: number;
            timerEndTime?: string;
            timerStartTime?: string;
        };
        Division: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        DivisionEntityRef: {
            dateDivisionUpdated?: string;
            id?: string;
            name?: string;
            selfUri?: string;
        };
        DocumentThumbnail: {
            /** Format: int32 */
            height?: number;
            imageUri?: string;
            resolution?: string;
            /** Format: int32 */
            width?: number;
        };
        DomainEntityListingEvaluationForm: {
            entities?: components["schemas"]["EvaluationForm"][];
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
        Email: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            /** @description Indicates that the email was auto-generated like an Out of Office reply. */
            autoGenerated?: boolean;
            /**
             * Format: date-time
             * @description The timestamp when this communication was connected in the cloud clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /**
             * @description The direction of the email
             * @enum {string}
             */
            direction?: "inbound" | "outbound" | (string & {});
            /**
             * Format: date-time
             * @description The timestamp when this communication disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            disconnectedTime?: string;
            /**
             * @description System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "timeout" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | "uncallable" | (string & {});
            draftAttachments?: components["schemas"]["Attachment"][];
            errorInfo?: components["schemas"]["ErrorBody"];
            /** @description True if this call is held and the person on this side hears silence. */
            held?: boolean;
            /** @description A globally unique identifier for this communication. */
            id?: string;
            initialState?: string;
            /** @description A globally unique identifier for the stored content of this communication. */
            messageId?: string;
            /**
             * Format: int32
             * @description The number of email messages sent by this participant.
             */
            messagesSent?: number;
            parkTime?: string;
            /** @description The id of the peer communication corresponding to a matching leg for this communication. */
            peerId?: string;
            /** @description The source provider for the email. */
            provider?: string;
            queueMediaSettings?: components["schemas"]["ConversationQueueMediaSettings"];
            /** @description A globally unique identifier for the recording associated with this call. */
            recordingId?: string;
            /** @description The UUID of the script to use. */
            scriptId?: string;
            /** @description The time line of the participant's email, divided into activity segments. */
            segments?: components["schemas"]["Segment"][];
            spam?: boolean;
            startAlertingTime?: string;
            /**
             * Format: date-time
             * @description The timestamp the email was placed on hold in the cloud clock if the email is currently on hold. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startHoldTime?: string;
            /**
             * @description The connection state of this communication.
             * @enum {string}
             */
            state?: "alerting" | "connected" | "disconnected" | "none" | (string & {});
            /** @description The subject for the initial email that started this conversation. */
            subject?: string;
            wrapup?: components["schemas"]["Wrapup"];
        };
        EmailAddress: {
            email?: string;
            name?: string;
        };
        EmailMediaSettings: {
            alertingTimeoutSeconds?: number;
            allOutboundEmailAddresses?: components["schemas"]["QueueEmailAddress"][];
            autoAnswerAlertToneSeconds?: number;
            enableAutoAnswer?: boolean;
            manualAnswerAlertToneSeconds?: number;
            serviceLevel?: components["schemas"]["ServiceLevel"];
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
        ErrorInfo: {
            code?: string;
            message?: string;
        };
        Evaluation: {
            agent?: components["schemas"]["User"];
            agentHasRead?: boolean;
            agentTeam?: components["schemas"]["Team"];
            aiScoring?: components["schemas"]["AiScoring"];
            answers?: components["schemas"]["EvaluationScoringSet"];
            assigned?: boolean;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            assignedDate?: string;
            assignee?: components["schemas"]["User"];
            assigneeApplicable?: boolean;
            authorizedActions?: string[];
            calibration?: components["schemas"]["Calibration"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            changedDate?: string;
            conversation?: components["schemas"]["ConversationReference"];
            conversationDate?: string;
            conversationEndDate?: string;
            createdDate?: string;
            dateAssigneeChanged?: string;
            declinedReview?: boolean;
            disputeCount?: number;
            divisionIds?: string[];
            evaluationContextId?: string;
            evaluationForm?: components["schemas"]["EvaluationForm"];
            evaluationSource?: components["schemas"]["EvaluationSource"];
            evaluator?: components["schemas"]["User"];
            hasAssistanceFailed?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            isScoringIndex?: boolean;
            mediaType?: string[];
            name?: string;
            /** @description Signifies if the evaluation is never to be released. This cannot be set true if release date is also set. */
            neverRelease?: boolean;
            queue?: components["schemas"]["Queue"];
            /** @description Is only true when the user making the request does not have sufficient permissions to see evaluation */
            redacted?: boolean;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            releaseDate?: string;
            rescore?: boolean;
            /** @description Only used for email evaluations. Will be null for all other evaluations. */
            resourceId?: string;
            /**
             * @description The type of resource. Only used for email evaluations. Will be null for evaluations on all other resources.
             * @enum {string}
             */
            resourceType?: "EMAIL" | (string & {});
            retractedEvaluation?: components["schemas"]["EvaluationReference"];
            revisionCreatedDate?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @enum {string} */
            status?: "PENDING" | "INPROGRESS" | "FINISHED" | (string & {});
            submittedDate?: string;
            version?: number;
            versionHistory?: components["schemas"]["PagelessDomainEntityListingEvaluationVersion"];
        };
        EvaluationForm: {
            aiScoring?: components["schemas"]["AiScoringSettings"];
            contextId?: string;
            dialect?: string;
            division?: components["schemas"]["WritableStarrableDivision"];
            evaluationSettings?: components["schemas"]["EvaluationSettings"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            latestVersionFormName?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifiedDate?: string;
            /** @description The evaluation form name */
            name: string;
            published?: boolean;
            publishedVersions?: components["schemas"]["DomainEntityListingEvaluationForm"];
            /** @description A list of question groups */
            questionGroups: components["schemas"]["EvaluationQuestionGroup"][];
            redacted?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        EvaluationQuestion: {
            answerOptions?: components["schemas"]["AnswerOption"][];
            automatedScoringFocus?: string;
            commentsRequired?: boolean;
            contextId?: string;
            defaultAnswer?: components["schemas"]["DefaultAnswer"];
            helpText?: string;
            id?: string;
            isCritical?: boolean;
            isKill?: boolean;
            multipleSelectOptionQuestions?: components["schemas"]["EvaluationQuestion"][];
            naEnabled?: boolean;
            text?: string;
            type?: string;
            visibilityCondition?: components["schemas"]["VisibilityCondition"];
        };
        EvaluationQuestionGroup: {
            contextId?: string;
            defaultAnswersTo?: components["schemas"]["DefaultAnswersTo"];
            defaultAnswersToHighest?: boolean;
            defaultAnswersToNA?: boolean;
            id?: string;
            manualWeight?: boolean;
            naEnabled?: boolean;
            name?: string;
            questions?: components["schemas"]["EvaluationQuestion"][];
            type?: string;
            visibilityCondition?: components["schemas"]["VisibilityCondition"];
            weight?: number;
        };
        EvaluationQuestionGroupScore: {
            markedNA?: boolean;
            maxTotalCriticalScore?: number;
            maxTotalCriticalScoreUnweighted?: number;
            maxTotalNonCriticalScore?: number;
            maxTotalNonCriticalScoreUnweighted?: number;
            maxTotalScore?: number;
            maxTotalScoreUnweighted?: number;
            questionGroupId?: string;
            questionScores?: components["schemas"]["EvaluationQuestionScore"][];
            systemMarkedNA?: boolean;
            totalCriticalScore?: number;
            totalCriticalScoreUnweighted?: number;
            totalNonCriticalScore?: number;
            totalNonCriticalScoreUnweighted?: number;
            totalScore?: number;
            totalScoreUnweighted?: number;
        };
        EvaluationQuestionScore: {
            aiAnswer?: components["schemas"]["AiAnswer"];
            answerId?: string;
            assistedAnswerId?: string;
            comments?: string;
            failedKillQuestion?: boolean;
            markedNA?: boolean;
            multipleSelectQuestionOptionScores?: components["schemas"]["EvaluationQuestionScore"][];
            questionId?: string;
            score?: number;
            systemMarkedNA?: boolean;
        };
        EvaluationReference: {
            id?: string;
            selfUri?: string;
        };
        EvaluationScoringSet: {
            agentComments?: string;
            anyFailedKillQuestions?: boolean;
            comments?: string;
            maxTotalRawCriticalScore?: number;
            maxTotalRawScore?: number;
            privateComments?: string;
            questionGroupScores?: components["schemas"]["EvaluationQuestionGroupScore"][];
            /** Format: float */
            totalCriticalScore?: number;
            totalNonCriticalScore?: number;
            /** Format: float */
            totalScore?: number;
            transcriptTopics?: components["schemas"]["TranscriptTopic"][];
        };
        EvaluationSettings: {
            disputesAllowedPerEvaluation?: number;
            disputesAssignees?: components["schemas"]["EvaluationSettingsAssignee"][];
            disputesEnabled?: boolean;
            revisionsEnabled?: boolean;
        };
        EvaluationSettingsAssignee: {
            type?: string;
            user?: components["schemas"]["UserReferenceWithName"];
        };
        EvaluationSource: {
            id?: string;
            name?: string;
            selfUri?: string;
            type?: string;
        };
        EvaluationVersion: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        ExpansionCriterium: {
            /** Format: double */
            threshold?: number;
            /** @enum {string} */
            type?: "TIMEOUT_SECONDS" | (string & {});
        };
        FaxStatus: {
            /**
             * Format: int64
             * @description Active page of the transmission.
             */
            activePage?: number;
            /**
             * Format: int64
             * @description Current signaling rate of transmission, baud rate.
             */
            baudRate?: number;
            /**
             * Format: int64
             * @description Number of bytes that have competed transmission.
             */
            bytesTransmitted?: number;
            /** @description The fax direction, either "send" or "receive". */
            direction?: string;
            /**
             * Format: int64
             * @description Total number of expected pages, if known.
             */
            expectedPages?: number;
            /**
             * Format: int64
             * @description Number of line errors.
             */
            lineErrors?: number;
            /**
             * Format: int64
             * @description Number of lines that have completed transmission.
             */
            linesTransmitted?: number;
            /**
             * Format: int64
             * @description Number of page errors.
             */
            pageErrors?: number;
        };
        FaxSummary: {
            /** Format: int32 */
            readCount?: number;
            /** Format: int32 */
            totalCount?: number;
            /** Format: int32 */
            unreadCount?: number;
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
        InactivityTimeoutSettings: {
            actionType?: string;
            flowId?: components["schemas"]["DomainEntityRef"];
            timeoutSeconds?: number;
        };
        InboundRoute: {
            allowMultipleActions?: boolean;
            autoBcc?: components["schemas"]["EmailAddress"][];
            flow?: components["schemas"]["DomainEntityRef"];
            /** @description The sender email to use for outgoing replies. */
            fromEmail?: string;
            /** @description The sender name to use for outgoing replies. */
            fromName: string;
            historyInclusion?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            language?: components["schemas"]["DomainEntityRef"];
            mailboxFolders?: string[];
            name?: string;
            /** @description The search pattern that the mailbox name should match. */
            pattern: string;
            /**
             * Format: int32
             * @description The priority to use for routing.
             */
            priority?: number;
            queue?: components["schemas"]["DomainEntityRef"];
            replyEmailAddress?: components["schemas"]["QueueEmailAddress"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            signature?: components["schemas"]["Signature"];
            /** @description The skills to use for routing. */
            skills?: components["schemas"]["DomainEntityRef"][];
            spamFlow?: components["schemas"]["DomainEntityRef"];
            status?: string;
        };
        InternalMessage: {
            connectedTime?: string;
            disconnectedTime?: string;
            disconnectType?: string;
            fromAddress?: components["schemas"]["Address"];
            id?: string;
            initialState?: string;
            messages?: components["schemas"]["InternalMessageDetails"][];
            peerId?: string;
            provider?: string;
            segments?: components["schemas"]["Segment"][];
            sourceUserId?: string;
            startAlertingTime?: string;
            state?: string;
            targetUserId?: string;
            toAddress?: components["schemas"]["Address"];
        };
        InternalMessageDetails: {
            messageId?: string;
            messageTime?: string;
        };
        JourneyAction: {
            actionMap: components["schemas"]["JourneyActionMap"];
            id: string;
        };
        JourneyActionMap: {
            id: string;
            version: number;
        };
        JourneyContext: {
            customer: components["schemas"]["JourneyCustomer"];
            customerSession?: components["schemas"]["JourneyCustomerSession"];
            triggeringAction?: components["schemas"]["JourneyAction"];
        };
        JourneyCustomer: {
            id: string;
            idType: string;
        };
        JourneyCustomerSession: {
            id: string;
            type: string;
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
        MediaSettings: {
            alertingTimeoutSeconds?: number;
            autoAnswerAlertToneSeconds?: number;
            enableAutoAnswer?: boolean;
            manualAnswerAlertToneSeconds?: number;
            serviceLevel?: components["schemas"]["ServiceLevel"];
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
        MemberGroup: {
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            memberCount?: number;
            name?: string;
            selfUri?: string;
            type?: string;
        };
        Message: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            agentAssistantId?: string;
            authenticated?: boolean;
            byoSmsIntegrationId?: string;
            connectedTime?: string;
            direction?: string;
            disconnectedTime?: string;
            disconnectType?: string;
            engagementSource?: string;
            errorInfo?: components["schemas"]["ErrorBody"];
            fromAddress?: components["schemas"]["Address"];
            held?: boolean;
            id?: string;
            initialState?: string;
            journeyContext?: components["schemas"]["JourneyContext"];
            messages?: components["schemas"]["MessageDetails"][];
            parkTime?: string;
            peerId?: string;
            provider?: string;
            queueMediaSettings?: components["schemas"]["ConversationQueueMediaSettings"];
            recipientCountry?: string;
            recipientType?: string;
            recordingId?: string;
            resumeTime?: string;
            scriptId?: string;
            segments?: components["schemas"]["Segment"][];
            startAlertingTime?: string;
            startHoldTime?: string;
            state?: string;
            toAddress?: components["schemas"]["Address"];
            type?: string;
            wrapup?: components["schemas"]["Wrapup"];
        };
        MessageDetails: {
            errorInfo?: components["schemas"]["ErrorBody"];
            media?: components["schemas"]["MessageMedia"][];
            messageId?: string;
            messageMetadata?: components["schemas"]["ConversationMessageMetadata"];
            messageSegmentCount?: number;
            messageStatus?: string;
            messageTime?: string;
            messageURI?: string;
            socialVisibility?: string;
            stickers?: components["schemas"]["MessageSticker"][];
        };
        MessageMedia: {
            contentLengthBytes?: number;
            id?: string;
            mediaType?: string;
            name?: string;
            url?: string;
        };
        MessageMediaSettings: {
            alertingTimeoutSeconds?: number;
            autoAnswerAlertToneSeconds?: number;
            enableAutoAnswer?: boolean;
            enableInactivityTimeout?: boolean;
            inactivityTimeoutSettings?: components["schemas"]["InactivityTimeoutSettings"];
            manualAnswerAlertToneSeconds?: number;
            serviceLevel?: components["schemas"]["ServiceLevel"];
            subTypeSettings?: {
                [key: string]: components["schemas"]["MessageSubtypeSettings"];
            };
        };
        MessageSticker: {
            id?: string;
            url?: string;
        };
        MessageSubtypeSettings: {
            enableAutoAnswer?: boolean;
            enableInactivityTimeout?: boolean;
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
        Page: {
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createdDate?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifiedDate?: string;
            name?: string;
            properties?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            rootContainer?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            versionId?: string;
        };
        PagelessDomainEntityListingEvaluationVersion: {
            entities?: components["schemas"]["EvaluationVersion"][];
            selfUri?: string;
            total?: number;
        };
        Participant: {
            /** @description The address for the this participant. For a phone call this will be the ANI. */
            address?: string;
            alertingTimeoutMs?: number;
            /** @description The address for the this participant. For a phone call this will be the ANI. */
            ani?: string;
            /** @description The ani-based name for this participant. */
            aniName?: string;
            /** @description Additional participant attributes */
            attributes?: {
                [key: string]: string;
            };
            bargedParticipantId?: string;
            callbacks?: components["schemas"]["Callback"][];
            calls?: components["schemas"]["Call"][];
            chats?: components["schemas"]["ConversationChat"][];
            coachedParticipantId?: string;
            cobrowsesessions?: components["schemas"]["Cobrowsesession"][];
            /**
             * Format: date-time
             * @description The timestamp when this participant was connected to the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /** @description If this participant is part of a consult transfer, then this will be the participant id of the participant being transferred. */
            consultParticipantId?: string;
            conversationRoutingData?: components["schemas"]["ConversationRoutingData"];
            /** @description The address for the this participant. For a phone call this will be the ANI. */
            dnis?: string;
            emails?: components["schemas"]["Email"][];
            endAcwTime?: string;
            /**
             * Format: date-time
             * @description The timestamp when this participant disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime?: string;
            evaluations?: components["schemas"]["Evaluation"][];
            /** @description If this participant represents an external contact, then this will be the globally unique identifier for the external contact. */
            externalContactId?: string;
            externalContactInitialDivisionId?: string;
            /** @description If this participant represents an external org, then this will be the globally unique identifier for the external org. */
            externalOrganizationId?: string;
            flaggedReason?: string;
            /** @description If present, group of users the participant represents. */
            groupId?: string;
            /** @description A globally unique identifier for this conversation. */
            id?: string;
            internalMessages?: components["schemas"]["InternalMessage"][];
            /** @description An ISO 639 language code specifying the locale for this participant */
            locale?: string;
            mediaRoles?: string[];
            messages?: components["schemas"]["Message"][];
            /** @description If this participant is a monitor, then this will be the id of the participant that is being monitored. */
            monitoredParticipantId?: string;
            /** @description A human readable name identifying the participant. */
            name?: string;
            /** @description A well known string that specifies the type of this participant. */
            participantType?: string;
            /** @description A well known string that specifies the purpose of this participant. */
            purpose?: string;
            /** @description If present, the queue id that the communication channel came in on. */
            queueId?: string;
            /** @description If present, the queue name that the communication channel came in on. */
            queueName?: string;
            screenMonitorings?: components["schemas"]["ScreenMonitoring"][];
            /**
             * @description The current screen recording state for this participant.
             * @enum {string}
             */
            screenRecordingState?: "requested" | "active" | "paused" | "stopped" | "error" | (string & {});
            screenshares?: components["schemas"]["Screenshare"][];
            socialExpressions?: components["schemas"]["SocialExpression"][];
            startAcwTime?: string;
            /**
             * Format: date-time
             * @description The timestamp when this participant joined the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime?: string;
            teamId?: string;
            /** @description If this participant represents a user, then this will be the globally unique identifier for the user. */
            userId?: string;
            /** @description If this participant represents a user, then this will be an URI that can be used to fetch the user. */
            userUri?: string;
            videos?: components["schemas"]["Video"][];
            wrapup?: components["schemas"]["Wrapup"];
            /**
             * @description This field controls how the UI prompts the agent for a wrapup.
             * @enum {string}
             */
            wrapupPrompt?: "mandatory" | "optional" | "timeout" | "forcedTimeout" | (string & {});
            /** @description True iff this participant is required to enter wrapup for this conversation. */
            wrapupRequired?: boolean;
            /** @description The UI sets this field when the agent chooses to skip entering a wrapup for this participant. */
            wrapupSkipped?: boolean;
            /**
             * Format: int32
             * @description Specifies how long a timed ACW session will last.
             */
            wrapupTimeoutMs?: number;
        };
        PhoneNumberColumn: {
            callableTimeColumnName?: string;
            columnName?: string;
            type?: string;
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
        QuestionGroupSettings: {
            questionGroupContextId?: string;
            questionSettings?: components["schemas"]["QuestionSettings"][];
        };
        QuestionSettings: {
            questionContextId?: string;
            settings?: components["schemas"]["AiScoringSetting"];
        };
        Queue: {
            acwSettings?: components["schemas"]["AcwSettings"];
            agentOwnedRouting?: components["schemas"]["AgentOwnedRouting"];
            autoAnswerOnly?: boolean;
            bullseye?: components["schemas"]["Bullseye"];
            /** @description The name to use for caller identification for outbound calls from this queue. */
            callingPartyName?: string;
            /** @description The phone number to use for caller identification for outbound calls from this queue. */
            callingPartyNumber?: string;
            cannedResponseLibraries?: components["schemas"]["CannedResponseLibraries"];
            conditionalGroupActivation?: components["schemas"]["ConditionalGroupActivation"];
            conditionalGroupRouting?: components["schemas"]["ConditionalGroupRouting"];
            createdBy?: string;
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
            defaultMediaLanguage?: string;
            /** @description The default script Ids for the communication types. */
            defaultScripts?: {
                [key: string]: components["schemas"]["Script"];
            };
            description?: string;
            directRouting?: components["schemas"]["DirectRouting"];
            division?: components["schemas"]["Division"];
            emailInQueueFlow?: components["schemas"]["DomainEntityRef"];
            enableAudioMonitoring?: boolean;
            enableManualAssignment?: boolean;
            enableTranscription?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            joinedMemberCount?: number;
            lastAgentRoutingMode?: string;
            mediaSettings?: components["schemas"]["QueueMediaSettings"];
            /** Format: int32 */
            memberCount?: number;
            memberGroups?: components["schemas"]["MemberGroup"][];
            messageInQueueFlow?: components["schemas"]["DomainEntityRef"];
            modifiedBy?: string;
            name?: string;
            onHoldPrompt?: components["schemas"]["DomainEntityRef"];
            outboundEmailAddress?: components["schemas"]["QueueEmailAddress"];
            outboundMessagingAddresses?: components["schemas"]["QueueMessagingAddresses"];
            peerId?: string;
            queueFlow?: components["schemas"]["DomainEntityRef"];
            routingRules?: components["schemas"]["RoutingRule"][];
            scoringMethod?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description The skill evaluation method to use when routing conversations.
             * @enum {string}
             */
            skillEvaluationMethod?: "NONE" | "BEST" | "ALL" | (string & {});
            suppressInQueueCallRecording?: boolean;
            userMemberCount?: number;
            whisperPrompt?: components["schemas"]["DomainEntityRef"];
        };
        QueueEmailAddress: {
            domain?: components["schemas"]["DomainEntityRef"];
            route?: components["schemas"]["InboundRoute"];
        };
        QueueMediaSettings: {
            call?: components["schemas"]["MediaSettings"];
            callback?: components["schemas"]["CallbackMediaSettings"];
            chat?: components["schemas"]["MediaSettings"];
            email?: components["schemas"]["EmailMediaSettings"];
            message?: components["schemas"]["MessageMediaSettings"];
        };
        QueueMessagingAddresses: {
            openMessagingRecipient?: components["schemas"]["DomainEntityRef"];
            smsAddress?: components["schemas"]["DomainEntityRef"];
            whatsAppRecipient?: components["schemas"]["DomainEntityRef"];
        };
        RecordersState: {
            adhocState?: string;
            agentExperienceState?: string;
            customerExperienceState?: string;
            snippetState?: string;
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
        Ring: {
            actions?: components["schemas"]["Actions"];
            expansionCriteria?: components["schemas"]["ExpansionCriterium"][];
            memberGroups?: components["schemas"]["MemberGroup"][];
        };
        RoutingRule: {
            operator?: string;
            threshold?: number;
            waitSeconds?: number;
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
        ScoredAgent: {
            agent?: components["schemas"]["DomainEntityRef"];
            score?: number;
        };
        ScreenMonitoring: {
            connectedTime?: string;
            count?: number;
            disconnectedTime?: string;
            disconnectType?: string;
            id?: string;
            initialState?: string;
            monitoringType?: string;
            provider?: string;
            screenMonitoring?: components["schemas"]["AddressableEntityRef"];
            segments?: components["schemas"]["Segment"][];
            state?: string;
            targetUser?: components["schemas"]["AddressableEntityRef"];
        };
        Screenshare: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            /**
             * Format: date-time
             * @description The timestamp when this communication was connected in the cloud clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /** @description The room id context (xmpp jid) for the conference session. */
            context?: string;
            /**
             * Format: date-time
             * @description The timestamp when this communication disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            disconnectedTime?: string;
            /**
             * @description System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "timeout" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | "uncallable" | (string & {});
            /** @description A globally unique identifier for this communication. */
            id?: string;
            initialState?: string;
            /**
             * Format: int32
             * @description The number of peer participants from the perspective of the participant in the conference.
             */
            peerCount?: number;
            /** @description The id of the peer communication corresponding to a matching leg for this communication. */
            peerId?: string;
            /** @description The source provider for the screen share. */
            provider?: string;
            /** @description The time line of the participant's call, divided into activity segments. */
            segments?: components["schemas"]["Segment"][];
            /** @description Indicates whether this participant is sharing their screen. */
            sharing?: boolean;
            startAlertingTime?: string;
            /**
             * @description The connection state of this communication.
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "none" | (string & {});
            wrapup?: components["schemas"]["Wrapup"];
        };
        Script: {
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createdDate?: string;
            customActions?: {
                [key: string]: unknown;
            };
            division?: components["schemas"]["Division"];
            features?: {
                [key: string]: unknown;
            };
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifiedDate?: string;
            name?: string;
            pages?: components["schemas"]["Page"][];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            publishedDate?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            startPageId?: string;
            startPageName?: string;
            variables?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            versionDate?: string;
            versionId?: string;
        };
        Segment: {
            /** @description A description of the event that disconnected the segment */
            disconnectType?: string;
            /**
             * Format: date-time
             * @description The timestamp when this segment ended. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime: string;
            /** @description A description of the event that ended the segment. */
            howEnded?: string;
            /**
             * Format: date-time
             * @description The timestamp when this segment began. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime: string;
            /** @description The activity taking place for the participant in the segment. */
            type?: string;
        };
        ServiceLevel: {
            /** Format: int64 */
            durationMs?: number;
            /** Format: double */
            percentage?: number;
        };
        Signature: {
            alwaysIncluded?: boolean;
            cannedResponseId?: string;
            enabled?: boolean;
            inclusionType?: string;
        };
        SkillsToRemove: {
            id?: string;
            name?: string;
            /** Format: uri */
            selfUri?: string;
        };
        SocialExpression: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            /**
             * Format: date-time
             * @description The timestamp when this communication was connected in the cloud clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /**
             * Format: date-time
             * @description The timestamp when this communication disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            disconnectedTime?: string;
            /**
             * @description System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "timeout" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | "uncallable" | (string & {});
            /** @description True if this call is held and the person on this side hears silence. */
            held?: boolean;
            /** @description A globally unique identifier for this communication. */
            id?: string;
            /** @description The id of the peer communication corresponding to a matching leg for this communication. */
            peerId?: string;
            /** @description The text preview of the communication contents */
            previewText?: string;
            /** @description The source provider for the social expression. */
            provider?: string;
            /** @description A globally unique identifier for the recording associated with this chat. */
            recordingId?: string;
            /** @description The UUID of the script to use. */
            scriptId?: string;
            /** @description The time line of the participant's chat, divided into activity segments. */
            segments?: components["schemas"]["Segment"][];
            /** @description The social network of the communication */
            socialMediaHub?: string;
            /** @description A globally unique identifier for the social media. */
            socialMediaId?: string;
            /** @description The user name for the communication. */
            socialUserName?: string;
            startAlertingTime?: string;
            /**
             * Format: date-time
             * @description The timestamp the chat was placed on hold in the cloud clock if the chat is currently on hold. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startHoldTime?: string;
            /**
             * @description The connection state of this communication.
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "none" | (string & {});
            wrapup?: components["schemas"]["Wrapup"];
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
        TopicDuration: {
            totalMilliseconds?: number;
        };
        TopicOffset: {
            characterCount?: number;
            wordCount?: number;
        };
        TranscriptTopic: {
            confidence?: number;
            duration?: components["schemas"]["TopicDuration"];
            id?: string;
            name?: string;
            offset?: components["schemas"]["TopicOffset"];
            recordingLocation?: number;
            startTimeMilliseconds?: number;
            topicPhrase?: string;
            transcriptPhrase?: string;
        };
        TransferDestination: {
            address?: string;
            userId?: string;
        };
        TransferInitiator: {
            userId?: string;
        };
        TransferResponse: {
            dateIssued?: string;
            destination?: components["schemas"]["TransferDestination"];
            id?: string;
            initiator?: components["schemas"]["TransferInitiator"];
            modifiedBy?: components["schemas"]["TransferResponseModifiedBy"];
            state?: string;
            transferType?: string;
        };
        TransferResponseModifiedBy: {
            id?: string;
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
        UserRecording: {
            /** Format: int64 */
            contentLength?: number;
            conversation?: components["schemas"]["Conversation"];
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
            /** Format: int64 */
            durationMilliseconds?: number;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            read?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            thumbnails?: components["schemas"]["DocumentThumbnail"][];
            workspace?: components["schemas"]["DomainEntityRef"];
        };
        UserRecordingEntityListing: {
            entities?: components["schemas"]["UserRecording"][];
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
        UserReferenceWithName: {
            id?: string;
            name?: string;
            selfUri?: string;
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
        Video: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            /** @description Indicates whether this participant has muted their outgoing audio. */
            audioMuted?: boolean;
            /**
             * Format: date-time
             * @description The timestamp when this communication was connected in the cloud clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /** @description The room id context (xmpp jid) for the conference session. */
            context?: string;
            /**
             * Format: date-time
             * @description The timestamp when this communication disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            disconnectedTime?: string;
            /**
             * @description System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "timeout" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | "uncallable" | (string & {});
            /** @description A globally unique identifier for this communication. */
            id?: string;
            initialState?: string;
            msids?: string[];
            /**
             * Format: int32
             * @description The number of peer participants from the perspective of the participant in the conference.
             */
            peerCount?: number;
            /** @description The id of the peer communication corresponding to a matching leg for this communication. */
            peerId?: string;
            /** @description The source provider for the video. */
            provider?: string;
            self?: components["schemas"]["Address"];
            /** @description Indicates whether this participant is sharing their screen to the session. */
            sharingScreen?: boolean;
            startAlertingTime?: string;
            /**
             * @description The connection state of this communication.
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "none" | (string & {});
            /** @description Indicates whether this participant has muted/paused their outgoing video. */
            videoMuted?: boolean;
            wrapup?: components["schemas"]["Wrapup"];
        };
        VisibilityCondition: {
            /** @enum {string} */
            combiningOperation?: "AND" | "OR" | (string & {});
            /** @description A list of strings, each representing the location in the form of the Answer Option to depend on. In the format of "/form/questionGroup/{questionGroupIndex}/question/{questionIndex}/answer/{answerIndex}" or, to assume the current question group, "../question/{questionIndex}/answer/{answerIndex}". Note: Indexes are zero-based */
            predicates?: {
                [key: string]: unknown;
            }[];
        };
        Voicemail: {
            /** @description The voicemail id */
            id?: string;
            /**
             * @description current state of the voicemail upload
             * @enum {string}
             */
            uploadStatus?: "pending" | "complete" | "failed" | "timeout" | (string & {});
        };
        WorkPlanBidRanks: {
            biddingTieBreaker?: string;
            id?: string;
            selfUri?: string;
            workPlanBiddingPerformance?: number;
        };
        Wrapup: {
            /** @description The user configured wrap up code id. */
            code?: string;
            /**
             * Format: int32
             * @description The length of time in seconds that the agent spent doing after call work.
             */
            durationSeconds?: number;
            /**
             * Format: date-time
             * @description The timestamp when the wrapup was finished. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime?: string;
            /** @description The user configured wrap up code name. */
            name?: string;
            /** @description Text entered by the agent to describe the call or disposition. */
            notes?: string;
            /** @description Indicates if this is a pending save and should not require a code to be specified.  This allows someone to save some temporary wrapup that will be used later. */
            provisional?: boolean;
            /** @description List of tags selected by the agent to describe the call or disposition. */
            tags?: string[];
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
export type SchemaActions = components['schemas']['Actions'];
export type SchemaAcwSettings = components['schemas']['AcwSettings'];
export type SchemaAddress = components['schemas']['Address'];
export type SchemaAddressableEntityRef = components['schemas']['AddressableEntityRef'];
export type SchemaAdjustableLiveSpeakerDetection = components['schemas']['AdjustableLiveSpeakerDetection'];
export type SchemaAfterCallWork = components['schemas']['AfterCallWork'];
export type SchemaAgentOwnedRouting = components['schemas']['AgentOwnedRouting'];
export type SchemaAiAnswer = components['schemas']['AiAnswer'];
export type SchemaAiScoring = components['schemas']['AiScoring'];
export type SchemaAiScoringSetting = components['schemas']['AiScoringSetting'];
export type SchemaAiScoringSettings = components['schemas']['AiScoringSettings'];
export type SchemaAnswerOption = components['schemas']['AnswerOption'];
export type SchemaAssistanceCondition = components['schemas']['AssistanceCondition'];
export type SchemaAttachment = components['schemas']['Attachment'];
export type SchemaBiography = components['schemas']['Biography'];
export type SchemaBullseye = components['schemas']['Bullseye'];
export type SchemaCalibration = components['schemas']['Calibration'];
export type SchemaCall = components['schemas']['Call'];
export type SchemaCallback = components['schemas']['Callback'];
export type SchemaCallbackMediaSettings = components['schemas']['CallbackMediaSettings'];
export type SchemaCannedResponseLibraries = components['schemas']['CannedResponseLibraries'];
export type SchemaChat = components['schemas']['Chat'];
export type SchemaCobrowsesession = components['schemas']['Cobrowsesession'];
export type SchemaConditionalGroupActivation = components['schemas']['ConditionalGroupActivation'];
export type SchemaConditionalGroupActivationCondition = components['schemas']['ConditionalGroupActivationCondition'];
export type SchemaConditionalGroupActivationPilotRule = components['schemas']['ConditionalGroupActivationPilotRule'];
export type SchemaConditionalGroupActivationRule = components['schemas']['ConditionalGroupActivationRule'];
export type SchemaConditionalGroupActivationSimpleMetric = components['schemas']['ConditionalGroupActivationSimpleMetric'];
export type SchemaConditionalGroupRouting = components['schemas']['ConditionalGroupRouting'];
export type SchemaConditionalGroupRoutingRule = components['schemas']['ConditionalGroupRoutingRule'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaConversation = components['schemas']['Conversation'];
export type SchemaConversationChat = components['schemas']['ConversationChat'];
export type SchemaConversationDivisionMembership = components['schemas']['ConversationDivisionMembership'];
export type SchemaConversationMessageMetadata = components['schemas']['ConversationMessageMetadata'];
export type SchemaConversationMessageMetadataContent = components['schemas']['ConversationMessageMetadataContent'];
export type SchemaConversationMessageMetadataEvent = components['schemas']['ConversationMessageMetadataEvent'];
export type SchemaConversationQueueMediaSettings = components['schemas']['ConversationQueueMediaSettings'];
export type SchemaConversationReference = components['schemas']['ConversationReference'];
export type SchemaConversationRoutingData = components['schemas']['ConversationRoutingData'];
export type SchemaDefaultAnswer = components['schemas']['DefaultAnswer'];
export type SchemaDefaultAnswersTo = components['schemas']['DefaultAnswersTo'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDialerPreview = components['schemas']['DialerPreview'];
export type SchemaDirectRouting = components['schemas']['DirectRouting'];
export type SchemaDirectRoutingMediaSettings = components['schemas']['DirectRoutingMediaSettings'];
export type SchemaDisconnectReason = components['schemas']['DisconnectReason'];
export type SchemaDisposition = components['schemas']['Disposition'];
export type SchemaDispositionAmdTimeout = components['schemas']['DispositionAmdTimeout'];
export type SchemaDispositionParameters = components['schemas']['DispositionParameters'];
export type SchemaDispositionSilentCallTimeout = components['schemas']['DispositionSilentCallTimeout'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDivisionEntityRef = components['schemas']['DivisionEntityRef'];
export type SchemaDocumentThumbnail = components['schemas']['DocumentThumbnail'];
export type SchemaDomainEntityListingEvaluationForm = components['schemas']['DomainEntityListingEvaluationForm'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaDomainRole = components['schemas']['DomainRole'];
export type SchemaDownloadResponse = components['schemas']['DownloadResponse'];
export type SchemaEducation = components['schemas']['Education'];
export type SchemaEmail = components['schemas']['Email'];
export type SchemaEmailAddress = components['schemas']['EmailAddress'];
export type SchemaEmailMediaSettings = components['schemas']['EmailMediaSettings'];
export type SchemaEmployerInfo = components['schemas']['EmployerInfo'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaErrorInfo = components['schemas']['ErrorInfo'];
export type SchemaEvaluation = components['schemas']['Evaluation'];
export type SchemaEvaluationForm = components['schemas']['EvaluationForm'];
export type SchemaEvaluationQuestion = components['schemas']['EvaluationQuestion'];
export type SchemaEvaluationQuestionGroup = components['schemas']['EvaluationQuestionGroup'];
export type SchemaEvaluationQuestionGroupScore = components['schemas']['EvaluationQuestionGroupScore'];
export type SchemaEvaluationQuestionScore = components['schemas']['EvaluationQuestionScore'];
export type SchemaEvaluationReference = components['schemas']['EvaluationReference'];
export type SchemaEvaluationScoringSet = components['schemas']['EvaluationScoringSet'];
export type SchemaEvaluationSettings = components['schemas']['EvaluationSettings'];
export type SchemaEvaluationSettingsAssignee = components['schemas']['EvaluationSettingsAssignee'];
export type SchemaEvaluationSource = components['schemas']['EvaluationSource'];
export type SchemaEvaluationVersion = components['schemas']['EvaluationVersion'];
export type SchemaExpansionCriterium = components['schemas']['ExpansionCriterium'];
export type SchemaFaxStatus = components['schemas']['FaxStatus'];
export type SchemaFaxSummary = components['schemas']['FaxSummary'];
export type SchemaGeolocation = components['schemas']['Geolocation'];
export type SchemaGroup = components['schemas']['Group'];
export type SchemaGroupContact = components['schemas']['GroupContact'];
export type SchemaImage = components['schemas']['Image'];
export type SchemaInactivityTimeoutSettings = components['schemas']['InactivityTimeoutSettings'];
export type SchemaInboundRoute = components['schemas']['InboundRoute'];
export type SchemaInternalMessage = components['schemas']['InternalMessage'];
export type SchemaInternalMessageDetails = components['schemas']['InternalMessageDetails'];
export type SchemaJourneyAction = components['schemas']['JourneyAction'];
export type SchemaJourneyActionMap = components['schemas']['JourneyActionMap'];
export type SchemaJourneyContext = components['schemas']['JourneyContext'];
export type SchemaJourneyCustomer = components['schemas']['JourneyCustomer'];
export type SchemaJourneyCustomerSession = components['schemas']['JourneyCustomerSession'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaLocation = components['schemas']['Location'];
export type SchemaLocationAddress = components['schemas']['LocationAddress'];
export type SchemaLocationAddressVerificationDetails = components['schemas']['LocationAddressVerificationDetails'];
export type SchemaLocationDefinition = components['schemas']['LocationDefinition'];
export type SchemaLocationEmergencyNumber = components['schemas']['LocationEmergencyNumber'];
export type SchemaLocationImage = components['schemas']['LocationImage'];
export type SchemaMediaSettings = components['schemas']['MediaSettings'];
export type SchemaMediaSummary = components['schemas']['MediaSummary'];
export type SchemaMediaSummaryDetail = components['schemas']['MediaSummaryDetail'];
export type SchemaMemberGroup = components['schemas']['MemberGroup'];
export type SchemaMessage = components['schemas']['Message'];
export type SchemaMessageDetails = components['schemas']['MessageDetails'];
export type SchemaMessageMedia = components['schemas']['MessageMedia'];
export type SchemaMessageMediaSettings = components['schemas']['MessageMediaSettings'];
export type SchemaMessageSticker = components['schemas']['MessageSticker'];
export type SchemaMessageSubtypeSettings = components['schemas']['MessageSubtypeSettings'];
export type SchemaOAuthLastTokenIssued = components['schemas']['OAuthLastTokenIssued'];
export type SchemaOutOfOffice = components['schemas']['OutOfOffice'];
export type SchemaPage = components['schemas']['Page'];
export type SchemaPagelessDomainEntityListingEvaluationVersion = components['schemas']['PagelessDomainEntityListingEvaluationVersion'];
export type SchemaParticipant = components['schemas']['Participant'];
export type SchemaPhoneNumberColumn = components['schemas']['PhoneNumberColumn'];
export type SchemaPresenceDefinition = components['schemas']['PresenceDefinition'];
export type SchemaQuestionGroupSettings = components['schemas']['QuestionGroupSettings'];
export type SchemaQuestionSettings = components['schemas']['QuestionSettings'];
export type SchemaQueue = components['schemas']['Queue'];
export type SchemaQueueEmailAddress = components['schemas']['QueueEmailAddress'];
export type SchemaQueueMediaSettings = components['schemas']['QueueMediaSettings'];
export type SchemaQueueMessagingAddresses = components['schemas']['QueueMessagingAddresses'];
export type SchemaRecordersState = components['schemas']['RecordersState'];
export type SchemaResourceConditionNode = components['schemas']['ResourceConditionNode'];
export type SchemaResourceConditionValue = components['schemas']['ResourceConditionValue'];
export type SchemaResourcePermissionPolicy = components['schemas']['ResourcePermissionPolicy'];
export type SchemaRing = components['schemas']['Ring'];
export type SchemaRoutingRule = components['schemas']['RoutingRule'];
export type SchemaRoutingStatus = components['schemas']['RoutingStatus'];
export type SchemaScoredAgent = components['schemas']['ScoredAgent'];
export type SchemaScreenMonitoring = components['schemas']['ScreenMonitoring'];
export type SchemaScreenshare = components['schemas']['Screenshare'];
export type SchemaScript = components['schemas']['Script'];
export type SchemaSegment = components['schemas']['Segment'];
export type SchemaServiceLevel = components['schemas']['ServiceLevel'];
export type SchemaSignature = components['schemas']['Signature'];
export type SchemaSkillsToRemove = components['schemas']['SkillsToRemove'];
export type SchemaSocialExpression = components['schemas']['SocialExpression'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaTopicDuration = components['schemas']['TopicDuration'];
export type SchemaTopicOffset = components['schemas']['TopicOffset'];
export type SchemaTranscriptTopic = components['schemas']['TranscriptTopic'];
export type SchemaTransferDestination = components['schemas']['TransferDestination'];
export type SchemaTransferInitiator = components['schemas']['TransferInitiator'];
export type SchemaTransferResponse = components['schemas']['TransferResponse'];
export type SchemaTransferResponseModifiedBy = components['schemas']['TransferResponseModifiedBy'];
export type SchemaUser = components['schemas']['User'];
export type SchemaUserAuthorization = components['schemas']['UserAuthorization'];
export type SchemaUserConversationSummary = components['schemas']['UserConversationSummary'];
export type SchemaUserPresence = components['schemas']['UserPresence'];
export type SchemaUserRecording = components['schemas']['UserRecording'];
export type SchemaUserRecordingEntityListing = components['schemas']['UserRecordingEntityListing'];
export type SchemaUserReferenceWithName = components['schemas']['UserReferenceWithName'];
export type SchemaUserRoutingLanguage = components['schemas']['UserRoutingLanguage'];
export type SchemaUserRoutingSkill = components['schemas']['UserRoutingSkill'];
export type SchemaUserStation = components['schemas']['UserStation'];
export type SchemaUserStations = components['schemas']['UserStations'];
export type SchemaVideo = components['schemas']['Video'];
export type SchemaVisibilityCondition = components['schemas']['VisibilityCondition'];
export type SchemaVoicemail = components['schemas']['Voicemail'];
export type SchemaWorkPlanBidRanks = components['schemas']['WorkPlanBidRanks'];
export type SchemaWrapup = components['schemas']['Wrapup'];
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
    getUserrecordings: {
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
                    "application/json": components["schemas"]["UserRecordingEntityListing"];
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
    getUserrecording: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description User Recording ID */
                recordingId: string;
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
                    "application/json": components["schemas"]["UserRecording"];
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
    putUserrecording: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description User Recording ID */
                recordingId: string;
            };
            cookie?: never;
        };
        /** @description UserRecording */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRecording"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRecording"];
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
    deleteUserrecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User Recording ID */
                recordingId: string;
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
    getUserrecordingTranscoding: {
        parameters: {
            query?: {
                /** @description The desired media format. */
                formatId?: string;
            };
            header?: never;
            path: {
                /** @description User Recording ID */
                recordingId: string;
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
    getUserrecordingsSummary: {
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
                    "application/json": components["schemas"]["FaxSummary"];
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
