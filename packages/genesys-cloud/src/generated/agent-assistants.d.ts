// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/agent-assistants/openapi.yaml (sha256 0c9bde09bb5a5a19)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area agent-assistants` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Agent Assistants (23 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const agentAssistants = agentAssistantsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function agentAssistantsApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/assistants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all assistants.
         * @permissions ALL: `assistants:assistant:view`
         */
        get: operations["getAssistants"];
        put?: never;
        /**
         * Create an Assistant.
         * @permissions ALL: `assistants:assistant:add`
         */
        post: operations["postAssistants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/assistants/{assistantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an assistant.
         * @permissions ALL: `assistants:assistant:view`
         */
        get: operations["getAssistant"];
        put?: never;
        post?: never;
        /**
         * Delete an assistant.
         * @permissions ALL: `assistants:assistant:delete`
         */
        delete: operations["deleteAssistant"];
        options?: never;
        head?: never;
        /**
         * Update an assistant.
         * @permissions ALL: `assistants:assistant:edit`
         */
        patch: operations["patchAssistant"];
        trace?: never;
    };
    "/api/v2/assistants/{assistantId}/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all the queues associated with an assistant.
         * @permissions ALL: `assistants:queue:view`
         */
        get: operations["getAssistantQueues"];
        put?: never;
        post?: never;
        /**
         * Disassociate the queues from an assistant for the given assistant ID and queue IDs.
         * @permissions ALL: `assistants:queue:delete`
         */
        delete: operations["deleteAssistantQueues"];
        options?: never;
        head?: never;
        /**
         * Update Queues for an Assistant.
         * @permissions ALL: `assistants:queue:edit`
         */
        patch: operations["patchAssistantQueues"];
        trace?: never;
    };
    "/api/v2/assistants/{assistantId}/queues/{queueId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get queue Information for an assistant.
         * @permissions ALL: `assistants:queue:view`
         */
        get: operations["getAssistantQueue"];
        /**
         * Create a queue assistant association.
         * @permissions ALL: `assistants:queue:edit`
         */
        put: operations["putAssistantQueue"];
        post?: never;
        /**
         * Disassociate a queue from an assistant.
         * @permissions ALL: `assistants:queue:delete`
         */
        delete: operations["deleteAssistantQueue"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/assistants/{assistantId}/queues/{queueId}/users/bulk/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk add users to assistant-queue (requires manual assignment mode).
         * @permissions ANY: `assistants:queueUserAssignment:add`
         */
        post: operations["postAssistantQueueUsersBulkAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/assistants/{assistantId}/queues/{queueId}/users/bulk/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk remove users from assistant-queue (requires manual assignment mode).
         * @permissions ANY: `assistants:queueUserAssignment:delete`
         */
        post: operations["postAssistantQueueUsersBulkRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/assistants/{assistantId}/queues/{queueId}/users/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a new job to assistant-queue.
         * @permissions ANY: `assistants:queueUserJob:add`
         */
        post: operations["postAssistantQueueUsersJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/assistants/{assistantId}/queues/{queueId}/users/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get job details.
         * @permissions ANY: `assistants:queueUserJob:view`
         */
        get: operations["getAssistantQueueUsersJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/assistants/{assistantId}/queues/{queueId}/users/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for users in the assistant-queue (requires manual assignment mode).
         * @permissions ANY: `assistants:queueUserAssignment:view`
         */
        post: operations["postAssistantQueueUsersQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/assistants/agentchecklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of agent checklists
         * @permissions ALL: `assistants:agentchecklist:view`
         */
        get: operations["getAssistantsAgentchecklists"];
        put?: never;
        /**
         * Create an agent checklist
         * @permissions ALL: `assistants:agentchecklist:add`
         */
        post: operations["postAssistantsAgentchecklists"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/assistants/agentchecklists/{agentChecklistId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an agent checklist
         * @permissions ALL: `assistants:agentchecklist:view`
         */
        get: operations["getAssistantsAgentchecklist"];
        /**
         * Update an agent checklist
         * @permissions ALL: `assistants:agentchecklist:edit`
         */
        put: operations["putAssistantsAgentchecklist"];
        post?: never;
        /**
         * Delete an agent checklist
         * @permissions ALL: `assistants:agentchecklist:delete`
         */
        delete: operations["deleteAssistantsAgentchecklist"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/assistants/agentchecklists/languages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of supported languages
         * @permissions ALL: `assistants:agentchecklist:view`
         */
        get: operations["getAssistantsAgentchecklistsLanguages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/assistants/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all queues assigned to any assistant.
         * @permissions ALL: `assistants:queue:view`
         */
        get: operations["getAssistantsQueues"];
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
        AddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        AgentChecklist: {
            checklistItems: components["schemas"]["AgentChecklistItem"][];
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            language: string;
            modifiedBy?: components["schemas"]["UserReference"];
            name: string;
            selfUri?: string;
        };
        AgentChecklistItem: {
            automatedCheckEnabled?: boolean;
            description?: string;
            exactPhraseMatch?: boolean;
            id?: string;
            important?: boolean;
            name: string;
            selfUri?: string;
        };
        AgentChecklistListing: {
            entities?: components["schemas"]["AgentChecklist"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        AnswerGenerationConfig: {
            enabled: boolean;
        };
        Assistant: {
            copilot?: components["schemas"]["Copilot"];
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            googleDialogflowConfig?: components["schemas"]["GoogleDialogflowConfig"];
            id?: string;
            knowledgeSuggestionConfig?: components["schemas"]["KnowledgeSuggestionConfig"];
            modifiedBy?: components["schemas"]["UserReference"];
            name: string;
            selfUri?: string;
            state?: string;
            transcriptionConfig: components["schemas"]["TranscriptionConfig"];
            variationParent?: components["schemas"]["AddressableEntityRef"];
        };
        AssistantListing: {
            entities?: components["schemas"]["Assistant"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        AssistantQueue: {
            assistant?: components["schemas"]["Assistant"];
            dateCreated?: string;
            dateModified?: string;
            id: string;
            mediaTypes: string[];
            selfUri?: string;
        };
        AssistantQueueListing: {
            entities?: components["schemas"]["AssistantQueue"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        AssistantQueueUser: {
            id: string;
        };
        AssistantQueueUsersBulkAddRequest: {
            entities: components["schemas"]["AssistantQueueUser"][];
        };
        AssistantQueueUsersBulkRemoveRequest: {
            entities: components["schemas"]["AssistantQueueUser"][];
        };
        AssistantQueueUsersJobErrorInfo: {
            code?: string;
            message?: string;
        };
        AssistantQueueUsersJobsRequest: {
            action: string;
        };
        AssistantQueueUsersJobsResponse: {
            errorInfo?: components["schemas"]["AssistantQueueUsersJobErrorInfo"];
            id?: string;
            selfUri?: string;
            status?: string;
        };
        AssistantQueueUsersQueryRequest: {
            entities: components["schemas"]["AssistantQueueUser"][];
        };
        AssistantQueueUsersQueryResponse: {
            queue?: components["schemas"]["AssistantQueue"];
            users?: components["schemas"]["UserReference"][];
        };
        AutoSearchConfig: {
            type?: string;
        };
        BulkError: {
            code?: string;
            message?: string;
        };
        BulkResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkResult"][];
        };
        BulkResult: {
            entity?: {
                [key: string]: unknown;
            };
            error?: components["schemas"]["BulkError"];
        };
        ConversationProfile: {
            languageCode: string;
            name: string;
        };
        Copilot: {
            answerGenerationConfig?: components["schemas"]["AnswerGenerationConfig"];
            autoSearchConfig?: components["schemas"]["AutoSearchConfig"];
            defaultLanguage: string;
            enabled?: boolean;
            knowledgeAnswerConfig?: components["schemas"]["KnowledgeAnswerConfig"];
            liveOnQueue: boolean;
            manualSearchConfig?: components["schemas"]["ManualSearchConfig"];
            nluConfig?: components["schemas"]["NluConfig"];
            nluEngineType?: string;
            ruleEngineConfig?: components["schemas"]["RuleEngineConfig"];
            selfUri?: string;
            summaryGenerationConfig?: components["schemas"]["SummaryGenerationConfig"];
            wrapupCodePredictionConfig?: components["schemas"]["WrapupCodePredictionConfig"];
        };
        CopilotAction: {
            actionType: string;
            attributes?: {
                [key: string]: string;
            };
        };
        CopilotCondition: {
            conditionType: string;
            conditionValues: string[];
        };
        CopilotFallbackAction: {
            actionType: string;
            attributes?: {
                [key: string]: string;
            };
        };
        CopilotNluDomain: {
            id: string;
            selfUri?: string;
            useLatestVersion: boolean;
            version?: components["schemas"]["CopilotNluDomainVersion"];
        };
        CopilotNluDomainVersion: {
            id: string;
            selfUri?: string;
        };
        CopilotRule: {
            actions: components["schemas"]["CopilotAction"][];
            conditions: components["schemas"]["CopilotCondition"][];
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        EntityListing: {
            entities?: {
                [key: string]: unknown;
            }[];
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
        Fallback: {
            actions?: components["schemas"]["CopilotFallbackAction"][];
            enabled?: boolean;
        };
        GoogleDialogflowConfig: {
            conversationProfiles: components["schemas"]["ConversationProfile"][];
            integrationId?: string;
        };
        KnowledgeAnswerConfig: {
            enabled: boolean;
        };
        KnowledgeBaseReference: {
            contentSearchEnabled?: boolean;
            id: string;
            languageCode?: string;
            selfUri?: string;
        };
        KnowledgeBaseWithDialectReference: {
            id: string;
            languageCode: string;
            selfUri?: string;
        };
        KnowledgeSuggestionConfig: {
            knowledgeBase?: components["schemas"]["KnowledgeBaseReference"];
            knowledgeBases?: components["schemas"]["KnowledgeBaseWithDialectReference"][];
            receiveSegmentedArticles?: boolean;
            vendorName: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        ManualSearchConfig: {
            answerGeneration?: boolean;
            articlesWithAnswerHighlights?: boolean;
        };
        ModelConfig: {
            useLatestModel: boolean;
        };
        NluConfig: {
            domain: components["schemas"]["CopilotNluDomain"];
            intentConfidenceThreshold: number;
        };
        OnDemandSummaryConfig: {
            enabled: boolean;
        };
        RuleConfig: {
            enabled: boolean;
            id?: string;
            rule: components["schemas"]["CopilotRule"];
        };
        RuleEngineConfig: {
            fallback?: components["schemas"]["Fallback"];
            rules: components["schemas"]["RuleConfig"][];
        };
        SummaryGenerationConfig: {
            enabled: boolean;
            modelConfig?: components["schemas"]["ModelConfig"];
            onDemandSummaryConfig?: components["schemas"]["OnDemandSummaryConfig"];
            retentionSeconds?: number;
            summarySetting?: components["schemas"]["SummarySettingEntity"];
        };
        SummarySettingEntity: {
            id?: string;
            selfUri?: string;
        };
        TranscriptionConfig: {
            vendorName: string;
        };
        UserReference: {
            id?: string;
            selfUri?: string;
        };
        WrapupCodePredictionConfig: {
            enabled: boolean;
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
export type SchemaAgentChecklist = components['schemas']['AgentChecklist'];
export type SchemaAgentChecklistItem = components['schemas']['AgentChecklistItem'];
export type SchemaAgentChecklistListing = components['schemas']['AgentChecklistListing'];
export type SchemaAnswerGenerationConfig = components['schemas']['AnswerGenerationConfig'];
export type SchemaAssistant = components['schemas']['Assistant'];
export type SchemaAssistantListing = components['schemas']['AssistantListing'];
export type SchemaAssistantQueue = components['schemas']['AssistantQueue'];
export type SchemaAssistantQueueListing = components['schemas']['AssistantQueueListing'];
export type SchemaAssistantQueueUser = components['schemas']['AssistantQueueUser'];
export type SchemaAssistantQueueUsersBulkAddRequest = components['schemas']['AssistantQueueUsersBulkAddRequest'];
export type SchemaAssistantQueueUsersBulkRemoveRequest = components['schemas']['AssistantQueueUsersBulkRemoveRequest'];
export type SchemaAssistantQueueUsersJobErrorInfo = components['schemas']['AssistantQueueUsersJobErrorInfo'];
export type SchemaAssistantQueueUsersJobsRequest = components['schemas']['AssistantQueueUsersJobsRequest'];
export type SchemaAssistantQueueUsersJobsResponse = components['schemas']['AssistantQueueUsersJobsResponse'];
export type SchemaAssistantQueueUsersQueryRequest = components['schemas']['AssistantQueueUsersQueryRequest'];
export type SchemaAssistantQueueUsersQueryResponse = components['schemas']['AssistantQueueUsersQueryResponse'];
export type SchemaAutoSearchConfig = components['schemas']['AutoSearchConfig'];
export type SchemaBulkError = components['schemas']['BulkError'];
export type SchemaBulkResponse = components['schemas']['BulkResponse'];
export type SchemaBulkResult = components['schemas']['BulkResult'];
export type SchemaConversationProfile = components['schemas']['ConversationProfile'];
export type SchemaCopilot = components['schemas']['Copilot'];
export type SchemaCopilotAction = components['schemas']['CopilotAction'];
export type SchemaCopilotCondition = components['schemas']['CopilotCondition'];
export type SchemaCopilotFallbackAction = components['schemas']['CopilotFallbackAction'];
export type SchemaCopilotNluDomain = components['schemas']['CopilotNluDomain'];
export type SchemaCopilotNluDomainVersion = components['schemas']['CopilotNluDomainVersion'];
export type SchemaCopilotRule = components['schemas']['CopilotRule'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaEntityListing = components['schemas']['EntityListing'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaFallback = components['schemas']['Fallback'];
export type SchemaGoogleDialogflowConfig = components['schemas']['GoogleDialogflowConfig'];
export type SchemaKnowledgeAnswerConfig = components['schemas']['KnowledgeAnswerConfig'];
export type SchemaKnowledgeBaseReference = components['schemas']['KnowledgeBaseReference'];
export type SchemaKnowledgeBaseWithDialectReference = components['schemas']['KnowledgeBaseWithDialectReference'];
export type SchemaKnowledgeSuggestionConfig = components['schemas']['KnowledgeSuggestionConfig'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaManualSearchConfig = components['schemas']['ManualSearchConfig'];
export type SchemaModelConfig = components['schemas']['ModelConfig'];
export type SchemaNluConfig = components['schemas']['NluConfig'];
export type SchemaOnDemandSummaryConfig = components['schemas']['OnDemandSummaryConfig'];
export type SchemaRuleConfig = components['schemas']['RuleConfig'];
export type SchemaRuleEngineConfig = components['schemas']['RuleEngineConfig'];
export type SchemaSummaryGenerationConfig = components['schemas']['SummaryGenerationConfig'];
export type SchemaSummarySettingEntity = components['schemas']['SummarySettingEntity'];
export type SchemaTranscriptionConfig = components['schemas']['TranscriptionConfig'];
export type SchemaUserReference = components['schemas']['UserReference'];
export type SchemaWrapupCodePredictionConfig = components['schemas']['WrapupCodePredictionConfig'];
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
    getAssistants: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Which fields, if any, to expand */
                expand?: string;
                /** @description Number of entities to return. Maximum of 200. Deprecated in favour of pageSize */
                limit?: string;
                /** @description Return the assistant by the given name. */
                name?: string;
                /** @description Number of entities to return. Maximum of 200. */
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
                    "application/json": components["schemas"]["AssistantListing"];
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
    postAssistants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Assistant"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assistant"];
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
    getAssistant: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string;
                /** @description Fall back to primary assistant if specified variation is not found */
                fallbackToPrimaryAssistant?: boolean;
                /** @description Language variation */
                languageVariation?: string;
            };
            header?: never;
            path: {
                /** @description Assistant ID */
                assistantId: string;
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
                    "application/json": components["schemas"]["Assistant"];
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
    deleteAssistant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assistant ID */
                assistantId: string;
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
    patchAssistant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assistant ID */
                assistantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Assistant"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assistant"];
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
    getAssistantQueues: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Which fields, if any, to expand. */
                expand?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description Assistant ID */
                assistantId: string;
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
                    "application/json": components["schemas"]["AssistantQueueListing"];
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
    deleteAssistantQueues: {
        parameters: {
            query?: {
                /** @description Comma-separated identifiers of the queues that need to be deleted. */
                queueIds?: string;
            };
            header?: never;
            path: {
                /** @description Assistant ID */
                assistantId: string;
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
    patchAssistantQueues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assistant ID */
                assistantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssistantQueue"][];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssistantQueueListing"];
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
    getAssistantQueue: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description Assistant ID */
                assistantId: string;
                /** @description Queue ID */
                queueId: string;
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
                    "application/json": components["schemas"]["AssistantQueue"];
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
    putAssistantQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assistant ID */
                assistantId: string;
                /** @description Queue ID */
                queueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssistantQueue"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssistantQueue"];
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
    deleteAssistantQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assistant ID */
                assistantId: string;
                /** @description Queue ID */
                queueId: string;
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
    postAssistantQueueUsersBulkAdd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assistant ID */
                assistantId: string;
                /** @description Queue ID */
                queueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssistantQueueUsersBulkAddRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResponse"];
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
    postAssistantQueueUsersBulkRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assistant ID */
                assistantId: string;
                /** @description Queue ID */
                queueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssistantQueueUsersBulkRemoveRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResponse"];
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
    postAssistantQueueUsersJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assistant ID */
                assistantId: string;
                /** @description Queue ID */
                queueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssistantQueueUsersJobsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssistantQueueUsersJobsResponse"];
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
    getAssistantQueueUsersJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assistant ID */
                assistantId: string;
                /** @description Job ID */
                jobId: string;
                /** @description Queue ID */
                queueId: string;
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
                    "application/json": components["schemas"]["AssistantQueueUsersJobsResponse"];
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
    postAssistantQueueUsersQuery: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand with. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Assistant ID */
                assistantId: string;
                /** @description Queue ID */
                queueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssistantQueueUsersQueryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssistantQueueUsersQueryResponse"];
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
    getAssistantsAgentchecklists: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Agent checklist IDs (repeat param or comma-separated). Do not use with other optional filters. */
                agentChecklistIds?: string[];
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description The agent checklist language filter applied to the listing. */
                language?: string;
                /** @description The agent checklist name prefix filter applied to the listing. */
                namePrefix?: string;
                /** @description The page size for the listing. The max that will be returned is 100. */
                pageSize?: string;
                /** @description The field to sort by for the listing. */
                sortBy?: string;
                /** @description The sort order for the listing */
                sortOrder?: string;
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
                    "application/json": components["schemas"]["AgentChecklistListing"];
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
    postAssistantsAgentchecklists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Request body containing details of checklist to be added */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentChecklist"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentChecklist"];
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
    getAssistantsAgentchecklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent Checklist ID */
                agentChecklistId: string;
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
                    "application/json": components["schemas"]["AgentChecklist"];
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
    putAssistantsAgentchecklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent Checklist ID */
                agentChecklistId: string;
            };
            cookie?: never;
        };
        /** @description Request body containing details of checklist to be updated */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentChecklist"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentChecklist"];
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
    deleteAssistantsAgentchecklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent Checklist ID */
                agentChecklistId: string;
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
    getAssistantsAgentchecklistsLanguages: {
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
                    "application/json": components["schemas"]["EntityListing"];
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
    getAssistantsQueues: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Which fields, if any, to expand. */
                expand?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
                /** @description Comma-separated identifiers of the queues that need to be retrieved. */
                queueIds?: string;
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
                    "application/json": components["schemas"]["AssistantQueueListing"];
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
