// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/speech-text-analytics/openapi.yaml (sha256 bd859d1563b9092b)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area speech-text-analytics` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Speech Text Analytics (66 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const speechTextAnalytics = speechTextAnalyticsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function speechTextAnalyticsApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/speechandtextanalytics/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of Speech and Text Analytics categories
         * @permissions ALL: `speechAndTextAnalytics:category:view`
         */
        get: operations["getSpeechandtextanalyticsCategories"];
        put?: never;
        /**
         * Create new Speech and Text Analytics category
         * @permissions ALL: `speechAndTextAnalytics:category:add`
         */
        post: operations["postSpeechandtextanalyticsCategories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/categories/{categoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Speech and Text Analytics Category by ID
         * @permissions ALL: `speechAndTextAnalytics:category:view`
         */
        get: operations["getSpeechandtextanalyticsCategory"];
        /**
         * Update a Speech and Text Analytics category by ID
         * @permissions ALL: `speechAndTextAnalytics:category:edit`
         */
        put: operations["putSpeechandtextanalyticsCategory"];
        post?: never;
        /**
         * Delete a Speech and Text Analytics category by ID
         * @permissions ALL: `speechAndTextAnalytics:category:delete`
         */
        delete: operations["deleteSpeechandtextanalyticsCategory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Speech and Text Analytics for a specific conversation
         * @permissions ALL: all of `recording:recording:view`, `speechAndTextAnalytics:data:view`
         */
        get: operations["getSpeechandtextanalyticsConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/conversations/{conversationId}/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of detected Speech and Text Analytics categories of conversation
         * @permissions ALL: `speechAndTextAnalytics:data:view`
         */
        get: operations["getSpeechandtextanalyticsConversationCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/conversations/{conversationId}/communications/{communicationId}/transcripturl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the pre-signed S3 URL for the transcript of a specific communication of a conversation
         * @permissions ALL: all of `recording:recording:view`, `speechAndTextAnalytics:data:view`
         */
        get: operations["getSpeechandtextanalyticsConversationCommunicationTranscripturl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/conversations/{conversationId}/communications/{communicationId}/transcripturls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of pre-signed S3 URL for the transcripts of a specific communication of a conversation
         * @permissions ANY: any one of `recording:recording:view`, `recording:recordingSegment:view`
         */
        get: operations["getSpeechandtextanalyticsConversationCommunicationTranscripturls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/conversations/{conversationId}/sentiments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get sentiment data
         * @permissions ALL: `speechAndTextAnalytics:sentimentData:view`
         */
        get: operations["getSpeechandtextanalyticsConversationSentiments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/conversations/{conversationId}/summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get conversation summaries by conversation id.
         * @permissions ALL: `speechAndTextAnalytics:aiSummary:view`
         */
        get: operations["getSpeechandtextanalyticsConversationSummaries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/dictionaryfeedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of Speech and Text Analytics dictionary feedbacks
         * @permissions ALL: `speechAndTextAnalytics:dictionaryterm:view`
         */
        get: operations["getSpeechandtextanalyticsDictionaryfeedback"];
        put?: never;
        /**
         * Create a Speech and Text Analytics DictionaryFeedback
         * @permissions ALL: `speechAndTextAnalytics:dictionaryterm:add`
         */
        post: operations["postSpeechandtextanalyticsDictionaryfeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/dictionaryfeedback/{dictionaryFeedbackId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Speech and Text Analytics dictionary feedback by id
         * @permissions ALL: `speechAndTextAnalytics:dictionaryterm:view`
         */
        get: operations["getSpeechandtextanalyticsDictionaryfeedbackDictionaryFeedbackId"];
        /**
         * Update existing Speech and Text Analytics dictionary feedback by id
         * @permissions ALL: `speechAndTextAnalytics:dictionaryterm:edit`
         */
        put: operations["putSpeechandtextanalyticsDictionaryfeedbackDictionaryFeedbackId"];
        post?: never;
        /**
         * Delete a Speech and Text Analytics DictionaryFeedback by Id
         * @permissions ALL: `speechAndTextAnalytics:dictionaryterm:delete`
         */
        delete: operations["deleteSpeechandtextanalyticsDictionaryfeedbackDictionaryFeedbackId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of Speech and Text Analytics programs
         * @permissions ALL: `speechAndTextAnalytics:program:view`
         */
        get: operations["getSpeechandtextanalyticsPrograms"];
        put?: never;
        /**
         * Create new Speech and Text Analytics program
         * @permissions ALL: `speechAndTextAnalytics:program:add`
         */
        post: operations["postSpeechandtextanalyticsPrograms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/programs/{programId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Speech and Text Analytics program by id
         * @permissions ALL: `speechAndTextAnalytics:program:view`
         */
        get: operations["getSpeechandtextanalyticsProgram"];
        /**
         * Update existing Speech and Text Analytics program
         * @permissions ALL: `speechAndTextAnalytics:program:edit`
         */
        put: operations["putSpeechandtextanalyticsProgram"];
        post?: never;
        /**
         * Delete a Speech and Text Analytics program by id
         * @permissions ALL: `speechAndTextAnalytics:program:delete`
         */
        delete: operations["deleteSpeechandtextanalyticsProgram"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/programs/{programId}/mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Speech and Text Analytics program mappings to queues and flows by id
         * @permissions ALL: `speechAndTextAnalytics:program:view`
         */
        get: operations["getSpeechandtextanalyticsProgramMappings"];
        /**
         * Set Speech and Text Analytics program mappings to queues and flows
         * @permissions ALL: `speechAndTextAnalytics:program:edit`
         */
        put: operations["putSpeechandtextanalyticsProgramMappings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/programs/{programId}/settings/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get AI Insights settings of a program
         * @permissions ALL: all of `speechAndTextAnalytics:program:view`, `speechAndTextAnalytics:insightsSettings:view`
         */
        get: operations["getSpeechandtextanalyticsProgramSettingsInsights"];
        /**
         * Update AI Insights settings of a program
         * @permissions ALL: all of `speechAndTextAnalytics:program:edit`, `speechAndTextAnalytics:insightsSettings:edit`
         */
        put: operations["putSpeechandtextanalyticsProgramSettingsInsights"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/programs/{programId}/transcriptionengines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get transcription engine settings of a program
         * @permissions ALL: `speechAndTextAnalytics:program:view`
         */
        get: operations["getSpeechandtextanalyticsProgramTranscriptionengines"];
        /**
         * Update transcription engine settings of a program
         * @permissions ALL: `speechAndTextAnalytics:program:edit`
         */
        put: operations["putSpeechandtextanalyticsProgramTranscriptionengines"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/programs/general/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create new Speech and Text Analytics general program job
         * @permissions ALL: all of `speechAndTextAnalytics:program:add`, `speechAndTextAnalytics:program:edit`, `speechAndTextAnalytics:topic:add`, `speechAndTextAnalytics:topic:edit`
         */
        post: operations["postSpeechandtextanalyticsProgramsGeneralJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/programs/general/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Speech and Text Analytics general program job by id
         * @permissions ALL: all of `speechAndTextAnalytics:program:add`, `speechAndTextAnalytics:program:edit`, `speechAndTextAnalytics:topic:add`, `speechAndTextAnalytics:topic:edit`
         */
        get: operations["getSpeechandtextanalyticsProgramsGeneralJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/programs/mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of Speech and Text Analytics programs mappings to queues and flows
         * @permissions ALL: `speechAndTextAnalytics:program:view`
         */
        get: operations["getSpeechandtextanalyticsProgramsMappings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/programs/publishjobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create new Speech and Text Analytics publish programs job
         * @permissions ALL: `speechAndTextAnalytics:program:publish`
         */
        post: operations["postSpeechandtextanalyticsProgramsPublishjobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/programs/publishjobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Speech and Text Analytics publish programs job by id
         * @permissions ALL: `speechAndTextAnalytics:program:publish`
         */
        get: operations["getSpeechandtextanalyticsProgramsPublishjob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/programs/settings/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of program AI Insights settings for the organization
         * @permissions ALL: all of `speechAndTextAnalytics:program:view`, `speechAndTextAnalytics:insightsSettings:view`
         */
        get: operations["getSpeechandtextanalyticsProgramsSettingsInsights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/programs/topiclinks/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Speech and Text Analytics program-topic links job by id
         * @permissions ALL: `speechAndTextAnalytics:program:view`
         */
        get: operations["getSpeechandtextanalyticsProgramsTopiclinksJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/programs/transcriptionengines/dialects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get supported dialects for each transcription engine
         * @permissions none required
         */
        get: operations["getSpeechandtextanalyticsProgramsTranscriptionenginesDialects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/programs/unpublished": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of Speech and Text Analytics unpublished programs
         * @permissions ALL: `speechAndTextAnalytics:program:view`
         */
        get: operations["getSpeechandtextanalyticsProgramsUnpublished"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/reprocessing/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of Speech and Text Analytics reprocess jobs
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `speechAndTextAnalytics:reprocessInteractions:view`
         */
        get: operations["getSpeechandtextanalyticsReprocessingJobs"];
        put?: never;
        /**
         * Create a Speech and Text Analytics reprocess job.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `speechAndTextAnalytics:reprocessInteractions:add`
         */
        post: operations["postSpeechandtextanalyticsReprocessingJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/reprocessing/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Speech and Text Analytics reprocess job by id
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `speechAndTextAnalytics:reprocessInteractions:view`
         */
        get: operations["getSpeechandtextanalyticsReprocessingJob"];
        put?: never;
        post?: never;
        /**
         * Delete a Speech and Text Analytics Reprocessing job by Id
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `speechAndTextAnalytics:reprocessInteractions:delete`
         */
        delete: operations["deleteSpeechandtextanalyticsReprocessingJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/reprocessing/jobs/{jobId}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Speech and Text Analytics Reprocessing interactions statuses by job id
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `speechAndTextAnalytics:reprocessInteractions:view`
         */
        get: operations["getSpeechandtextanalyticsReprocessingJobInteractions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/sentiment/dialects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of Speech and Text Analytics sentiment supported dialects
         * @permissions none required
         */
        get: operations["getSpeechandtextanalyticsSentimentDialects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/sentimentfeedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of Speech and Text Analytics SentimentFeedback
         * @permissions ALL: `speechAndTextAnalytics:feedback:view`
         */
        get: operations["getSpeechandtextanalyticsSentimentfeedback"];
        put?: never;
        /**
         * Create a Speech and Text Analytics SentimentFeedback
         * @permissions ALL: `speechAndTextAnalytics:feedback:add`
         */
        post: operations["postSpeechandtextanalyticsSentimentfeedback"];
        /**
         * Delete All Speech and Text Analytics SentimentFeedback
         * @permissions ALL: `speechAndTextAnalytics:feedback:delete`
         */
        delete: operations["deleteSpeechandtextanalyticsSentimentfeedback"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/sentimentfeedback/{sentimentFeedbackId}": {
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
         * Delete a Speech and Text Analytics SentimentFeedback by Id
         * @permissions ALL: `speechAndTextAnalytics:feedback:delete`
         */
        delete: operations["deleteSpeechandtextanalyticsSentimentfeedbackSentimentFeedbackId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Speech And Text Analytics Settings
         * @permissions ALL: `speechAndTextAnalytics:settings:view`
         */
        get: operations["getSpeechandtextanalyticsSettings"];
        /**
         * Update Speech And Text Analytics Settings
         * @permissions ALL: `speechAndTextAnalytics:settings:edit`
         */
        put: operations["putSpeechandtextanalyticsSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch Speech And Text Analytics Settings
         * @permissions ALL: `speechAndTextAnalytics:settings:edit`
         */
        patch: operations["patchSpeechandtextanalyticsSettings"];
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of Speech and Text Analytics topics
         * @permissions ALL: `speechAndTextAnalytics:topic:view`
         */
        get: operations["getSpeechandtextanalyticsTopics"];
        put?: never;
        /**
         * Create new Speech and Text Analytics topic
         * @permissions ALL: `speechAndTextAnalytics:topic:add`
         */
        post: operations["postSpeechandtextanalyticsTopics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/topics/{topicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Speech and Text Analytics topic by id
         * @permissions ALL: `speechAndTextAnalytics:topic:view`
         */
        get: operations["getSpeechandtextanalyticsTopic"];
        /**
         * Update existing Speech and Text Analytics topic
         * @permissions ALL: `speechAndTextAnalytics:topic:edit`
         */
        put: operations["putSpeechandtextanalyticsTopic"];
        post?: never;
        /**
         * Delete a Speech and Text Analytics topic by id
         * @permissions ALL: `speechAndTextAnalytics:topic:delete`
         */
        delete: operations["deleteSpeechandtextanalyticsTopic"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/topics/dialects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of supported Speech and Text Analytics topics dialects
         * @permissions none required
         */
        get: operations["getSpeechandtextanalyticsTopicsDialects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/topics/general": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Speech and Text Analytics general topics for a given dialect
         * @permissions ALL: `speechAndTextAnalytics:topic:view`
         */
        get: operations["getSpeechandtextanalyticsTopicsGeneral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/topics/general/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of general topics from the org and the system with their current status
         * @permissions ALL: `speechAndTextAnalytics:topic:view`
         */
        get: operations["getSpeechandtextanalyticsTopicsGeneralStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/topics/generatedphrases/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create new Speech and Text Analytics GenAI topic phrases generation job
         * @permissions ALL: `speechAndTextAnalytics:topic:addAIPhrases`
         */
        post: operations["postSpeechandtextanalyticsTopicsGeneratedphrasesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/topics/generatedphrases/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Speech and Text Analytics GenAI phrases job by id
         * @permissions ALL: `speechAndTextAnalytics:topic:addAIPhrases`
         */
        get: operations["getSpeechandtextanalyticsTopicsGeneratedphrasesJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/topics/publishjobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create new Speech and Text Analytics publish topics job
         * @permissions ALL: `speechAndTextAnalytics:topic:publish`
         */
        post: operations["postSpeechandtextanalyticsTopicsPublishjobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/topics/publishjobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Speech and Text Analytics publish topics job by id
         * @permissions ALL: `speechAndTextAnalytics:topic:publish`
         */
        get: operations["getSpeechandtextanalyticsTopicsPublishjob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/topics/testphrase/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create new Speech and Text Analytics test topic phrase job
         * @permissions ALL: `speechAndTextAnalytics:topic:testPhrase`
         */
        post: operations["postSpeechandtextanalyticsTopicsTestphraseJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/topics/testphrase/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Speech and Text Analytics test topics phrase job by id
         * @permissions ALL: `speechAndTextAnalytics:topic:testPhrase`
         */
        get: operations["getSpeechandtextanalyticsTopicsTestphraseJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/transcripts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search resources.
         * @permissions ANY: any one of `analytics:conversationDetail:view`, `recording:recording:view`, `recording:recordingSegment:view`
         */
        post: operations["postSpeechandtextanalyticsTranscriptsSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/translations/languages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get supported translation languages
         * @permissions ALL: `speechAndTextAnalytics:translation:view`
         */
        get: operations["getSpeechandtextanalyticsTranslationsLanguages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/speechandtextanalytics/translations/languages/{languageId}/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Translate a single interaction recording (or an email conversation)
         * @permissions ALL: `speechAndTextAnalytics:translation:view`
         */
        get: operations["getSpeechandtextanalyticsTranslationsLanguageConversation"];
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
        BaseProgramEntity: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        BaseTopicEntitiy: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        CategoriesEntityListing: {
            entities?: components["schemas"]["StaCategory"][];
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
        CategoryRequest: {
            criteria: components["schemas"]["Operand"];
            description?: string;
            interactionType: string;
            name: string;
        };
        CommunicationTranslation: {
            communicationId: string;
            transcripts: components["schemas"]["TranscriptTranslation"][];
        };
        CommunicationTranslationList: {
            entities?: components["schemas"]["CommunicationTranslation"][];
        };
        ConversationCategoriesEntityListing: {
            entities?: components["schemas"]["ConversationCategory"][];
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
        ConversationCategory: {
            criteria?: components["schemas"]["Operand"];
            description?: string;
            id?: string;
            interactionType?: string;
            name?: string;
        };
        ConversationInsight: {
            description?: string;
            outcome?: string;
            title?: string;
            type?: string;
        };
        ConversationMetrics: {
            conversation?: components["schemas"]["AddressableEntityRef"];
            empathyScores?: components["schemas"]["EmpathyScore"][];
            participantMetrics?: components["schemas"]["ParticipantMetrics"];
            sentimentScore?: number;
            sentimentTrend?: number;
            sentimentTrendClass?: string;
        };
        CreateReprocessJobRequest: {
            dateEnd: string;
            dateStart: string;
            description?: string;
            dialects?: string[];
            mediaTypes: string[];
            name: string;
            programs: string[];
        };
        DeleteProgramResponse: {
            id?: string;
            selfUri?: string;
            topicLinksJob?: components["schemas"]["AddressableEntityRef"];
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        DictionaryFeedback: {
            boostValue?: number;
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            dialect: string;
            displayAs?: string;
            examplePhrases?: components["schemas"]["DictionaryFeedbackExamplePhrase"][];
            id?: string;
            invalidReason?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            selfUri?: string;
            soundsLike?: string[];
            source?: string;
            status?: string;
            term: string;
            transcriptionEngine?: string;
        };
        DictionaryFeedbackEntityListing: {
            entities?: components["schemas"]["ListedDictionaryFeedback"][];
            nextUri?: string;
            pageCount?: number;
            pageSize?: number;
            selfUri?: string;
            total?: number;
        };
        DictionaryFeedbackExamplePhrase: {
            phrase: string;
            source?: string;
        };
        EmpathyScore: {
            score?: number;
            userId?: string;
        };
        EngineIntegration: {
            id?: string;
            selfUri?: string;
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
        GenAIPhrasesJob: {
            aiGeneratedPhrases?: string[];
            createdBy?: components["schemas"]["AddressableEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            selfUri?: string;
            state?: string;
        };
        GenAIPhrasesJobRequest: {
            topic: components["schemas"]["GenAIPhrasesJobTopic"];
        };
        GenAIPhrasesJobs: {
            action?: string;
            createdBy?: components["schemas"]["AddressableEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            entityType?: string;
            id?: string;
            selfUri?: string;
            state?: string;
        };
        GenAIPhrasesJobTopic: {
            description?: string;
            dialect: string;
            name: string;
            phrases?: string[];
        };
        GeneralProgramJob: {
            createdBy?: components["schemas"]["AddressableEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            selfUri?: string;
            state?: string;
        };
        GeneralProgramJobRequest: {
            dialect: string;
            mode?: string;
        };
        GeneralTopic: {
            name?: string;
        };
        GeneralTopicsEntityListing: {
            entities?: components["schemas"]["GeneralTopic"][];
        };
        InfixOperator: {
            operatorPosition?: components["schemas"]["OperatorPosition"];
            operatorType: string;
        };
        InsightsSettingsRequest: {
            enabled: boolean;
        };
        JsonSearchResponse: {
            aggregations?: {
                [key: string]: unknown;
            };
            pageCount: number;
            pageNumber: number;
            pageSize: number;
            results: {
                [key: string]: unknown;
            };
            total: number;
            types: string[];
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        ListedDictionaryFeedback: {
            boostValue?: number;
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            dialect: string;
            displayAs?: string;
            id?: string;
            invalidReason?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            selfUri?: string;
            source?: string;
            status?: string;
            term: string;
            transcriptionEngine?: string;
        };
        ListedProgram: {
            dateModified?: string;
            description?: string;
            id?: string;
            modifiedBy?: components["schemas"]["AddressableEntityRef"];
            name?: string;
            published?: boolean;
            selfUri?: string;
            tags?: string[];
            topicsCount?: number;
        };
        ListedTopic: {
            dateModified?: string;
            description?: string;
            dialect?: string;
            id?: string;
            matchingType?: string;
            modifiedBy?: components["schemas"]["AddressableEntityRef"];
            name?: string;
            participants?: string;
            phrasesCount?: number;
            programsCount?: number;
            published?: boolean;
            selfUri?: string;
            strictness?: string;
            tags?: string[];
        };
        Operand: {
            digitalWordsPosition?: components["schemas"]["OperandPosition"];
            infixOperator?: components["schemas"]["InfixOperator"];
            inverted?: boolean;
            occurrence?: number;
            operands?: components["schemas"]["Operand"][];
            term?: components["schemas"]["Term"];
            topicId?: string;
            type: string;
            voiceSecondsPosition?: components["schemas"]["OperandPosition"];
        };
        OperandPosition: {
            endingPositionDirection?: string;
            endingPositionValue?: number;
            startingPositionDirection?: string;
            startingPositionValue?: number;
        };
        OperatorPosition: {
            digitalWordsPosition?: number;
            voiceSecondsPosition?: number;
        };
        ParticipantMetrics: {
            acdDurationPercentage?: number;
            agentDurationPercentage?: number;
            customerDurationPercentage?: number;
            ivrDurationPercentage?: number;
            otherDurationPercentage?: number;
            overtalkCount?: number;
            overtalkDurationPercentage?: number;
            silenceDurationPercentage?: number;
        };
        Phrase: {
            isAIGenerated?: boolean;
            sentiment?: string;
            strictness?: string;
            text: string;
        };
        PhraseTranslation: {
            participantPurpose: string;
            startTimeMs: number;
            translatedText: string;
        };
        Program: {
            dateModified?: string;
            datePublished?: string;
            description?: string;
            id?: string;
            modifiedBy?: components["schemas"]["AddressableEntityRef"];
            name?: string;
            published?: boolean;
            publishedBy?: components["schemas"]["AddressableEntityRef"];
            selfUri?: string;
            tags?: string[];
            topicLinksJob?: components["schemas"]["AddressableEntityRef"];
            topics?: components["schemas"]["BaseTopicEntitiy"][];
        };
        ProgramInsightsSettings: {
            enabled?: boolean;
            program?: components["schemas"]["BaseProgramEntity"];
        };
        ProgramInsightsSettingsEntityListing: {
            entities?: components["schemas"]["ProgramInsightsSettings"][];
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
        ProgramJob: {
            createdBy?: components["schemas"]["AddressableEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            programs?: components["schemas"]["BaseProgramEntity"][];
            selfUri?: string;
            state?: string;
        };
        ProgramJobRequest: {
            programIds: string[];
        };
        ProgramMappingsRequest: {
            flowIds: string[];
            queueIds: string[];
        };
        ProgramRequest: {
            description?: string;
            name: string;
            tags?: string[];
            topicIds?: string[];
        };
        ProgramsEntityListing: {
            entities?: components["schemas"]["ListedProgram"][];
            nextUri?: string;
            pageCount?: number;
            pageSize?: number;
            selfUri?: string;
            total?: number;
        };
        ProgramTopicLinksJob: {
            createdBy?: components["schemas"]["AddressableEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            programId?: string;
            selfUri?: string;
            state?: string;
        };
        ProgramTranscriptionEngine: {
            dialects?: string[];
            engine?: string;
            engineIntegration?: components["schemas"]["EngineIntegration"];
        };
        ProgramTranscriptionEngines: {
            dateModified?: string;
            id?: string;
            modifiedBy?: components["schemas"]["AddressableEntityRef"];
            program?: components["schemas"]["BaseProgramEntity"];
            selfUri?: string;
            transcriptionEngines?: components["schemas"]["ProgramTranscriptionEngine"][];
        };
        ReprocessInteractionsByJobIdResponse: {
            url?: string;
        };
        ReprocessJobEntityListingResponse: {
            entities?: components["schemas"]["ReprocessJobResponse"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            queueTotal: number;
            selfUri?: string;
            total?: number;
        };
        ReprocessJobResponse: {
            createdBy: components["schemas"]["AddressableEntityRef"];
            dateCreated: string;
            dateEnd: string;
            dateStart: string;
            description?: string;
            dialects?: string[];
            failedInteractionsCount: number;
            id?: string;
            jobStatus: string;
            mediaTypes: string[];
            name?: string;
            processedInteractionsCount: number;
            programs: string[];
            queueOrder?: number;
            selfUri?: string;
            totalInteractionsCount?: number;
        };
        SearchSort: {
            /** @description The field in the resource that you want to sort the results by */
            sortBy?: string;
            /**
             * @description The sort order for results
             * @enum {string}
             */
            sortOrder?: "ASC" | "DESC" | "SCORE" | (string & {});
        };
        SegmentUrl: {
            recording?: components["schemas"]["AddressableEntityRef"];
            url?: string;
        };
        SentimentData: {
            insights?: components["schemas"]["SentimentInsights"];
        };
        SentimentFeedback: {
            createdBy?: components["schemas"]["AddressableEntityRef"];
            dateCreated?: string;
            dialect: string;
            feedbackValue: string;
            id?: string;
            phrase: string;
        };
        SentimentFeedbackEntityListing: {
            entities?: components["schemas"]["SentimentFeedback"][];
        };
        SentimentInsightEntry: {
            description: string;
            title: string;
        };
        SentimentInsights: {
            negativeSentimentReasons?: components["schemas"]["SentimentInsightEntry"][];
            positiveSentimentReasons?: components["schemas"]["SentimentInsightEntry"][];
        };
        SpeechTextAnalyticsConversationSummary: {
            agentId?: string;
            dateCreated?: string;
            generated?: boolean;
            insights?: components["schemas"]["ConversationInsight"][];
            language?: string;
            mediaType?: string;
            sourceId?: string;
            summary?: string;
            summaryId?: string;
            summaryType?: string;
        };
        SpeechTextAnalyticsConversationSummaryListing: {
            entities?: components["schemas"]["SpeechTextAnalyticsConversationSummary"][];
        };
        SpeechTextAnalyticsSettingsRequest: {
            agentEmpathyEnabled?: boolean;
            defaultProgramId?: string;
            expectedDialects?: string[];
            textAnalyticsEnabled?: boolean;
        };
        SpeechTextAnalyticsSettingsResponse: {
            agentEmpathyEnabled?: boolean;
            defaultProgram?: components["schemas"]["AddressableEntityRef"];
            expectedDialects?: string[];
            textAnalyticsEnabled?: boolean;
        };
        StaCategory: {
            createdBy?: components["schemas"]["AddressableEntityRef"];
            criteria: components["schemas"]["Operand"];
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            id?: string;
            interactionType: string;
            modifiedBy?: components["schemas"]["AddressableEntityRef"];
            name?: string;
            selfUri?: string;
        };
        SupportedDialectsEntityListing: {
            entities?: components["schemas"]["SupportedDialectsTranscriptionEngine"][];
        };
        SupportedDialectsTranscriptionEngine: {
            dialects?: string[];
            engine?: string;
            engineIntegration?: components["schemas"]["EngineIntegration"];
        };
        Term: {
            participantType: string;
            word: string;
        };
        TestTopicPhraseJob: {
            createdBy?: components["schemas"]["AddressableEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            matchedTranscriptsCount?: number;
            processedTranscriptsCount?: number;
            selfUri?: string;
            state?: string;
        };
        TestTopicPhraseJobRequest: {
            topic: components["schemas"]["TestTopicPhraseTopic"];
            transcriptsFilters?: components["schemas"]["TranscriptsFilters"];
        };
        TestTopicPhraseJobs: {
            action?: string;
            createdBy?: components["schemas"]["AddressableEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            entityType?: string;
            id?: string;
            selfUri?: string;
            state?: string;
        };
        TestTopicPhrasePhrase: {
            strictness?: string;
            text: string;
        };
        TestTopicPhraseTopic: {
            dialect: string;
            participants?: string;
            phrase: components["schemas"]["TestTopicPhrasePhrase"];
            strictness?: string;
        };
        Topic: {
            dateModified?: string;
            datePublished?: string;
            description?: string;
            dialect?: string;
            id?: string;
            matchingType?: string;
            modifiedBy?: components["schemas"]["AddressableEntityRef"];
            name?: string;
            participants?: string;
            phrases?: components["schemas"]["Phrase"][];
            programs?: components["schemas"]["BaseProgramEntity"][];
            published?: boolean;
            publishedBy?: components["schemas"]["AddressableEntityRef"];
            selfUri?: string;
            strictness?: string;
            tags?: string[];
        };
        TopicJob: {
            createdBy?: components["schemas"]["AddressableEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            selfUri?: string;
            state?: string;
            topics?: components["schemas"]["BaseTopicEntitiy"][];
        };
        TopicJobRequest: {
            topicIds: string[];
        };
        TopicRequest: {
            description?: string;
            dialect: string;
            name: string;
            participants?: string;
            phrases?: components["schemas"]["Phrase"][];
            programIds?: string[];
            strictness?: string;
            tags?: string[];
        };
        TopicsDefinitionsProgramMappings: {
            dateModified?: string;
            flows?: components["schemas"]["AddressableEntityRef"][];
            modifiedBy?: components["schemas"]["AddressableEntityRef"];
            program?: components["schemas"]["BaseProgramEntity"];
            queues?: components["schemas"]["AddressableEntityRef"][];
        };
        TopicsDefinitionsProgramsMappingsEntityListing: {
            entities?: components["schemas"]["TopicsDefinitionsProgramMappings"][];
            nextUri?: string;
            pageCount?: number;
            pageSize?: number;
            selfUri?: string;
            total?: number;
        };
        TopicsEntityListing: {
            entities?: components["schemas"]["ListedTopic"][];
            nextUri?: string;
            pageCount?: number;
            pageSize?: number;
            selfUri?: string;
            total?: number;
        };
        TranscriptionEnginesRequest: {
            transcriptionEngines: components["schemas"]["ProgramTranscriptionEngine"][];
        };
        TranscriptSearchCriteria: {
            dateFormat?: string;
            endValue?: string;
            fields?: string[];
            group?: components["schemas"]["TranscriptSearchCriteria"][];
            operator?: string;
            startValue?: string;
            type?: string;
            value?: string;
            values?: string[];
        };
        TranscriptSearchRequest: {
            pageNumber?: number;
            pageSize?: number;
            query?: components["schemas"]["TranscriptSearchCriteria"][];
            returnFields?: string[];
            sort?: components["schemas"]["SearchSort"][];
            sortBy?: string;
            sortOrder?: string;
            types: string[];
        };
        TranscriptsFilters: {
            endTimeMs?: number;
            flows?: string[];
            mediaType?: string;
            programs?: string[];
            queues?: string[];
            startTimeMs?: number;
        };
        TranscriptTranslation: {
            id: string;
            phrases?: components["schemas"]["PhraseTranslation"][];
            translateError?: string;
        };
        TranscriptUrl: {
            url?: string;
        };
        TranscriptUrls: {
            communicationId?: string;
            conversation?: components["schemas"]["AddressableEntityRef"];
            urls?: components["schemas"]["SegmentUrl"][];
        };
        TranslateSupportedLanguage: {
            languageCode: string;
            languageName: string;
        };
        TranslateSupportedLanguageList: {
            entities?: components["schemas"]["TranslateSupportedLanguage"][];
        };
        UnifiedGeneralTopic: {
            name?: string;
            status?: string;
        };
        UnifiedGeneralTopicEntityListing: {
            entities?: components["schemas"]["UnifiedGeneralTopic"][];
        };
        UnpublishedProgramsEntityListing: {
            entities?: components["schemas"]["Program"][];
            nextUri?: string;
            pageCount?: number;
            pageSize?: number;
            selfUri?: string;
            total?: number;
        };
        UserReference: {
            id?: string;
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
export type SchemaBaseProgramEntity = components['schemas']['BaseProgramEntity'];
export type SchemaBaseTopicEntitiy = components['schemas']['BaseTopicEntitiy'];
export type SchemaCategoriesEntityListing = components['schemas']['CategoriesEntityListing'];
export type SchemaCategoryRequest = components['schemas']['CategoryRequest'];
export type SchemaCommunicationTranslation = components['schemas']['CommunicationTranslation'];
export type SchemaCommunicationTranslationList = components['schemas']['CommunicationTranslationList'];
export type SchemaConversationCategoriesEntityListing = components['schemas']['ConversationCategoriesEntityListing'];
export type SchemaConversationCategory = components['schemas']['ConversationCategory'];
export type SchemaConversationInsight = components['schemas']['ConversationInsight'];
export type SchemaConversationMetrics = components['schemas']['ConversationMetrics'];
export type SchemaCreateReprocessJobRequest = components['schemas']['CreateReprocessJobRequest'];
export type SchemaDeleteProgramResponse = components['schemas']['DeleteProgramResponse'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDictionaryFeedback = components['schemas']['DictionaryFeedback'];
export type SchemaDictionaryFeedbackEntityListing = components['schemas']['DictionaryFeedbackEntityListing'];
export type SchemaDictionaryFeedbackExamplePhrase = components['schemas']['DictionaryFeedbackExamplePhrase'];
export type SchemaEmpathyScore = components['schemas']['EmpathyScore'];
export type SchemaEngineIntegration = components['schemas']['EngineIntegration'];
export type SchemaEntityListing = components['schemas']['EntityListing'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaGenAiPhrasesJob = components['schemas']['GenAIPhrasesJob'];
export type SchemaGenAiPhrasesJobRequest = components['schemas']['GenAIPhrasesJobRequest'];
export type SchemaGenAiPhrasesJobs = components['schemas']['GenAIPhrasesJobs'];
export type SchemaGenAiPhrasesJobTopic = components['schemas']['GenAIPhrasesJobTopic'];
export type SchemaGeneralProgramJob = components['schemas']['GeneralProgramJob'];
export type SchemaGeneralProgramJobRequest = components['schemas']['GeneralProgramJobRequest'];
export type SchemaGeneralTopic = components['schemas']['GeneralTopic'];
export type SchemaGeneralTopicsEntityListing = components['schemas']['GeneralTopicsEntityListing'];
export type SchemaInfixOperator = components['schemas']['InfixOperator'];
export type SchemaInsightsSettingsRequest = components['schemas']['InsightsSettingsRequest'];
export type SchemaJsonSearchResponse = components['schemas']['JsonSearchResponse'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaListedDictionaryFeedback = components['schemas']['ListedDictionaryFeedback'];
export type SchemaListedProgram = components['schemas']['ListedProgram'];
export type SchemaListedTopic = components['schemas']['ListedTopic'];
export type SchemaOperand = components['schemas']['Operand'];
export type SchemaOperandPosition = components['schemas']['OperandPosition'];
export type SchemaOperatorPosition = components['schemas']['OperatorPosition'];
export type SchemaParticipantMetrics = components['schemas']['ParticipantMetrics'];
export type SchemaPhrase = components['schemas']['Phrase'];
export type SchemaPhraseTranslation = components['schemas']['PhraseTranslation'];
export type SchemaProgram = components['schemas']['Program'];
export type SchemaProgramInsightsSettings = components['schemas']['ProgramInsightsSettings'];
export type SchemaProgramInsightsSettingsEntityListing = components['schemas']['ProgramInsightsSettingsEntityListing'];
export type SchemaProgramJob = components['schemas']['ProgramJob'];
export type SchemaProgramJobRequest = components['schemas']['ProgramJobRequest'];
export type SchemaProgramMappingsRequest = components['schemas']['ProgramMappingsRequest'];
export type SchemaProgramRequest = components['schemas']['ProgramRequest'];
export type SchemaProgramsEntityListing = components['schemas']['ProgramsEntityListing'];
export type SchemaProgramTopicLinksJob = components['schemas']['ProgramTopicLinksJob'];
export type SchemaProgramTranscriptionEngine = components['schemas']['ProgramTranscriptionEngine'];
export type SchemaProgramTranscriptionEngines = components['schemas']['ProgramTranscriptionEngines'];
export type SchemaReprocessInteractionsByJobIdResponse = components['schemas']['ReprocessInteractionsByJobIdResponse'];
export type SchemaReprocessJobEntityListingResponse = components['schemas']['ReprocessJobEntityListingResponse'];
export type SchemaReprocessJobResponse = components['schemas']['ReprocessJobResponse'];
export type SchemaSearchSort = components['schemas']['SearchSort'];
export type SchemaSegmentUrl = components['schemas']['SegmentUrl'];
export type SchemaSentimentData = components['schemas']['SentimentData'];
export type SchemaSentimentFeedback = components['schemas']['SentimentFeedback'];
export type SchemaSentimentFeedbackEntityListing = components['schemas']['SentimentFeedbackEntityListing'];
export type SchemaSentimentInsightEntry = components['schemas']['SentimentInsightEntry'];
export type SchemaSentimentInsights = components['schemas']['SentimentInsights'];
export type SchemaSpeechTextAnalyticsConversationSummary = components['schemas']['SpeechTextAnalyticsConversationSummary'];
export type SchemaSpeechTextAnalyticsConversationSummaryListing = components['schemas']['SpeechTextAnalyticsConversationSummaryListing'];
export type SchemaSpeechTextAnalyticsSettingsRequest = components['schemas']['SpeechTextAnalyticsSettingsRequest'];
export type SchemaSpeechTextAnalyticsSettingsResponse = components['schemas']['SpeechTextAnalyticsSettingsResponse'];
export type SchemaStaCategory = components['schemas']['StaCategory'];
export type SchemaSupportedDialectsEntityListing = components['schemas']['SupportedDialectsEntityListing'];
export type SchemaSupportedDialectsTranscriptionEngine = components['schemas']['SupportedDialectsTranscriptionEngine'];
export type SchemaTerm = components['schemas']['Term'];
export type SchemaTestTopicPhraseJob = components['schemas']['TestTopicPhraseJob'];
export type SchemaTestTopicPhraseJobRequest = components['schemas']['TestTopicPhraseJobRequest'];
export type SchemaTestTopicPhraseJobs = components['schemas']['TestTopicPhraseJobs'];
export type SchemaTestTopicPhrasePhrase = components['schemas']['TestTopicPhrasePhrase'];
export type SchemaTestTopicPhraseTopic = components['schemas']['TestTopicPhraseTopic'];
export type SchemaTopic = components['schemas']['Topic'];
export type SchemaTopicJob = components['schemas']['TopicJob'];
export type SchemaTopicJobRequest = components['schemas']['TopicJobRequest'];
export type SchemaTopicRequest = components['schemas']['TopicRequest'];
export type SchemaTopicsDefinitionsProgramMappings = components['schemas']['TopicsDefinitionsProgramMappings'];
export type SchemaTopicsDefinitionsProgramsMappingsEntityListing = components['schemas']['TopicsDefinitionsProgramsMappingsEntityListing'];
export type SchemaTopicsEntityListing = components['schemas']['TopicsEntityListing'];
export type SchemaTranscriptionEnginesRequest = components['schemas']['TranscriptionEnginesRequest'];
export type SchemaTranscriptSearchCriteria = components['schemas']['TranscriptSearchCriteria'];
export type SchemaTranscriptSearchRequest = components['schemas']['TranscriptSearchRequest'];
export type SchemaTranscriptsFilters = components['schemas']['TranscriptsFilters'];
export type SchemaTranscriptTranslation = components['schemas']['TranscriptTranslation'];
export type SchemaTranscriptUrl = components['schemas']['TranscriptUrl'];
export type SchemaTranscriptUrls = components['schemas']['TranscriptUrls'];
export type SchemaTranslateSupportedLanguage = components['schemas']['TranslateSupportedLanguage'];
export type SchemaTranslateSupportedLanguageList = components['schemas']['TranslateSupportedLanguageList'];
export type SchemaUnifiedGeneralTopic = components['schemas']['UnifiedGeneralTopic'];
export type SchemaUnifiedGeneralTopicEntityListing = components['schemas']['UnifiedGeneralTopicEntityListing'];
export type SchemaUnpublishedProgramsEntityListing = components['schemas']['UnpublishedProgramsEntityListing'];
export type SchemaUserReference = components['schemas']['UserReference'];
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
    getSpeechandtextanalyticsCategories: {
        parameters: {
            query?: {
                /** @description Comma separated Category IDs to filter by. Cannot be used with other filters. Maximum of 25 IDs allowed. */
                ids?: string[];
                /** @description The category name filter applied to the listing */
                name?: string;
                /** @description The page number for the listing */
                pageNumber?: number;
                /** @description The page size for the listing. The max that will be returned is 25. */
                pageSize?: number;
                /** @description The field to sort by for the listing */
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
                    "application/json": components["schemas"]["CategoriesEntityListing"];
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
    postSpeechandtextanalyticsCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The category to create */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaCategory"];
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
    getSpeechandtextanalyticsCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the category */
                categoryId: string;
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
                    "application/json": components["schemas"]["StaCategory"];
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
    putSpeechandtextanalyticsCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the category */
                categoryId: string;
            };
            cookie?: never;
        };
        /** @description The updated category */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaCategory"];
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
    deleteSpeechandtextanalyticsCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the category */
                categoryId: string;
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
    getSpeechandtextanalyticsConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation Id */
                conversationId: string;
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
                    "application/json": components["schemas"]["ConversationMetrics"];
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
    getSpeechandtextanalyticsConversationCategories: {
        parameters: {
            query?: {
                /** @description The page number for the listing */
                pageNumber?: number;
                /** @description The page size for the listing. The max that will be returned is 50. */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The id of the conversation */
                conversationId: string;
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
                    "application/json": components["schemas"]["ConversationCategoriesEntityListing"];
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
    getSpeechandtextanalyticsConversationCommunicationTranscripturl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Communication ID */
                communicationId: string;
                /** @description Conversation ID */
                conversationId: string;
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
                    "application/json": components["schemas"]["TranscriptUrl"];
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
    getSpeechandtextanalyticsConversationCommunicationTranscripturls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Communication ID */
                communicationId: string;
                /** @description Conversation ID */
                conversationId: string;
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
                    "application/json": components["schemas"]["TranscriptUrls"];
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
    getSpeechandtextanalyticsConversationSentiments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation ID of the sentiment data */
                conversationId: string;
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
                    "application/json": components["schemas"]["SentimentData"];
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
    getSpeechandtextanalyticsConversationSummaries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation ID of the summaries */
                conversationId: string;
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
                    "application/json": components["schemas"]["SpeechTextAnalyticsConversationSummaryListing"];
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
    getSpeechandtextanalyticsDictionaryfeedback: {
        parameters: {
            query?: {
                /** @description The key for filter the listing by dialect, dialect format is {language}-{country} where language follows ISO 639-1 standard and country follows ISO 3166-1 alpha 2 standard */
                dialect?: string;
                /** @description The key for listing the next page */
                nextPage?: string;
                /** @description The page size for the listing. Default is 500 per page. Note: organizations may store up to 1000 dictionary terms per dialect; use nextPage to paginate beyond the first page when listing a full dialect vocabulary. */
                pageSize?: number;
                /** @description Filter by transcription engine, If not provided, all transcription engines will be considered */
                transcriptionEngine?: string;
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
                    "application/json": components["schemas"]["DictionaryFeedbackEntityListing"];
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
    postSpeechandtextanalyticsDictionaryfeedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The DictionaryFeedback to create */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DictionaryFeedback"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DictionaryFeedback"];
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
    getSpeechandtextanalyticsDictionaryfeedbackDictionaryFeedbackId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Id of the Dictionary Feedback */
                dictionaryFeedbackId: string;
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
                    "application/json": components["schemas"]["DictionaryFeedback"];
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
    putSpeechandtextanalyticsDictionaryfeedbackDictionaryFeedbackId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Id of the Dictionary Feedback */
                dictionaryFeedbackId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DictionaryFeedback"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DictionaryFeedback"];
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
    deleteSpeechandtextanalyticsDictionaryfeedbackDictionaryFeedbackId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Id of the Dictionary Feedback */
                dictionaryFeedbackId: string;
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
    getSpeechandtextanalyticsPrograms: {
        parameters: {
            query?: {
                /** @description Comma separated Program IDs to filter by. Cannot be used with pagination params. Maximum of 50 IDs allowed. */
                ids?: string[];
                /** @description Case insensitive partial name to filter by */
                name?: string;
                /** @description The key for listing the next page */
                nextPage?: string;
                /** @description The page size for the listing */
                pageSize?: number;
                /** @description Sort results by. Defaults to name */
                sortBy?: string;
                /** @description Sort order. Defaults to asc */
                sortOrder?: string;
                /** @description Program state. Defaults to Latest */
                state?: string;
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
                    "application/json": components["schemas"]["ProgramsEntityListing"];
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
    postSpeechandtextanalyticsPrograms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The program to create */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgramRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
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
    getSpeechandtextanalyticsProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the program */
                programId: string;
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
                    "application/json": components["schemas"]["Program"];
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
    putSpeechandtextanalyticsProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the program */
                programId: string;
            };
            cookie?: never;
        };
        /** @description The program to update */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgramRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
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
    deleteSpeechandtextanalyticsProgram: {
        parameters: {
            query?: {
                /** @description Indicates whether the program is forced to be deleted or not. Required when the program to delete is the default program. */
                forceDelete?: boolean;
            };
            header?: never;
            path: {
                /** @description The id of the program */
                programId: string;
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
                    "application/json": components["schemas"]["DeleteProgramResponse"];
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
    getSpeechandtextanalyticsProgramMappings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the program */
                programId: string;
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
                    "application/json": components["schemas"]["TopicsDefinitionsProgramMappings"];
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
    putSpeechandtextanalyticsProgramMappings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the program */
                programId: string;
            };
            cookie?: never;
        };
        /** @description The program to set mappings for */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgramMappingsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopicsDefinitionsProgramMappings"];
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
    getSpeechandtextanalyticsProgramSettingsInsights: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the program */
                programId: string;
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
                    "application/json": components["schemas"]["ProgramInsightsSettings"];
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
    putSpeechandtextanalyticsProgramSettingsInsights: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the program */
                programId: string;
            };
            cookie?: never;
        };
        /** @description Program AI Insights setting */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InsightsSettingsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramInsightsSettings"];
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
    getSpeechandtextanalyticsProgramTranscriptionengines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the program */
                programId: string;
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
                    "application/json": components["schemas"]["ProgramTranscriptionEngines"];
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
    putSpeechandtextanalyticsProgramTranscriptionengines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the program */
                programId: string;
            };
            cookie?: never;
        };
        /** @description Program transcription engine setting */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptionEnginesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramTranscriptionEngines"];
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
    postSpeechandtextanalyticsProgramsGeneralJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The general programs job to create */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GeneralProgramJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GeneralProgramJob"];
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
    getSpeechandtextanalyticsProgramsGeneralJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the publish programs job */
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
                    "application/json": components["schemas"]["GeneralProgramJob"];
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
    getSpeechandtextanalyticsProgramsMappings: {
        parameters: {
            query?: {
                /** @description The key for listing the next page */
                nextPage?: string;
                /** @description The page size for the listing */
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
                    "application/json": components["schemas"]["TopicsDefinitionsProgramsMappingsEntityListing"];
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
    postSpeechandtextanalyticsProgramsPublishjobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The publish programs job to create */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgramJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramJob"];
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
    getSpeechandtextanalyticsProgramsPublishjob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the publish programs job */
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
                    "application/json": components["schemas"]["ProgramJob"];
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
    getSpeechandtextanalyticsProgramsSettingsInsights: {
        parameters: {
            query?: {
                /** @description The page number for the listing */
                pageNumber?: number;
                /** @description The page size for the listing. The max that will be returned is 100. */
                pageSize?: number;
                /** @description Comma separated Program IDs to filter by. Maximum of 50 IDs allowed. */
                programIds?: string[];
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
                    "application/json": components["schemas"]["ProgramInsightsSettingsEntityListing"];
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
    getSpeechandtextanalyticsProgramsTopiclinksJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the program-topic links job */
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
                    "application/json": components["schemas"]["ProgramTopicLinksJob"];
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
    getSpeechandtextanalyticsProgramsTranscriptionenginesDialects: {
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
                    "application/json": components["schemas"]["SupportedDialectsEntityListing"];
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
    getSpeechandtextanalyticsProgramsUnpublished: {
        parameters: {
            query?: {
                /** @description The key for listing the next page */
                nextPage?: string;
                /** @description The page size for the listing */
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
                    "application/json": components["schemas"]["UnpublishedProgramsEntityListing"];
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
    getSpeechandtextanalyticsReprocessingJobs: {
        parameters: {
            query?: {
                /** @description Case insensitive partial name to filter by. */
                name?: string;
                /** @description The page number for the listing. Defaults to 1. */
                pageNumber?: number;
                /** @description The page size for the listing. The max that will be returned is 100. Default is 25. */
                pageSize?: number;
                /** @description Results are sorted by dateCreated. Please choose the sort order. The default is descending (desc). */
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
                    "application/json": components["schemas"]["ReprocessJobEntityListingResponse"];
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
    postSpeechandtextanalyticsReprocessingJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The ReprocessJob to create */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReprocessJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReprocessJobResponse"];
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
    getSpeechandtextanalyticsReprocessingJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Id of the Reprocessing job */
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
                    "application/json": components["schemas"]["ReprocessJobResponse"];
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
    deleteSpeechandtextanalyticsReprocessingJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Id of the Reprocessing job */
                jobId: string;
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
    getSpeechandtextanalyticsReprocessingJobInteractions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Id of the Reprocessing job */
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
                    "application/json": components["schemas"]["ReprocessInteractionsByJobIdResponse"];
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
    getSpeechandtextanalyticsSentimentDialects: {
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
    getSpeechandtextanalyticsSentimentfeedback: {
        parameters: {
            query?: {
                /** @description The key for filter the listing by dialect, dialect format is {language}-{country} where language follows ISO 639-1 standard and country follows ISO 3166-1 alpha 2 standard */
                dialect?: string;
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
                    "application/json": components["schemas"]["SentimentFeedbackEntityListing"];
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
    postSpeechandtextanalyticsSentimentfeedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The SentimentFeedback to create */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SentimentFeedback"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentimentFeedback"];
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
    deleteSpeechandtextanalyticsSentimentfeedback: {
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
    deleteSpeechandtextanalyticsSentimentfeedbackSentimentFeedbackId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Id of the SentimentFeedback */
                sentimentFeedbackId: string;
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
    getSpeechandtextanalyticsSettings: {
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
                    "application/json": components["schemas"]["SpeechTextAnalyticsSettingsResponse"];
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
    putSpeechandtextanalyticsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Speech And Text Analytics Settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpeechTextAnalyticsSettingsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeechTextAnalyticsSettingsResponse"];
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
    patchSpeechandtextanalyticsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Speech And Text Analytics Settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpeechTextAnalyticsSettingsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeechTextAnalyticsSettingsResponse"];
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
    getSpeechandtextanalyticsTopics: {
        parameters: {
            query?: {
                /** @description Comma separated dialect strings to filter by. Maximum of 15 dialects allowed. */
                dialects?: string[];
                /** @description Comma separated Topic IDs to filter by. Cannot be used with other filters. Maximum of 50 IDs allowed. */
                ids?: string[];
                /** @description Case insensitive partial name to filter by */
                name?: string;
                /** @description The key for listing the next page */
                nextPage?: string;
                /** @description The page number for the listing */
                pageNumber?: number;
                /** @description The page size for the listing. The max that will be returned is 500. */
                pageSize?: number;
                /** @description Sort results by. Defaults to name */
                sortBy?: string;
                /** @description Sort order. Defaults to asc */
                sortOrder?: string;
                /** @description Topic state. Defaults to latest */
                state?: string;
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
                    "application/json": components["schemas"]["TopicsEntityListing"];
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
    postSpeechandtextanalyticsTopics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The topic to create */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TopicRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topic"];
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
    getSpeechandtextanalyticsTopic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the topic */
                topicId: string;
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
                    "application/json": components["schemas"]["Topic"];
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
    putSpeechandtextanalyticsTopic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the topic */
                topicId: string;
            };
            cookie?: never;
        };
        /** @description The topic to update */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TopicRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topic"];
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
    deleteSpeechandtextanalyticsTopic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the topic */
                topicId: string;
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
    getSpeechandtextanalyticsTopicsDialects: {
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
    getSpeechandtextanalyticsTopicsGeneral: {
        parameters: {
            query?: {
                /** @description The dialect of the general topics, dialect format is {language}-{country} where language follows ISO 639-1 standard and country follows ISO 3166-1 alpha 2 standard */
                dialect?: string;
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
                    "application/json": components["schemas"]["GeneralTopicsEntityListing"];
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
    getSpeechandtextanalyticsTopicsGeneralStatus: {
        parameters: {
            query?: {
                /** @description The dialect of the general topics, dialect format is {language}-{country} where language follows ISO 639-1 standard and country follows ISO 3166-1 alpha 2 standard */
                dialect?: string;
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
                    "application/json": components["schemas"]["UnifiedGeneralTopicEntityListing"];
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
    postSpeechandtextanalyticsTopicsGeneratedphrasesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The GenAI topic phrases generation job to create */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenAIPhrasesJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenAIPhrasesJobs"];
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
    getSpeechandtextanalyticsTopicsGeneratedphrasesJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the id of the GenAI phrases job */
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
                    "application/json": components["schemas"]["GenAIPhrasesJob"];
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
    postSpeechandtextanalyticsTopicsPublishjobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The publish topics job to create */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TopicJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopicJob"];
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
    getSpeechandtextanalyticsTopicsPublishjob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the publish topics job */
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
                    "application/json": components["schemas"]["TopicJob"];
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
    postSpeechandtextanalyticsTopicsTestphraseJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The publish test topic phrase job to create */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TestTopicPhraseJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestTopicPhraseJobs"];
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
    getSpeechandtextanalyticsTopicsTestphraseJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the id of the test topic phrase job */
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
                    "application/json": components["schemas"]["TestTopicPhraseJob"];
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
    postSpeechandtextanalyticsTranscriptsSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Search request options */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptSearchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonSearchResponse"];
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
    getSpeechandtextanalyticsTranslationsLanguages: {
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
                    "application/json": components["schemas"]["TranslateSupportedLanguageList"];
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
    getSpeechandtextanalyticsTranslationsLanguageConversation: {
        parameters: {
            query?: {
                /** @description Communication id associated with the conversation. Please provide a valid communicationId when requesting non-email interactions. */
                communicationId?: string;
                /** @description Recording id associated with the communication. Please provide a valid recordingId when requesting voice interactions. */
                recordingId?: string;
            };
            header?: never;
            path: {
                /** @description Conversation id */
                conversationId: string;
                /** @description Target translation language */
                languageId: string;
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
                    "application/json": components["schemas"]["CommunicationTranslationList"];
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
