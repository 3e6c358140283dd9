// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/events/openapi.yaml (sha256 8ebf709a36bcc673)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area events` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Events (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const events = eventsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function eventsApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/events/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish Conversation Batch Events
         * @permissions ANY: `conversation:conversation:inject`
         */
        post: operations["postEventsConversations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/events/routing/customkpiattributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish Predictive Routing Custom Kpi Attribution Batch Events
         * @permissions ANY: `routing:customKpiAttribution:inject`
         */
        post: operations["postEventsRoutingCustomkpiattributions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/events/users/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish User Presence Status Batch Events
         * @permissions ANY: `presence:userPresence:inject`
         */
        post: operations["postEventsUsersPresence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/events/users/routingstatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish Agent Routing Status Batch Events
         * @permissions ANY: `routing:routingstatus:inject`
         */
        post: operations["postEventsUsersRoutingstatus"];
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
        AudioState: {
            canHear?: boolean;
            canSpeak?: boolean;
        };
        AudioUpdatedEvent: {
            audioState: components["schemas"]["AudioState"];
            communicationId: string;
            conversationId: string;
            eventDateTime: string;
            eventId: string;
        };
        BatchConversationEventRequest: {
            audioUpdatedEvents?: components["schemas"]["AudioUpdatedEvent"][];
            communicationAnsweredEvents?: components["schemas"]["CommunicationAnsweredEvent"][];
            communicationDispositionAppliedEvents?: components["schemas"]["CommunicationDispositionAppliedEvent"][];
            communicationEndedEvents?: components["schemas"]["CommunicationEndedEvent"][];
            consultTransferEvents?: components["schemas"]["ConsultTransferEvent"][];
            emailBeginTransmittingEvents?: components["schemas"]["EmailBeginTransmittingEvent"][];
            emailCommunicationAnsweredEvents?: components["schemas"]["EmailCommunicationAnsweredEvent"][];
            emailCommunicationDispositionAppliedEvents?: components["schemas"]["EmailCommunicationDispositionAppliedEvent"][];
            emailCommunicationEndedEvents?: components["schemas"]["EmailCommunicationEndedEvent"][];
            emailCommunicationSentMessageEvents?: components["schemas"]["EmailCommunicationSentMessageEvent"][];
            emailEndTransferEvents?: components["schemas"]["EmailEndTransferEvent"][];
            emailExternalEstablishedEvents?: components["schemas"]["EmailExternalEstablishedEvent"][];
            emailFlowEstablishedEvents?: components["schemas"]["EmailFlowEstablishedEvent"][];
            emailHoldUpdatedEvents?: components["schemas"]["EmailHoldUpdatedEvent"][];
            emailProgressTransferEvents?: components["schemas"]["EmailProgressTransferEvent"][];
            emailRoutingEstablishedEvents?: components["schemas"]["EmailRoutingEstablishedEvent"][];
            emailRoutingTransferEvents?: components["schemas"]["EmailRoutingTransferEvent"][];
            emailUserEstablishedEvents?: components["schemas"]["EmailUserEstablishedEvent"][];
            emailUserTransferEvents?: components["schemas"]["EmailUserTransferEvent"][];
            endConsultTransferEvents?: components["schemas"]["EndConsultTransferEvent"][];
            endTransferEvents?: components["schemas"]["EndTransferEvent"][];
            externalEstablishedEvents?: components["schemas"]["ExternalEstablishedEvent"][];
            holdUpdatedEvents?: components["schemas"]["HoldUpdatedEvent"][];
            ivrEstablishedEvents?: components["schemas"]["IvrEstablishedEvent"][];
            phoneEstablishedEvents?: components["schemas"]["PhoneEstablishedEvent"][];
            phoneTransferEvents?: components["schemas"]["PhoneTransferEvent"][];
            progressConsultTransferEvents?: components["schemas"]["ProgressConsultTransferEvent"][];
            progressTransferEvents?: components["schemas"]["ProgressTransferEvent"][];
            routingEstablishedEvents?: components["schemas"]["RoutingEstablishedEvent"][];
            routingTransferEvents?: components["schemas"]["RoutingTransferEvent"][];
            userEstablishedEvents?: components["schemas"]["UserEstablishedEvent"][];
            userTransferEvents?: components["schemas"]["UserTransferEvent"][];
        };
        BatchEventResponse: {
            errors?: components["schemas"]["EventError"][];
        };
        BatchPredictiveRoutingCustomKpiAttributionEventRequest: {
            customKpiAttributionEvents?: components["schemas"]["PredictiveRoutingCustomKpiAttributionEvent"][];
        };
        BatchUserPresenceEventRequest: {
            userPresenceEvents?: components["schemas"]["UserPresenceEvent"][];
        };
        BatchUserRoutingStatusEventRequest: {
            userRoutingStatusEvents?: components["schemas"]["UserRoutingStatusEvent"][];
        };
        CommunicationAnsweredEvent: {
            communicationId: string;
            conversationId: string;
            eventDateTime: string;
            eventId: string;
        };
        CommunicationDispositionAppliedEvent: {
            code?: string;
            communicationId: string;
            conversationId: string;
            eventDateTime: string;
            eventId: string;
            notes?: string;
            tags?: string[];
        };
        CommunicationEndedEvent: {
            communicationId: string;
            conversationId: string;
            destinationConversationId?: string;
            disconnectType: string;
            eventDateTime: string;
            eventId: string;
        };
        ConsultTransferEvent: {
            conversationId: string;
            destinationCommunicationId: string;
            eventDateTime: string;
            eventId: string;
            initiatingCommunicationId: string;
            objectCommunicationId: string;
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        EmailBeginTransmittingEvent: {
            communicationId: string;
            conversationId: string;
            eventDateTime: string;
            eventId: string;
        };
        EmailCommunicationAnsweredEvent: {
            communicationId: string;
            conversationId: string;
            eventDateTime: string;
            eventId: string;
        };
        EmailCommunicationDispositionAppliedEvent: {
            code?: string;
            communicationId: string;
            conversationId: string;
            eventDateTime: string;
            eventId: string;
            notes?: string;
            tags?: string[];
        };
        EmailCommunicationEndedEvent: {
            communicationId: string;
            conversationId: string;
            disconnectType: string;
            eventDateTime: string;
            eventId: string;
        };
        EmailCommunicationSentMessageEvent: {
            communicationId: string;
            conversationId: string;
            eventDateTime: string;
            eventId: string;
        };
        EmailEndTransferEvent: {
            commandId: string;
            conversationId: string;
            eventDateTime: string;
            eventId: string;
            finalState: string;
            objectCommunicationId: string;
        };
        EmailExternalEstablishedEvent: {
            communicationId: string;
            conversationId: string;
            displayName?: string;
            eventDateTime: string;
            eventId: string;
            includeMessage?: boolean;
            initialConfiguration: components["schemas"]["EmailInitialConfiguration"];
            sourceConfiguration: components["schemas"]["SourceConfiguration"];
        };
        EmailFlowEstablishedEvent: {
            communicationId: string;
            conversationId: string;
            eventDateTime: string;
            eventId: string;
            initialConfiguration: components["schemas"]["EmailInitialConfiguration"];
            sourceConfiguration: components["schemas"]["SourceConfiguration"];
        };
        EmailHoldUpdatedEvent: {
            communicationId: string;
            conversationId: string;
            eventDateTime: string;
            eventId: string;
            held: boolean;
        };
        EmailInitialConfiguration: {
            additionalInfo?: {
                [key: string]: string;
            };
            alerting?: boolean;
            bcc?: string[];
            cc?: string[];
            from: string;
            held?: boolean;
            inbound?: boolean;
            invitedBy?: string;
            previousEmailId?: string;
            subject?: string;
            to: string;
        };
        EmailProgressTransferEvent: {
            commandId: string;
            conversationId: string;
            destinationCommunicationId: string;
            eventDateTime: string;
            eventId: string;
            objectCommunicationId: string;
        };
        EmailRoutingEstablishedEvent: {
            communicationId: string;
            conversationId: string;
            eventDateTime: string;
            eventId: string;
            initialConfiguration: components["schemas"]["EmailInitialConfiguration"];
            label?: string;
            languageId?: string;
            queueId: string;
            skillIds?: string[];
            sourceConfiguration: components["schemas"]["SourceConfiguration"];
        };
        EmailRoutingTransferEvent: {
            commandId: string;
            conversationId: string;
            destinationQueueId: string;
            eventDateTime: string;
            eventId: string;
            initiatingCommunicationId: string;
            languageId?: string;
            objectCommunicationId: string;
            skillIds?: string[];
            targetCommunicationId: string;
            transferType: string;
        };
        EmailUserEstablishedEvent: {
            afterCallWorkRequired?: boolean;
            communicationId: string;
            conversationId: string;
            eventDateTime: string;
            eventId: string;
            initialConfiguration: components["schemas"]["EmailInitialConfiguration"];
            queueId?: string;
            sourceConfiguration: components["schemas"]["SourceConfiguration"];
            userId: string;
        };
        EmailUserTransferEvent: {
            commandId: string;
            conversationId: string;
            destinationUserId: string;
            eventDateTime: string;
            eventId: string;
            initiatingCommunicationId: string;
            objectCommunicationId: string;
            targetCommunicationId: string;
            transferType: string;
        };
        EndConsultTransferEvent: {
            conversationId: string;
            eventDateTime: string;
            eventId: string;
        };
        EndTransferEvent: {
            commandId: string;
            conversationId: string;
            eventDateTime: string;
            eventId: string;
            finalState: string;
            objectCommunicationId: string;
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
        EventError: {
            eventId?: string;
            message?: string;
            retryable?: boolean;
        };
        ExternalEstablishedEvent: {
            ani?: string;
            aniName?: string;
            communicationId: string;
            conversationId: string;
            dnis?: string;
            dnisName?: string;
            eventDateTime: string;
            eventId: string;
            initialConfiguration: components["schemas"]["InitialConfiguration"];
            sourceConfiguration: components["schemas"]["SourceConfiguration"];
        };
        HoldUpdatedEvent: {
            communicationId: string;
            conversationId: string;
            eventDateTime: string;
            eventId: string;
            held: boolean;
        };
        InitialConfiguration: {
            additionalInfo?: {
                [key: string]: string;
            };
            alerting?: boolean;
            audioState?: components["schemas"]["AudioState"];
            inbound?: boolean;
            invitedBy?: string;
            recordingActive?: boolean;
        };
        IvrEstablishedEvent: {
            ani?: string;
            communicationId: string;
            conversationId: string;
            dnis?: string;
            eventDateTime: string;
            eventId: string;
            initialConfiguration: components["schemas"]["InitialConfiguration"];
            ivrName?: string;
            ivrPhoneNumber?: string;
            sourceConfiguration: components["schemas"]["SourceConfiguration"];
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        PhoneEstablishedEvent: {
            ani?: string;
            communicationId: string;
            conversationId: string;
            dnis?: string;
            eventDateTime: string;
            eventId: string;
            initialConfiguration: components["schemas"]["InitialConfiguration"];
            phoneNumber?: string;
            sourceConfiguration: components["schemas"]["SourceConfiguration"];
        };
        PhoneTransferEvent: {
            commandId: string;
            conversationId: string;
            destinationPhoneNumber: string;
            eventDateTime: string;
            eventId: string;
            initiatingCommunicationId: string;
            objectCommunicationId: string;
            targetCommunicationId: string;
            transferType: string;
        };
        PredictiveRoutingCustomKpiAttributionEvent: {
            agentId?: string;
            associatedValue: number;
            conversationId?: string;
            eventDateTime: string;
            eventId: string;
            externalContactId?: string;
            kpiId: string;
        };
        ProgressConsultTransferEvent: {
            conversationId: string;
            destinationCommunicationId: string;
            eventDateTime: string;
            eventId: string;
            initiatingCommunicationId: string;
            objectCommunicationId: string;
        };
        ProgressTransferEvent: {
            commandId: string;
            conversationId: string;
            destinationCommunicationId: string;
            eventDateTime: string;
            eventId: string;
            objectCommunicationId: string;
        };
        RoutingEstablishedEvent: {
            ani?: string;
            communicationId: string;
            conversationId: string;
            dnis?: string;
            eventDateTime: string;
            eventId: string;
            initialConfiguration: components["schemas"]["InitialConfiguration"];
            languageId?: string;
            phoneNumber?: string;
            queueId: string;
            skillIds?: string[];
            sourceConfiguration: components["schemas"]["SourceConfiguration"];
        };
        RoutingTransferEvent: {
            commandId: string;
            conversationId: string;
            destinationQueueId: string;
            eventDateTime: string;
            eventId: string;
            initiatingCommunicationId: string;
            languageId?: string;
            objectCommunicationId: string;
            skillIds?: string[];
            targetCommunicationId: string;
            transferType: string;
        };
        SourceConfiguration: {
            interactionId: string;
            sourceId: string;
            tagId?: string;
        };
        UserEstablishedEvent: {
            afterCallWorkRequired?: boolean;
            ani?: string;
            communicationId: string;
            conversationId: string;
            dnis?: string;
            eventDateTime: string;
            eventId: string;
            initialConfiguration: components["schemas"]["InitialConfiguration"];
            phoneNumber?: string;
            queueId?: string;
            sourceConfiguration: components["schemas"]["SourceConfiguration"];
            stationId?: string;
            userId: string;
        };
        UserPresenceEvent: {
            eventDateTime: string;
            eventId: string;
            message?: string;
            presenceDefinitionId?: string;
            sourceId: string;
            userId: string;
        };
        UserRoutingStatusEvent: {
            agentId: string;
            eventDateTime: string;
            eventId: string;
            sourceId: string;
            status: string;
        };
        UserTransferEvent: {
            commandId: string;
            conversationId: string;
            destinationUserId: string;
            eventDateTime: string;
            eventId: string;
            initiatingCommunicationId: string;
            objectCommunicationId: string;
            targetCommunicationId: string;
            transferType: string;
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
export type SchemaAudioState = components['schemas']['AudioState'];
export type SchemaAudioUpdatedEvent = components['schemas']['AudioUpdatedEvent'];
export type SchemaBatchConversationEventRequest = components['schemas']['BatchConversationEventRequest'];
export type SchemaBatchEventResponse = components['schemas']['BatchEventResponse'];
export type SchemaBatchPredictiveRoutingCustomKpiAttributionEventRequest = components['schemas']['BatchPredictiveRoutingCustomKpiAttributionEventRequest'];
export type SchemaBatchUserPresenceEventRequest = components['schemas']['BatchUserPresenceEventRequest'];
export type SchemaBatchUserRoutingStatusEventRequest = components['schemas']['BatchUserRoutingStatusEventRequest'];
export type SchemaCommunicationAnsweredEvent = components['schemas']['CommunicationAnsweredEvent'];
export type SchemaCommunicationDispositionAppliedEvent = components['schemas']['CommunicationDispositionAppliedEvent'];
export type SchemaCommunicationEndedEvent = components['schemas']['CommunicationEndedEvent'];
export type SchemaConsultTransferEvent = components['schemas']['ConsultTransferEvent'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaEmailBeginTransmittingEvent = components['schemas']['EmailBeginTransmittingEvent'];
export type SchemaEmailCommunicationAnsweredEvent = components['schemas']['EmailCommunicationAnsweredEvent'];
export type SchemaEmailCommunicationDispositionAppliedEvent = components['schemas']['EmailCommunicationDispositionAppliedEvent'];
export type SchemaEmailCommunicationEndedEvent = components['schemas']['EmailCommunicationEndedEvent'];
export type SchemaEmailCommunicationSentMessageEvent = components['schemas']['EmailCommunicationSentMessageEvent'];
export type SchemaEmailEndTransferEvent = components['schemas']['EmailEndTransferEvent'];
export type SchemaEmailExternalEstablishedEvent = components['schemas']['EmailExternalEstablishedEvent'];
export type SchemaEmailFlowEstablishedEvent = components['schemas']['EmailFlowEstablishedEvent'];
export type SchemaEmailHoldUpdatedEvent = components['schemas']['EmailHoldUpdatedEvent'];
export type SchemaEmailInitialConfiguration = components['schemas']['EmailInitialConfiguration'];
export type SchemaEmailProgressTransferEvent = components['schemas']['EmailProgressTransferEvent'];
export type SchemaEmailRoutingEstablishedEvent = components['schemas']['EmailRoutingEstablishedEvent'];
export type SchemaEmailRoutingTransferEvent = components['schemas']['EmailRoutingTransferEvent'];
export type SchemaEmailUserEstablishedEvent = components['schemas']['EmailUserEstablishedEvent'];
export type SchemaEmailUserTransferEvent = components['schemas']['EmailUserTransferEvent'];
export type SchemaEndConsultTransferEvent = components['schemas']['EndConsultTransferEvent'];
export type SchemaEndTransferEvent = components['schemas']['EndTransferEvent'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaEventError = components['schemas']['EventError'];
export type SchemaExternalEstablishedEvent = components['schemas']['ExternalEstablishedEvent'];
export type SchemaHoldUpdatedEvent = components['schemas']['HoldUpdatedEvent'];
export type SchemaInitialConfiguration = components['schemas']['InitialConfiguration'];
export type SchemaIvrEstablishedEvent = components['schemas']['IvrEstablishedEvent'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaPhoneEstablishedEvent = components['schemas']['PhoneEstablishedEvent'];
export type SchemaPhoneTransferEvent = components['schemas']['PhoneTransferEvent'];
export type SchemaPredictiveRoutingCustomKpiAttributionEvent = components['schemas']['PredictiveRoutingCustomKpiAttributionEvent'];
export type SchemaProgressConsultTransferEvent = components['schemas']['ProgressConsultTransferEvent'];
export type SchemaProgressTransferEvent = components['schemas']['ProgressTransferEvent'];
export type SchemaRoutingEstablishedEvent = components['schemas']['RoutingEstablishedEvent'];
export type SchemaRoutingTransferEvent = components['schemas']['RoutingTransferEvent'];
export type SchemaSourceConfiguration = components['schemas']['SourceConfiguration'];
export type SchemaUserEstablishedEvent = components['schemas']['UserEstablishedEvent'];
export type SchemaUserPresenceEvent = components['schemas']['UserPresenceEvent'];
export type SchemaUserRoutingStatusEvent = components['schemas']['UserRoutingStatusEvent'];
export type SchemaUserTransferEvent = components['schemas']['UserTransferEvent'];
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
    postEventsConversations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description batchRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchConversationEventRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchEventResponse"];
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
    postEventsRoutingCustomkpiattributions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description batchRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchPredictiveRoutingCustomKpiAttributionEventRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchEventResponse"];
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
    postEventsUsersPresence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description batchRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchUserPresenceEventRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchEventResponse"];
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
    postEventsUsersRoutingstatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description batchRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchUserRoutingStatusEventRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchEventResponse"];
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
