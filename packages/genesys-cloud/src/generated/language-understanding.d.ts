// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/language-understanding/openapi.yaml (sha256 244d3e2b592c0dd9)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area language-understanding` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Language Understanding (40 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const languageUnderstanding = languageUnderstandingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function languageUnderstandingApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/languageunderstanding/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all NLU Domains.
         * @permissions ANY: any one of `languageUnderstanding:nluDomain:view`, `dialog:bot:view`
         */
        get: operations["getLanguageunderstandingDomains"];
        put?: never;
        /**
         * Create an NLU Domain.
         * @permissions ANY: any one of `languageUnderstanding:nluDomain:add`, `dialog:bot:add`
         */
        post: operations["postLanguageunderstandingDomains"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/domains/{domainId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find an NLU Domain.
         * @permissions ANY: any one of `languageUnderstanding:nluDomain:view`, `dialog:bot:view`
         */
        get: operations["getLanguageunderstandingDomain"];
        put?: never;
        post?: never;
        /**
         * Delete an NLU Domain.
         * @permissions ANY: any one of `languageUnderstanding:nluDomain:delete`, `dialog:bot:delete`
         */
        delete: operations["deleteLanguageunderstandingDomain"];
        options?: never;
        head?: never;
        /**
         * Update an NLU Domain.
         * @permissions ANY: any one of `languageUnderstanding:nluDomain:edit`, `dialog:bot:edit`
         */
        patch: operations["patchLanguageunderstandingDomain"];
        trace?: never;
    };
    "/api/v2/languageunderstanding/domains/{domainId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all feedback in the given NLU Domain Version.
         * @permissions ANY: any one of `languageUnderstanding:feedback:view`, `dialog:bot:view`
         */
        get: operations["getLanguageunderstandingDomainFeedback"];
        put?: never;
        /**
         * Create feedback for the NLU Domain Version.
         * @permissions ANY: any one of `languageUnderstanding:feedback:add`, `dialog:bot:add`
         */
        post: operations["postLanguageunderstandingDomainFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/domains/{domainId}/feedback/{feedbackId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find a Feedback
         * @permissions ANY: any one of `languageUnderstanding:feedback:view`, `dialog:bot:view`
         */
        get: operations["getLanguageunderstandingDomainFeedbackFeedbackId"];
        put?: never;
        post?: never;
        /**
         * Delete the feedback on the NLU Domain Version.
         * @permissions ANY: any one of `languageUnderstanding:feedback:delete`, `dialog:bot:delete`
         */
        delete: operations["deleteLanguageunderstandingDomainFeedbackFeedbackId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/domains/{domainId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all NLU Domain Versions for a given Domain.
         * @permissions ANY: any one of `languageUnderstanding:nluDomainVersion:view`, `dialog:botVersion:view`
         */
        get: operations["getLanguageunderstandingDomainVersions"];
        put?: never;
        /**
         * Create an NLU Domain Version.
         * @permissions ANY: any one of `languageUnderstanding:nluDomainVersion:add`, `dialog:botVersion:add`
         */
        post: operations["postLanguageunderstandingDomainVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/domains/{domainId}/versions/{domainVersionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find an NLU Domain Version.
         * @permissions ANY: any one of `languageUnderstanding:nluDomainVersion:view`, `dialog:botVersion:view`
         */
        get: operations["getLanguageunderstandingDomainVersion"];
        /**
         * Update an NLU Domain Version.
         * @permissions ANY: any one of `languageUnderstanding:nluDomainVersion:edit`, `dialog:botVersion:edit`
         */
        put: operations["putLanguageunderstandingDomainVersion"];
        post?: never;
        /**
         * Delete an NLU Domain Version
         * @permissions ANY: any one of `languageUnderstanding:nluDomainVersion:delete`, `dialog:botVersion:delete`
         */
        delete: operations["deleteLanguageunderstandingDomainVersion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/domains/{domainId}/versions/{domainVersionId}/detect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Detect intent, entities, etc. in the submitted text using the specified NLU domain version.
         * @permissions ANY: any one of `languageUnderstanding:nluDomainVersion:view`, `dialog:botVersion:view`
         */
        post: operations["postLanguageunderstandingDomainVersionDetect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/domains/{domainId}/versions/{domainVersionId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the draft NLU Domain Version.
         * @permissions ANY: any one of `languageUnderstanding:nluDomainVersion:add`, `dialog:botVersion:add`
         */
        post: operations["postLanguageunderstandingDomainVersionPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/domains/{domainId}/versions/{domainVersionId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieved quality report for the specified NLU Domain Version
         * @permissions ANY: any one of `languageUnderstanding:nluDomainVersion:view`, `dialog:botVersion:view`
         */
        get: operations["getLanguageunderstandingDomainVersionReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/domains/{domainId}/versions/{domainVersionId}/train": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Train the draft NLU Domain Version.
         * @permissions ANY: any one of `languageUnderstanding:nluDomainVersion:edit`, `dialog:botVersion:edit`
         */
        post: operations["postLanguageunderstandingDomainVersionTrain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/ignorephrases/{languageCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of all ignored phrases of the specified language code
         * @permissions ALL: `languageUnderstanding:ignoredPhrase:view`
         */
        get: operations["getLanguageunderstandingIgnorephrase"];
        put?: never;
        /**
         * Add phrases to the ignored phrases list
         * @permissions ALL: `languageUnderstanding:ignoredPhrase:add`
         */
        post: operations["postLanguageunderstandingIgnorephrase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/ignorephrases/{languageCode}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete ignored phrases
         * @permissions ALL: `languageUnderstanding:ignoredPhrase:delete`
         */
        post: operations["postLanguageunderstandingIgnorephraseRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/ignoretopics/{languageCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of all ignored topics of the specified language code
         * @permissions ALL: `languageUnderstanding:ignoredTopic:view`
         */
        get: operations["getLanguageunderstandingIgnoretopic"];
        put?: never;
        /**
         * Add topics to the ignored topics list
         * @permissions ALL: `languageUnderstanding:ignoredTopic:add`
         */
        post: operations["postLanguageunderstandingIgnoretopic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/ignoretopics/{languageCode}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete ignored topics
         * @permissions ALL: `languageUnderstanding:ignoredTopic:delete`
         */
        post: operations["postLanguageunderstandingIgnoretopicRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/miners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the list of miners created.
         * @permissions ALL: `languageUnderstanding:miner:view`
         */
        get: operations["getLanguageunderstandingMiners"];
        put?: never;
        /**
         * Create a unique miner.
         * @permissions ALL: `languageUnderstanding:miner:add`
         */
        post: operations["postLanguageunderstandingMiners"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/miners/{minerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get information about a miner.
         * @permissions ALL: `languageUnderstanding:miner:view`
         */
        get: operations["getLanguageunderstandingMiner"];
        put?: never;
        post?: never;
        /**
         * Delete a miner.
         * @permissions ALL: `languageUnderstanding:miner:delete`
         */
        delete: operations["deleteLanguageunderstandingMiner"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/miners/{minerId}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the list of drafts created.
         * @permissions ALL: `languageUnderstanding:draft:view`
         */
        get: operations["getLanguageunderstandingMinerDrafts"];
        put?: never;
        /**
         * Create a new draft resource.
         * @permissions ALL: `languageUnderstanding:draft:add`
         */
        post: operations["postLanguageunderstandingMinerDrafts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/miners/{minerId}/drafts/{draftId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get information about a draft.
         * @permissions ALL: `languageUnderstanding:draft:view`
         */
        get: operations["getLanguageunderstandingMinerDraft"];
        put?: never;
        post?: never;
        /**
         * Delete a draft
         * @permissions ALL: `languageUnderstanding:draft:delete`
         */
        delete: operations["deleteLanguageunderstandingMinerDraft"];
        options?: never;
        head?: never;
        /**
         * Save information for the draft. Either topic draft or intent draft should be sent.
         * @permissions ALL: `languageUnderstanding:draft:edit`
         */
        patch: operations["patchLanguageunderstandingMinerDraft"];
        trace?: never;
    };
    "/api/v2/languageunderstanding/miners/{minerId}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the mining process. Specify date range pair with mediaType, queueIds, participantType for mining data from Genesys Cloud. Specify only uploadKey for mining through an external file.
         * @permissions ALL: `languageUnderstanding:miner:execute`
         */
        post: operations["postLanguageunderstandingMinerExecute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/miners/{minerId}/intents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of mined intents.
         * @permissions ALL: `languageUnderstanding:minerIntent:view`
         */
        get: operations["getLanguageunderstandingMinerIntents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/miners/{minerId}/intents/{intentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get information about a mined intent
         * @permissions ALL: `languageUnderstanding:minerIntent:view`
         */
        get: operations["getLanguageunderstandingMinerIntent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/miners/{minerId}/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of mined topics.
         * @permissions ALL: `languageUnderstanding:miner:view`
         */
        get: operations["getLanguageunderstandingMinerTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/miners/{minerId}/topics/{topicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves details of a particular topic.
         * @permissions ALL: `languageUnderstanding:miner:view`
         */
        get: operations["getLanguageunderstandingMinerTopic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/miners/{minerId}/topics/{topicId}/phrases/{phraseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves utterances related to a phrase in a topic.
         * @permissions ALL: `languageUnderstanding:miner:view`
         */
        get: operations["getLanguageunderstandingMinerTopicPhrase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/languageunderstanding/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Organization Configuration
         * @permissions ANY: `languageUnderstanding:settings:view`
         */
        get: operations["getLanguageunderstandingSettings"];
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
        AdditionalLanguagesIntent: {
            id?: string;
            utterances?: components["schemas"]["NluUtterance"][];
        };
        AdditionalLanguagesSynonyms: {
            synonyms?: string[];
        };
        ContextEntity: {
            name: string;
        };
        ContextIntent: {
            name: string;
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        DetectedDialogAct: {
            name?: string;
            probability?: number;
        };
        DetectedIntent: {
            entities?: components["schemas"]["DetectedNamedEntity"][];
            name?: string;
            probability?: number;
        };
        DetectedNamedEntity: {
            entityType?: string;
            name?: string;
            probability?: number;
            value?: components["schemas"]["DetectedNamedEntityValue"];
        };
        DetectedNamedEntityValue: {
            raw?: string;
            resolved?: string;
            unit?: string;
        };
        Draft: {
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            intents?: components["schemas"]["DraftIntents"][];
            miner?: components["schemas"]["Miner"];
            name: string;
            selfUri?: string;
            topics?: components["schemas"]["DraftTopics"][];
        };
        DraftIntents: {
            id: string;
            name: string;
            selfUri?: string;
            utterances: string[];
        };
        DraftListing: {
            entities?: components["schemas"]["Draft"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        DraftRequest: {
            intents?: components["schemas"]["DraftIntents"][];
            topics?: components["schemas"]["DraftTopicRequest"][];
        };
        DraftTopicRequest: {
            id: string;
            name: string;
            phrases: string[];
            selfUri?: string;
        };
        DraftTopics: {
            conversationCount?: number;
            conversationPercent?: number;
            id: string;
            miner?: components["schemas"]["Miner"];
            name?: string;
            phraseCount?: number;
            phrases: string[];
            selfUri?: string;
            utteranceCount?: number;
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
        IgnoredMinedEntity: {
            dateCreated: string;
            dateModified: string;
            id: string;
            mediaType?: string;
            participant: string;
            text: string;
        };
        IgnoredMinedPhraseListing: {
            entities?: components["schemas"]["IgnoredMinedEntity"][];
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
        IgnoredMinedTopicListing: {
            entities?: components["schemas"]["IgnoredMinedEntity"][];
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
        IgnorePhrase: {
            mediaType?: string;
            participant: string;
            text: string;
        };
        IgnorePhrasesRequest: {
            phrases: components["schemas"]["IgnorePhrase"][];
        };
        IgnorePhrasesResponse: {
            addedPhrases: number;
            totalPhrases: number;
            updatedPhrases: number;
        };
        IgnoreTopic: {
            mediaType?: string;
            participant: string;
            text: string;
        };
        IgnoreTopicsRequest: {
            topics: components["schemas"]["IgnoreTopic"][];
        };
        IgnoreTopicsResponse: {
            addedTopics: number;
            totalTopics: number;
            updatedTopics: number;
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
        IntentFeedback: {
            assessment?: string;
            entities?: components["schemas"]["DetectedNamedEntity"][];
            name?: string;
            probability?: number;
        };
        IntentReference: {
            id?: string;
            name: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        MinedIntentsListing: {
            entities?: components["schemas"]["MinerIntent"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        Miner: {
            conversationDataUploaded?: boolean;
            conversationsDateRangeEnd?: string;
            conversationsDateRangeStart?: string;
            conversationsFetchedCount?: number;
            conversationsValidCount?: number;
            dateCompleted?: string;
            dateCreated?: string;
            dateModified?: string;
            dateTriggered?: string;
            errorInfo?: components["schemas"]["MinerErrorInfo"];
            getminedItemCount?: number;
            id?: string;
            language?: string;
            latestDraftVersion?: components["schemas"]["Draft"];
            mediaType?: string;
            message?: string;
            minerType?: string;
            name: string;
            participantType?: string;
            queueIds?: string[];
            seeding?: boolean;
            selfUri?: string;
            status?: string;
            warningInfo?: components["schemas"]["MinerErrorInfo"];
        };
        MinerErrorInfo: {
            code?: string;
            message?: string;
            messageParams?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            messageWithParams?: string;
        };
        MinerExecuteRequest: {
            dateEnd?: string;
            dateStart?: string;
            mediaType?: string;
            participantType?: string;
            queueIds?: string[];
            uploadKey?: string;
        };
        MinerIntent: {
            analyticVolumePercent?: number;
            id?: string;
            miner?: components["schemas"]["Miner"];
            name?: string;
            selfUri?: string;
            utterances?: components["schemas"]["Utterance"][];
        };
        MinerListing: {
            entities?: components["schemas"]["Miner"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        MinerTopic: {
            conversationCount?: number;
            conversationPercent?: number;
            id?: string;
            miner?: components["schemas"]["Miner"];
            name?: string;
            phraseCount?: number;
            phrases?: components["schemas"]["TopicPhrase"][];
            selfUri?: string;
            utteranceCount?: number;
        };
        MinerTopicPhrase: {
            id?: string;
            name?: string;
            selfUri?: string;
            topic?: components["schemas"]["MinerTopic"];
            utteranceCount?: number;
            utterances?: components["schemas"]["Utterance"][];
        };
        MinerTopicsListing: {
            entities?: components["schemas"]["MinerTopic"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
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
        NluConfusionMatrixColumn: {
            name: string;
            value: number;
        };
        NluConfusionMatrixRow: {
            columns: components["schemas"]["NluConfusionMatrixColumn"][];
            name: string;
        };
        NluDetectionContext: {
            entity?: components["schemas"]["ContextEntity"];
            intent?: components["schemas"]["ContextIntent"];
        };
        NluDetectionInput: {
            language?: string;
            text: string;
        };
        NluDetectionOutput: {
            dialogActs?: components["schemas"]["DetectedDialogAct"][];
            intents?: components["schemas"]["DetectedIntent"][];
        };
        NluDetectionRequest: {
            context?: components["schemas"]["NluDetectionContext"];
            input: components["schemas"]["NluDetectionInput"];
        };
        NluDetectionResponse: {
            input?: components["schemas"]["NluDetectionInput"];
            output?: components["schemas"]["NluDetectionOutput"];
            version?: components["schemas"]["NluDomainVersion"];
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
        NluDomainListing: {
            entities?: components["schemas"]["NluDomain"][];
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
        NluDomainVersionListing: {
            entities?: components["schemas"]["NluDomainVersion"][];
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
        NluDomainVersionQualityReport: {
            confusionMatrix: components["schemas"]["NluConfusionMatrixRow"][];
            summary: components["schemas"]["NluQualityReportSummary"];
            version: components["schemas"]["NluDomainVersion"];
        };
        NluDomainVersionReference: {
            domain?: components["schemas"]["NluDomain"];
            id?: string;
            intents?: components["schemas"]["IntentReference"][];
            selfUri?: string;
        };
        NluDomainVersionTrainingResponse: {
            message?: string;
            version?: components["schemas"]["NluDomainVersion"];
        };
        NluFeedbackListing: {
            entities?: components["schemas"]["NluFeedbackResponse"][];
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
        NluFeedbackRequest: {
            intents: components["schemas"]["IntentFeedback"][];
            language?: string;
            text: string;
            versionId: string;
        };
        NluFeedbackResponse: {
            dateCreated?: string;
            id?: string;
            intents?: components["schemas"]["IntentFeedback"][];
            language?: string;
            selfUri?: string;
            text?: string;
            version?: components["schemas"]["NluDomainVersion"];
        };
        NluOrganization: {
            limits?: {
                [key: string]: number;
            };
            supportedLanguagesInfo?: components["schemas"]["SupportedLanguagesInfoDefinition"][];
        };
        NluQualityReportSummary: {
            metrics: components["schemas"]["NluQualityReportSummaryMetric"][];
        };
        NluQualityReportSummaryMetric: {
            name: string;
            value: number;
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
        RemoveEntitiesRequest: {
            entities: components["schemas"]["RemoveEntity"][];
        };
        RemoveEntity: {
            id: string;
        };
        SupportedEntityTypeStatus: {
            listSlotType?: string;
        };
        SupportedLanguagesInfoDefinition: {
            intentClassification?: boolean;
            language?: string;
            status?: string;
            supportedEntityTypeConfiguration?: components["schemas"]["SupportedEntityTypeStatus"];
            supportedEntityTypes?: string[];
        };
        TopicPhrase: {
            id?: string;
            text?: string;
            utteranceCount?: number;
        };
        Utterance: {
            utteranceText?: string;
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
export type SchemaContextEntity = components['schemas']['ContextEntity'];
export type SchemaContextIntent = components['schemas']['ContextIntent'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDetectedDialogAct = components['schemas']['DetectedDialogAct'];
export type SchemaDetectedIntent = components['schemas']['DetectedIntent'];
export type SchemaDetectedNamedEntity = components['schemas']['DetectedNamedEntity'];
export type SchemaDetectedNamedEntityValue = components['schemas']['DetectedNamedEntityValue'];
export type SchemaDraft = components['schemas']['Draft'];
export type SchemaDraftIntents = components['schemas']['DraftIntents'];
export type SchemaDraftListing = components['schemas']['DraftListing'];
export type SchemaDraftRequest = components['schemas']['DraftRequest'];
export type SchemaDraftTopicRequest = components['schemas']['DraftTopicRequest'];
export type SchemaDraftTopics = components['schemas']['DraftTopics'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaIgnoredMinedEntity = components['schemas']['IgnoredMinedEntity'];
export type SchemaIgnoredMinedPhraseListing = components['schemas']['IgnoredMinedPhraseListing'];
export type SchemaIgnoredMinedTopicListing = components['schemas']['IgnoredMinedTopicListing'];
export type SchemaIgnorePhrase = components['schemas']['IgnorePhrase'];
export type SchemaIgnorePhrasesRequest = components['schemas']['IgnorePhrasesRequest'];
export type SchemaIgnorePhrasesResponse = components['schemas']['IgnorePhrasesResponse'];
export type SchemaIgnoreTopic = components['schemas']['IgnoreTopic'];
export type SchemaIgnoreTopicsRequest = components['schemas']['IgnoreTopicsRequest'];
export type SchemaIgnoreTopicsResponse = components['schemas']['IgnoreTopicsResponse'];
export type SchemaIntentDefinition = components['schemas']['IntentDefinition'];
export type SchemaIntentFeedback = components['schemas']['IntentFeedback'];
export type SchemaIntentReference = components['schemas']['IntentReference'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaMinedIntentsListing = components['schemas']['MinedIntentsListing'];
export type SchemaMiner = components['schemas']['Miner'];
export type SchemaMinerErrorInfo = components['schemas']['MinerErrorInfo'];
export type SchemaMinerExecuteRequest = components['schemas']['MinerExecuteRequest'];
export type SchemaMinerIntent = components['schemas']['MinerIntent'];
export type SchemaMinerListing = components['schemas']['MinerListing'];
export type SchemaMinerTopic = components['schemas']['MinerTopic'];
export type SchemaMinerTopicPhrase = components['schemas']['MinerTopicPhrase'];
export type SchemaMinerTopicsListing = components['schemas']['MinerTopicsListing'];
export type SchemaNamedEntityAnnotation = components['schemas']['NamedEntityAnnotation'];
export type SchemaNamedEntityDefinition = components['schemas']['NamedEntityDefinition'];
export type SchemaNamedEntityTypeBinding = components['schemas']['NamedEntityTypeBinding'];
export type SchemaNamedEntityTypeDefinition = components['schemas']['NamedEntityTypeDefinition'];
export type SchemaNamedEntityTypeItem = components['schemas']['NamedEntityTypeItem'];
export type SchemaNamedEntityTypeMechanism = components['schemas']['NamedEntityTypeMechanism'];
export type SchemaNamedEntityTypeMechanismExample = components['schemas']['NamedEntityTypeMechanismExample'];
export type SchemaNluConfusionMatrixColumn = components['schemas']['NluConfusionMatrixColumn'];
export type SchemaNluConfusionMatrixRow = components['schemas']['NluConfusionMatrixRow'];
export type SchemaNluDetectionContext = components['schemas']['NluDetectionContext'];
export type SchemaNluDetectionInput = components['schemas']['NluDetectionInput'];
export type SchemaNluDetectionOutput = components['schemas']['NluDetectionOutput'];
export type SchemaNluDetectionRequest = components['schemas']['NluDetectionRequest'];
export type SchemaNluDetectionResponse = components['schemas']['NluDetectionResponse'];
export type SchemaNluDomain = components['schemas']['NluDomain'];
export type SchemaNluDomainListing = components['schemas']['NluDomainListing'];
export type SchemaNluDomainVersion = components['schemas']['NluDomainVersion'];
export type SchemaNluDomainVersionListing = components['schemas']['NluDomainVersionListing'];
export type SchemaNluDomainVersionQualityReport = components['schemas']['NluDomainVersionQualityReport'];
export type SchemaNluDomainVersionReference = components['schemas']['NluDomainVersionReference'];
export type SchemaNluDomainVersionTrainingResponse = components['schemas']['NluDomainVersionTrainingResponse'];
export type SchemaNluFeedbackListing = components['schemas']['NluFeedbackListing'];
export type SchemaNluFeedbackRequest = components['schemas']['NluFeedbackRequest'];
export type SchemaNluFeedbackResponse = components['schemas']['NluFeedbackResponse'];
export type SchemaNluOrganization = components['schemas']['NluOrganization'];
export type SchemaNluQualityReportSummary = components['schemas']['NluQualityReportSummary'];
export type SchemaNluQualityReportSummaryMetric = components['schemas']['NluQualityReportSummaryMetric'];
export type SchemaNluUtterance = components['schemas']['NluUtterance'];
export type SchemaNluUtteranceSegment = components['schemas']['NluUtteranceSegment'];
export type SchemaRemoveEntitiesRequest = components['schemas']['RemoveEntitiesRequest'];
export type SchemaRemoveEntity = components['schemas']['RemoveEntity'];
export type SchemaSupportedEntityTypeStatus = components['schemas']['SupportedEntityTypeStatus'];
export type SchemaSupportedLanguagesInfoDefinition = components['schemas']['SupportedLanguagesInfoDefinition'];
export type SchemaTopicPhrase = components['schemas']['TopicPhrase'];
export type SchemaUtterance = components['schemas']['Utterance'];
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
    getLanguageunderstandingDomains: {
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
                    "application/json": components["schemas"]["NluDomainListing"];
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
    postLanguageunderstandingDomains: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The NLU Domain to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NluDomain"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NluDomain"];
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
    getLanguageunderstandingDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the NLU domain. */
                domainId: string;
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
                    "application/json": components["schemas"]["NluDomain"];
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
    deleteLanguageunderstandingDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the NLU domain. */
                domainId: string;
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
    patchLanguageunderstandingDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the NLU domain. */
                domainId: string;
            };
            cookie?: never;
        };
        /** @description The updated NLU Domain. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NluDomain"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NluDomain"];
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
    getLanguageunderstandingDomainFeedback: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. This is considered only when enableCursorPagination=true */
                after?: string;
                /** @description The top assessment to retrieve feedback for. */
                assessment?: string;
                /** @description End of time window as ISO-8601 date. */
                dateEnd?: string;
                /** @description Begin of time window as ISO-8601 date. */
                dateStart?: string;
                /** @description Enable Cursor Pagination */
                enableCursorPagination?: boolean;
                /** @description Fields and properties to get, comma-separated */
                fields?: string[];
                /** @description Whether to include soft-deleted items in the result. */
                includeDeleted?: boolean;
                /** @description Include Training Utterances. By default they're included. */
                includeTrainingUtterances?: boolean;
                /** @description The top intent name to retrieve feedback for. */
                intentName?: string;
                /** @description Whether to filter response based on the language, e.g. en-us, pt-br. */
                language?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description ID of the NLU domain. */
                domainId: string;
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
                    "application/json": components["schemas"]["NluFeedbackListing"];
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
    postLanguageunderstandingDomainFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the NLU domain. */
                domainId: string;
            };
            cookie?: never;
        };
        /** @description The Feedback to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NluFeedbackRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NluFeedbackResponse"];
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
    getLanguageunderstandingDomainFeedbackFeedbackId: {
        parameters: {
            query?: {
                /** @description Fields and properties to get, comma-separated */
                fields?: string[];
            };
            header?: never;
            path: {
                /** @description ID of the NLU domain. */
                domainId: string;
                /** @description ID of the Feedback */
                feedbackId: string;
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
                    "application/json": components["schemas"]["NluFeedbackResponse"];
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
    deleteLanguageunderstandingDomainFeedbackFeedbackId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the NLU domain. */
                domainId: string;
                /** @description ID of the Feedback */
                feedbackId: string;
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
    getLanguageunderstandingDomainVersions: {
        parameters: {
            query?: {
                /** @description Whether utterances for intent definition should be included when marshalling response. */
                includeUtterances?: boolean;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description ID of the NLU domain. */
                domainId: string;
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
                    "application/json": components["schemas"]["NluDomainVersionListing"];
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
    postLanguageunderstandingDomainVersions: {
        parameters: {
            query?: {
                /** @description Whether utterances for intent definition should be included when marshalling response. */
                includeUtterances?: boolean;
            };
            header?: never;
            path: {
                /** @description ID of the NLU domain. */
                domainId: string;
            };
            cookie?: never;
        };
        /** @description The NLU Domain Version to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NluDomainVersion"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NluDomainVersion"];
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
    getLanguageunderstandingDomainVersion: {
        parameters: {
            query?: {
                /** @description Whether utterances for intent definition should be included when marshalling response. */
                includeUtterances?: boolean;
            };
            header?: never;
            path: {
                /** @description ID of the NLU domain. */
                domainId: string;
                /** @description ID of the NLU domain version. */
                domainVersionId: string;
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
                    "application/json": components["schemas"]["NluDomainVersion"];
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
    putLanguageunderstandingDomainVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the NLU domain. */
                domainId: string;
                /** @description ID of the NLU domain version. */
                domainVersionId: string;
            };
            cookie?: never;
        };
        /** @description The updated NLU Domain Version. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NluDomainVersion"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NluDomainVersion"];
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
    deleteLanguageunderstandingDomainVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the NLU domain. */
                domainId: string;
                /** @description ID of the NLU domain version. */
                domainVersionId: string;
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
    postLanguageunderstandingDomainVersionDetect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the NLU domain. */
                domainId: string;
                /** @description ID of the NLU domain version. */
                domainVersionId: string;
            };
            cookie?: never;
        };
        /** @description The input data to perform detection on. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NluDetectionRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NluDetectionResponse"];
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
    postLanguageunderstandingDomainVersionPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the NLU domain. */
                domainId: string;
                /** @description ID of the NLU domain version. */
                domainVersionId: string;
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
                    "application/json": components["schemas"]["NluDomainVersion"];
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
    getLanguageunderstandingDomainVersionReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the NLU domain. */
                domainId: string;
                /** @description ID of the NLU domain version. */
                domainVersionId: string;
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
                    "application/json": components["schemas"]["NluDomainVersionQualityReport"];
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
    postLanguageunderstandingDomainVersionTrain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the NLU domain. */
                domainId: string;
                /** @description ID of the NLU domain version. */
                domainVersionId: string;
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
                    "application/json": components["schemas"]["NluDomainVersionTrainingResponse"];
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
    getLanguageunderstandingIgnorephrase: {
        parameters: {
            query?: {
                /** @description The page number for the listing */
                pageNumber?: number;
                /** @description The page size for the listing. The max that will be returned is 200. */
                pageSize?: number;
                /** @description The field to sort by for the listing */
                sortBy?: string;
                /** @description The sort order for the listing */
                sortOrder?: string;
                /** @description The phrase text filter applied to the listing */
                text?: string;
            };
            header?: never;
            path: {
                /** @description Language Code */
                languageCode: string;
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
                    "application/json": components["schemas"]["IgnoredMinedPhraseListing"];
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
    postLanguageunderstandingIgnorephrase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Language Code */
                languageCode: string;
            };
            cookie?: never;
        };
        /** @description Request body containing phrases to be ignored */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IgnorePhrasesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IgnorePhrasesResponse"];
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
    postLanguageunderstandingIgnorephraseRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Language Code */
                languageCode: string;
            };
            cookie?: never;
        };
        /** @description Request body containing entities to be removed */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveEntitiesRequest"];
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
    getLanguageunderstandingIgnoretopic: {
        parameters: {
            query?: {
                /** @description The page number for the listing */
                pageNumber?: number;
                /** @description The page size for the listing. The max that will be returned is 200. */
                pageSize?: number;
                /** @description The field to sort by for the listing */
                sortBy?: string;
                /** @description The sort order for the listing */
                sortOrder?: string;
                /** @description The topic text filter applied to the listing */
                text?: string;
            };
            header?: never;
            path: {
                /** @description Language Code */
                languageCode: string;
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
                    "application/json": components["schemas"]["IgnoredMinedTopicListing"];
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
    postLanguageunderstandingIgnoretopic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Language Code */
                languageCode: string;
            };
            cookie?: never;
        };
        /** @description Request body containing topics to be ignored */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IgnoreTopicsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IgnoreTopicsResponse"];
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
    postLanguageunderstandingIgnoretopicRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Language Code */
                languageCode: string;
            };
            cookie?: never;
        };
        /** @description Request body containing entities to be removed */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveEntitiesRequest"];
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
    getLanguageunderstandingMiners: {
        parameters: {
            query?: {
                /** @description Type of miner, either intent or topic */
                minerType?: string;
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
                    "application/json": components["schemas"]["MinerListing"];
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
    postLanguageunderstandingMiners: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Details for creating a new miner resource. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Miner"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Miner"];
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
    getLanguageunderstandingMiner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Miner ID */
                minerId: string;
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
                    "application/json": components["schemas"]["Miner"];
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
    deleteLanguageunderstandingMiner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Miner ID */
                minerId: string;
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
    getLanguageunderstandingMinerDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Miner ID */
                minerId: string;
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
                    "application/json": components["schemas"]["DraftListing"];
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
    postLanguageunderstandingMinerDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Miner ID */
                minerId: string;
            };
            cookie?: never;
        };
        /** @description Details for creating draft resource */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Draft"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
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
    getLanguageunderstandingMinerDraft: {
        parameters: {
            query?: {
                /** @description Parameter to filter a specific intent. */
                draftIntentId?: string;
                /** @description Parameter to filter a specific topic. */
                draftTopicId?: string;
            };
            header?: never;
            path: {
                /** @description Draft ID */
                draftId: string;
                /** @description Miner ID */
                minerId: string;
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
                    "application/json": components["schemas"]["Draft"];
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
    deleteLanguageunderstandingMinerDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Draft ID */
                draftId: string;
                /** @description Miner ID */
                minerId: string;
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
    patchLanguageunderstandingMinerDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Draft ID */
                draftId: string;
                /** @description Miner ID */
                minerId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DraftRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
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
    postLanguageunderstandingMinerExecute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Miner ID */
                minerId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MinerExecuteRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Miner"];
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
    getLanguageunderstandingMinerIntents: {
        parameters: {
            query?: {
                /** @description Option to fetch utterances. */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description Miner ID */
                minerId: string;
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
                    "application/json": components["schemas"]["MinedIntentsListing"];
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
    getLanguageunderstandingMinerIntent: {
        parameters: {
            query?: {
                /** @description Option to fetch utterances */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the intent to be retrieved. */
                intentId: string;
                /** @description Miner ID */
                minerId: string;
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
                    "application/json": components["schemas"]["MinerIntent"];
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
    getLanguageunderstandingMinerTopics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Miner ID */
                minerId: string;
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
                    "application/json": components["schemas"]["MinerTopicsListing"];
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
    getLanguageunderstandingMinerTopic: {
        parameters: {
            query?: {
                /** @description Option to fetch phrases */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description Miner ID */
                minerId: string;
                /** @description The ID of the topic to be retrieved. */
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
                    "application/json": components["schemas"]["MinerTopic"];
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
    getLanguageunderstandingMinerTopicPhrase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Miner ID */
                minerId: string;
                /** @description The ID of the phrase to be retrieved. */
                phraseId: string;
                /** @description The ID of the topic to be retrieved. */
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
                    "application/json": components["schemas"]["MinerTopicPhrase"];
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
    getLanguageunderstandingSettings: {
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
                    "application/json": components["schemas"]["NluOrganization"];
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
