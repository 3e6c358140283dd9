// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/learning/openapi.yaml (sha256 af30e39222ba863e)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area learning` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Learning (38 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const learning = learningApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function learningApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/learning/assessments/scoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Score learning assessment for preview
         * @permissions ANY: any one of `learning:module:view`, `learning:module:add`, `learning:module:edit`
         */
        post: operations["postLearningAssessmentsScoring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List of Learning module Assignments
         * @description Either moduleId or user value is required
         * @permissions ANY: `learning:assignment:view`
         */
        get: operations["getLearningAssignments"];
        put?: never;
        /**
         * Create Learning Assignment
         * @permissions ANY: `learning:assignment:add`
         */
        post: operations["postLearningAssignments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/assignments/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Learning Assignment
         * @description Permission not required if you are the assigned user of the learning assignment
         * @permissions ANY: `learning:assignment:view`
         */
        get: operations["getLearningAssignment"];
        put?: never;
        post?: never;
        /**
         * Delete a learning assignment
         * @permissions ANY: `learning:assignment:delete`
         */
        delete: operations["deleteLearningAssignment"];
        options?: never;
        head?: never;
        /**
         * Update Learning Assignment
         * @permissions none required
         */
        patch: operations["patchLearningAssignment"];
        trace?: never;
    };
    "/api/v2/learning/assignments/{assignmentId}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reassign Learning Assignment
         * @description This will reassign the state of the assignment to Assigned and update the assignment to the latest version of the module
         * @permissions ANY: `learning:assignment:add`
         */
        post: operations["postLearningAssignmentReassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/assignments/{assignmentId}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Reschedule Learning Assignment
         * @permissions ANY: `learning:assignment:reschedule`
         */
        patch: operations["patchLearningAssignmentReschedule"];
        trace?: never;
    };
    "/api/v2/learning/assignments/{assignmentId}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset Learning Assignment
         * @description This will reset the state of the assignment to Assigned and remove the version of Learning module associated with the assignment
         * @permissions ANY: `learning:assignment:reset`
         */
        post: operations["postLearningAssignmentReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/assignments/{assignmentId}/steps/{stepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Learning Assignment Step
         * @description Permission not required if you are the assigned user of the learning assignment
         * @permissions ANY: `learning:assignment:viewOwn`
         */
        get: operations["getLearningAssignmentStep"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Learning Assignment Step
         * @description Permission not required if you are the assigned user of the learning assignment
         * @permissions ANY: `learning:assignment:editOwn`
         */
        patch: operations["patchLearningAssignmentStep"];
        trace?: never;
    };
    "/api/v2/learning/assignments/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve aggregated assignment data
         * @permissions ANY: `learning:assignment:view`
         */
        post: operations["postLearningAssignmentsAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/assignments/bulkadd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add multiple learning assignments
         * @permissions ANY: `learning:assignment:add`
         */
        post: operations["postLearningAssignmentsBulkadd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/assignments/bulkremove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove multiple Learning Assignments
         * @permissions ANY: `learning:assignment:delete`
         */
        post: operations["postLearningAssignmentsBulkremove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/assignments/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List of Learning Assignments assigned to current user
         * @permissions none required
         */
        get: operations["getLearningAssignmentsMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all learning modules of an organization
         * @permissions ANY: `learning:module:view`
         */
        get: operations["getLearningModules"];
        put?: never;
        /**
         * Create a new learning module
         * @description This will create a new unpublished learning module with the specified fields.
         * @permissions ANY: `learning:module:add`
         */
        post: operations["postLearningModules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/modules/{moduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a learning module
         * @permissions ANY: `learning:module:view`
         */
        get: operations["getLearningModule"];
        /**
         * Update a learning module
         * @description This will update the name, description, completion time in days and inform steps for a learning module
         * @permissions ANY: `learning:module:edit`
         */
        put: operations["putLearningModule"];
        post?: never;
        /**
         * Delete a learning module
         * @description This will delete a learning module if it is unpublished or it will delete a published and archived learning module
         * @permissions ANY: `learning:module:delete`
         */
        delete: operations["deleteLearningModule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/modules/{moduleId}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Starts a specified operation on learning module
         * @description This will initiate operation specified in the request body for a learning module
         * @permissions ANY: `learning:module:add`
         */
        post: operations["postLearningModuleJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/modules/{moduleId}/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific Learning Module job status
         * @permissions ANY: `learning:module:view`
         */
        get: operations["getLearningModuleJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/modules/{moduleId}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a learning module preview
         * @permissions ANY: `learning:module:preview`
         */
        get: operations["getLearningModulePreview"];
        /**
         * Update a learning module preview
         * @description This will update a learning module preview
         * @permissions ANY: `learning:module:preview`
         */
        put: operations["putLearningModulePreview"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/modules/{moduleId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a Learning module
         * @permissions ANY: `learning:module:publish`
         */
        post: operations["postLearningModulePublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/modules/{moduleId}/rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a learning module rule
         * @permissions ANY: `learning:rule:view`
         */
        get: operations["getLearningModuleRule"];
        /**
         * Update a learning module rule
         * @description This will update a learning module rule with the specified fields.
         * @permissions ANY: `learning:rule:edit`
         */
        put: operations["putLearningModuleRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/modules/{moduleId}/rule/migrate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Migrate a legacy learning module rule to a users rule.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `learning:module:edit`
         */
        post: operations["postLearningModuleRuleMigrate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/modules/{moduleId}/users/{userId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an external assignment for a specific user
         * @permissions ALL: `learning:externalAssignment:edit`
         */
        patch: operations["patchLearningModuleUserAssignments"];
        trace?: never;
    };
    "/api/v2/learning/modules/{moduleId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get specific version of a published module
         * @permissions ANY: `learning:module:view`
         */
        get: operations["getLearningModuleVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/modules/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all learning modules of an organization including assignments for a specific user
         * @permissions ALL: all of `learning:module:view`, `learning:assignment:view`
         */
        get: operations["getLearningModulesAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/modules/coverart/{coverArtId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific Learning Module cover art using ID
         * @permissions ANY: `learning:coverart:view`
         */
        get: operations["getLearningModulesCoverartCoverArtId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/rules/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get users for learning module rule
         * @description This will get the users who matches the given rule.
         * @permissions ANY: `learning:rule:view`
         */
        post: operations["postLearningRulesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/scheduleslots/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start job to retrieve slots where a learning activity can be scheduled.
         * @permissions ANY: `learning:scheduleSlotJob:add`
         */
        post: operations["postLearningScheduleslotsJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/scheduleslots/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the status of the job for the slots where a learning activity can be scheduled.
         * @permissions ANY: `learning:scheduleSlotJob:view`
         */
        get: operations["getLearningScheduleslotsJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/scheduleslots/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get list of possible slots where a learning activity can be scheduled.
         * @permissions ANY: `learning:scheduleSlot:view`
         */
        post: operations["postLearningScheduleslotsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/scorm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a SCORM package upload request
         * @permissions ANY: `learning:scorm:add`
         */
        post: operations["postLearningScorm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/learning/scorm/{scormId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Learning SCORM Result
         * @permissions ANY: `learning:scorm:view`
         */
        get: operations["getLearningScormScormId"];
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
        AnswerOption: {
            assistanceConditions?: components["schemas"]["AssistanceCondition"][];
            builtInType?: string;
            contextId?: string;
            id?: string;
            text?: string;
            /** Format: int32 */
            value?: number;
        };
        AssessmentForm: {
            contextId?: string;
            dateModified?: string;
            id?: string;
            passPercent: number;
            published?: boolean;
            questionGroups: components["schemas"]["AssessmentFormQuestionGroup"][];
            selfUri?: string;
        };
        AssessmentFormQuestion: {
            answerOptions?: components["schemas"]["AnswerOption"][];
            commentsRequired?: boolean;
            contextId?: string;
            helpText?: string;
            id?: string;
            isCritical?: boolean;
            isKill?: boolean;
            maxResponseCharacters?: number;
            naEnabled?: boolean;
            text: string;
            type?: string;
            visibilityCondition?: components["schemas"]["VisibilityCondition"];
        };
        AssessmentFormQuestionGroup: {
            contextId?: string;
            defaultAnswersToHighest?: boolean;
            defaultAnswersToNA?: boolean;
            id?: string;
            manualWeight?: boolean;
            naEnabled?: boolean;
            name: string;
            questions: components["schemas"]["AssessmentFormQuestion"][];
            selfUri?: string;
            type: string;
            visibilityCondition?: components["schemas"]["VisibilityCondition"];
            weight?: number;
        };
        AssessmentQuestionGroupScore: {
            markedNA?: boolean;
            maxTotalCriticalScore?: number;
            maxTotalCriticalScoreUnweighted?: number;
            maxTotalNonCriticalScore?: number;
            maxTotalNonCriticalScoreUnweighted?: number;
            maxTotalScore?: number;
            maxTotalScoreUnweighted?: number;
            questionGroupId: string;
            questionScores?: components["schemas"]["AssessmentQuestionScore"][];
            systemMarkedNA?: boolean;
            totalCriticalScore?: number;
            totalCriticalScoreUnweighted?: number;
            totalNonCriticalScore?: number;
            totalNonCriticalScoreUnweighted?: number;
            totalScore?: number;
            totalScoreUnweighted?: number;
        };
        AssessmentQuestionScore: {
            answerId?: string;
            comments?: string;
            failedKillQuestion?: boolean;
            freeTextAnswer?: string;
            markedNA?: boolean;
            questionId: string;
            score?: number;
            systemMarkedNA?: boolean;
        };
        AssessmentScoringSet: {
            agentComments?: string;
            comments?: string;
            failureReasons?: string[];
            isPassed?: boolean;
            questionGroupScores: components["schemas"]["AssessmentQuestionGroupScore"][];
            totalCriticalScore?: number;
            totalNonCriticalScore?: number;
            totalScore?: number;
        };
        AssignedLearningModule: {
            archivalMode?: string;
            assessmentForm?: components["schemas"]["AssessmentForm"];
            autoAssign?: components["schemas"]["LearningModuleAutoAssignResponse"];
            completionTimeInDays: number;
            coverArt?: components["schemas"]["LearningModuleCoverArtResponse"];
            createdBy?: components["schemas"]["UserReference"];
            currentAssignments?: components["schemas"]["LearningAssignment"][];
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            enforceContentOrder?: boolean;
            excludedFromCatalog?: boolean;
            externalId?: string;
            id?: string;
            informSteps?: components["schemas"]["LearningModuleInformStep"][];
            isArchived?: boolean;
            isPublished?: boolean;
            lengthInMinutes?: number;
            modifiedBy?: components["schemas"]["UserReference"];
            name: string;
            reassignSummaryData?: components["schemas"]["LearningModuleReassignSummary"];
            reviewAssessmentResults?: components["schemas"]["ReviewAssessmentResults"];
            rule?: components["schemas"]["LearningModuleRule"];
            selfUri?: string;
            source?: string;
            summaryData?: components["schemas"]["LearningModuleSummary"];
            type?: string;
            version?: number;
        };
        AssignedLearningModuleDomainEntityListing: {
            entities?: components["schemas"]["AssignedLearningModule"][];
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
        AssistanceCondition: {
            operator?: string;
            topicIds?: string[];
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        DisallowedEntityLearningAssignmentItem: {
            entity?: components["schemas"]["LearningAssignmentItem"];
            errorCode?: string;
        };
        DisallowedEntityLearningAssignmentReference: {
            entity?: components["schemas"]["LearningAssignmentReference"];
            errorCode?: string;
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
        LearningAssessment: {
            answers?: components["schemas"]["AssessmentScoringSet"];
            assessmentFormId?: string;
            assessmentId?: string;
            contextId?: string;
            dateCreated?: string;
            dateModified?: string;
            dateSubmitted?: string;
            status?: string;
        };
        LearningAssessmentScoringRequest: {
            answers: components["schemas"]["AssessmentScoringSet"];
            assessmentForm: components["schemas"]["AssessmentForm"];
        };
        LearningAssignment: {
            assessment?: components["schemas"]["LearningAssessment"];
            assessmentCompletionPercentage?: number;
            assessmentForm?: components["schemas"]["AssessmentForm"];
            assessmentPercentageScore?: number;
            completionPercentage?: number;
            createdBy?: components["schemas"]["UserReference"];
            dateCompleted?: string;
            dateCreated?: string;
            dateModified?: string;
            dateRecommendedForCompletion?: string;
            id?: string;
            isLatest?: boolean;
            isManual?: boolean;
            isOverdue?: boolean;
            isPassed?: boolean;
            isRule?: boolean;
            lengthInMinutes?: number;
            modifiedBy?: components["schemas"]["UserReference"];
            module?: components["schemas"]["LearningModule"];
            nextStep?: components["schemas"]["LearningAssignmentStep"];
            percentageScore?: number;
            selfUri?: string;
            state?: string;
            steps?: components["schemas"]["LearningAssignmentStep"][];
            user?: components["schemas"]["UserReference"];
            version?: number;
        };
        LearningAssignmentAggregateParam: {
            filter: components["schemas"]["LearningAssignmentAggregateQueryRequestFilter"];
            groupBy?: string[];
            interval: string;
            metrics?: string[];
        };
        LearningAssignmentAggregateQueryRequestClause: {
            predicates: components["schemas"]["LearningAssignmentAggregateQueryRequestPredicate"][];
            type: string;
        };
        LearningAssignmentAggregateQueryRequestFilter: {
            clauses: components["schemas"]["LearningAssignmentAggregateQueryRequestClause"][];
            type: string;
        };
        LearningAssignmentAggregateQueryRequestPredicate: {
            dimension: string;
            value: string;
        };
        LearningAssignmentAggregateQueryResponseData: {
            interval?: string;
            metrics?: components["schemas"]["LearningAssignmentAggregateQueryResponseMetric"][];
        };
        LearningAssignmentAggregateQueryResponseGroupedData: {
            data?: components["schemas"]["LearningAssignmentAggregateQueryResponseData"][];
            group?: {
                [key: string]: string;
            };
        };
        LearningAssignmentAggregateQueryResponseMetric: {
            metric?: string;
            stats?: components["schemas"]["LearningAssignmentAggregateQueryResponseStats"];
        };
        LearningAssignmentAggregateQueryResponseStats: {
            count?: number;
            max?: number;
            min?: number;
            sum?: number;
        };
        LearningAssignmentAggregateResponse: {
            results?: components["schemas"]["LearningAssignmentAggregateQueryResponseGroupedData"][];
        };
        LearningAssignmentBulkAddResponse: {
            disallowedEntities?: components["schemas"]["DisallowedEntityLearningAssignmentItem"][];
            entities?: components["schemas"]["LearningAssignment"][];
        };
        LearningAssignmentBulkRemoveResponse: {
            disallowedEntities?: components["schemas"]["DisallowedEntityLearningAssignmentReference"][];
            entities?: components["schemas"]["LearningAssignmentEntity"][];
        };
        LearningAssignmentCreate: {
            addToSchedule?: boolean;
            lengthInMinutes?: number;
            moduleId: string;
            recommendedCompletionDate?: string;
            userId: string;
        };
        LearningAssignmentEntity: {
            assignmentId?: string;
        };
        LearningAssignmentExternalUpdate: {
            isPassed?: boolean;
            percentageScore?: number;
            state?: string;
        };
        LearningAssignmentItem: {
            moduleId: string;
            userId: string;
        };
        LearningAssignmentReference: {
            id?: string;
            selfUri?: string;
        };
        LearningAssignmentReschedule: {
            addToSchedule?: boolean;
            dateRecommendedForCompletion: string;
            lengthInMinutes?: number;
        };
        LearningAssignmentsDomainEntity: {
            entities?: components["schemas"]["LearningAssignment"][];
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
        LearningAssignmentStep: {
            completionPercentage?: number;
            completionStatus?: string;
            id?: string;
            moduleStep?: components["schemas"]["LearningModuleInformStep"];
            percentageScore?: number;
            selfUri?: string;
            shareableContentObject?: components["schemas"]["LearningShareableContentObject"];
            signedCookie?: components["schemas"]["LearningAssignmentStepSignedCookie"];
            structure?: components["schemas"]["LearningAssignmentStepScoStructure"][];
            successStatus?: string;
        };
        LearningAssignmentStepScoStructure: {
            children?: components["schemas"]["LearningAssignmentStepScoStructure"][];
            completionStatus?: string;
            id?: string;
            name?: string;
            successStatus?: string;
        };
        LearningAssignmentStepSignedCookie: {
            cookieValues?: {
                [key: string]: string;
            };
            url?: string;
        };
        LearningAssignmentUpdate: {
            assessment?: components["schemas"]["LearningAssessment"];
            state?: string;
        };
        LearningAssignmentUser: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        LearningAssignmentUserListing: {
            entities?: components["schemas"]["LearningAssignmentUser"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
            unfilteredTotal?: number;
        };
        LearningAssignmentUserQuery: {
            rule: components["schemas"]["LearningModuleRule"];
            searchTerm?: string;
        };
        LearningCoverArtThumbnail: {
            resolution?: string;
            url?: string;
        };
        LearningModule: {
            archivalMode?: string;
            assessmentForm?: components["schemas"]["AssessmentForm"];
            autoAssign?: components["schemas"]["LearningModuleAutoAssignResponse"];
            completionTimeInDays: number;
            coverArt?: components["schemas"]["LearningModuleCoverArtResponse"];
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            enforceContentOrder?: boolean;
            excludedFromCatalog?: boolean;
            externalId?: string;
            id?: string;
            informSteps?: components["schemas"]["LearningModuleInformStep"][];
            isArchived?: boolean;
            isPublished?: boolean;
            lengthInMinutes?: number;
            modifiedBy?: components["schemas"]["UserReference"];
            name: string;
            reassignSummaryData?: components["schemas"]["LearningModuleReassignSummary"];
            reviewAssessmentResults?: components["schemas"]["ReviewAssessmentResults"];
            rule?: components["schemas"]["LearningModuleRule"];
            selfUri?: string;
            source?: string;
            summaryData?: components["schemas"]["LearningModuleSummary"];
            type?: string;
            version?: number;
        };
        LearningModuleAutoAssignRequest: {
            enabled: boolean;
            ruleId: string;
        };
        LearningModuleAutoAssignResponse: {
            enabled: boolean;
            rule: components["schemas"]["UsersRulesRuleReference"];
        };
        LearningModuleCoverArtRequest: {
            id: string;
        };
        LearningModuleCoverArtResponse: {
            id?: string;
            selfUri?: string;
            thumbnails?: components["schemas"]["LearningCoverArtThumbnail"][];
            url?: string;
        };
        LearningModuleInformStep: {
            contentType?: string;
            description?: string;
            displayName?: string;
            name?: string;
            order: number;
            sharingUri?: string;
            type: string;
            value: string;
        };
        LearningModuleInformStepRequest: {
            contentType?: string;
            description?: string;
            displayName?: string;
            name?: string;
            order: number;
            sharingUri?: string;
            type: string;
            value: string;
        };
        LearningModuleJobRequest: {
            action: string;
        };
        LearningModuleJobResponse: {
            id?: string;
            selfUri?: string;
            status?: string;
        };
        LearningModuleList: {
            entities?: components["schemas"]["LearningModule"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
            totalLegacyRules?: number;
        };
        LearningModuleMigrateResponse: {
            autoAssign: components["schemas"]["LearningModuleAutoAssignResponse"];
        };
        LearningModulePreviewGetResponse: {
            assessmentForm?: components["schemas"]["AssessmentForm"];
            assignment?: components["schemas"]["LearningModulePreviewGetResponseAssignment"];
            coverArt?: components["schemas"]["LearningModuleCoverArtResponse"];
            description?: string;
            enforceContentOrder?: boolean;
            id?: string;
            name: string;
            reviewAssessmentResults?: components["schemas"]["ReviewAssessmentResults"];
            selfUri?: string;
        };
        LearningModulePreviewGetResponseAssignment: {
            assessmentCompletionPercentage?: number;
            assessmentPercentageScore?: number;
            completionPercentage?: number;
            isPassed?: boolean;
            percentageScore?: number;
            state?: string;
            steps?: components["schemas"]["LearningModulePreviewGetResponseStep"][];
        };
        LearningModulePreviewGetResponseStep: {
            completionPercentage?: number;
            completionStatus?: string;
            id?: string;
            moduleStep?: components["schemas"]["LearningModuleInformStep"];
            percentageScore?: number;
            signedCookie?: components["schemas"]["LearningAssignmentStepSignedCookie"];
            structure?: components["schemas"]["LearningModulePreviewGetScoStructure"][];
            successStatus?: string;
        };
        LearningModulePreviewGetScoStructure: {
            children?: components["schemas"]["LearningModulePreviewGetScoStructure"][];
            completionStatus?: string;
            id?: string;
            name?: string;
            percentageScore?: number;
            shareableContentObject?: components["schemas"]["LearningShareableContentObject"];
            successStatus?: string;
        };
        LearningModulePreviewUpdateRequest: {
            assessment?: components["schemas"]["LearningAssessment"];
            assessmentForm?: components["schemas"]["AssessmentForm"];
            currentStep?: components["schemas"]["LearningModulePreviewUpdateRequestCurrentStep"];
            state?: string;
            steps?: components["schemas"]["LearningModulePreviewUpdateStep"][];
        };
        LearningModulePreviewUpdateRequestCurrentStep: {
            completionPercentage?: number;
            id?: string;
            shareableContentObject?: components["schemas"]["LearningShareableContentObject"];
        };
        LearningModulePreviewUpdateResponse: {
            assignment?: components["schemas"]["LearningModulePreviewUpdateResponseAssignment"];
            id?: string;
        };
        LearningModulePreviewUpdateResponseAssignment: {
            assessmentCompletionPercentage?: number;
            assessmentPercentageScore?: number;
            completionPercentage?: number;
            currentStep?: components["schemas"]["LearningModulePreviewUpdateResponseCurrentStep"];
            isPassed?: boolean;
            percentageScore?: number;
            state?: string;
            steps?: components["schemas"]["LearningModulePreviewUpdateStep"][];
        };
        LearningModulePreviewUpdateResponseCurrentStep: {
            shareableContentObject?: components["schemas"]["LearningShareableContentObject"];
        };
        LearningModulePreviewUpdateScoStructure: {
            children?: components["schemas"]["LearningModulePreviewUpdateScoStructure"][];
            completionStatus?: string;
            id?: string;
            name?: string;
            percentageScore?: number;
            successStatus?: string;
        };
        LearningModulePreviewUpdateStep: {
            completionPercentage?: number;
            completionStatus?: string;
            id?: string;
            percentageScore?: number;
            structure?: components["schemas"]["LearningModulePreviewUpdateScoStructure"][];
            successStatus?: string;
        };
        LearningModulePublishRequest: {
            termsAndConditionsAccepted?: boolean;
        };
        LearningModulePublishResponse: {
            id?: string;
            selfUri?: string;
            version?: number;
        };
        LearningModuleReassignSummary: {
            assignedCount?: number;
            completedCount?: number;
            inProgressCount?: number;
            notCompletedCount?: number;
            totalReassigned?: number;
        };
        LearningModuleRequest: {
            assessmentForm?: components["schemas"]["AssessmentForm"];
            autoAssign?: components["schemas"]["LearningModuleAutoAssignRequest"];
            completionTimeInDays: number;
            coverArt?: components["schemas"]["LearningModuleCoverArtRequest"];
            description?: string;
            enforceContentOrder?: boolean;
            excludedFromCatalog?: boolean;
            externalId?: string;
            informSteps?: components["schemas"]["LearningModuleInformStepRequest"][];
            lengthInMinutes?: number;
            name: string;
            reviewAssessmentResults?: components["schemas"]["ReviewAssessmentResults"];
            type?: string;
        };
        LearningModuleRule: {
            id?: string;
            isActive: boolean;
            parts: components["schemas"]["LearningModuleRuleParts"][];
            selfUri?: string;
        };
        LearningModuleRuleParts: {
            operation: string;
            order: number;
            selector: string;
            value: string[];
        };
        LearningModuleSummary: {
            assignedCount?: number;
            completedCount?: number;
            completedSum?: number;
            passedCount?: number;
        };
        LearningScheduleSlotsJobRequest: {
            activityCodeId: string;
            intervals: string[];
            lengthInMinutes: number;
            slotsType: string;
            userIds: string[];
        };
        LearningScheduleSlotsJobResponse: {
            activityCodeId?: string;
            businessUnitId?: string;
            id?: string;
            lengthInMinutes?: number;
            results?: components["schemas"]["LearningScheduleSlotsJobResult"][];
            selfUri?: string;
            slotsType?: string;
            userIds?: string[];
        };
        LearningScheduleSlotsJobResult: {
            interval?: string;
            slot?: components["schemas"]["LearningScheduleSlotsJobSlot"];
            status?: string;
        };
        LearningScheduleSlotsJobSchedule: {
            id?: string;
            selfUri?: string;
            weekCount?: number;
            weekDate?: string;
        };
        LearningScheduleSlotsJobSlot: {
            dateStart?: string;
            schedule?: components["schemas"]["LearningScheduleSlotsJobSchedule"];
        };
        LearningScheduleSlotsQueryRequest: {
            interruptibleAssignmentId?: string;
            interval: string;
            lengthInMinutes: number;
            userIds: string[];
        };
        LearningScheduleSlotsQueryResponse: {
            suggestedSlots?: components["schemas"]["LearningSlot"][];
            wfmScheduleActivities?: components["schemas"]["LearningSlotWfmScheduleActivity"][];
        };
        LearningScormResponse: {
            errorCode?: string;
            errorMessage?: string;
            id?: string;
            percentageUnpacked?: number;
            selfUri?: string;
            status?: string;
        };
        LearningScormUploadRequest: {
            contentMd5: string;
        };
        LearningScormUploadResponse: {
            headers?: {
                [key: string]: string;
            };
            id?: string;
            selfUri?: string;
            status?: string;
            uploadUrl?: string;
        };
        LearningShareableContentObject: {
            credit?: string;
            entry?: string;
            exit?: string;
            href?: string;
            id: string;
            launchData?: string;
            lessonStatus?: string;
            location?: string;
            mode?: string;
            parameters?: string;
            scoreMax?: number;
            scoreMin?: number;
            scoreRaw?: number;
            sessionTime?: string;
            suspendData?: string;
            totalTime?: string;
        };
        LearningSlot: {
            dateStart?: string;
            differenceRating?: string;
            lengthInMinutes?: number;
            staffingDifference?: number;
        };
        LearningSlotFullDayTimeOffMarker: {
            activityCodeId?: string;
            businessUnitDate?: string;
            description?: string;
            lengthMinutes?: number;
            paid?: boolean;
            timeOffRequestId?: string;
        };
        LearningSlotScheduleActivity: {
            activityCodeId?: string;
            dateStart?: string;
            description?: string;
            externalActivityId?: string;
            externalActivityType?: string;
            lengthMinutes?: number;
            paid?: boolean;
            timeOffRequestId?: string;
        };
        LearningSlotWfmScheduleActivity: {
            activities?: components["schemas"]["LearningSlotScheduleActivity"][];
            fullDayTimeOffMarkers?: components["schemas"]["LearningSlotFullDayTimeOffMarker"][];
            user?: components["schemas"]["UserReference"];
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        ReviewAssessmentResults: {
            byAssignees?: boolean;
            byViewers?: boolean;
        };
        UserReference: {
            id?: string;
            selfUri?: string;
        };
        UsersRulesRuleReference: {
            id?: string;
            selfUri?: string;
        };
        VisibilityCondition: {
            /** @enum {string} */
            combiningOperation?: "AND" | "OR" | (string & {});
            /** @description A list of strings, each representing the location in the form of the Answer Option to depend on. In the format of "/form/questionGroup/{questionGroupIndex}/question/{questionIndex}/answer/{answerIndex}" or, to assume the current question group, "../question/{questionIndex}/answer/{answerIndex}". Note: Indexes are zero-based */
            predicates?: {
                [key: string]: unknown;
            }[];
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
export type SchemaAnswerOption = components['schemas']['AnswerOption'];
export type SchemaAssessmentForm = components['schemas']['AssessmentForm'];
export type SchemaAssessmentFormQuestion = components['schemas']['AssessmentFormQuestion'];
export type SchemaAssessmentFormQuestionGroup = components['schemas']['AssessmentFormQuestionGroup'];
export type SchemaAssessmentQuestionGroupScore = components['schemas']['AssessmentQuestionGroupScore'];
export type SchemaAssessmentQuestionScore = components['schemas']['AssessmentQuestionScore'];
export type SchemaAssessmentScoringSet = components['schemas']['AssessmentScoringSet'];
export type SchemaAssignedLearningModule = components['schemas']['AssignedLearningModule'];
export type SchemaAssignedLearningModuleDomainEntityListing = components['schemas']['AssignedLearningModuleDomainEntityListing'];
export type SchemaAssistanceCondition = components['schemas']['AssistanceCondition'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDisallowedEntityLearningAssignmentItem = components['schemas']['DisallowedEntityLearningAssignmentItem'];
export type SchemaDisallowedEntityLearningAssignmentReference = components['schemas']['DisallowedEntityLearningAssignmentReference'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaLearningAssessment = components['schemas']['LearningAssessment'];
export type SchemaLearningAssessmentScoringRequest = components['schemas']['LearningAssessmentScoringRequest'];
export type SchemaLearningAssignment = components['schemas']['LearningAssignment'];
export type SchemaLearningAssignmentAggregateParam = components['schemas']['LearningAssignmentAggregateParam'];
export type SchemaLearningAssignmentAggregateQueryRequestClause = components['schemas']['LearningAssignmentAggregateQueryRequestClause'];
export type SchemaLearningAssignmentAggregateQueryRequestFilter = components['schemas']['LearningAssignmentAggregateQueryRequestFilter'];
export type SchemaLearningAssignmentAggregateQueryRequestPredicate = components['schemas']['LearningAssignmentAggregateQueryRequestPredicate'];
export type SchemaLearningAssignmentAggregateQueryResponseData = components['schemas']['LearningAssignmentAggregateQueryResponseData'];
export type SchemaLearningAssignmentAggregateQueryResponseGroupedData = components['schemas']['LearningAssignmentAggregateQueryResponseGroupedData'];
export type SchemaLearningAssignmentAggregateQueryResponseMetric = components['schemas']['LearningAssignmentAggregateQueryResponseMetric'];
export type SchemaLearningAssignmentAggregateQueryResponseStats = components['schemas']['LearningAssignmentAggregateQueryResponseStats'];
export type SchemaLearningAssignmentAggregateResponse = components['schemas']['LearningAssignmentAggregateResponse'];
export type SchemaLearningAssignmentBulkAddResponse = components['schemas']['LearningAssignmentBulkAddResponse'];
export type SchemaLearningAssignmentBulkRemoveResponse = components['schemas']['LearningAssignmentBulkRemoveResponse'];
export type SchemaLearningAssignmentCreate = components['schemas']['LearningAssignmentCreate'];
export type SchemaLearningAssignmentEntity = components['schemas']['LearningAssignmentEntity'];
export type SchemaLearningAssignmentExternalUpdate = components['schemas']['LearningAssignmentExternalUpdate'];
export type SchemaLearningAssignmentItem = components['schemas']['LearningAssignmentItem'];
export type SchemaLearningAssignmentReference = components['schemas']['LearningAssignmentReference'];
export type SchemaLearningAssignmentReschedule = components['schemas']['LearningAssignmentReschedule'];
export type SchemaLearningAssignmentsDomainEntity = components['schemas']['LearningAssignmentsDomainEntity'];
export type SchemaLearningAssignmentStep = components['schemas']['LearningAssignmentStep'];
export type SchemaLearningAssignmentStepScoStructure = components['schemas']['LearningAssignmentStepScoStructure'];
export type SchemaLearningAssignmentStepSignedCookie = components['schemas']['LearningAssignmentStepSignedCookie'];
export type SchemaLearningAssignmentUpdate = components['schemas']['LearningAssignmentUpdate'];
export type SchemaLearningAssignmentUser = components['schemas']['LearningAssignmentUser'];
export type SchemaLearningAssignmentUserListing = components['schemas']['LearningAssignmentUserListing'];
export type SchemaLearningAssignmentUserQuery = components['schemas']['LearningAssignmentUserQuery'];
export type SchemaLearningCoverArtThumbnail = components['schemas']['LearningCoverArtThumbnail'];
export type SchemaLearningModule = components['schemas']['LearningModule'];
export type SchemaLearningModuleAutoAssignRequest = components['schemas']['LearningModuleAutoAssignRequest'];
export type SchemaLearningModuleAutoAssignResponse = components['schemas']['LearningModuleAutoAssignResponse'];
export type SchemaLearningModuleCoverArtRequest = components['schemas']['LearningModuleCoverArtRequest'];
export type SchemaLearningModuleCoverArtResponse = components['schemas']['LearningModuleCoverArtResponse'];
export type SchemaLearningModuleInformStep = components['schemas']['LearningModuleInformStep'];
export type SchemaLearningModuleInformStepRequest = components['schemas']['LearningModuleInformStepRequest'];
export type SchemaLearningModuleJobRequest = components['schemas']['LearningModuleJobRequest'];
export type SchemaLearningModuleJobResponse = components['schemas']['LearningModuleJobResponse'];
export type SchemaLearningModuleList = components['schemas']['LearningModuleList'];
export type SchemaLearningModuleMigrateResponse = components['schemas']['LearningModuleMigrateResponse'];
export type SchemaLearningModulePreviewGetResponse = components['schemas']['LearningModulePreviewGetResponse'];
export type SchemaLearningModulePreviewGetResponseAssignment = components['schemas']['LearningModulePreviewGetResponseAssignment'];
export type SchemaLearningModulePreviewGetResponseStep = components['schemas']['LearningModulePreviewGetResponseStep'];
export type SchemaLearningModulePreviewGetScoStructure = components['schemas']['LearningModulePreviewGetScoStructure'];
export type SchemaLearningModulePreviewUpdateRequest = components['schemas']['LearningModulePreviewUpdateRequest'];
export type SchemaLearningModulePreviewUpdateRequestCurrentStep = components['schemas']['LearningModulePreviewUpdateRequestCurrentStep'];
export type SchemaLearningModulePreviewUpdateResponse = components['schemas']['LearningModulePreviewUpdateResponse'];
export type SchemaLearningModulePreviewUpdateResponseAssignment = components['schemas']['LearningModulePreviewUpdateResponseAssignment'];
export type SchemaLearningModulePreviewUpdateResponseCurrentStep = components['schemas']['LearningModulePreviewUpdateResponseCurrentStep'];
export type SchemaLearningModulePreviewUpdateScoStructure = components['schemas']['LearningModulePreviewUpdateScoStructure'];
export type SchemaLearningModulePreviewUpdateStep = components['schemas']['LearningModulePreviewUpdateStep'];
export type SchemaLearningModulePublishRequest = components['schemas']['LearningModulePublishRequest'];
export type SchemaLearningModulePublishResponse = components['schemas']['LearningModulePublishResponse'];
export type SchemaLearningModuleReassignSummary = components['schemas']['LearningModuleReassignSummary'];
export type SchemaLearningModuleRequest = components['schemas']['LearningModuleRequest'];
export type SchemaLearningModuleRule = components['schemas']['LearningModuleRule'];
export type SchemaLearningModuleRuleParts = components['schemas']['LearningModuleRuleParts'];
export type SchemaLearningModuleSummary = components['schemas']['LearningModuleSummary'];
export type SchemaLearningScheduleSlotsJobRequest = components['schemas']['LearningScheduleSlotsJobRequest'];
export type SchemaLearningScheduleSlotsJobResponse = components['schemas']['LearningScheduleSlotsJobResponse'];
export type SchemaLearningScheduleSlotsJobResult = components['schemas']['LearningScheduleSlotsJobResult'];
export type SchemaLearningScheduleSlotsJobSchedule = components['schemas']['LearningScheduleSlotsJobSchedule'];
export type SchemaLearningScheduleSlotsJobSlot = components['schemas']['LearningScheduleSlotsJobSlot'];
export type SchemaLearningScheduleSlotsQueryRequest = components['schemas']['LearningScheduleSlotsQueryRequest'];
export type SchemaLearningScheduleSlotsQueryResponse = components['schemas']['LearningScheduleSlotsQueryResponse'];
export type SchemaLearningScormResponse = components['schemas']['LearningScormResponse'];
export type SchemaLearningScormUploadRequest = components['schemas']['LearningScormUploadRequest'];
export type SchemaLearningScormUploadResponse = components['schemas']['LearningScormUploadResponse'];
export type SchemaLearningShareableContentObject = components['schemas']['LearningShareableContentObject'];
export type SchemaLearningSlot = components['schemas']['LearningSlot'];
export type SchemaLearningSlotFullDayTimeOffMarker = components['schemas']['LearningSlotFullDayTimeOffMarker'];
export type SchemaLearningSlotScheduleActivity = components['schemas']['LearningSlotScheduleActivity'];
export type SchemaLearningSlotWfmScheduleActivity = components['schemas']['LearningSlotWfmScheduleActivity'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaReviewAssessmentResults = components['schemas']['ReviewAssessmentResults'];
export type SchemaUserReference = components['schemas']['UserReference'];
export type SchemaUsersRulesRuleReference = components['schemas']['UsersRulesRuleReference'];
export type SchemaVisibilityCondition = components['schemas']['VisibilityCondition'];
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
    postLearningAssessmentsScoring: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Assessment form and answers to score */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningAssessmentScoringRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentScoringSet"];
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
    getLearningAssignments: {
        parameters: {
            query?: {
                /** @description Specifies the range of completion dates to be used for filtering. A maximum of 1 year can be specified in the range. End date is not inclusive. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
                completionInterval?: string;
                /** @description Specifies the expand option for returning additional information */
                expand?: string[];
                /** @description Specifies the range of dueDates to be queried. Milliseconds will be truncated. A maximum of 1 year can be specified in the range. End date is not inclusive. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
                interval?: string;
                /** @description The maximum assessment score for an assignment (completed with assessment) to be included in the results (inclusive) */
                maxPercentageScore?: number;
                /** @description The minimum assessment score for an assignment (completed with assessment) to be included in the results (inclusive) */
                minPercentageScore?: number;
                /** @description Specifies the ID of the learning module. Fetch assignments for learning module ID */
                moduleId?: string;
                /** @description Specifies if only the non-overdue (overdue is False) or overdue (overdue is True) assignments are returned. If overdue is Any or if the overdue parameter is not supplied, all assignments are returned */
                overdue?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Specifies if only the failed (pass is False) or passed (pass is True) assignments (completed with assessment)are returned. If pass is Any or if the pass parameter is not supplied, all assignments are returned */
                pass?: string;
                /** @description Specifies which field to sort the results by, default sort is by recommendedCompletionDate */
                sortBy?: string;
                /** @description Specifies result set sort order; if not specified, default sort order is descending (Desc) */
                sortOrder?: string;
                /** @description Specifies the assignment states to filter by */
                states?: string[];
                /** @description Specifies the module types to filter by. Informational, AssessedContent and Assessment are deprecated */
                types?: string[];
                /** @description Specifies the list of user IDs to be queried, up to 100 user IDs. */
                userId?: string[];
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
                    "application/json": components["schemas"]["LearningAssignmentsDomainEntity"];
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
    postLearningAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Learning Assignment to be created */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LearningAssignmentCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAssignment"];
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
    getLearningAssignment: {
        parameters: {
            query?: {
                /** @description Fields to expand in response */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The ID of Learning Assignment */
                assignmentId: string;
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
                    "application/json": components["schemas"]["LearningAssignment"];
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
    deleteLearningAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Learning Assignment ID */
                assignmentId: string;
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
    patchLearningAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of Learning Assignment */
                assignmentId: string;
            };
            cookie?: never;
        };
        /** @description The Learning Assignment to be updated */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LearningAssignmentUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAssignment"];
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
    postLearningAssignmentReassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Learning Assignment ID */
                assignmentId: string;
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
                    "application/json": components["schemas"]["LearningAssignment"];
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
    patchLearningAssignmentReschedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of Learning Assignment */
                assignmentId: string;
            };
            cookie?: never;
        };
        /** @description The Learning assignment reschedule model */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LearningAssignmentReschedule"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAssignment"];
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
    postLearningAssignmentReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Learning Assignment ID */
                assignmentId: string;
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
                    "application/json": components["schemas"]["LearningAssignment"];
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
    getLearningAssignmentStep: {
        parameters: {
            query?: {
                /** @description The default SCO to retrieve */
                defaultShareableContentObject?: string;
                /** @description Fields to expand in response */
                expand?: string[];
                /** @description The ID of SCO to load */
                shareableContentObjectId?: string;
            };
            header?: never;
            path: {
                /** @description The ID of Learning Assignment */
                assignmentId: string;
                /** @description The ID of Learning Assignment Step */
                stepId: string;
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
                    "application/json": components["schemas"]["LearningAssignmentStep"];
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
    patchLearningAssignmentStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of Learning Assignment */
                assignmentId: string;
                /** @description The ID of Learning Assignment Step */
                stepId: string;
            };
            cookie?: never;
        };
        /** @description The Learning Assignment Step to be updated */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LearningAssignmentStep"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAssignmentStep"];
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
    postLearningAssignmentsAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Aggregate Request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningAssignmentAggregateParam"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAssignmentAggregateResponse"];
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
    postLearningAssignmentsBulkadd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The learning assignments to be created */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LearningAssignmentItem"][];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAssignmentBulkAddResponse"];
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
    postLearningAssignmentsBulkremove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The IDs of the learning assignments to be removed */
        requestBody?: {
            content: {
                "application/json": string[];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAssignmentBulkRemoveResponse"];
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
    getLearningAssignmentsMe: {
        parameters: {
            query?: {
                /** @description Specifies the range of completion dates to be used for filtering. A maximum of 1 year can be specified in the range. End date is not inclusive. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
                completionInterval?: string;
                /** @description Specifies the expand option for returning additional information */
                expand?: string[];
                /** @description Specifies the range of dueDates to be queried. Milliseconds will be truncated. A maximum of 1 year can be specified in the range. End date is not inclusive. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
                interval?: string;
                /** @description The maximum assessment score for an assignment (completed with assessment) to be included in the results (inclusive) */
                maxPercentageScore?: number;
                /** @description The minimum assessment score for an assignment (completed with assessment) to be included in the results (inclusive) */
                minPercentageScore?: number;
                /** @description Specifies the ID of the learning module. Fetch assignments for learning module ID */
                moduleId?: string;
                /** @description Specifies if only the non-overdue (overdue is False) or overdue (overdue is True) assignments are returned. If overdue is Any or if the overdue parameter is not supplied, all assignments are returned */
                overdue?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Specifies if only the failed (pass is False) or passed (pass is True) assignments (completed with assessment)are returned. If pass is Any or if the pass parameter is not supplied, all assignments are returned */
                pass?: string;
                /** @description Specifies which field to sort the results by, default sort is by recommendedCompletionDate */
                sortBy?: string;
                /** @description Specifies result set sort order; if not specified, default sort order is descending (Desc) */
                sortOrder?: string;
                /** @description Specifies the assignment states to filter by */
                states?: string[];
                /** @description Specifies the module types to filter by. Informational, AssessedContent and Assessment are deprecated */
                types?: string[];
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
                    "application/json": components["schemas"]["LearningAssignmentsDomainEntity"];
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
    getLearningModules: {
        parameters: {
            query?: {
                /** @description Fields to expand in response(case insensitive) */
                expand?: string[];
                /** @description Specifies the module external IDs to filter by. Only one ID is allowed */
                externalIds?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Search Term (searchable by name) */
                searchTerm?: string;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
                /** @description Specifies the module statuses to filter by */
                statuses?: string[];
                /** @description Specifies the module types. Informational, AssessedContent and Assessment are deprecated */
                types?: string[];
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
                    "application/json": components["schemas"]["LearningModuleList"];
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
    postLearningModules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The learning module to be created */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningModuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningModule"];
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
    getLearningModule: {
        parameters: {
            query?: {
                /** @description Fields to expand in response(case insensitive) */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The ID of the learning module */
                moduleId: string;
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
                    "application/json": components["schemas"]["LearningModule"];
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
    putLearningModule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the learning module */
                moduleId: string;
            };
            cookie?: never;
        };
        /** @description The learning module to be updated */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningModuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningModule"];
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
    deleteLearningModule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the learning module */
                moduleId: string;
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
    postLearningModuleJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the learning module */
                moduleId: string;
            };
            cookie?: never;
        };
        /** @description The learning module job request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningModuleJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningModuleJobResponse"];
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
    getLearningModuleJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the learning module job */
                jobId: string;
                /** @description The ID of the learning module */
                moduleId: string;
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
                    "application/json": components["schemas"]["LearningModuleJobResponse"];
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
    getLearningModulePreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the learning module */
                moduleId: string;
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
                    "application/json": components["schemas"]["LearningModulePreviewGetResponse"];
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
    putLearningModulePreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the learning module */
                moduleId: string;
            };
            cookie?: never;
        };
        /** @description The learning module to be updated */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningModulePreviewUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningModulePreviewUpdateResponse"];
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
    postLearningModulePublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the learning module */
                moduleId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LearningModulePublishRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningModulePublishResponse"];
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
    getLearningModuleRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the learning module */
                moduleId: string;
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
                    "application/json": components["schemas"]["LearningModuleRule"];
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
    putLearningModuleRule: {
        parameters: {
            query?: {
                /** @description Whether to assign the module to users or not */
                assign?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the learning module */
                moduleId: string;
            };
            cookie?: never;
        };
        /** @description The learning module rule to be updated */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningModuleRule"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningModuleRule"];
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
    postLearningModuleRuleMigrate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the learning module */
                moduleId: string;
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
                    "application/json": components["schemas"]["LearningModuleMigrateResponse"];
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
    patchLearningModuleUserAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Key identifier for the module */
                moduleId: string;
                /** @description Key identifier for the user */
                userId: string;
            };
            cookie?: never;
        };
        /** @description The learning request for updating the assignment */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningAssignmentExternalUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAssignment"];
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
    getLearningModuleVersion: {
        parameters: {
            query?: {
                /** @description Fields to expand in response(case insensitive) */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The ID of the learning module */
                moduleId: string;
                /** @description The version of learning module */
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
                    "application/json": components["schemas"]["LearningModule"];
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
    getLearningModulesAssignments: {
        parameters: {
            query: {
                /** @description Specifies the assignment states to return. */
                assignmentStates?: string[];
                /** @description Fields to expand in response(case insensitive) */
                expand?: string[];
                /** @description Specifies if only modules with overdue/not overdue (overdue is True or False) assignments are returned. If overdue is Any or omitted, both are returned and can including modules that are unassigned. */
                overdue?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Search Term (searches by name and description) */
                searchTerm?: string;
                /** @description The IDs of the users to include */
                userIds: string[];
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
                    "application/json": components["schemas"]["AssignedLearningModuleDomainEntityListing"];
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
    getLearningModulesCoverartCoverArtId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Key identifier for the cover art */
                coverArtId: string;
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
                    "application/json": components["schemas"]["LearningModuleCoverArtResponse"];
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
    postLearningRulesQuery: {
        parameters: {
            query: {
                /** @description Page number */
                pageNumber: number;
                /** @description Page size */
                pageSize: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The learning module rule to fetch users */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningAssignmentUserQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAssignmentUserListing"];
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
    postLearningScheduleslotsJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The slots search request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningScheduleSlotsJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningScheduleSlotsJobResponse"];
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
    getLearningScheduleslotsJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the job */
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
                    "application/json": components["schemas"]["LearningScheduleSlotsJobResponse"];
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
    postLearningScheduleslotsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The slot search request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningScheduleSlotsQueryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningScheduleSlotsQueryResponse"];
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
    postLearningScorm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The SCORM package to be uploaded */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LearningScormUploadRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningScormUploadResponse"];
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
    getLearningScormScormId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the SCORM package */
                scormId: string;
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
                    "application/json": components["schemas"]["LearningScormResponse"];
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
