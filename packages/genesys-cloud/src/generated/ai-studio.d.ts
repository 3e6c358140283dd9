// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/ai-studio/openapi.yaml (sha256 3c0f1ccef1ecd654)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area ai-studio` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * AI Studio (28 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const aiStudio = aiStudioApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function aiStudioApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/agentic/virtualagents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all virtual agents.
         * @permissions ALL: `agentic:virtualAgent:view`
         */
        get: operations["getAgenticVirtualagents"];
        put?: never;
        /**
         * Create a virtual agent.
         * @permissions ALL: `agentic:virtualAgent:add`
         */
        post: operations["postAgenticVirtualagents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/agentic/virtualagents/{virtualAgentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get virtual agent.
         * @permissions ALL: `agentic:virtualAgent:view`
         */
        get: operations["getAgenticVirtualagent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a virtual agent.
         * @permissions ALL: `agentic:virtualAgent:edit`
         */
        patch: operations["patchAgenticVirtualagent"];
        trace?: never;
    };
    "/api/v2/agentic/virtualagents/{virtualAgentId}/jobs": {
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
         * Start the deletion of a virtualAgent.
         * @permissions ALL: `agentic:virtualAgentJob:add`
         */
        delete: operations["deleteAgenticVirtualagentJobs"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/agentic/virtualagents/{virtualAgentId}/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a virtualAgent job.
         * @permissions ALL: `agentic:virtualAgentJob:view`
         */
        get: operations["getAgenticVirtualagentJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/agentic/virtualagents/{virtualAgentId}/versions/{versionId}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the publishing of a virtual agent version.
         * @permissions ALL: `agentic:virtualAgentVersionJob:add`
         */
        post: operations["postAgenticVirtualagentVersionJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/summaries/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trigger summary preview event generation.
         * @permissions ALL: `aiStudio:summaryPreview:view`
         */
        post: operations["postConversationsSummariesPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/summaries/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all summary settings.
         * @permissions ALL: `aiStudio:summaryConfig:view`
         */
        get: operations["getConversationsSummariesSettings"];
        put?: never;
        /**
         * Create a summary setting.
         * @permissions ALL: `aiStudio:summaryConfig:add`
         */
        post: operations["postConversationsSummariesSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/summaries/settings/{summarySettingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Receive a summary setting.
         * @permissions ALL: `aiStudio:summaryConfig:view`
         */
        get: operations["getConversationsSummariesSetting"];
        /**
         * Update a summary setting.
         * @permissions ALL: `aiStudio:summaryConfig:edit`
         */
        put: operations["putConversationsSummariesSetting"];
        post?: never;
        /**
         * Delete a summary setting.
         * @permissions ALL: `aiStudio:summaryConfig:delete`
         */
        delete: operations["deleteConversationsSummariesSetting"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/guides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all guides.
         * @permissions ALL: `aiStudio:guide:view`
         */
        get: operations["getGuides"];
        put?: never;
        /**
         * Create a guide.
         * @permissions ALL: `aiStudio:guide:add`
         */
        post: operations["postGuides"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/guides/{guideId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get guide.
         * @permissions ALL: `aiStudio:guide:view`
         */
        get: operations["getGuide"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a guide.
         * @permissions ALL: `aiStudio:guide:edit`
         */
        patch: operations["patchGuide"];
        trace?: never;
    };
    "/api/v2/guides/{guideId}/jobs": {
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
         * Start the deletion of a guide.
         * @permissions ALL: `aiStudio:guideJob:add`
         */
        delete: operations["deleteGuideJobs"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/guides/{guideId}/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the specified guide deletion job.
         * @permissions ALL: `aiStudio:guideJob:view`
         */
        get: operations["getGuideJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/guides/{guideId}/sessions/{guideSessionId}/turns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a turn to a guide session.
         * @description Creates a new turn in the specified guide session with the provided request data. If the session ID doesnt exist, a new session will be created automatically.
         * @permissions ALL: `aiStudio:guideSessionTurn:add`
         */
        post: operations["postGuideSessionTurns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/guides/{guideId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a guide version.
         * @permissions ALL: `aiStudio:guideVersion:add`
         */
        post: operations["postGuideVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/guides/{guideId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a guide version.
         * @permissions ALL: `aiStudio:guideVersion:view`
         */
        get: operations["getGuideVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a guide version.
         * @permissions ALL: `aiStudio:guideVersion:edit`
         */
        patch: operations["patchGuideVersion"];
        trace?: never;
    };
    "/api/v2/guides/{guideId}/versions/{versionId}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the publishing of a guide version.
         * @permissions ALL: `aiStudio:guideVersionJob:add`
         */
        post: operations["postGuideVersionJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/guides/{guideId}/versions/{versionId}/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of the publishing job for this guide version.
         * @permissions ALL: `aiStudio:guideVersionJob:view`
         */
        get: operations["getGuideVersionJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/guides/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a guide content generation job.
         * @permissions ALL: `aiStudio:guideJob:add`
         */
        post: operations["postGuidesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/guides/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of the guide content generation job.
         * @permissions ALL: `aiStudio:guideJob:view`
         */
        get: operations["getGuidesJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/guides/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate presigned URL for uploading a file content to generate guide
         * @permissions ALL: `aiStudio:guide:upload`
         */
        post: operations["postGuidesUploads"];
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
        AgenticVersionAddressableEntity: {
            selfUri?: string;
            version?: string;
        };
        AgenticVirtualAgent: {
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            imageUri?: string;
            latestProductionReadyVersion?: components["schemas"]["AgenticVersionAddressableEntity"];
            latestSavedVersion?: components["schemas"]["AgenticVersionAddressableEntity"];
            name?: string;
            selfUri?: string;
            status?: string;
        };
        AgenticVirtualAgentEntityListing: {
            entities?: components["schemas"]["AgenticVirtualAgent"][];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            total?: number;
        };
        AgenticVirtualAgentJob: {
            errors?: components["schemas"]["ErrorBody"][];
            id?: string;
            selfUri?: string;
            status?: string;
        };
        AgenticVirtualAgentVersionPublish: {
            status: string;
        };
        AgenticVirtualAgentVersionPublishJob: {
            errors?: components["schemas"]["ErrorBody"][];
            id?: string;
            selfUri?: string;
            status?: string;
        };
        AgenticVirtualAgentVersionPublishJobRequest: {
            virtualAgentVersion: components["schemas"]["AgenticVirtualAgentVersionPublish"];
        };
        AuthoringKnowledgeSettings: {
            description?: string;
            inheritFromExternal?: boolean;
            knowledgeId?: string;
            knowledgeType?: string;
        };
        ConversationAttribute: {
            attributeName: string;
            schema: components["schemas"]["ConversationAttributeSchema"];
        };
        ConversationAttributeSchema: {
            id: string;
            selfUri?: string;
        };
        CreateAgenticVirtualAgent: {
            imageUri?: string;
            name: string;
        };
        CreateGuide: {
            name: string;
            source: string;
        };
        CreateGuideVersion: {
            instruction: string;
            knowledgeSettings?: components["schemas"]["AuthoringKnowledgeSettings"];
            resources?: components["schemas"]["GuideVersionResources"];
            variables?: components["schemas"]["Variable"][];
        };
        DataAction: {
            description?: string;
            id: string;
            label: string;
            selfUri?: string;
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
        GeneratedGuideContent: {
            instruction?: string;
            resources?: components["schemas"]["GuideVersionResources"];
            variables?: components["schemas"]["Variable"][];
        };
        GenerateGuideContentRequest: {
            description?: string;
            url?: string;
        };
        Guide: {
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            latestProductionReadyVersion?: components["schemas"]["GuideVersionRef"];
            latestSavedVersion?: components["schemas"]["GuideVersionRef"];
            name?: string;
            selfUri?: string;
            source?: string;
            status?: string;
        };
        GuideContentGenerationJob: {
            errors?: components["schemas"]["ErrorBody"][];
            guide?: components["schemas"]["AddressableEntityRef"];
            guideContent?: components["schemas"]["GeneratedGuideContent"];
            id?: string;
            selfUri?: string;
            status?: string;
        };
        GuideEntityListing: {
            entities?: components["schemas"]["Guide"][];
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
        GuideJob: {
            errors?: components["schemas"]["ErrorBody"][];
            guide?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            selfUri?: string;
            status?: string;
        };
        GuideSessionInputEvent: {
            invocationId?: string;
            invocations?: components["schemas"]["GuideSessionTurnInvocationData"][];
            mode: string;
            text?: string;
            type: string;
        };
        GuideSessionTurnInvocationData: {
            actionName: string;
            group: string;
            output: string;
        };
        GuideSessionTurnInvocationParameters: {
            name?: string;
            type?: string;
            value?: string;
        };
        GuideSessionTurnInvocationResponse: {
            actionName: string;
            group: string;
            id?: string;
            parameters?: components["schemas"]["GuideSessionTurnInvocationParameters"][];
        };
        GuideSessionTurnRequest: {
            inputEvent: components["schemas"]["GuideSessionInputEvent"];
            inputVariables?: components["schemas"]["GuideSessionVariable"][];
            knowledgeSettings?: components["schemas"]["KnowledgeSettings"];
            languageCode: string;
            version: string;
        };
        GuideSessionTurnResponse: {
            invocationId?: string;
            invocations?: components["schemas"]["GuideSessionTurnInvocationResponse"][];
            outputVariables?: components["schemas"]["GuideSessionVariable"][];
            response?: components["schemas"]["GuideSessionTurnResponseData"];
            result?: string;
            status?: string;
        };
        GuideSessionTurnResponseData: {
            text?: string;
        };
        GuideSessionVariable: {
            name?: string;
            value?: string;
        };
        GuideVersion: {
            dateCreated?: string;
            dateModified?: string;
            guide?: components["schemas"]["AddressableEntityRef"];
            instruction?: string;
            knowledgeSettings?: components["schemas"]["AuthoringKnowledgeSettings"];
            resources?: components["schemas"]["GuideVersionResources"];
            selfUri?: string;
            state?: string;
            variables?: components["schemas"]["Variable"][];
            version?: string;
        };
        GuideVersionPublish: {
            state?: string;
        };
        GuideVersionPublishJob: {
            errors?: components["schemas"]["ErrorBody"][];
            guide?: components["schemas"]["AddressableEntityRef"];
            guideVersion?: components["schemas"]["GuideVersion"];
            id?: string;
            selfUri?: string;
            status?: string;
        };
        GuideVersionPublishJobRequest: {
            guideVersion: components["schemas"]["GuideVersionPublish"];
        };
        GuideVersionRef: {
            selfUri?: string;
            version?: string;
        };
        GuideVersionResources: {
            dataActions?: components["schemas"]["DataAction"][];
        };
        KnowledgeSettings: {
            description?: string;
            knowledgeId?: string;
            knowledgeType?: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        SummarySetting: {
            customEntities?: components["schemas"]["SummarySettingCustomEntity"][];
            dateCreated?: string;
            dateModified?: string;
            format?: string;
            id?: string;
            integrationId?: string;
            interactionType?: string;
            language: string;
            maskPII?: components["schemas"]["SummarySettingPII"];
            name: string;
            participantLabels?: components["schemas"]["SummarySettingParticipantLabels"];
            predefinedInsights?: string[];
            prompt?: string;
            selfUri?: string;
            serviceType?: string;
            settingType?: string;
            summaryType?: string;
            timeoutDuration?: number;
        };
        SummarySettingCustomEntity: {
            description?: string;
            label?: string;
        };
        SummarySettingEntityListing: {
            entities?: components["schemas"]["SummarySetting"][];
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
        SummarySettingParticipantLabels: {
            external?: string;
            internal?: string;
        };
        SummarySettingPII: {
            all: boolean;
        };
        SummarySettingWithTranscript: {
            summaryPreviewSessionId: string;
            summarySetting: components["schemas"]["SummarySetting"];
            transcript: string;
        };
        UpdateAgenticVirtualAgent: {
            imageUri?: string;
            name: string;
        };
        UpdateGuide: {
            name?: string;
        };
        UpdateGuideVersion: {
            instruction?: string;
            knowledgeSettings?: components["schemas"]["AuthoringKnowledgeSettings"];
            resources?: components["schemas"]["GuideVersionResources"];
            variables?: components["schemas"]["Variable"][];
        };
        UploadUrlRequest: {
            contentMd5?: string;
            contentType?: string;
            fileName?: string;
            serverSideEncryption?: string;
            signedUrlTimeoutSeconds?: number;
        };
        UploadUrlResponse: {
            headers?: {
                [key: string]: string;
            };
            uploadKey?: string;
            url?: string;
        };
        Variable: {
            customConversationAttributes?: components["schemas"]["ConversationAttribute"][];
            description?: string;
            listValues?: {
                [key: string]: unknown;
            };
            listVariables?: components["schemas"]["Variable"][];
            name: string;
            scope: string;
            type: string;
            validation?: {
                [key: string]: unknown;
            };
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
export type SchemaAgenticVersionAddressableEntity = components['schemas']['AgenticVersionAddressableEntity'];
export type SchemaAgenticVirtualAgent = components['schemas']['AgenticVirtualAgent'];
export type SchemaAgenticVirtualAgentEntityListing = components['schemas']['AgenticVirtualAgentEntityListing'];
export type SchemaAgenticVirtualAgentJob = components['schemas']['AgenticVirtualAgentJob'];
export type SchemaAgenticVirtualAgentVersionPublish = components['schemas']['AgenticVirtualAgentVersionPublish'];
export type SchemaAgenticVirtualAgentVersionPublishJob = components['schemas']['AgenticVirtualAgentVersionPublishJob'];
export type SchemaAgenticVirtualAgentVersionPublishJobRequest = components['schemas']['AgenticVirtualAgentVersionPublishJobRequest'];
export type SchemaAuthoringKnowledgeSettings = components['schemas']['AuthoringKnowledgeSettings'];
export type SchemaConversationAttribute = components['schemas']['ConversationAttribute'];
export type SchemaConversationAttributeSchema = components['schemas']['ConversationAttributeSchema'];
export type SchemaCreateAgenticVirtualAgent = components['schemas']['CreateAgenticVirtualAgent'];
export type SchemaCreateGuide = components['schemas']['CreateGuide'];
export type SchemaCreateGuideVersion = components['schemas']['CreateGuideVersion'];
export type SchemaDataAction = components['schemas']['DataAction'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaGeneratedGuideContent = components['schemas']['GeneratedGuideContent'];
export type SchemaGenerateGuideContentRequest = components['schemas']['GenerateGuideContentRequest'];
export type SchemaGuide = components['schemas']['Guide'];
export type SchemaGuideContentGenerationJob = components['schemas']['GuideContentGenerationJob'];
export type SchemaGuideEntityListing = components['schemas']['GuideEntityListing'];
export type SchemaGuideJob = components['schemas']['GuideJob'];
export type SchemaGuideSessionInputEvent = components['schemas']['GuideSessionInputEvent'];
export type SchemaGuideSessionTurnInvocationData = components['schemas']['GuideSessionTurnInvocationData'];
export type SchemaGuideSessionTurnInvocationParameters = components['schemas']['GuideSessionTurnInvocationParameters'];
export type SchemaGuideSessionTurnInvocationResponse = components['schemas']['GuideSessionTurnInvocationResponse'];
export type SchemaGuideSessionTurnRequest = components['schemas']['GuideSessionTurnRequest'];
export type SchemaGuideSessionTurnResponse = components['schemas']['GuideSessionTurnResponse'];
export type SchemaGuideSessionTurnResponseData = components['schemas']['GuideSessionTurnResponseData'];
export type SchemaGuideSessionVariable = components['schemas']['GuideSessionVariable'];
export type SchemaGuideVersion = components['schemas']['GuideVersion'];
export type SchemaGuideVersionPublish = components['schemas']['GuideVersionPublish'];
export type SchemaGuideVersionPublishJob = components['schemas']['GuideVersionPublishJob'];
export type SchemaGuideVersionPublishJobRequest = components['schemas']['GuideVersionPublishJobRequest'];
export type SchemaGuideVersionRef = components['schemas']['GuideVersionRef'];
export type SchemaGuideVersionResources = components['schemas']['GuideVersionResources'];
export type SchemaKnowledgeSettings = components['schemas']['KnowledgeSettings'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaSummarySetting = components['schemas']['SummarySetting'];
export type SchemaSummarySettingCustomEntity = components['schemas']['SummarySettingCustomEntity'];
export type SchemaSummarySettingEntityListing = components['schemas']['SummarySettingEntityListing'];
export type SchemaSummarySettingParticipantLabels = components['schemas']['SummarySettingParticipantLabels'];
export type SchemaSummarySettingPii = components['schemas']['SummarySettingPII'];
export type SchemaSummarySettingWithTranscript = components['schemas']['SummarySettingWithTranscript'];
export type SchemaUpdateAgenticVirtualAgent = components['schemas']['UpdateAgenticVirtualAgent'];
export type SchemaUpdateGuide = components['schemas']['UpdateGuide'];
export type SchemaUpdateGuideVersion = components['schemas']['UpdateGuideVersion'];
export type SchemaUploadUrlRequest = components['schemas']['UploadUrlRequest'];
export type SchemaUploadUrlResponse = components['schemas']['UploadUrlResponse'];
export type SchemaVariable = components['schemas']['Variable'];
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
    getAgenticVirtualagents: {
        parameters: {
            query?: {
                /** @description Filter by matching name - case insensitive. */
                name?: string;
                /** @description Filter by name contains - case insensitive. */
                nameContains?: string;
                /** @description Page number. */
                pageNumber?: number;
                /** @description Page size. The maximum page size is 100. */
                pageSize?: number;
                /** @description Sort by. Default value dateModified. */
                sortBy?: string;
                /** @description Sort Order. Default value desc. */
                sortOrder?: string;
                /** @description Filter by status. */
                status?: string;
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
                    "application/json": components["schemas"]["AgenticVirtualAgentEntityListing"];
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
    postAgenticVirtualagents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgenticVirtualAgent"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgenticVirtualAgent"];
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
    getAgenticVirtualagent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual Agent ID */
                virtualAgentId: string;
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
                    "application/json": components["schemas"]["AgenticVirtualAgent"];
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
    patchAgenticVirtualagent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual Agent ID */
                virtualAgentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgenticVirtualAgent"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgenticVirtualAgent"];
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
    deleteAgenticVirtualagentJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Virtual Agent ID */
                virtualAgentId: string;
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
                    "application/json": components["schemas"]["AgenticVirtualAgentJob"];
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
    getAgenticVirtualagentJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description jobId */
                jobId: string;
                /** @description Virtual Agent ID */
                virtualAgentId: string;
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
                    "application/json": components["schemas"]["AgenticVirtualAgentJob"];
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
    postAgenticVirtualagentVersionJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Version ID */
                versionId: string;
                /** @description Virtual Agent ID */
                virtualAgentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgenticVirtualAgentVersionPublishJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgenticVirtualAgentVersionPublishJob"];
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
    postConversationsSummariesPreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SummarySettingWithTranscript"];
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
    getConversationsSummariesSettings: {
        parameters: {
            query?: {
                /** @description Filter by matching language - case insensitive. */
                language?: string;
                /** @description Filter by partially matching name - case insensitive. */
                name?: string;
                /** @description Page number. */
                pageNumber?: number;
                /** @description Page size. The maximum page size is 100. */
                pageSize?: number;
                /** @description Sort by. Default value dateModified. */
                sortBy?: string;
                /** @description Sort Order. Default value desc. */
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
                    "application/json": components["schemas"]["SummarySettingEntityListing"];
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
    postConversationsSummariesSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SummarySetting"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummarySetting"];
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
    getConversationsSummariesSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Summary setting id */
                summarySettingId: string;
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
                    "application/json": components["schemas"]["SummarySetting"];
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
    putConversationsSummariesSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Summary setting id */
                summarySettingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SummarySetting"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummarySetting"];
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
    deleteConversationsSummariesSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Summary setting id */
                summarySettingId: string;
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
    getGuides: {
        parameters: {
            query?: {
                /** @description Filter by matching name - case insensitive. */
                name?: string;
                /** @description Filter by name contains - case insensitive. */
                nameContains?: string;
                /** @description Page number. */
                pageNumber?: number;
                /** @description Page size. The maximum page size is 100. */
                pageSize?: number;
                /** @description Sort by. Default value dateModified. */
                sortBy?: string;
                /** @description Sort Order. Default value desc. */
                sortOrder?: string;
                /** @description Filter by status. */
                status?: string;
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
                    "application/json": components["schemas"]["GuideEntityListing"];
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
    postGuides: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGuide"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guide"];
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
    getGuide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Guide ID */
                guideId: string;
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
                    "application/json": components["schemas"]["Guide"];
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
    patchGuide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Guide ID */
                guideId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateGuide"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guide"];
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
    deleteGuideJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Guide ID */
                guideId: string;
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
                    "application/json": components["schemas"]["GuideJob"];
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
    getGuideJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Guide ID */
                guideId: string;
                /** @description jobId */
                jobId: string;
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
                    "application/json": components["schemas"]["GuideJob"];
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
    postGuideSessionTurns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Guide ID */
                guideId: string;
                /** @description Guide Session ID */
                guideSessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuideSessionTurnRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuideSessionTurnResponse"];
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
    postGuideVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Guide ID */
                guideId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateGuideVersion"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuideVersion"];
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
    getGuideVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Guide ID */
                guideId: string;
                /** @description Version ID */
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
                    "application/json": components["schemas"]["GuideVersion"];
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
    patchGuideVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Guide ID */
                guideId: string;
                /** @description Version ID */
                versionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateGuideVersion"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuideVersion"];
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
    postGuideVersionJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Guide ID */
                guideId: string;
                /** @description Version ID */
                versionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuideVersionPublishJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuideVersionPublishJob"];
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
    getGuideVersionJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Guide ID */
                guideId: string;
                /** @description jobId */
                jobId: string;
                /** @description Version ID */
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
                    "application/json": components["schemas"]["GuideVersionPublishJob"];
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
    postGuidesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateGuideContentRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuideContentGenerationJob"];
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
    getGuidesJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description jobId */
                jobId: string;
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
                    "application/json": components["schemas"]["GuideContentGenerationJob"];
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
    postGuidesUploads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadUrlRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadUrlResponse"];
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
