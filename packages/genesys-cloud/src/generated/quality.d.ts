// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/quality/openapi.yaml (sha256 7723279e0f18e09d)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area quality` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Quality (76 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const quality = qualityApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function qualityApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/analytics/evaluations/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for evaluation aggregates asynchronously
         * @permissions ANY: `analytics:evaluationAggregate:view`
         */
        post: operations["postAnalyticsEvaluationsAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/evaluations/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for evaluation aggregates
         * @permissions ANY: `analytics:evaluationAggregate:view`
         */
        get: operations["getAnalyticsEvaluationsAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for evaluation aggregates
         * @permissions ANY: `analytics:evaluationAggregate:view`
         */
        delete: operations["deleteAnalyticsEvaluationsAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/evaluations/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:evaluationAggregate:view`
         */
        get: operations["getAnalyticsEvaluationsAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/evaluations/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for evaluation aggregates
         * @permissions ANY: `analytics:evaluationAggregate:view`
         */
        post: operations["postAnalyticsEvaluationsAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/surveys/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for survey aggregates asynchronously
         * @permissions ANY: `analytics:surveyAggregate:view`
         */
        post: operations["postAnalyticsSurveysAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/surveys/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for survey aggregates
         * @permissions ANY: `analytics:surveyAggregate:view`
         */
        get: operations["getAnalyticsSurveysAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for survey aggregates
         * @permissions ANY: `analytics:surveyAggregate:view`
         */
        delete: operations["deleteAnalyticsSurveysAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/surveys/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:surveyAggregate:view`
         */
        get: operations["getAnalyticsSurveysAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/surveys/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for survey aggregates
         * @permissions ANY: `analytics:surveyAggregate:view`
         */
        post: operations["postAnalyticsSurveysAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/agents/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a list of Agent Activities
         * @description Each item on the list shows one agents evaluation activity comprised of the number of evaluations and the highest, average, and lowest standard and critical scores, as well as a sub list showing the number and average score of evaluations for each evaluator for that agent.  evaluatorUserId, startTime, and endTime are all filtering criteria. If specified, the only evaluations used to compile the agent activity response will be ones that match the filtering criteria. agentUserId, name, group, and agentTeamId are all agent selection criteria. criteria.  If one or more agent selection criteria are specified, then the returned activity will include users that match the criteria even if those users did not have any agent activity or evaluations that do not match any filtering criteria.  If no agent selection criteria are specified but an evaluatorUserId is, then the returned activity will be only for those agents that had evaluations where the evaluator is the evaluatorUserId.  If no agent selection criteria are specified and no evaluatorUserId is specified, then the returned activity will be for all users
         * @permissions ANY: `quality:evaluation:view`
         */
        get: operations["getQualityAgentsActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/calibrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of calibrations
         * @description NOTE: The count for total and pageCount might not be accurate when querying for a large number of calibrations. nextUri, if present, will indicate that there are more calibrations to fetch.
         * @permissions ANY: `quality:calibration:view`
         */
        get: operations["getQualityCalibrations"];
        put?: never;
        /**
         * Create a calibration
         * @permissions ANY: `quality:calibration:add`
         */
        post: operations["postQualityCalibrations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/calibrations/{calibrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a calibration by id.  Requires either calibrator id or conversation id
         * @permissions ANY: `quality:calibration:view`
         */
        get: operations["getQualityCalibration"];
        /**
         * Update a calibration to the specified calibration via PUT.  Editable fields include: evaluators, expertEvaluator, and scoringIndex
         * @permissions ANY: `quality:calibration:edit`
         */
        put: operations["putQualityCalibration"];
        post?: never;
        /**
         * Delete a calibration by id.
         * @permissions ANY: `quality:calibration:delete`
         */
        delete: operations["deleteQualityCalibration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/conversations/{conversationId}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an evaluation
         * @permissions ANY: `quality:evaluation:add`
         */
        post: operations["postQualityConversationEvaluations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/conversations/{conversationId}/evaluations/{evaluationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an evaluation
         * @permissions ANY: any one of `quality:evaluation:view`, `quality:evaluation:assign`, `quality:evaluation:release`
         */
        get: operations["getQualityConversationEvaluation"];
        /**
         * Update an evaluation
         * @description The quality:evaluation:edit permission allows modification of most fields, while the quality:evaluation:editScore permission allows an evaluator to change just the question scores, and the quality:evaluation:editAgentSignoff permission allows an agent to change the agent comments and sign off on the evaluation. authorizedActions is not returned for this PUT request, and is only returned for GET requests to this endpoint.
         * @permissions ANY: any one of `quality:evaluation:edit`, `quality:evaluation:editScore`, `quality:evaluation:editAgentSignoff`
         */
        put: operations["putQualityConversationEvaluation"];
        post?: never;
        /**
         * Delete an evaluation
         * @permissions ANY: `quality:evaluation:delete`
         */
        delete: operations["deleteQualityConversationEvaluation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/conversations/{conversationId}/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the surveys for a conversation
         * @permissions ANY: `quality:survey:view`
         */
        get: operations["getQualityConversationSurveys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/conversations/audits/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create audit query execution
         * @permissions ALL: `audits:interactionDetails:view`
         */
        post: operations["postQualityConversationsAuditsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/conversations/audits/query/{transactionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status of audit query execution
         * @permissions ALL: `audits:interactionDetails:view`
         */
        get: operations["getQualityConversationsAuditsQueryTransactionId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/conversations/audits/query/{transactionId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get results of audit query
         * @permissions ALL: `audits:interactionDetails:view`
         */
        get: operations["getQualityConversationsAuditsQueryTransactionIdResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/evaluations/aggregates/query/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for evaluation aggregates for the current user
         * @permissions none required
         */
        post: operations["postQualityEvaluationsAggregatesQueryMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/evaluations/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Queries Evaluations and returns a paged list
         * @description Query params must include one of conversationId, evaluatorUserId, agentUserId or assigneeUserId. When querying by agentUserId (and not conversationId or evaluatorUserId), the results are sorted by release date. Evaluations set to Never Release are omitted in this case. When querying by evaluatorUserId or conversationId (including when combined with agentUserId), the results are sorted by assigned date. NOTE: The count for total and pageCount might not be accurate when querying for a large number of evaluations. nextUri, if present, will indicate that there are more evaluations to fetch. The evaluation entities contained in the response might only contain a subset of all the properties listed below. It is often because a given propertys value has not yet been populated or is not applicable in the current state of the evaluation. It might also be because the missing property in the response was not requested by the user.
         * @permissions ANY: `quality:evaluation:view`
         */
        get: operations["getQualityEvaluationsQuery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/evaluations/scoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Score evaluation
         * @permissions none required
         */
        post: operations["postQualityEvaluationsScoring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/evaluations/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search evaluations based along specified criteria
         * @description Search Rules: 1. Time Range    - Time Range: Max 3 months (required) 2. Question Group Level Query: Use at least one field containing questionGroup in name + exactly one questionGroupId 3. Question Level Query: Use at least one field containing question in name + exactly one questionId 4. Mixed Queries: questionId alone is sufficient 5. Search Logic:    - Multiple criteria: AND operation    - Multiple values per criterion: OR operation    EXAMPLE: (agentId₁ OR agentId₂) AND (evaluatorId₁ OR evaluatorId₂) 5. Aggregations:    - Omit or set pageSize = 0    - Choose: multiple aggregations OR single aggregation with multiple sub-aggregations    - To aggregate against question fields, one must query by either a questionId OR a single top level TERM questionId aggregation AND query by a single formID or questionGroupId, or list of questionIds    - To aggregate against question group fields, one must query either a questionId/questionGroupId OR a single top level TERM questionGroupId aggregation AND query by a single formID or list of questionGroupIds
         * @permissions ANY: `quality:evaluation:searchAny`
         */
        post: operations["postQualityEvaluationsSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/evaluators/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an evaluator activity. To ensure optimal performance and prevent timeouts when processing large datasets, startTime and endTime fields are highly recommended for all requests.
         * @permissions ANY: `quality:evaluation:view`
         */
        get: operations["getQualityEvaluatorsActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of evaluation forms. If you set expand=publishHistory, then you will be able to get published versions for each corresponding evaluation form.
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `quality:evaluationForm:view`
         */
        get: operations["getQualityForms"];
        put?: never;
        /**
         * Create an evaluation form.
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `quality:evaluationForm:add`
         */
        post: operations["postQualityForms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/forms/{formId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an evaluation form
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `quality:evaluationForm:view`
         */
        get: operations["getQualityForm"];
        /**
         * Update an evaluation form.
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `quality:evaluationForm:edit`
         */
        put: operations["putQualityForm"];
        post?: never;
        /**
         * Delete an evaluation form.
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `quality:evaluationForm:delete`
         */
        delete: operations["deleteQualityForm"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/forms/{formId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets all the revisions for a specific evaluation.
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `quality:evaluationForm:view`
         */
        get: operations["getQualityFormVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/forms/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of evaluation forms
         * @description By default, "published" field is always returned as false for all evaluation forms. If you set "expand=publishHistory", then you will be able to get published versions for each corresponding evaluation form. In addition, "questionGroups", the detailed information about evaluation form, is not returned. We will enhance this field in a future release.
         * @permissions ANY: `quality:evaluationForm:view`
         */
        get: operations["getQualityFormsEvaluations"];
        put?: never;
        /**
         * Create an evaluation form.
         * @permissions ANY: `quality:evaluationForm:add`
         */
        post: operations["postQualityFormsEvaluations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/forms/evaluations/{formId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an evaluation form
         * @permissions ANY: `quality:evaluationForm:view`
         */
        get: operations["getQualityFormsEvaluation"];
        /**
         * Update an evaluation form.
         * @permissions ANY: `quality:evaluationForm:edit`
         */
        put: operations["putQualityFormsEvaluation"];
        post?: never;
        /**
         * Delete an evaluation form.
         * @permissions ANY: `quality:evaluationForm:delete`
         */
        delete: operations["deleteQualityFormsEvaluation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/forms/evaluations/{formId}/aiscoring/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update the AI Scoring settings of an evaluation form.
         * @permissions ANY: `quality:evaluationForm:aiScoringEdit`
         */
        put: operations["putQualityFormsEvaluationAiscoringSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/forms/evaluations/{formId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets all the revisions for a specific evaluation.
         * @permissions ANY: `quality:evaluationForm:view`
         */
        get: operations["getQualityFormsEvaluationVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/forms/evaluations/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of evaluation forms by their ids
         * @permissions ANY: `quality:evaluationForm:view`
         */
        get: operations["getQualityFormsEvaluationsBulk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/forms/evaluations/bulk/contexts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of the latest published evaluation form versions by context ids
         * @permissions ANY: `quality:evaluationForm:view`
         */
        get: operations["getQualityFormsEvaluationsBulkContexts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/forms/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of survey forms. If you set expand=publishHistory, then you will be able to get published versions for each corresponding survey form.
         * @permissions ALL: `quality:surveyForm:view`
         */
        get: operations["getQualityFormsSurveys"];
        put?: never;
        /**
         * Create a survey form.
         * @permissions ALL: `quality:surveyForm:add`
         */
        post: operations["postQualityFormsSurveys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/forms/surveys/{formId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a survey form
         * @permissions ALL: `quality:surveyForm:view`
         */
        get: operations["getQualityFormsSurvey"];
        /**
         * Update a survey form.
         * @permissions ALL: `quality:surveyForm:edit`
         */
        put: operations["putQualityFormsSurvey"];
        post?: never;
        /**
         * Delete a survey form.
         * @permissions ALL: `quality:surveyForm:delete`
         */
        delete: operations["deleteQualityFormsSurvey"];
        options?: never;
        head?: never;
        /**
         * Disable a particular version of a survey form and invalidates any invitations that have already been sent to customers using this version of the form.
         * @permissions ALL: `quality:surveyForm:disable`
         */
        patch: operations["patchQualityFormsSurvey"];
        trace?: never;
    };
    "/api/v2/quality/forms/surveys/{formId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets all the revisions for a specific survey.
         * @permissions ALL: `quality:surveyForm:view`
         */
        get: operations["getQualityFormsSurveyVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/forms/surveys/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of survey forms by their ids
         * @permissions ANY: `quality:surveyForm:view`
         */
        get: operations["getQualityFormsSurveysBulk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/forms/surveys/bulk/contexts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of the latest form versions by context ids
         * @permissions ANY: `quality:surveyForm:view`
         */
        get: operations["getQualityFormsSurveysBulkContexts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/programs/{programId}/agentscoringrules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Agent Scoring Rules for a program
         * @permissions ANY: `quality:scoringRule:view`
         */
        get: operations["getQualityProgramAgentscoringrules"];
        put?: never;
        /**
         * Create an Agent Scoring Rule
         * @description Creates a new Agent Scoring Rule for AI-powered automated evaluation of agent interactions. The rule defines how interactions should be selected and evaluated using the specified evaluation form.
         * @permissions ANY: `quality:scoringRule:add`
         */
        post: operations["postQualityProgramAgentscoringrules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/programs/{programId}/agentscoringrules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Agent Scoring Rule
         * @permissions ANY: `quality:scoringRule:view`
         */
        get: operations["getQualityProgramAgentscoringrule"];
        /**
         * Update an Agent Scoring Rule
         * @permissions ANY: `quality:scoringRule:edit`
         */
        put: operations["putQualityProgramAgentscoringrule"];
        post?: never;
        /**
         * Delete an Agent Scoring Rule
         * @permissions ANY: `quality:scoringRule:delete`
         */
        delete: operations["deleteQualityProgramAgentscoringrule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/publishedforms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the published evaluation forms.
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `quality:evaluationForm:view`
         */
        get: operations["getQualityPublishedforms"];
        put?: never;
        /**
         * Publish an evaluation form.
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `quality:evaluationForm:add`
         */
        post: operations["postQualityPublishedforms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/publishedforms/{formId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the published evaluation forms.
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `quality:evaluationForm:view`
         */
        get: operations["getQualityPublishedform"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/publishedforms/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the published evaluation forms.
         * @permissions ANY: `quality:evaluationForm:view`
         */
        get: operations["getQualityPublishedformsEvaluations"];
        put?: never;
        /**
         * Publish an evaluation form.
         * @permissions ANY: `quality:evaluationForm:add`
         */
        post: operations["postQualityPublishedformsEvaluations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/publishedforms/evaluations/{formId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the most recent published version of an evaluation form.
         * @permissions ANY: `quality:evaluationForm:view`
         */
        get: operations["getQualityPublishedformsEvaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/publishedforms/evaluations/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the published evaluation forms across any division.
         * @permissions ALL: `quality:evaluationForm:search`
         */
        get: operations["getQualityPublishedformsEvaluationsDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/publishedforms/evaluations/divisionviews/{evaluationFormId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the most recent published version of an evaluation form across any division.
         * @permissions ALL: `quality:evaluationForm:search`
         */
        get: operations["getQualityPublishedformsEvaluationsDivisionview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/publishedforms/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the published survey forms.
         * @permissions ALL: `quality:surveyForm:view`
         */
        get: operations["getQualityPublishedformsSurveys"];
        put?: never;
        /**
         * Publish a survey form.
         * @permissions ALL: `quality:surveyForm:add`
         */
        post: operations["postQualityPublishedformsSurveys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/publishedforms/surveys/{formId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the most recent published version of a survey form.
         * @permissions ALL: `quality:surveyForm:view`
         */
        get: operations["getQualityPublishedformsSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/publishedforms/surveys/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the published and enabled survey forms across any division.
         * @permissions ALL: `quality:surveyForm:search`
         */
        get: operations["getQualityPublishedformsSurveysDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/publishedforms/surveys/divisionviews/{surveyFormId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the most recent published version of an enabled survey form across any division.
         * @permissions ALL: `quality:surveyForm:search`
         */
        get: operations["getQualityPublishedformsSurveysDivisionview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a survey for a conversation
         * @permissions ANY: `quality:survey:add`
         */
        post: operations["postQualitySurveys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/surveys/{surveyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a survey for a conversation
         * @permissions ANY: `quality:survey:view`
         */
        get: operations["getQualitySurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/surveys/scorable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a survey as an end-customer, for the purposes of scoring it.
         * @permissions none required
         */
        get: operations["getQualitySurveysScorable"];
        /**
         * Update a survey as an end-customer, for the purposes of scoring it.
         * @permissions none required
         */
        put: operations["putQualitySurveysScorable"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/quality/surveys/scoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Score survey
         * @permissions none required
         */
        post: operations["postQualitySurveysScoring"];
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
        AddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        AgentActivity: {
            agent?: components["schemas"]["User"];
            agentEvaluatorActivityList?: components["schemas"]["AgentEvaluatorActivity"][];
            averageCriticalScore?: number;
            /** Format: int32 */
            averageEvaluationScore?: number;
            highestCriticalScore?: number;
            highestEvaluationScore?: number;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            lowestCriticalScore?: number;
            lowestEvaluationScore?: number;
            name?: string;
            numCriticalEvaluations?: number;
            /** Format: int32 */
            numEvaluations?: number;
            numEvaluationsWithoutViewPermission?: number;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        AgentActivityEntityListing: {
            entities?: components["schemas"]["AgentActivity"][];
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
        AgentEvaluatorActivity: {
            agent?: components["schemas"]["User"];
            /** Format: int32 */
            averageEvaluationScore?: number;
            evaluator?: components["schemas"]["User"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /** Format: int32 */
            numEvaluations?: number;
            numEvaluationsWithoutViewPermission?: number;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        AgentOwnedRouting: {
            enableAgentOwnedCallbacks?: boolean;
            maxOwnedCallbackDelayHours?: number;
            maxOwnedCallbackHours?: number;
        };
        AgentScoringRule: {
            agentToScore?: string;
            dateCreated?: string;
            dateModified?: string;
            enabled: boolean;
            evaluationFormContextId: string;
            evaluator?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            programId?: string;
            published?: boolean;
            samplingPercentage?: number;
            samplingType: string;
            selfUri?: string;
            submissionType: string;
        };
        AgentScoringRuleEntityListing: {
            entities?: components["schemas"]["AgentScoringRule"][];
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
        AggregateMetricData: {
            /** @enum {string} */
            metric?: "tSegmentDuration" | "tConversationDuration" | "oTotalCriticalScore" | "oTotalScore" | "nEvaluations" | "tAbandon" | "tIvr" | "tAnswered" | "tAcd" | "tTalk" | "tHeld" | "tTalkComplete" | "tHeldComplete" | "tAcw" | "tHandle" | "tWait" | "tAgentRoutingStatus" | "tOrganizationPresence" | "tSystemPresence" | "tUserResponseTime" | "tAgentResponseTime" | "nOffered" | "nOverSla" | "nTransferred" | "nOutboundAttempted" | "nOutboundConnected" | "nOutboundAbandoned" | "nError" | "oServiceTarget" | "oServiceLevel" | "tActive" | "tInactive" | "oActiveUsers" | "oMemberUsers" | "oActiveQueues" | "oMemberQueues" | "oInteracting" | "oWaiting" | "oOnQueueUsers" | "oOffQueueUsers" | "oUserPresences" | "oUserRoutingStatuses" | (string & {});
            qualifier?: string;
            stats?: components["schemas"]["StatisticalSummary"];
        };
        AggregateViewData: {
            name?: string;
            stats?: components["schemas"]["StatisticalSummary"];
        };
        AggregationRange: {
            /** @description Greater than or equal to */
            gte?: number;
            /** @description Less than */
            lt?: number;
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
        AsyncQueryResponse: {
            jobId?: string;
        };
        AsyncQueryStatus: {
            completionDate?: string;
            errorMessage?: string;
            expirationDate?: string;
            state?: string;
            submissionDate?: string;
        };
        AuditQuerySort: {
            name: string;
            sortOrder: string;
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
        CalibrationCreate: {
            agent?: components["schemas"]["User"];
            /** Format: int32 */
            averageScore?: number;
            calibrator?: components["schemas"]["User"];
            contextId?: string;
            conversation: components["schemas"]["ConversationReference"];
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
        CalibrationEntityListing: {
            entities?: components["schemas"]["Calibration"][];
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
        ConversationReference: {
            id?: string;
            selfUri?: string;
        };
        CreateSurveyRequest: {
            agentId?: string;
            conversationId: string;
            queueId?: string;
            surveyFormContextId: string;
        };
        CreateSurveyResponse: {
            agent?: components["schemas"]["DomainEntityRef"];
            agentTeam?: components["schemas"]["Team"];
            answers?: components["schemas"]["SurveyScoringSet"];
            completedDate?: string;
            conversation?: components["schemas"]["ConversationReference"];
            customerSurveyUrl?: string;
            flow?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            missingRequiredAnswer?: boolean;
            name?: string;
            queue?: components["schemas"]["QueueReference"];
            selfUri?: string;
            status?: string;
            surveyErrorDetails?: components["schemas"]["SurveyErrorDetails"];
            surveyForm?: components["schemas"]["SurveyForm"];
            surveyType?: string;
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
        Division: {
            id?: string;
            name?: string;
            selfUri?: string;
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
        DomainEntityListingSurveyForm: {
            entities?: components["schemas"]["SurveyForm"][];
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
        Education: {
            dateEnd?: string;
            dateStart?: string;
            fieldOfStudy?: string;
            notes?: string;
            school?: string;
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
        EvaluationAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        EvaluationAggregateQueryClause: {
            predicates: components["schemas"]["EvaluationAggregateQueryPredicate"][];
            type: string;
        };
        EvaluationAggregateQueryFilter: {
            clauses?: components["schemas"]["EvaluationAggregateQueryClause"][];
            predicates?: components["schemas"]["EvaluationAggregateQueryPredicate"][];
            type: string;
        };
        EvaluationAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        EvaluationAggregateQueryResponse: {
            results?: components["schemas"]["EvaluationAggregateDataContainer"][];
        };
        EvaluationAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["EvaluationAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["EvaluationAggregationView"][];
        };
        EvaluationAggregationQueryMe: {
            alternateTimeDimension?: string;
            contextId?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
        };
        EvaluationAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        EvaluationAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["EvaluationAggregateDataContainer"][];
        };
        EvaluationAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["EvaluationAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
            views?: components["schemas"]["EvaluationAggregationView"][];
        };
        EvaluationCreateBody: {
            agent?: components["schemas"]["EvaluationCreateUser"];
            agentHasRead?: boolean;
            answers?: components["schemas"]["EvaluationScoringSet"];
            assignee?: components["schemas"]["EvaluationCreateUser"];
            calibration?: components["schemas"]["EvaluationCreateCalibration"];
            conversation?: components["schemas"]["EvaluationCreateConversation"];
            dateAssigneeChanged?: string;
            evaluationContextId?: string;
            evaluationForm?: components["schemas"]["EvaluationCreateEvalForm"];
            evaluationSource?: components["schemas"]["EvaluationSource"];
            evaluator?: components["schemas"]["EvaluationCreateUser"];
            id?: string;
            neverRelease?: boolean;
            queue?: components["schemas"]["EvaluationCreateQueue"];
            releaseDate?: string;
            rescore?: boolean;
            resourceType?: string;
            selfUri?: string;
            status?: string;
        };
        EvaluationCreateCalibration: {
            id?: string;
            selfUri?: string;
        };
        EvaluationCreateConversation: {
            id?: string;
            selfUri?: string;
        };
        EvaluationCreateEvalForm: {
            id?: string;
            selfUri?: string;
        };
        EvaluationCreateQueue: {
            id?: string;
            selfUri?: string;
        };
        EvaluationCreateUser: {
            id: string;
            selfUri?: string;
        };
        EvaluationEntityListing: {
            entities?: components["schemas"]["Evaluation"][];
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
        EvaluationFormAndScoringSet: {
            answers?: components["schemas"]["EvaluationScoringSet"];
            evaluationForm?: components["schemas"]["EvaluationForm"];
        };
        EvaluationFormDivisionView: {
            contextId: string;
            dialect?: string;
            division?: components["schemas"]["WritableStarrableDivision"];
            id?: string;
            modifiedDate?: string;
            name?: string;
            selfUri?: string;
        };
        EvaluationFormDivisionViewListing: {
            entities?: components["schemas"]["EvaluationFormDivisionView"][];
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
        EvaluationFormResponse: {
            aiScoring?: components["schemas"]["AiScoringSettings"];
            contextId?: string;
            dialect?: string;
            division?: components["schemas"]["WritableStarrableDivision"];
            evaluationSettings?: components["schemas"]["EvaluationSettings"];
            id?: string;
            latestVersionFormName?: string;
            modifiedDate?: string;
            name: string;
            published?: boolean;
            publishedVersions?: components["schemas"]["DomainEntityListingEvaluationForm"];
            questionGroups?: components["schemas"]["EvaluationQuestionGroup"][];
            selfUri?: string;
            weightMode?: string;
        };
        EvaluationFormResponseEntityListing: {
            entities?: components["schemas"]["EvaluationFormResponse"][];
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
        EvaluationFormSearchResponse: {
            aiScoring?: components["schemas"]["AiScoringSettings"];
            contextId?: string;
            dialect?: string;
            division?: components["schemas"]["WritableStarrableDivision"];
            evaluationSettings?: components["schemas"]["EvaluationSettings"];
            id?: string;
            latestVersionFormName?: string;
            modifiedDate?: string;
            published?: boolean;
            publishedVersions?: components["schemas"]["DomainEntityListingEvaluationForm"];
            questionGroups?: components["schemas"]["EvaluationQuestionGroup"][];
            selfUri?: string;
            weightMode?: string;
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
        EvaluationResponse: {
            agent?: components["schemas"]["User"];
            agentHasRead?: boolean;
            aiScoring?: components["schemas"]["AiScoring"];
            answers?: components["schemas"]["EvaluationScoringSet"];
            assigned?: boolean;
            assignedDate?: string;
            assignee?: components["schemas"]["User"];
            assigneeApplicable?: boolean;
            authorizedActions?: string[];
            calibration?: components["schemas"]["AddressableEntityRef"];
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
            evaluationForm?: components["schemas"]["EvaluationFormResponse"];
            evaluationSource?: components["schemas"]["EvaluationSource"];
            evaluator?: components["schemas"]["User"];
            hasAssistanceFailed?: boolean;
            id?: string;
            isScoringIndex?: boolean;
            mediaType?: string[];
            name?: string;
            neverRelease?: boolean;
            queue?: components["schemas"]["Queue"];
            redacted?: boolean;
            releaseDate?: string;
            rescore?: boolean;
            resourceId?: string;
            resourceType?: string;
            retractedEvaluation?: components["schemas"]["EvaluationReference"];
            revisionCreatedDate?: string;
            selfUri?: string;
            status?: string;
            submittedDate?: string;
            version?: number;
            versionHistory?: components["schemas"]["PagelessDomainEntityListingEvaluationVersion"];
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
        EvaluationSearchAggregationBucket: {
            average?: number;
            count?: number;
            documentCount?: number;
            from?: number;
            key?: string;
            keyAsString?: string;
            keyValue?: number;
            maximum?: number;
            minimum?: number;
            subAggregations?: {
                [key: string]: components["schemas"]["EvaluationSearchAggregationResponse"];
            };
            sum?: number;
            to?: number;
            value?: number;
        };
        EvaluationSearchAggregationDTO: {
            calendarInterval?: string;
            field: string;
            format?: string;
            name: string;
            ranges?: components["schemas"]["QueryApiSearchAggregationRange"][];
            size?: number;
            subAggregations?: components["schemas"]["EvaluationSearchSubAggregationDTO"][];
            type: string;
        };
        EvaluationSearchAggregationResponse: {
            average?: number;
            buckets?: components["schemas"]["EvaluationSearchAggregationBucket"][];
            count?: number;
            documentCountErrorUpperBound?: number;
            maximum?: number;
            minimum?: number;
            sum?: number;
            sumOtherDocumentCount?: number;
            value?: number;
        };
        EvaluationSearchCriteriaDTO: {
            endValue?: string;
            field: string;
            operator?: string;
            startValue?: string;
            type: string;
            value?: string;
            values?: string[];
        };
        EvaluationSearchItemResponse: {
            agent?: components["schemas"]["User"];
            agentHasRead?: boolean;
            aiScoring?: components["schemas"]["AiScoring"];
            answers?: components["schemas"]["EvaluationScoringSet"];
            assigned?: boolean;
            assignedDate?: string;
            assignee?: components["schemas"]["User"];
            assigneeApplicable?: boolean;
            authorizedActions?: string[];
            calibration?: components["schemas"]["AddressableEntityRef"];
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
            evaluationForm?: components["schemas"]["EvaluationFormSearchResponse"];
            evaluationSource?: components["schemas"]["EvaluationSource"];
            evaluator?: components["schemas"]["User"];
            hasAssistanceFailed?: boolean;
            id?: string;
            isScoringIndex?: boolean;
            mediaType?: string[];
            name?: string;
            neverRelease?: boolean;
            queue?: components["schemas"]["Queue"];
            redacted?: boolean;
            releaseDate?: string;
            rescore?: boolean;
            resourceId?: string;
            resourceType?: string;
            retractedEvaluation?: components["schemas"]["EvaluationReference"];
            revisionCreatedDate?: string;
            selfUri?: string;
            status?: string;
            submittedDate?: string;
            version?: number;
            versionHistory?: components["schemas"]["PagelessDomainEntityListingEvaluationVersion"];
        };
        EvaluationSearchRequestDTO: {
            aggregations?: components["schemas"]["EvaluationSearchAggregationDTO"][];
            pageNumber: number;
            pageSize?: number;
            query: components["schemas"]["EvaluationSearchCriteriaDTO"][];
            sortBy?: string;
            sortOrder?: string;
            systemSubmitted?: boolean;
        };
        EvaluationSearchResponse: {
            aggregations?: {
                [key: string]: components["schemas"]["EvaluationSearchAggregationResponse"];
            };
            pageNumber?: number;
            pageSize?: number;
            results?: components["schemas"]["EvaluationSearchItemResponse"][];
        };
        EvaluationSearchSubAggregationDTO: {
            calendarInterval?: string;
            field: string;
            format?: string;
            name: string;
            ranges?: components["schemas"]["QueryApiSearchAggregationRange"][];
            size?: number;
            subAggregations?: components["schemas"]["EvaluationSearchSubAggregationDTO"][];
            type: string;
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
        EvaluatorActivity: {
            evaluator?: components["schemas"]["User"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /** Format: int32 */
            numCalibrationsAssigned?: number;
            /** Format: int32 */
            numCalibrationsCompleted?: number;
            /** Format: int32 */
            numCalibrationsStarted?: number;
            /** Format: int32 */
            numEvaluationsAssigned?: number;
            /** Format: int32 */
            numEvaluationsCompleted?: number;
            /** Format: int32 */
            numEvaluationsStarted?: number;
            numEvaluationsWithoutViewPermission?: number;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        EvaluatorActivityEntityListing: {
            entities?: components["schemas"]["EvaluatorActivity"][];
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
        ExpansionCriterium: {
            /** Format: double */
            threshold?: number;
            /** @enum {string} */
            type?: "TIMEOUT_SECONDS" | (string & {});
        };
        FlowDiagnosticInfo: {
            lastActionId?: number;
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
        MessageInfo: {
            localizableMessageCode?: string;
            message?: string;
            messageParams?: {
                [key: string]: string;
            };
            messageWithParams?: string;
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
        MessageSubtypeSettings: {
            enableAutoAnswer?: boolean;
            enableInactivityTimeout?: boolean;
        };
        NumericRange: {
            /** @description Greater than */
            gt?: number;
            /** @description Greater than or equal to */
            gte?: number;
            /** @description Less than */
            lt?: number;
            /** @description Less than or equal to */
            lte?: number;
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
        PropertyChange: {
            newValues?: string[];
            oldValues?: string[];
            property?: string;
        };
        PublishForm: {
            id: string;
            published: boolean;
        };
        QMAuditQueryRequest: {
            filters: components["schemas"]["QualityAuditQueryFilter"][];
            interval: string;
            sort?: components["schemas"]["AuditQuerySort"][];
        };
        QualityAuditLogMessage: {
            action?: string;
            client?: components["schemas"]["AddressableEntityRef"];
            context?: {
                [key: string]: string;
            };
            entity?: components["schemas"]["DomainEntityRef"];
            entityType?: string;
            eventDate?: string;
            id?: string;
            level?: string;
            messageInfo?: components["schemas"]["MessageInfo"];
            propertyChanges?: components["schemas"]["PropertyChange"][];
            remoteIps?: string[];
            serviceName?: string;
            status?: string;
            user?: components["schemas"]["DomainEntityRef"];
            userHomeOrgId?: string;
            userTrusteeOrgId?: string;
        };
        QualityAuditQueryExecutionResultsResponse: {
            cursor?: string;
            entities?: components["schemas"]["QualityAuditLogMessage"][];
            id?: string;
            pageSize?: number;
        };
        QualityAuditQueryExecutionStatusResponse: {
            dateStart?: string;
            filters?: components["schemas"]["QualityAuditQueryFilter"][];
            id?: string;
            interval?: string;
            sort?: components["schemas"]["AuditQuerySort"][];
            state?: string;
        };
        QualityAuditQueryFilter: {
            property: string;
            value: string;
        };
        QueryApiSearchAggregationRange: {
            from?: number;
            to?: number;
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
        QueueReference: {
            id?: string;
            selfUri?: string;
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
        ScorableSurvey: {
            answers?: components["schemas"]["SurveyScoringSet"];
            id?: string;
            name?: string;
            selfUri?: string;
            status?: string;
            surveyForm?: components["schemas"]["SurveyForm"];
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
        StatisticalResponse: {
            interval?: string;
            metrics?: components["schemas"]["AggregateMetricData"][];
            views?: components["schemas"]["AggregateViewData"][];
        };
        StatisticalSummary: {
            calculatedMetricValue?: number;
            /** Format: int64 */
            count?: number;
            countNegative?: number;
            countPositive?: number;
            current?: number;
            denominator?: number;
            max?: number;
            min?: number;
            numerator?: number;
            p95?: number;
            p99?: number;
            ratio?: number;
            sum?: number;
            target?: number;
        };
        Survey: {
            agent?: components["schemas"]["DomainEntityRef"];
            agentTeam?: components["schemas"]["Team"];
            answers?: components["schemas"]["SurveyScoringSet"];
            completedDate?: string;
            conversation?: components["schemas"]["ConversationReference"];
            flow?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            missingRequiredAnswer?: boolean;
            name?: string;
            queue?: components["schemas"]["QueueReference"];
            selfUri?: string;
            status?: string;
            surveyErrorDetails?: components["schemas"]["SurveyErrorDetails"];
            surveyForm?: components["schemas"]["SurveyForm"];
            surveyType?: string;
        };
        SurveyAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        SurveyAggregateQueryClause: {
            predicates: components["schemas"]["SurveyAggregateQueryPredicate"][];
            type: string;
        };
        SurveyAggregateQueryFilter: {
            clauses?: components["schemas"]["SurveyAggregateQueryClause"][];
            predicates?: components["schemas"]["SurveyAggregateQueryPredicate"][];
            type: string;
        };
        SurveyAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        SurveyAggregateQueryResponse: {
            results?: components["schemas"]["SurveyAggregateDataContainer"][];
        };
        SurveyAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["SurveyAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["SurveyAggregationView"][];
        };
        SurveyAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        SurveyAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["SurveyAggregateDataContainer"][];
        };
        SurveyAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["SurveyAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
            views?: components["schemas"]["SurveyAggregationView"][];
        };
        SurveyErrorDetails: {
            flowDiagnosticInfo?: components["schemas"]["FlowDiagnosticInfo"];
            surveyErrorReason?: string;
        };
        SurveyForm: {
            contextId: string;
            disabled?: boolean;
            division?: components["schemas"]["WritableStarrableDivision"];
            footer?: string;
            header?: string;
            id?: string;
            language: string;
            modifiedDate?: string;
            name: string;
            published?: boolean;
            publishedVersions?: components["schemas"]["DomainEntityListingSurveyForm"];
            questionGroups?: components["schemas"]["SurveyQuestionGroup"][];
            redacted?: boolean;
            selfUri?: string;
        };
        SurveyFormAndScoringSet: {
            answers?: components["schemas"]["SurveyScoringSet"];
            surveyForm?: components["schemas"]["SurveyForm"];
        };
        SurveyFormDivisionView: {
            contextId: string;
            division?: components["schemas"]["WritableStarrableDivision"];
            id?: string;
            language: string;
            modifiedDate?: string;
            name?: string;
            selfUri?: string;
        };
        SurveyFormDivisionViewListing: {
            entities?: components["schemas"]["SurveyFormDivisionView"][];
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
        SurveyFormEntityListing: {
            entities?: components["schemas"]["SurveyForm"][];
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
        SurveyQuestion: {
            answerOptions?: components["schemas"]["AnswerOption"][];
            contextId?: string;
            explanationPrompt?: string;
            helpText?: string;
            id?: string;
            maxResponseCharacters?: number;
            naEnabled?: boolean;
            text?: string;
            type?: string;
            visibilityCondition?: components["schemas"]["VisibilityCondition"];
        };
        SurveyQuestionGroup: {
            contextId?: string;
            id?: string;
            naEnabled?: boolean;
            name?: string;
            questions?: components["schemas"]["SurveyQuestion"][];
            type?: string;
            visibilityCondition?: components["schemas"]["VisibilityCondition"];
        };
        SurveyQuestionGroupScore: {
            markedNA?: boolean;
            maxTotalScore?: number;
            questionGroupId?: string;
            questionScores?: components["schemas"]["SurveyQuestionScore"][];
            systemMarkedNA?: boolean;
            totalScore?: number;
        };
        SurveyQuestionScore: {
            answerId?: string;
            assistedAnswerId?: string;
            freeTextAnswer?: string;
            markedNA?: boolean;
            npsScore?: number;
            npsTextAnswer?: string;
            questionId?: string;
            score?: number;
            systemMarkedNA?: boolean;
        };
        SurveyScoringSet: {
            npsScore?: number;
            questionGroupScores?: components["schemas"]["SurveyQuestionGroupScore"][];
            totalScore?: number;
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
        VisibilityCondition: {
            /** @enum {string} */
            combiningOperation?: "AND" | "OR" | (string & {});
            /** @description A list of strings, each representing the location in the form of the Answer Option to depend on. In the format of "/form/questionGroup/{questionGroupIndex}/question/{questionIndex}/answer/{answerIndex}" or, to assume the current question group, "../question/{questionIndex}/answer/{answerIndex}". Note: Indexes are zero-based */
            predicates?: {
                [key: string]: unknown;
            }[];
        };
        WorkPlanBidRanks: {
            biddingTieBreaker?: string;
            id?: string;
            selfUri?: string;
            workPlanBiddingPerformance?: number;
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
export type SchemaAddressableEntityRef = components['schemas']['AddressableEntityRef'];
export type SchemaAgentActivity = components['schemas']['AgentActivity'];
export type SchemaAgentActivityEntityListing = components['schemas']['AgentActivityEntityListing'];
export type SchemaAgentEvaluatorActivity = components['schemas']['AgentEvaluatorActivity'];
export type SchemaAgentOwnedRouting = components['schemas']['AgentOwnedRouting'];
export type SchemaAgentScoringRule = components['schemas']['AgentScoringRule'];
export type SchemaAgentScoringRuleEntityListing = components['schemas']['AgentScoringRuleEntityListing'];
export type SchemaAggregateMetricData = components['schemas']['AggregateMetricData'];
export type SchemaAggregateViewData = components['schemas']['AggregateViewData'];
export type SchemaAggregationRange = components['schemas']['AggregationRange'];
export type SchemaAiAnswer = components['schemas']['AiAnswer'];
export type SchemaAiScoring = components['schemas']['AiScoring'];
export type SchemaAiScoringSetting = components['schemas']['AiScoringSetting'];
export type SchemaAiScoringSettings = components['schemas']['AiScoringSettings'];
export type SchemaAnswerOption = components['schemas']['AnswerOption'];
export type SchemaAssistanceCondition = components['schemas']['AssistanceCondition'];
export type SchemaAsyncQueryResponse = components['schemas']['AsyncQueryResponse'];
export type SchemaAsyncQueryStatus = components['schemas']['AsyncQueryStatus'];
export type SchemaAuditQuerySort = components['schemas']['AuditQuerySort'];
export type SchemaBiography = components['schemas']['Biography'];
export type SchemaBullseye = components['schemas']['Bullseye'];
export type SchemaCalibration = components['schemas']['Calibration'];
export type SchemaCalibrationCreate = components['schemas']['CalibrationCreate'];
export type SchemaCalibrationEntityListing = components['schemas']['CalibrationEntityListing'];
export type SchemaCallbackMediaSettings = components['schemas']['CallbackMediaSettings'];
export type SchemaCannedResponseLibraries = components['schemas']['CannedResponseLibraries'];
export type SchemaChat = components['schemas']['Chat'];
export type SchemaConditionalGroupActivation = components['schemas']['ConditionalGroupActivation'];
export type SchemaConditionalGroupActivationCondition = components['schemas']['ConditionalGroupActivationCondition'];
export type SchemaConditionalGroupActivationPilotRule = components['schemas']['ConditionalGroupActivationPilotRule'];
export type SchemaConditionalGroupActivationRule = components['schemas']['ConditionalGroupActivationRule'];
export type SchemaConditionalGroupActivationSimpleMetric = components['schemas']['ConditionalGroupActivationSimpleMetric'];
export type SchemaConditionalGroupRouting = components['schemas']['ConditionalGroupRouting'];
export type SchemaConditionalGroupRoutingRule = components['schemas']['ConditionalGroupRoutingRule'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaConversationReference = components['schemas']['ConversationReference'];
export type SchemaCreateSurveyRequest = components['schemas']['CreateSurveyRequest'];
export type SchemaCreateSurveyResponse = components['schemas']['CreateSurveyResponse'];
export type SchemaDefaultAnswer = components['schemas']['DefaultAnswer'];
export type SchemaDefaultAnswersTo = components['schemas']['DefaultAnswersTo'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDirectRouting = components['schemas']['DirectRouting'];
export type SchemaDirectRoutingMediaSettings = components['schemas']['DirectRoutingMediaSettings'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDomainEntityListingEvaluationForm = components['schemas']['DomainEntityListingEvaluationForm'];
export type SchemaDomainEntityListingSurveyForm = components['schemas']['DomainEntityListingSurveyForm'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaDomainRole = components['schemas']['DomainRole'];
export type SchemaEducation = components['schemas']['Education'];
export type SchemaEmailAddress = components['schemas']['EmailAddress'];
export type SchemaEmailMediaSettings = components['schemas']['EmailMediaSettings'];
export type SchemaEmployerInfo = components['schemas']['EmployerInfo'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaEvaluation = components['schemas']['Evaluation'];
export type SchemaEvaluationAggregateDataContainer = components['schemas']['EvaluationAggregateDataContainer'];
export type SchemaEvaluationAggregateQueryClause = components['schemas']['EvaluationAggregateQueryClause'];
export type SchemaEvaluationAggregateQueryFilter = components['schemas']['EvaluationAggregateQueryFilter'];
export type SchemaEvaluationAggregateQueryPredicate = components['schemas']['EvaluationAggregateQueryPredicate'];
export type SchemaEvaluationAggregateQueryResponse = components['schemas']['EvaluationAggregateQueryResponse'];
export type SchemaEvaluationAggregationQuery = components['schemas']['EvaluationAggregationQuery'];
export type SchemaEvaluationAggregationQueryMe = components['schemas']['EvaluationAggregationQueryMe'];
export type SchemaEvaluationAggregationView = components['schemas']['EvaluationAggregationView'];
export type SchemaEvaluationAsyncAggregateQueryResponse = components['schemas']['EvaluationAsyncAggregateQueryResponse'];
export type SchemaEvaluationAsyncAggregationQuery = components['schemas']['EvaluationAsyncAggregationQuery'];
export type SchemaEvaluationCreateBody = components['schemas']['EvaluationCreateBody'];
export type SchemaEvaluationCreateCalibration = components['schemas']['EvaluationCreateCalibration'];
export type SchemaEvaluationCreateConversation = components['schemas']['EvaluationCreateConversation'];
export type SchemaEvaluationCreateEvalForm = components['schemas']['EvaluationCreateEvalForm'];
export type SchemaEvaluationCreateQueue = components['schemas']['EvaluationCreateQueue'];
export type SchemaEvaluationCreateUser = components['schemas']['EvaluationCreateUser'];
export type SchemaEvaluationEntityListing = components['schemas']['EvaluationEntityListing'];
export type SchemaEvaluationForm = components['schemas']['EvaluationForm'];
export type SchemaEvaluationFormAndScoringSet = components['schemas']['EvaluationFormAndScoringSet'];
export type SchemaEvaluationFormDivisionView = components['schemas']['EvaluationFormDivisionView'];
export type SchemaEvaluationFormDivisionViewListing = components['schemas']['EvaluationFormDivisionViewListing'];
export type SchemaEvaluationFormResponse = components['schemas']['EvaluationFormResponse'];
export type SchemaEvaluationFormResponseEntityListing = components['schemas']['EvaluationFormResponseEntityListing'];
export type SchemaEvaluationFormSearchResponse = components['schemas']['EvaluationFormSearchResponse'];
export type SchemaEvaluationQuestion = components['schemas']['EvaluationQuestion'];
export type SchemaEvaluationQuestionGroup = components['schemas']['EvaluationQuestionGroup'];
export type SchemaEvaluationQuestionGroupScore = components['schemas']['EvaluationQuestionGroupScore'];
export type SchemaEvaluationQuestionScore = components['schemas']['EvaluationQuestionScore'];
export type SchemaEvaluationReference = components['schemas']['EvaluationReference'];
export type SchemaEvaluationResponse = components['schemas']['EvaluationResponse'];
export type SchemaEvaluationScoringSet = components['schemas']['EvaluationScoringSet'];
export type SchemaEvaluationSearchAggregationBucket = components['schemas']['EvaluationSearchAggregationBucket'];
export type SchemaEvaluationSearchAggregationDto = components['schemas']['EvaluationSearchAggregationDTO'];
export type SchemaEvaluationSearchAggregationResponse = components['schemas']['EvaluationSearchAggregationResponse'];
export type SchemaEvaluationSearchCriteriaDto = components['schemas']['EvaluationSearchCriteriaDTO'];
export type SchemaEvaluationSearchItemResponse = components['schemas']['EvaluationSearchItemResponse'];
export type SchemaEvaluationSearchRequestDto = components['schemas']['EvaluationSearchRequestDTO'];
export type SchemaEvaluationSearchResponse = components['schemas']['EvaluationSearchResponse'];
export type SchemaEvaluationSearchSubAggregationDto = components['schemas']['EvaluationSearchSubAggregationDTO'];
export type SchemaEvaluationSettings = components['schemas']['EvaluationSettings'];
export type SchemaEvaluationSettingsAssignee = components['schemas']['EvaluationSettingsAssignee'];
export type SchemaEvaluationSource = components['schemas']['EvaluationSource'];
export type SchemaEvaluationVersion = components['schemas']['EvaluationVersion'];
export type SchemaEvaluatorActivity = components['schemas']['EvaluatorActivity'];
export type SchemaEvaluatorActivityEntityListing = components['schemas']['EvaluatorActivityEntityListing'];
export type SchemaExpansionCriterium = components['schemas']['ExpansionCriterium'];
export type SchemaFlowDiagnosticInfo = components['schemas']['FlowDiagnosticInfo'];
export type SchemaGeolocation = components['schemas']['Geolocation'];
export type SchemaGroup = components['schemas']['Group'];
export type SchemaGroupContact = components['schemas']['GroupContact'];
export type SchemaImage = components['schemas']['Image'];
export type SchemaInactivityTimeoutSettings = components['schemas']['InactivityTimeoutSettings'];
export type SchemaInboundRoute = components['schemas']['InboundRoute'];
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
export type SchemaMessageInfo = components['schemas']['MessageInfo'];
export type SchemaMessageMediaSettings = components['schemas']['MessageMediaSettings'];
export type SchemaMessageSubtypeSettings = components['schemas']['MessageSubtypeSettings'];
export type SchemaNumericRange = components['schemas']['NumericRange'];
export type SchemaOAuthLastTokenIssued = components['schemas']['OAuthLastTokenIssued'];
export type SchemaOutOfOffice = components['schemas']['OutOfOffice'];
export type SchemaPage = components['schemas']['Page'];
export type SchemaPagelessDomainEntityListingEvaluationVersion = components['schemas']['PagelessDomainEntityListingEvaluationVersion'];
export type SchemaPresenceDefinition = components['schemas']['PresenceDefinition'];
export type SchemaPropertyChange = components['schemas']['PropertyChange'];
export type SchemaPublishForm = components['schemas']['PublishForm'];
export type SchemaQmAuditQueryRequest = components['schemas']['QMAuditQueryRequest'];
export type SchemaQualityAuditLogMessage = components['schemas']['QualityAuditLogMessage'];
export type SchemaQualityAuditQueryExecutionResultsResponse = components['schemas']['QualityAuditQueryExecutionResultsResponse'];
export type SchemaQualityAuditQueryExecutionStatusResponse = components['schemas']['QualityAuditQueryExecutionStatusResponse'];
export type SchemaQualityAuditQueryFilter = components['schemas']['QualityAuditQueryFilter'];
export type SchemaQueryApiSearchAggregationRange = components['schemas']['QueryApiSearchAggregationRange'];
export type SchemaQuestionGroupSettings = components['schemas']['QuestionGroupSettings'];
export type SchemaQuestionSettings = components['schemas']['QuestionSettings'];
export type SchemaQueue = components['schemas']['Queue'];
export type SchemaQueueEmailAddress = components['schemas']['QueueEmailAddress'];
export type SchemaQueueMediaSettings = components['schemas']['QueueMediaSettings'];
export type SchemaQueueMessagingAddresses = components['schemas']['QueueMessagingAddresses'];
export type SchemaQueueReference = components['schemas']['QueueReference'];
export type SchemaResourceConditionNode = components['schemas']['ResourceConditionNode'];
export type SchemaResourceConditionValue = components['schemas']['ResourceConditionValue'];
export type SchemaResourcePermissionPolicy = components['schemas']['ResourcePermissionPolicy'];
export type SchemaRing = components['schemas']['Ring'];
export type SchemaRoutingRule = components['schemas']['RoutingRule'];
export type SchemaRoutingStatus = components['schemas']['RoutingStatus'];
export type SchemaScorableSurvey = components['schemas']['ScorableSurvey'];
export type SchemaScript = components['schemas']['Script'];
export type SchemaServiceLevel = components['schemas']['ServiceLevel'];
export type SchemaSignature = components['schemas']['Signature'];
export type SchemaSkillsToRemove = components['schemas']['SkillsToRemove'];
export type SchemaStatisticalResponse = components['schemas']['StatisticalResponse'];
export type SchemaStatisticalSummary = components['schemas']['StatisticalSummary'];
export type SchemaSurvey = components['schemas']['Survey'];
export type SchemaSurveyAggregateDataContainer = components['schemas']['SurveyAggregateDataContainer'];
export type SchemaSurveyAggregateQueryClause = components['schemas']['SurveyAggregateQueryClause'];
export type SchemaSurveyAggregateQueryFilter = components['schemas']['SurveyAggregateQueryFilter'];
export type SchemaSurveyAggregateQueryPredicate = components['schemas']['SurveyAggregateQueryPredicate'];
export type SchemaSurveyAggregateQueryResponse = components['schemas']['SurveyAggregateQueryResponse'];
export type SchemaSurveyAggregationQuery = components['schemas']['SurveyAggregationQuery'];
export type SchemaSurveyAggregationView = components['schemas']['SurveyAggregationView'];
export type SchemaSurveyAsyncAggregateQueryResponse = components['schemas']['SurveyAsyncAggregateQueryResponse'];
export type SchemaSurveyAsyncAggregationQuery = components['schemas']['SurveyAsyncAggregationQuery'];
export type SchemaSurveyErrorDetails = components['schemas']['SurveyErrorDetails'];
export type SchemaSurveyForm = components['schemas']['SurveyForm'];
export type SchemaSurveyFormAndScoringSet = components['schemas']['SurveyFormAndScoringSet'];
export type SchemaSurveyFormDivisionView = components['schemas']['SurveyFormDivisionView'];
export type SchemaSurveyFormDivisionViewListing = components['schemas']['SurveyFormDivisionViewListing'];
export type SchemaSurveyFormEntityListing = components['schemas']['SurveyFormEntityListing'];
export type SchemaSurveyQuestion = components['schemas']['SurveyQuestion'];
export type SchemaSurveyQuestionGroup = components['schemas']['SurveyQuestionGroup'];
export type SchemaSurveyQuestionGroupScore = components['schemas']['SurveyQuestionGroupScore'];
export type SchemaSurveyQuestionScore = components['schemas']['SurveyQuestionScore'];
export type SchemaSurveyScoringSet = components['schemas']['SurveyScoringSet'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaTopicDuration = components['schemas']['TopicDuration'];
export type SchemaTopicOffset = components['schemas']['TopicOffset'];
export type SchemaTranscriptTopic = components['schemas']['TranscriptTopic'];
export type SchemaUser = components['schemas']['User'];
export type SchemaUserAuthorization = components['schemas']['UserAuthorization'];
export type SchemaUserConversationSummary = components['schemas']['UserConversationSummary'];
export type SchemaUserPresence = components['schemas']['UserPresence'];
export type SchemaUserReferenceWithName = components['schemas']['UserReferenceWithName'];
export type SchemaUserRoutingLanguage = components['schemas']['UserRoutingLanguage'];
export type SchemaUserRoutingSkill = components['schemas']['UserRoutingSkill'];
export type SchemaUserStation = components['schemas']['UserStation'];
export type SchemaUserStations = components['schemas']['UserStations'];
export type SchemaVisibilityCondition = components['schemas']['VisibilityCondition'];
export type SchemaWorkPlanBidRanks = components['schemas']['WorkPlanBidRanks'];
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
    postAnalyticsEvaluationsAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationAsyncAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncQueryResponse"];
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
    getAnalyticsEvaluationsAggregatesJob: {
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
                    "application/json": components["schemas"]["AsyncQueryStatus"];
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
    deleteAnalyticsEvaluationsAggregatesJob: {
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
    getAnalyticsEvaluationsAggregatesJobResults: {
        parameters: {
            query?: {
                /** @description Cursor token to retrieve next page */
                cursor?: string;
            };
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
                    "application/json": components["schemas"]["EvaluationAsyncAggregateQueryResponse"];
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
    postAnalyticsEvaluationsAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationAggregationQuery"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationAggregateQueryResponse"];
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
    postAnalyticsSurveysAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyAsyncAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncQueryResponse"];
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
    getAnalyticsSurveysAggregatesJob: {
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
                    "application/json": components["schemas"]["AsyncQueryStatus"];
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
    deleteAnalyticsSurveysAggregatesJob: {
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
    getAnalyticsSurveysAggregatesJobResults: {
        parameters: {
            query?: {
                /** @description Cursor token to retrieve next page */
                cursor?: string;
            };
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
                    "application/json": components["schemas"]["SurveyAsyncAggregateQueryResponse"];
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
    postAnalyticsSurveysAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyAggregateQueryResponse"];
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
    getQualityAgentsActivity: {
        parameters: {
            query?: {
                /** @description team id of agents requested */
                agentTeamId?: string;
                /** @description user id of agent requested */
                agentUserId?: string[];
                /** @description End time of agent activity based on assigned date. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z */
                endTime?: string;
                /** @description user id of the evaluator */
                evaluatorUserId?: string;
                /** @description variable name requested by expand list */
                expand?: string[];
                /** @description shared id between form versions */
                formContextId?: string;
                /** @description group id */
                group?: string;
                /** @description name */
                name?: string;
                /** @description next page token */
                nextPage?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Previous page token */
                previousPage?: string;
                /** @description variable name requested to sort by */
                sortBy?: string;
                /** @description Start time of agent activity based on assigned date. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z */
                startTime?: string;
                /** @description 'Legacy' fetches active and inactive users when evaluatorUserId or no user filters are supplied; otherwise fetches active users.  'Any' fetches users of 'active', 'inactive' and 'deleted' states. */
                userState?: string;
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
                    "application/json": components["schemas"]["AgentActivityEntityListing"];
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
    getQualityCalibrations: {
        parameters: {
            query: {
                /** @description user id of calibrator */
                calibratorId: string;
                /** @description conversation id */
                conversationId?: string;
                /** @description end of the calibration query. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z */
                endTime?: string;
                /** @description variable name requested by expand list */
                expand?: string[];
                /** @description next page token */
                nextPage?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Previous page token */
                previousPage?: string;
                /** @description variable name requested to sort by */
                sortBy?: string;
                /** @description Beginning of the calibration query. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z */
                startTime?: string;
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
                    "application/json": components["schemas"]["CalibrationEntityListing"];
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
    postQualityCalibrations: {
        parameters: {
            query?: {
                /** @description calibratorId */
                expand?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description calibration */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalibrationCreate"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Calibration"];
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
    getQualityCalibration: {
        parameters: {
            query?: {
                /** @description calibratorId */
                calibratorId?: string;
                /** @description conversationId */
                conversationId?: string;
            };
            header?: never;
            path: {
                /** @description Calibration ID */
                calibrationId: string;
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
                    "application/json": components["schemas"]["Calibration"];
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
    putQualityCalibration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Calibration ID */
                calibrationId: string;
            };
            cookie?: never;
        };
        /** @description Calibration */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Calibration"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Calibration"];
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
    deleteQualityCalibration: {
        parameters: {
            query: {
                /** @description calibratorId */
                calibratorId: string;
            };
            header?: never;
            path: {
                /** @description Calibration ID */
                calibrationId: string;
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
                    "application/json": components["schemas"]["Calibration"];
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
    postQualityConversationEvaluations: {
        parameters: {
            query?: {
                /** @description evaluatorId */
                expand?: string;
            };
            header?: {
                /** @description Idempotency key for request deduplication */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description evaluation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationCreateBody"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
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
    getQualityConversationEvaluation: {
        parameters: {
            query?: {
                /** @description agent, assignee, evaluator, evaluationForm */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description evaluationId */
                evaluationId: string;
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
                    "application/json": components["schemas"]["EvaluationResponse"];
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
    putQualityConversationEvaluation: {
        parameters: {
            query?: {
                /** @description evaluatorId, evaluationForm, assignee, evaluator */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description evaluationId */
                evaluationId: string;
            };
            cookie?: never;
        };
        /** @description evaluation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Evaluation"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationResponse"];
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
    deleteQualityConversationEvaluation: {
        parameters: {
            query?: {
                /** @description evaluatorId, evaluationForm */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description evaluationId */
                evaluationId: string;
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
                    "application/json": components["schemas"]["EvaluationResponse"];
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
    getQualityConversationSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
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
                    "application/json": components["schemas"]["Survey"][];
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
    postQualityConversationsAuditsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QMAuditQueryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualityAuditQueryExecutionStatusResponse"];
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
    getQualityConversationsAuditsQueryTransactionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Transaction ID */
                transactionId: string;
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
                    "application/json": components["schemas"]["QualityAuditQueryExecutionStatusResponse"];
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
    getQualityConversationsAuditsQueryTransactionIdResults: {
        parameters: {
            query?: {
                /** @description Indicates where to resume query results (not required for first page) */
                cursor?: string;
                /** @description Which fields, if any, to expand */
                expand?: string[];
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Transaction ID */
                transactionId: string;
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
                    "application/json": components["schemas"]["QualityAuditQueryExecutionResultsResponse"];
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
    postQualityEvaluationsAggregatesQueryMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationAggregationQueryMe"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationAggregateQueryResponse"];
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
    getQualityEvaluationsQuery: {
        parameters: {
            query?: {
                /** @description agent has the evaluation */
                agentHasRead?: boolean;
                /** @description team id of the agent */
                agentTeamId?: string;
                /** @description user id of the agent */
                agentUserId?: string;
                /** @description assignee user id */
                assigneeUserId?: string;
                /** @description conversationId specified */
                conversationId?: string;
                /** @description end time of the evaluation query */
                endTime?: string;
                /** @description evaluation state options: Pending, InProgress, Finished */
                evaluationState?: string[];
                /** @description evaluator user id */
                evaluatorUserId?: string;
                /** @description variable name requested by expand list */
                expand?: string[];
                /** @description get the total scores for evaluations. NOTE: The answers will only be populated if this parameter is set to true in the request. */
                expandAnswerTotalScores?: boolean;
                /** @description shared id between form versions */
                formContextId?: string;
                /** @description Allow returning an agent or evaluator user with a 'delete' status. Defaults to false. */
                includeDeletedUsers?: boolean;
                /** @description the evaluation has been released */
                isReleased?: boolean;
                /** @description the maximum number of results to return */
                maximum?: number;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Previous page token */
                previousPage?: string;
                /** @description queue id */
                queueId?: string;
                /** @description NOTE: Does not work when conversationId is supplied. */
                sortOrder?: string;
                /** @description start time of the evaluation query */
                startTime?: string;
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
                    "application/json": components["schemas"]["EvaluationEntityListing"];
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
    postQualityEvaluationsScoring: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description evaluationAndScoringSet */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationFormAndScoringSet"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationScoringSet"];
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
    postQualityEvaluationsSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Evaluation search request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationSearchRequestDTO"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationSearchResponse"];
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
    getQualityEvaluatorsActivity: {
        parameters: {
            query?: {
                /** @description team id of agents to be considered */
                agentTeamId?: string;
                /** @description The end time specified. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z */
                endTime?: string;
                /** @description variable name requested by expand list */
                expand?: string[];
                /** @description group id */
                group?: string;
                /** @description Evaluator name */
                name?: string;
                /** @description next page token */
                nextPage?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description permission strings */
                permission?: string[];
                /** @description Previous page token */
                previousPage?: string;
                /** @description variable name requested to sort by */
                sortBy?: string;
                /** @description The start time specified. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z */
                startTime?: string;
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
                    "application/json": components["schemas"]["EvaluatorActivityEntityListing"];
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
    getQualityForms: {
        parameters: {
            query?: {
                /** @description If 'expand=publishHistory', then each unpublished evaluation form includes a listing of its published versions */
                expand?: string;
                /** @description Name */
                name?: string;
                /** @description next page token */
                nextPage?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Previous page token */
                previousPage?: string;
                /** @description variable name requested to sort by */
                sortBy?: string;
                /** @description Order to sort results, either asc or desc */
                sortOrder?: string;
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
                    "application/json": components["schemas"]["EvaluationFormResponseEntityListing"];
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
    postQualityForms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Evaluation form */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationForm"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationFormResponse"];
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
    getQualityForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
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
                    "application/json": components["schemas"]["EvaluationFormResponse"];
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
    putQualityForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
            };
            cookie?: never;
        };
        /** @description Evaluation form */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationForm"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationFormResponse"];
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
    deleteQualityForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Operation was successful. */
            200: {
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
    getQualityFormVersions: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
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
                    "application/json": components["schemas"]["EvaluationFormResponseEntityListing"];
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
    getQualityFormsEvaluations: {
        parameters: {
            query?: {
                /** @description If 'expand=publishHistory', then each unpublished evaluation form includes a listing of its published versions */
                expand?: string;
                /** @description Name */
                name?: string;
                /** @description next page token */
                nextPage?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Previous page token */
                previousPage?: string;
                /** @description variable name requested to sort by */
                sortBy?: string;
                /** @description Order to sort results, either asc or desc */
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
                    "application/json": components["schemas"]["EvaluationFormResponseEntityListing"];
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
    postQualityFormsEvaluations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Evaluation form */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationForm"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationFormResponse"];
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
    getQualityFormsEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
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
                    "application/json": components["schemas"]["EvaluationFormResponse"];
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
    putQualityFormsEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
            };
            cookie?: never;
        };
        /** @description Evaluation form */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationForm"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationFormResponse"];
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
    deleteQualityFormsEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
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
    putQualityFormsEvaluationAiscoringSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
            };
            cookie?: never;
        };
        /** @description AI Scoring Settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AiScoringSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AiScoringSettings"];
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
    getQualityFormsEvaluationVersions: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
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
                    "application/json": components["schemas"]["EvaluationFormResponseEntityListing"];
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
    getQualityFormsEvaluationsBulk: {
        parameters: {
            query: {
                /** @description A comma-delimited list of valid evaluation form ids. The maximum number of ids allowed in this list is 100 */
                id: string[];
                /** @description Whether to include the name of the form's most recently published version */
                includeLatestVersionFormName?: boolean;
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
                    "application/json": components["schemas"]["EvaluationFormResponseEntityListing"];
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
    getQualityFormsEvaluationsBulkContexts: {
        parameters: {
            query: {
                /** @description A comma-delimited list of valid evaluation form context ids */
                contextId: string[];
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
                    "application/json": components["schemas"]["EvaluationFormResponse"][];
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
    getQualityFormsSurveys: {
        parameters: {
            query?: {
                /** @description If 'expand=publishHistory', then each unpublished evaluation form includes a listing of its published versions */
                expand?: string;
                /** @description Name */
                name?: string;
                /** @description next page token */
                nextPage?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Previous page token */
                previousPage?: string;
                /** @description variable name requested to sort by */
                sortBy?: string;
                /** @description Order to sort results, either asc or desc */
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
                    "application/json": components["schemas"]["SurveyFormEntityListing"];
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
    postQualityFormsSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Survey form */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyForm"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyForm"];
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
    getQualityFormsSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
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
                    "application/json": components["schemas"]["SurveyForm"];
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
    putQualityFormsSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
            };
            cookie?: never;
        };
        /** @description Survey form */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyForm"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyForm"];
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
    deleteQualityFormsSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
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
    patchQualityFormsSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
            };
            cookie?: never;
        };
        /** @description Survey form */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyForm"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyForm"];
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
    getQualityFormsSurveyVersions: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
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
                    "application/json": components["schemas"]["SurveyFormEntityListing"];
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
    getQualityFormsSurveysBulk: {
        parameters: {
            query: {
                /** @description A comma-delimited list of valid survey form ids */
                id: string[];
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
                    "application/json": components["schemas"]["SurveyFormEntityListing"];
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
    getQualityFormsSurveysBulkContexts: {
        parameters: {
            query: {
                /** @description A comma-delimited list of valid survey form context ids. The maximum number of ids allowed in this list is 100. */
                contextId: string[];
                /** @description If true, the latest published version will be included. If false, only the unpublished version will be included. */
                published?: boolean;
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
                    "application/json": components["schemas"]["SurveyForm"][];
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
    getQualityProgramAgentscoringrules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Program ID from Speech and Text Analytics */
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
                    "application/json": components["schemas"]["AgentScoringRuleEntityListing"];
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
    postQualityProgramAgentscoringrules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Program ID from Speech and Text Analytics */
                programId: string;
            };
            cookie?: never;
        };
        /** @description Agent Scoring Rule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentScoringRule"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentScoringRule"];
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
    getQualityProgramAgentscoringrule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Program ID from Speech and Text Analytics */
                programId: string;
                /** @description Agent Scoring Rule ID */
                ruleId: string;
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
                    "application/json": components["schemas"]["AgentScoringRule"];
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
    putQualityProgramAgentscoringrule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Program ID from Speech and Text Analytics */
                programId: string;
                /** @description Agent Scoring Rule ID */
                ruleId: string;
            };
            cookie?: never;
        };
        /** @description Agent Scoring Rule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentScoringRule"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentScoringRule"];
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
    deleteQualityProgramAgentscoringrule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Program ID from Speech and Text Analytics */
                programId: string;
                /** @description Agent Scoring Rule ID */
                ruleId: string;
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
    getQualityPublishedforms: {
        parameters: {
            query?: {
                /** @description Name */
                name?: string;
                /** @description onlyLatestPerContext */
                onlyLatestPerContext?: boolean;
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
                    "application/json": components["schemas"]["EvaluationFormResponseEntityListing"];
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
    postQualityPublishedforms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Publish request containing id of form to publish */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishForm"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationFormResponse"];
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
    getQualityPublishedform: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
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
                    "application/json": components["schemas"]["EvaluationFormResponse"];
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
    getQualityPublishedformsEvaluations: {
        parameters: {
            query?: {
                /** @description Name */
                name?: string;
                /** @description onlyLatestPerContext */
                onlyLatestPerContext?: boolean;
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
                    "application/json": components["schemas"]["EvaluationFormResponseEntityListing"];
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
    postQualityPublishedformsEvaluations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Publish request containing id of form to publish */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishForm"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationFormResponse"];
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
    getQualityPublishedformsEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
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
                    "application/json": components["schemas"]["EvaluationFormResponse"];
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
    getQualityPublishedformsEvaluationsDivisionviews: {
        parameters: {
            query: {
                /** @description divisionId */
                divisionId?: string;
                /** @description A comma-delimited list of valid, published evaluation form ids */
                id: string[];
                /** @description Name */
                name?: string;
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
                    "application/json": components["schemas"]["EvaluationFormDivisionViewListing"];
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
    getQualityPublishedformsEvaluationsDivisionview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Evaluation Form ID */
                evaluationFormId: string;
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
                    "application/json": components["schemas"]["EvaluationFormDivisionView"];
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
    getQualityPublishedformsSurveys: {
        parameters: {
            query?: {
                /** @description Name */
                name?: string;
                /** @description onlyLatestEnabledPerContext */
                onlyLatestEnabledPerContext?: boolean;
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
                    "application/json": components["schemas"]["SurveyFormEntityListing"];
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
    postQualityPublishedformsSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Survey form */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishForm"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyForm"];
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
    getQualityPublishedformsSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Form ID */
                formId: string;
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
                    "application/json": components["schemas"]["SurveyForm"];
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
    getQualityPublishedformsSurveysDivisionviews: {
        parameters: {
            query: {
                /** @description divisionId */
                divisionId?: string;
                /** @description A comma-delimited list of valid, published evaluation form ids */
                id: string[];
                /** @description Name */
                name?: string;
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
                    "application/json": components["schemas"]["SurveyFormDivisionViewListing"];
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
    getQualityPublishedformsSurveysDivisionview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Survey Form ID */
                surveyFormId: string;
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
                    "application/json": components["schemas"]["SurveyFormDivisionView"];
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
    postQualitySurveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Survey creation request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSurveyRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSurveyResponse"];
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
    getQualitySurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description surveyId */
                surveyId: string;
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
                    "application/json": components["schemas"]["Survey"];
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
    getQualitySurveysScorable: {
        parameters: {
            query: {
                /** @description customerSurveyUrl */
                customerSurveyUrl: string;
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
                    "application/json": components["schemas"]["ScorableSurvey"];
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
    putQualitySurveysScorable: {
        parameters: {
            query: {
                /** @description customerSurveyUrl */
                customerSurveyUrl: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description survey */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScorableSurvey"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScorableSurvey"];
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
    postQualitySurveysScoring: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description surveyAndScoringSet */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyFormAndScoringSet"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyScoringSet"];
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
