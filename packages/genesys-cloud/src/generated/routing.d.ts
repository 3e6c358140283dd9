// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/routing/openapi.yaml (sha256 149d8c9464a0f52c)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area routing` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Routing (175 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const routing = routingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function routingApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/analytics/queues/observations/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for queue observations
         * @permissions ANY: `analytics:queueObservation:view`
         */
        post: operations["postAnalyticsQueuesObservationsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/routing/activity/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for user activity observations
         * @permissions ANY: `analytics:queueObservation:view`
         */
        post: operations["postAnalyticsRoutingActivityQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all benefit assessments.
         * @permissions ANY: any one of `routing:queue:view`, `routing:assessment:view`
         */
        get: operations["getRoutingAssessments"];
        put?: never;
        /**
         * Create a benefit assessment.
         * @permissions ALL: all of `routing:assessment:add`, `routing:queue:view`
         */
        post: operations["postRoutingAssessments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/assessments/{assessmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a single benefit assessment.
         * @permissions ANY: `routing:assessment:view`
         */
        get: operations["getRoutingAssessment"];
        put?: never;
        post?: never;
        /**
         * Delete single benefit assessment.
         * @permissions ANY: `routing:assessment:delete`
         */
        delete: operations["deleteRoutingAssessment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/assessments/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all benefit assessment jobs.
         * @permissions ANY: `routing:queue:view`
         */
        get: operations["getRoutingAssessmentsJobs"];
        put?: never;
        /**
         * Create a benefit assessment job.
         * @permissions ANY: `routing:assessment:add`
         */
        post: operations["postRoutingAssessmentsJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/assessments/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a single benefit assessments job.
         * @permissions ANY: `routing:assessment:view`
         */
        get: operations["getRoutingAssessmentsJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/availablemediatypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get available media types
         * @permissions none required
         */
        get: operations["getRoutingAvailablemediatypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/conversations/{conversationId}": {
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
         * Update attributes of an in-queue conversation
         * @description Returns an object indicating the updated values of all settable attributes. Supported attributes: skillIds, skillExpression, languageId, and priority.
         * @permissions ANY: `routing:conversation:edit`
         */
        patch: operations["patchRoutingConversation"];
        trace?: never;
    };
    "/api/v2/routing/directroutingbackup/settings/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user's Direct Routing Backup settings.
         * @permissions ANY: `routing:directRoutingBackup:selfView`
         */
        get: operations["getRoutingDirectroutingbackupSettingsMe"];
        /**
         * Update the user's Direct Routing Backup settings.
         * @permissions ANY: `routing:directRoutingBackup:selfEdit`
         */
        put: operations["putRoutingDirectroutingbackupSettingsMe"];
        post?: never;
        /**
         * Delete the user's Direct Routing Backup settings and revert to the Direct Routing Queue default.
         * @permissions ANY: `routing:directRoutingBackup:selfDelete`
         */
        delete: operations["deleteRoutingDirectroutingbackupSettingsMe"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/email/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get domains
         * @permissions ALL: `routing:email:manage`
         */
        get: operations["getRoutingEmailDomains"];
        put?: never;
        /**
         * Create a domain
         * @permissions ALL: `routing:email:manage`
         */
        post: operations["postRoutingEmailDomains"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/email/domains/{domainId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get domain
         * @permissions ANY: any one of `routing:email:manage`, `routing:email:view`
         */
        get: operations["getRoutingEmailDomain"];
        put?: never;
        post?: never;
        /**
         * Delete a domain
         * @permissions ALL: `routing:email:manage`
         */
        delete: operations["deleteRoutingEmailDomain"];
        options?: never;
        head?: never;
        /**
         * Update domain settings
         * @permissions ALL: `routing:email:manage`
         */
        patch: operations["patchRoutingEmailDomain"];
        trace?: never;
    };
    "/api/v2/routing/email/domains/{domainId}/dkim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get domain dkim settings
         * @permissions ALL: `routing:email:manage`
         */
        get: operations["getRoutingEmailDomainDkim"];
        put?: never;
        /**
         * Restart domain dkim
         * @permissions ALL: `routing:email:manage`
         */
        post: operations["postRoutingEmailDomainDkim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/email/domains/{domainId}/mailfrom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get domain mail from settings
         * @permissions ALL: `routing:email:manage`
         */
        get: operations["getRoutingEmailDomainMailfrom"];
        put?: never;
        /**
         * Set domain mail from settings
         * @permissions ALL: `routing:email:manage`
         */
        post: operations["postRoutingEmailDomainMailfrom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/email/domains/{domainId}/testconnection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tests the custom SMTP server integration connection set on this ACD domain
         * @description The request body is optional. If omitted, this endpoint will just test the connection of the Custom SMTP Server used by the ACD domain. If the body is specified, there will be an attempt to send an email message to the server.
         * @permissions ALL: `routing:email:manage`
         */
        post: operations["postRoutingEmailDomainTestconnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/email/domains/{domainId}/validate": {
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
         * Validate domain settings
         * @permissions ALL: `routing:email:manage`
         */
        patch: operations["patchRoutingEmailDomainValidate"];
        trace?: never;
    };
    "/api/v2/routing/email/domains/{domainId}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get domain verification settings
         * @permissions ALL: `routing:email:manage`
         */
        get: operations["getRoutingEmailDomainVerification"];
        put?: never;
        /**
         * Restart domain verification
         * @permissions ALL: `routing:email:manage`
         */
        post: operations["postRoutingEmailDomainVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/email/domains/{domainName}/routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get routes
         * @permissions ANY: any one of `routing:email:view`, `routing:email:manage`
         */
        get: operations["getRoutingEmailDomainRoutes"];
        put?: never;
        /**
         * Create a route
         * @permissions ALL: `routing:email:manage`
         */
        post: operations["postRoutingEmailDomainRoutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/email/domains/{domainName}/routes/{routeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a route
         * @permissions ANY: any one of `routing:email:view`, `routing:email:manage`
         */
        get: operations["getRoutingEmailDomainRoute"];
        /**
         * Update a route
         * @permissions ALL: `routing:email:manage`
         */
        put: operations["putRoutingEmailDomainRoute"];
        post?: never;
        /**
         * Delete a route
         * @permissions ALL: `routing:email:manage`
         */
        delete: operations["deleteRoutingEmailDomainRoute"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/email/domains/{domainName}/routes/{routeId}/identityresolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a route identity resolution setting.
         * @permissions ALL: all of `routing:email:manage`, `routing:identityResolutionEmail:view`
         */
        get: operations["getRoutingEmailDomainRouteIdentityresolution"];
        /**
         * Update identity resolution settings for a route.
         * @permissions ALL: all of `routing:email:manage`, `routing:identityResolutionEmail:edit`
         */
        put: operations["putRoutingEmailDomainRouteIdentityresolution"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/email/outbound/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get outbound domains
         * @permissions ALL: `routing:email:manage`
         */
        get: operations["getRoutingEmailOutboundDomains"];
        put?: never;
        /**
         * Create a domain
         * @permissions ALL: `routing:email:manage`
         */
        post: operations["postRoutingEmailOutboundDomains"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/email/outbound/domains/{domainId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get domain
         * @permissions ANY: any one of `routing:email:manage`, `routing:email:view`
         */
        get: operations["getRoutingEmailOutboundDomain"];
        put?: never;
        post?: never;
        /**
         * Delete an outbound domain
         * @permissions ALL: `routing:email:manage`
         */
        delete: operations["deleteRoutingEmailOutboundDomain"];
        options?: never;
        head?: never;
        /**
         * Update configurable settings for an email domain, such as changing the sending method (e.g., to or from SMTP).
         * @permissions ALL: `routing:email:manage`
         */
        patch: operations["patchRoutingEmailOutboundDomain"];
        trace?: never;
    };
    "/api/v2/routing/email/outbound/domains/{domainId}/activation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get activation status (cname + dkim) of an outbound domain
         * @permissions ALL: `routing:email:manage`
         */
        get: operations["getRoutingEmailOutboundDomainActivation"];
        /**
         * Request an activation status (cname + dkim) update of an outbound domain
         * @permissions ALL: `routing:email:manage`
         */
        put: operations["putRoutingEmailOutboundDomainActivation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/email/outbound/domains/{domainId}/testconnection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tests the custom SMTP server integration connection set on this outbound domain
         * @description The request body is optional. If omitted, this endpoint will just test the connection of the Custom SMTP Server for the outbound domain. If the body is specified, there will be an attempt to send an email message to the server.
         * @permissions ALL: `routing:email:manage`
         */
        post: operations["postRoutingEmailOutboundDomainTestconnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/email/outbound/domains/simulated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a simulated domain
         * @permissions ALL: `routing:email:manage`
         */
        post: operations["postRoutingEmailOutboundDomainsSimulated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/email/setting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a paged list of email routing settings.
         * @permissions ALL: `email:settings:view`
         */
        get: operations["getRoutingEmailSetting"];
        put?: never;
        /**
         * Create a new email setting. Used to define various settings, that can then be associated with email domains
         * @permissions ANY: `email:settings:add`
         */
        post: operations["postRoutingEmailSetting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/email/setting/{emailSettingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get email setting. Returns the specified email setting that defines settings for email
         * @permissions ALL: `email:settings:view`
         */
        get: operations["getRoutingEmailSettingEmailSettingId"];
        put?: never;
        post?: never;
        /**
         * Delete an email setting. Removes the email setting and its associated settings
         * @permissions ALL: `email:settings:delete`
         */
        delete: operations["deleteRoutingEmailSettingEmailSettingId"];
        options?: never;
        head?: never;
        /**
         * Update an email setting. Modifies the settings for email setting
         * @permissions ALL: `email:settings:edit`
         */
        patch: operations["patchRoutingEmailSettingEmailSettingId"];
        trace?: never;
    };
    "/api/v2/routing/email/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get email setup
         * @permissions ALL: `routing:email:manage`
         */
        get: operations["getRoutingEmailSetup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/languages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of supported languages.
         * @permissions none required
         */
        get: operations["getRoutingLanguages"];
        put?: never;
        /**
         * Create Language
         * @permissions ANY: `routing:skill:manage`
         */
        post: operations["postRoutingLanguages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/languages/{languageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a routing language
         * @permissions none required
         */
        get: operations["getRoutingLanguage"];
        put?: never;
        post?: never;
        /**
         * Delete a routing language
         * @permissions ANY: `routing:skill:manage`
         */
        delete: operations["deleteRoutingLanguage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/message/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get recipients
         * @permissions ALL: `routing:message:manage`
         */
        get: operations["getRoutingMessageRecipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/message/recipients/{recipientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a recipient
         * @permissions ALL: `routing:message:manage`
         */
        get: operations["getRoutingMessageRecipient"];
        /**
         * Update a recipient
         * @permissions ALL: `routing:message:manage`
         */
        put: operations["putRoutingMessageRecipient"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/predictors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all predictors.
         * @permissions ANY: any one of `routing:predictor:view`, `routing:queue:view`
         */
        get: operations["getRoutingPredictors"];
        put?: never;
        /**
         * Create a predictor.
         * @permissions ALL: all of `routing:predictor:add`, `routing:queue:edit`
         */
        post: operations["postRoutingPredictors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/predictors/{predictorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a single predictor.
         * @permissions ANY: `routing:predictor:view`
         */
        get: operations["getRoutingPredictor"];
        put?: never;
        post?: never;
        /**
         * Delete single predictor.
         * @permissions ALL: all of `routing:predictor:delete`, `routing:queue:edit`
         */
        delete: operations["deleteRoutingPredictor"];
        options?: never;
        head?: never;
        /**
         * Update single predictor.
         * @permissions ALL: all of `routing:predictor:edit`, `routing:queue:edit`
         */
        patch: operations["patchRoutingPredictor"];
        trace?: never;
    };
    "/api/v2/routing/predictors/{predictorId}/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve Predictor Models and Top Features.
         * @permissions ALL: `routing:predictorModel:view`
         */
        get: operations["getRoutingPredictorModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/predictors/{predictorId}/models/{modelId}/features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve Predictor Model Features.
         * @permissions ALL: `routing:predictorModelFeature:view`
         */
        get: operations["getRoutingPredictorModelFeatures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/predictors/keyperformanceindicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Key Performance Indicators
         * @permissions ANY: `routing:keyPerformanceIndicator:view`
         */
        get: operations["getRoutingPredictorsKeyperformanceindicators"];
        put?: never;
        /**
         * Create a custom Key Performance Indicator.
         * @permissions ANY: `routing:keyPerformanceIndicator:add`
         */
        post: operations["postRoutingPredictorsKeyperformanceindicators"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/predictors/keyperformanceindicators/{kpiId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a single Key Performance Indicator.
         * @permissions ANY: `routing:keyPerformanceIndicator:view`
         */
        get: operations["getRoutingPredictorsKeyperformanceindicator"];
        put?: never;
        post?: never;
        /**
         * Delete a custom Key Performance Indicator.
         * @permissions ANY: `routing:keyPerformanceIndicator:delete`
         */
        delete: operations["deleteRoutingPredictorsKeyperformanceindicator"];
        options?: never;
        head?: never;
        /**
         * Update a custom Key Performance Indicator.
         * @permissions ANY: `routing:keyPerformanceIndicator:edit`
         */
        patch: operations["patchRoutingPredictorsKeyperformanceindicator"];
        trace?: never;
    };
    "/api/v2/routing/predictors/keyperformanceindicatortypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Key Performance Indicators Types available.
         * @permissions ANY: `routing:keyPerformanceIndicator:view`
         */
        get: operations["getRoutingPredictorsKeyperformanceindicatortypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of queues.
         * @permissions ANY: `routing:queue:view`
         */
        get: operations["getRoutingQueues"];
        put?: never;
        /**
         * Create a queue
         * @permissions ANY: `routing:queue:add`
         */
        post: operations["postRoutingQueues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/queues/{queueId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details about this queue.
         * @permissions ALL: `routing:queue:view`
         */
        get: operations["getRoutingQueue"];
        /**
         * Update a queue
         * @permissions ANY: `routing:queue:edit`
         */
        put: operations["putRoutingQueue"];
        post?: never;
        /**
         * Delete a queue
         * @permissions ALL: `routing:queue:delete`
         */
        delete: operations["deleteRoutingQueue"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/queues/{queueId}/assistant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an assistant associated with a queue.
         * @permissions ALL: `assistants:queue:view`
         */
        get: operations["getRoutingQueueAssistant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/queues/{queueId}/comparisonperiods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of comparison periods
         * @permissions ALL: all of `routing:comparisonPeriod:view`, `routing:queue:view`
         */
        get: operations["getRoutingQueueComparisonperiods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/queues/{queueId}/comparisonperiods/{comparisonPeriodId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Comparison Period.
         * @permissions ALL: all of `routing:comparisonPeriod:view`, `routing:queue:view`
         */
        get: operations["getRoutingQueueComparisonperiod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/queues/{queueId}/estimatedwaittime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Estimated Wait Time
         * @permissions ALL: `routing:queue:view`
         */
        get: operations["getRoutingQueueEstimatedwaittime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/queues/{queueId}/identityresolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Queue IdentityResolution Settings.
         * @permissions ALL: all of `routing:queue:view`, `queue:identityResolution:view`
         */
        get: operations["getRoutingQueueIdentityresolution"];
        /**
         * Update Queue IdentityResolution Settings.
         * @permissions ALL: all of `routing:queue:edit`, `queue:identityResolution:edit`
         */
        put: operations["putRoutingQueueIdentityresolution"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/queues/{queueId}/mediatypes/{mediaType}/estimatedwaittime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Estimated Wait Time
         * @permissions ALL: `routing:queue:view`
         */
        get: operations["getRoutingQueueMediatypeEstimatedwaittime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/queues/{queueId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the members of this queue.
         * @permissions ANY: any one of `routing:queue:view`, `routing:queue:edit`, `routing:queue:readonly`, `routing:queueMember:manage`
         */
        get: operations["getRoutingQueueMembers"];
        put?: never;
        /**
         * Bulk add or delete up to 100 queue members
         * @permissions ANY: any one of `routing:queue:edit`, `routing:queueMember:manage`
         */
        post: operations["postRoutingQueueMembers"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Join or unjoin a set of up to 100 users for a queue
         * @description Users can only be joined to queues where they have membership. Non-member user-queue pairs in the request will be disregarded. Note: This operation is processed asynchronously and the response data may not reflect the final state. Changes may take time to propagate. Query the GET endpoint after a delay to retrieve the current membership status.
         * @permissions ANY: any one of `routing:queue:edit`, `routing:queueMember:manage`
         */
        patch: operations["patchRoutingQueueMembers"];
        trace?: never;
    };
    "/api/v2/routing/queues/{queueId}/members/{memberId}": {
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
         * Delete a queue member.
         * @permissions ANY: any one of `routing:queue:edit`, `routing:queueMember:manage`
         */
        delete: operations["deleteRoutingQueueMember"];
        options?: never;
        head?: never;
        /**
         * Update the ring number OR joined status for a queue member.
         * @permissions ANY: any one of `routing:queue:edit`, `routing:queueMember:manage`
         */
        patch: operations["patchRoutingQueueMember"];
        trace?: never;
    };
    "/api/v2/routing/queues/{queueId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * DEPRECATED: use GET /routing/queues/{queueId}/members.  Get the members of this queue.
         * @description Deprecated: use GET /api/v2/routing/queues/{queueId}/members instead.
         * @deprecated Use GET /api/v2/routing/queues/{queueId}/members instead.
         * @permissions ANY: any one of `routing:queue:view`, `routing:queueMember:manage`
         */
        get: operations["getRoutingQueueUsers"];
        put?: never;
        /**
         * DEPRECATED: use POST /routing/queues/{queueId}/members.  Bulk add or delete up to 100 queue members.
         * @description Deprecated: use POST /api/v2/routing/queues/{queueId}/members instead.
         * @deprecated Use POST /api/v2/routing/queues/{queueId}/members instead.
         * @permissions ANY: any one of `routing:queue:edit`, `routing:queueMember:manage`
         */
        post: operations["postRoutingQueueUsers"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * DEPRECATED: use PATCH /routing/queues/{queueId}/members.  Join or unjoin a set of users for a queue.
         * @description Deprecated: use PATCH /api/v2/routing/queues/{queueId}/members instead.
         * @deprecated Use PATCH /api/v2/routing/queues/{queueId}/members instead.
         * @permissions ANY: any one of `routing:queue:edit`, `routing:queueMember:manage`
         */
        patch: operations["patchRoutingQueueUsers"];
        trace?: never;
    };
    "/api/v2/routing/queues/{queueId}/users/{memberId}": {
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
         * DEPRECATED: use DELETE /routing/queues/{queueId}/members/{memberId}.  Delete queue member.
         * @description Deprecated: use DELETE /api/v2/routing/queues/{queueId}/members/{memberId} instead.
         * @deprecated Use DELETE /api/v2/routing/queues/{queueId}/members/{memberId} instead.
         * @permissions ANY: any one of `routing:queue:edit`, `routing:queueMember:manage`
         */
        delete: operations["deleteRoutingQueueUser"];
        options?: never;
        head?: never;
        /**
         * DEPRECATED: use PATCH /routing/queues/{queueId}/members/{memberId}.  Update the ring number OR joined status for a User in a Queue.
         * @description Deprecated: use PATCH /api/v2/routing/queues/{queueId}/members/{memberId} instead.
         * @deprecated Use PATCH /api/v2/routing/queues/{queueId}/members/{memberId} instead.
         * @permissions ANY: any one of `routing:queue:edit`, `routing:queueMember:manage`
         */
        patch: operations["patchRoutingQueueUser"];
        trace?: never;
    };
    "/api/v2/routing/queues/{queueId}/wrapupcodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the wrap-up codes for a queue
         * @permissions ALL: `routing:queue:view`
         */
        get: operations["getRoutingQueueWrapupcodes"];
        put?: never;
        /**
         * Add up to 100 wrap-up codes to a queue
         * @permissions ALL: `routing:queue:edit`
         */
        post: operations["postRoutingQueueWrapupcodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/queues/{queueId}/wrapupcodes/{codeId}": {
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
         * Delete a wrap-up code from a queue
         * @permissions ALL: `routing:queue:edit`
         */
        delete: operations["deleteRoutingQueueWrapupcode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/queues/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a paged listing of simplified queue objects, filterable by name, queue ID(s), or division ID(s).
         * @permissions ALL: `routing:queue:search`
         */
        get: operations["getRoutingQueuesDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/queues/divisionviews/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a paged listing of simplified queue objects, sorted by name.  Can be used to get a digest of all queues in an organization.
         * @permissions ALL: `routing:queue:search`
         */
        get: operations["getRoutingQueuesDivisionviewsAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/queues/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a paged listing of queues the user is a member of.
         * @permissions none required
         */
        get: operations["getRoutingQueuesMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organization's routing settings
         * @permissions none required
         */
        get: operations["getRoutingSettings"];
        /**
         * Update an organization's routing settings
         * @permissions ANY: `routing:settings:edit`
         */
        put: operations["putRoutingSettings"];
        post?: never;
        /**
         * Delete an organization's routing settings
         * @permissions ANY: `routing:settings:edit`
         */
        delete: operations["deleteRoutingSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/settings/contactcenter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Contact Center Settings
         * @permissions none required
         */
        get: operations["getRoutingSettingsContactcenter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Contact Center Settings
         * @permissions ANY: `routing:settings:edit`
         */
        patch: operations["patchRoutingSettingsContactcenter"];
        trace?: never;
    };
    "/api/v2/routing/settings/transcription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Transcription Settings
         * @permissions ANY: `routing:transcriptionSettings:view`
         */
        get: operations["getRoutingSettingsTranscription"];
        /**
         * Update Transcription Settings
         * @permissions ANY: `routing:transcriptionSettings:edit`
         */
        put: operations["putRoutingSettingsTranscription"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch Transcription Settings
         * @permissions ANY: `routing:transcriptionSettings:edit`
         */
        patch: operations["patchRoutingSettingsTranscription"];
        trace?: never;
    };
    "/api/v2/routing/skillexpressions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get skill expressions
         * @permissions ALL: `routing:skillExpressions:view`
         */
        get: operations["getRoutingSkillexpressions"];
        put?: never;
        post?: never;
        /**
         * Archive a set of skill expressions to remove them from the set of active expressions
         * @permissions ALL: `routing:skillExpressions:delete`
         */
        delete: operations["deleteRoutingSkillexpressions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/skillexpressions/{expressionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a skill expression by ID
         * @permissions ALL: `routing:skillExpressions:view`
         */
        get: operations["getRoutingSkillexpression"];
        put?: never;
        post?: never;
        /**
         * Archive a skill expression to remove it from the set of active expressions
         * @permissions ALL: `routing:skillExpressions:delete`
         */
        delete: operations["deleteRoutingSkillexpression"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/skillexpressions/queue/{queueId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get skill expressions associated with a queue
         * @permissions ALL: `routing:skillExpressions:view`
         */
        get: operations["getRoutingSkillexpressionsQueueQueueId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/skillexpressions/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate and normalize a skill expression
         * @permissions ALL: `routing:skillExpressions:add`
         */
        post: operations["postRoutingSkillexpressionsValidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/skillgroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get skill group listing
         * @permissions ANY: `routing:skillGroup:view`
         */
        get: operations["getRoutingSkillgroups"];
        put?: never;
        /**
         * Create a skill group
         * @permissions ALL: `routing:skillGroup:add`
         */
        post: operations["postRoutingSkillgroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/skillgroups/{skillGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get skill group
         * @permissions ANY: `routing:skillGroup:view`
         */
        get: operations["getRoutingSkillgroup"];
        put?: never;
        post?: never;
        /**
         * Remove skill group definition
         * @permissions ANY: `routing:skillGroup:delete`
         */
        delete: operations["deleteRoutingSkillgroup"];
        options?: never;
        head?: never;
        /**
         * Update skill group definition
         * @permissions ANY: `routing:skillGroup:edit`
         */
        patch: operations["patchRoutingSkillgroup"];
        trace?: never;
    };
    "/api/v2/routing/skillgroups/{skillGroupId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get skill group members
         * @permissions ANY: `routing:skillGroup:view`
         */
        get: operations["getRoutingSkillgroupMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/skillgroups/{skillGroupId}/members/divisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of member divisions for this skill group.
         * @permissions ANY: `routing:skillGroup:view`
         */
        get: operations["getRoutingSkillgroupMembersDivisions"];
        put?: never;
        /**
         * Add or remove member divisions for this skill group.
         * @permissions ALL: `routing:skillGroup:add`
         */
        post: operations["postRoutingSkillgroupMembersDivisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of routing skills. View permission enforcement only applies to skills assigned to a division.
         * @permissions ANY: `routing:skill:view`
         */
        get: operations["getRoutingSkills"];
        put?: never;
        /**
         * Create Skill
         * @permissions ANY: any one of `routing:skill:manage`, `routing:skill:create`
         */
        post: operations["postRoutingSkills"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/skills/{skillId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Routing Skill
         * @permissions ANY: `routing:skill:view`
         */
        get: operations["getRoutingSkill"];
        put?: never;
        post?: never;
        /**
         * Delete Routing Skill
         * @permissions ANY: any one of `routing:skill:manage`, `routing:skill:delete`
         */
        delete: operations["deleteRoutingSkill"];
        options?: never;
        head?: never;
        /**
         * Update Routing Skill Division
         * @permissions ANY: `routing:skill:update`
         */
        patch: operations["patchRoutingSkill"];
        trace?: never;
    };
    "/api/v2/routing/sms/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Addresses for SMS
         * @permissions ALL: `sms:phoneNumber:view`
         */
        get: operations["getRoutingSmsAddresses"];
        put?: never;
        /**
         * Provision an Address for SMS
         * @permissions ALL: `sms:phoneNumber:add`
         */
        post: operations["postRoutingSmsAddresses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/sms/addresses/{addressId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Address by Id for SMS
         * @permissions ALL: `sms:phoneNumber:view`
         */
        get: operations["getRoutingSmsAddress"];
        put?: never;
        post?: never;
        /**
         * Delete an Address by Id for SMS
         * @permissions ALL: `sms:phoneNumber:delete`
         */
        delete: operations["deleteRoutingSmsAddress"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/sms/availablephonenumbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of available phone numbers for SMS provisioning.
         * @description This request will return up to 30 random phone numbers matching the criteria specified.  To get additional phone numbers repeat the request.
         * @permissions ALL: `sms:phoneNumber:add`
         */
        get: operations["getRoutingSmsAvailablephonenumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/sms/identityresolution/phonenumbers/{addressId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a SMS identity resolution settings.
         * @permissions ALL: all of `sms:phoneNumber:view`, `sms:identityResolution:view`
         */
        get: operations["getRoutingSmsIdentityresolutionPhonenumber"];
        /**
         * Update an SMS identity resolution settings.
         * @permissions ALL: all of `sms:phoneNumber:edit`, `sms:identityResolution:edit`
         */
        put: operations["putRoutingSmsIdentityresolutionPhonenumber"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/sms/phonenumbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of provisioned phone numbers.
         * @description When no supported content profile is explicitly set, the system uses the "SMS Default" profile. This default profile allows all media types (\*\/\*) for inbound messages and specific image types (image/gif, image/jpeg, image/png) for outbound messages. The "SMS Default" profile does not have an ID and cannot be modified. To customize media filtering, create and assign a custom supported content profile.
         * @permissions ALL: `sms:phoneNumber:view`
         */
        get: operations["getRoutingSmsPhonenumbers"];
        put?: never;
        /**
         * Provision a phone number for SMS
         * @description When provisioning an MMS-capable phone number, if no supported content profile is specified in the request, the system automatically assigns the "SMS Default" profile. This default profile allows all media types (\*\/\*) for inbound messages and specific image types (image/gif, image/jpeg, image/png) for outbound messages. To use custom media filtering, specify a supported content profile ID in the request body.
         * @permissions ALL: `sms:phoneNumber:add`
         */
        post: operations["postRoutingSmsPhonenumbers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/sms/phonenumbers/{phoneNumberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a phone number provisioned for SMS.
         * @description When no supported content profile is explicitly set on an MMS-capable phone number, the system uses the "SMS Default" profile. This default profile allows all media types (\*\/\*) for inbound messages and specific image types (image/gif, image/jpeg, image/png) for outbound messages. The "SMS Default" profile does not have an ID and cannot be modified. To customize media filtering, create and assign a custom supported content profile using the PATCH endpoint.
         * @permissions ALL: `sms:phoneNumber:view`
         */
        get: operations["getRoutingSmsPhonenumber"];
        put?: never;
        post?: never;
        /**
         * Delete a phone number provisioned for SMS.
         * @permissions ALL: `sms:phoneNumber:delete`
         */
        delete: operations["deleteRoutingSmsPhonenumber"];
        options?: never;
        head?: never;
        /**
         * Update a phone number provisioned for SMS.
         * @description Use this endpoint to assign a custom supported content profile to an MMS-capable phone number. If no supported content profile is set, the phone number uses the "SMS Default" profile, which allows all media types (\*\/\*) for inbound messages and specific image types (image/gif, image/jpeg, image/png) for outbound messages. To customize media filtering, provide a supported content profile ID in the request body.
         * @permissions ALL: `sms:phoneNumber:edit`
         */
        patch: operations["patchRoutingSmsPhonenumber"];
        trace?: never;
    };
    "/api/v2/routing/sms/phonenumbers/alphanumeric": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Provision an alphanumeric number for SMS
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `sms:phoneNumber:add`
         */
        post: operations["postRoutingSmsPhonenumbersAlphanumeric"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/sms/phonenumbers/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Imports a phone number for SMS
         * @permissions ALL: `sms:phoneNumber:byoImport`
         */
        post: operations["postRoutingSmsPhonenumbersImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/users/{userId}/directroutingbackup/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user's Direct Routing Backup settings.
         * @permissions ANY: `routing:directRoutingBackup:view`
         */
        get: operations["getRoutingUserDirectroutingbackupSettings"];
        /**
         * Update the user's Direct Routing Backup settings.
         * @permissions ANY: `routing:directRoutingBackup:edit`
         */
        put: operations["putRoutingUserDirectroutingbackupSettings"];
        post?: never;
        /**
         * Delete the user's Direct Routing Backup settings and revert to the Direct Routing Queue default.
         * @permissions ANY: `routing:directRoutingBackup:delete`
         */
        delete: operations["deleteRoutingUserDirectroutingbackupSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/users/{userId}/utilization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user's max utilization settings.  If not configured, the organization-wide default is returned.
         * @permissions ANY: any one of `routing:utilization:manage`, `routing:utilization:view`
         */
        get: operations["getRoutingUserUtilization"];
        /**
         * Update the user's max utilization settings.  Include only those media types requiring custom configuration. Any omitted media types will be set to the organization's default values.
         * @permissions ANY: `routing:utilization:manage`
         */
        put: operations["putRoutingUserUtilization"];
        post?: never;
        /**
         * Delete the user's max utilization settings and revert to the organization-wide default.
         * @permissions ANY: `routing:utilization:manage`
         */
        delete: operations["deleteRoutingUserUtilization"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/utilization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the organization-wide max utilization settings.
         * @permissions ANY: any one of `routing:utilization:manage`, `routing:utilization:view`
         */
        get: operations["getRoutingUtilization"];
        /**
         * Update the organization-wide max utilization settings.  Include only those media types requiring custom configuration. Any omitted media types will be set to the system default values.
         * @permissions ALL: `routing:utilization:manage`
         */
        put: operations["putRoutingUtilization"];
        post?: never;
        /**
         * Delete the organization-wide max utilization settings and revert to the system default.
         * @permissions ALL: `routing:utilization:manage`
         */
        delete: operations["deleteRoutingUtilization"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/utilization/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of utilization labels
         * @permissions ALL: `routing:utilization:view`
         */
        get: operations["getRoutingUtilizationLabels"];
        put?: never;
        /**
         * Create a utilization label
         * @permissions ALL: `routing:utilization:manage`
         */
        post: operations["postRoutingUtilizationLabels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/utilization/labels/{labelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details about this utilization label
         * @permissions ALL: `routing:utilization:view`
         */
        get: operations["getRoutingUtilizationLabel"];
        /**
         * Update a utilization label
         * @permissions ALL: `routing:utilization:manage`
         */
        put: operations["putRoutingUtilizationLabel"];
        post?: never;
        /**
         * Delete a utilization label
         * @permissions ALL: `routing:utilization:manage`
         */
        delete: operations["deleteRoutingUtilizationLabel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/utilization/labels/{labelId}/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of agent ids associated with a utilization label
         * @permissions ALL: `routing:utilization:view`
         */
        get: operations["getRoutingUtilizationLabelAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/wrapupcodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of wrapup codes.
         * @permissions ALL: `routing:wrapupCode:view`
         */
        get: operations["getRoutingWrapupcodes"];
        put?: never;
        /**
         * Create a wrap-up code
         * @permissions ALL: `routing:wrapupCode:add`
         */
        post: operations["postRoutingWrapupcodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/wrapupcodes/{codeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details about this wrap-up code.
         * @permissions ALL: `routing:wrapupCode:view`
         */
        get: operations["getRoutingWrapupcode"];
        /**
         * Update wrap-up code
         * @permissions ALL: `routing:wrapupCode:edit`
         */
        put: operations["putRoutingWrapupcode"];
        post?: never;
        /**
         * Delete wrap-up code
         * @permissions ALL: `routing:wrapupCode:delete`
         */
        delete: operations["deleteRoutingWrapupcode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/wrapupcodes/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a paged listing of simplified wrapup code objects, filterable by name, wrapup code ID(s), or division ID(s).
         * @description Specifying both name and ID parameters is not supported.
         * @permissions ALL: `routing:wrapupCode:search`
         */
        get: operations["getRoutingWrapupcodesDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/routing/wrapupcodes/divisionviews/{codeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a simplified wrap-up code.
         * @permissions ALL: `routing:wrapupCode:search`
         */
        get: operations["getRoutingWrapupcodesDivisionview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get queues for user
         * @permissions ANY: `routing:queue:view`
         */
        get: operations["getUserQueues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Join or unjoin a set of queues for a user
         * @description Users can only be joined to queues where they have membership. Non-member user-queue pairs in the request will be disregarded. Note: This operation is processed asynchronously and the response data may not reflect the final state. Changes may take time to propagate. Query the GET endpoint after a delay to retrieve the current membership status.
         * @permissions ANY: any one of `routing:queue:join`, `routing:queueMember:manage`
         */
        patch: operations["patchUserQueues"];
        trace?: never;
    };
    "/api/v2/users/{userId}/queues/{queueId}": {
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
         * Join or unjoin a queue for a user
         * @permissions ANY: any one of `routing:queue:join`, `routing:queueMember:manage`
         */
        patch: operations["patchUserQueue"];
        trace?: never;
    };
    "/api/v2/users/{userId}/routinglanguages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List routing languages assigned to a user
         * @permissions none required
         */
        get: operations["getUserRoutinglanguages"];
        put?: never;
        /**
         * Assign a routing language to a user
         * @permissions ANY: any one of `routing:skill:assign`, `routing:language:assign`
         */
        post: operations["postUserRoutinglanguages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/routinglanguages/{languageId}": {
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
         * Remove a routing language from a user
         * @permissions ANY: any one of `routing:skill:assign`, `routing:language:assign`
         */
        delete: operations["deleteUserRoutinglanguage"];
        options?: never;
        head?: never;
        /**
         * Update an assigned routing language's proficiency
         * @permissions ANY: any one of `routing:skill:assign`, `routing:language:assign`
         */
        patch: operations["patchUserRoutinglanguage"];
        trace?: never;
    };
    "/api/v2/users/{userId}/routinglanguages/bulk": {
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
         * Assign multiple routing languages to a user. Max 50 routing languages in request body
         * @permissions ANY: any one of `routing:skill:assign`, `routing:language:assign`
         */
        patch: operations["patchUserRoutinglanguagesBulk"];
        trace?: never;
    };
    "/api/v2/users/{userId}/routingskills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List routing skills assigned to a user
         * @permissions none required
         */
        get: operations["getUserRoutingskills"];
        put?: never;
        /**
         * Assign a routing skill to a user
         * @permissions ALL: `routing:skill:assign`
         */
        post: operations["postUserRoutingskills"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/routingskills/{skillId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update an assigned routing skill's proficiency
         * @permissions ALL: `routing:skill:assign`
         */
        put: operations["putUserRoutingskill"];
        post?: never;
        /**
         * Remove a routing skill from a user
         * @permissions ALL: `routing:skill:assign`
         */
        delete: operations["deleteUserRoutingskill"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{userId}/routingskills/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assign multiple routing skills to a user, replacing any current assignments
         * @permissions ANY: `routing:skill:assign`
         */
        put: operations["putUserRoutingskillsBulk"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Assign multiple routing skills to a user
         * @permissions ANY: `routing:skill:assign`
         */
        patch: operations["patchUserRoutingskillsBulk"];
        trace?: never;
    };
    "/api/v2/users/{userId}/skillgroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get skill groups for a user
         * @permissions ANY: `routing:skillGroup:view`
         */
        get: operations["getUserSkillgroups"];
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
        AdditionalLanguagesIntent: {
            id?: string;
            utterances?: components["schemas"]["NluUtterance"][];
        };
        AdditionalLanguagesSynonyms: {
            synonyms?: string[];
        };
        AddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        AgentDirectRoutingBackupSettings: {
            agentWaitSeconds?: number;
            backedUpUsers?: string[];
            queueId?: string;
            userId?: string;
            waitForAgent?: boolean;
        };
        AgentMaxUtilizationResponse: {
            labelUtilizations?: {
                [key: string]: components["schemas"]["LabelUtilizationResponse"];
            };
            level?: string;
            maxInboundCalls?: number;
            utilization?: {
                [key: string]: components["schemas"]["MediaUtilization"];
            };
        };
        AgentOwnedRouting: {
            enableAgentOwnedCallbacks?: boolean;
            maxOwnedCallbackDelayHours?: number;
            maxOwnedCallbackHours?: number;
        };
        AnalyticsScoredAgent: {
            agentScore?: number;
            scoredAgentId?: string;
        };
        AnswerGenerationConfig: {
            enabled: boolean;
        };
        AssessmentJobListing: {
            entities?: components["schemas"]["BenefitAssessmentJob"][];
            selfUri?: string;
            total?: number;
        };
        AssessmentListing: {
            entities?: components["schemas"]["BenefitAssessment"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
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
        AssistantQueue: {
            assistant?: components["schemas"]["Assistant"];
            dateCreated?: string;
            dateModified?: string;
            id: string;
            mediaTypes: string[];
            selfUri?: string;
        };
        AuthorizedDomains: {
            outbound?: string[];
        };
        AutoSearchConfig: {
            type?: string;
        };
        AvailableMediaType: {
            availableSubTypes?: string[];
            mediaType?: string;
        };
        AvailableMediaTypeEntityListing: {
            entities?: components["schemas"]["AvailableMediaType"][];
        };
        BenefitAssessment: {
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            jobId?: string;
            kpiAssessments?: components["schemas"]["KeyPerformanceIndicatorAssessment"][];
            queues?: components["schemas"]["AddressableEntityRef"][];
            selfUri?: string;
            state?: string;
        };
        BenefitAssessmentJob: {
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            selfUri?: string;
            state?: string;
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
        Check: {
            result?: string;
            type?: string;
        };
        ComparisonPeriod: {
            dateEnded?: string;
            dateStarted?: string;
            id?: string;
            kpi?: string;
            kpiResults?: components["schemas"]["KpiResult"][];
            percentageBenefit?: number;
            selfUri?: string;
        };
        ComparisonPeriodListing: {
            entities?: components["schemas"]["ComparisonPeriod"][];
            selfUri?: string;
            total?: number;
        };
        Compliance: {
            helpSettings: components["schemas"]["HelpSettings"][];
            optInSettings: components["schemas"]["OptInSettings"][];
            stopSettings: components["schemas"]["StopSettings"][];
        };
        ComplianceResponse: {
            message: string;
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
        ContactCenterSettings: {
            removeSkillsFromBlindTransfer?: boolean;
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
        CreateBenefitAssessmentJobRequest: {
            divisionIds?: string[];
        };
        CreateBenefitAssessmentRequest: {
            queueIds: string[];
        };
        CreateKpiRequest: {
            description?: string;
            kpiType: string;
            name: string;
            source: string;
            wrapUpCodeConfig?: components["schemas"]["WrapUpCodeConfig"];
        };
        CreatePredictorRequest: {
            kpi: string;
            queueIds: string[];
            routingTimeoutSeconds?: number;
            schedule?: components["schemas"]["PredictorSchedule"];
            workloadBalancingConfig?: components["schemas"]["PredictorWorkloadBalancing"];
        };
        CreateQueueRequest: {
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
            division?: components["schemas"]["WritableDivision"];
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
            name: string;
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
            /** @description The id of an existing queue to copy the settings from when creating a new queue. */
            sourceQueueId?: string;
            suppressInQueueCallRecording?: boolean;
            userMemberCount?: number;
            whisperPrompt?: components["schemas"]["DomainEntityRef"];
        };
        CreateRoutingSkill: {
            divisionId?: string;
            name: string;
        };
        CreateUtilizationLabelRequest: {
            name: string;
            utilization?: components["schemas"]["LabelUtilizationRequest"];
        };
        CustomSmtpServerRequest: {
            id?: string;
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
        DmarcResult: {
            dateChecked: string;
            detectedPolicy?: string;
            records: components["schemas"]["Record"][];
            status: string;
        };
        DnsRecordEntry: {
            host?: string;
            recordContents?: string;
            verificationStatus?: string;
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
        Domains: {
            allowExistingEmailParticipants?: boolean;
            allowOutboundToAnyDomainAcd?: boolean;
            authorizedDomains?: components["schemas"]["AuthorizedDomains"];
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
        EmailErrorInfo: {
            code?: string;
            message?: string;
        };
        EmailMediaSettings: {
            alertingTimeoutSeconds?: number;
            allOutboundEmailAddresses?: components["schemas"]["QueueEmailAddress"][];
            autoAnswerAlertToneSeconds?: number;
            enableAutoAnswer?: boolean;
            manualAnswerAlertToneSeconds?: number;
            serviceLevel?: components["schemas"]["ServiceLevel"];
        };
        EmailOutboundDomainResult: {
            dmarcVerificationResult?: components["schemas"]["DmarcResult"];
            dnsCnameBounceRecord?: components["schemas"]["DnsRecordEntry"];
            dnsTxtSendingRecord?: components["schemas"]["DnsRecordEntry"];
            domainName?: string;
            emailSetting?: components["schemas"]["EmailSetting"];
            senderStatus?: string;
            senderType?: string;
        };
        EmailSetting: {
            domains?: components["schemas"]["Domains"];
            id: string;
            name: string;
            selfUri?: string;
        };
        EmailSettingEntityListing: {
            entities?: components["schemas"]["EmailSetting"][];
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
        EmailSettingReference: {
            id: string;
            name?: string;
            selfUri?: string;
        };
        EmailSetup: {
            /** @description The root PureCloud domain that all sub-domains are created from. */
            rootDomain?: string;
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
        EstimatedWaitTimePredictions: {
            /** @description Returned upon a successful estimated wait time request. */
            results: components["schemas"]["PredictionResults"][];
        };
        ExpansionCriterium: {
            /** Format: double */
            threshold?: number;
            /** @enum {string} */
            type?: "TIMEOUT_SECONDS" | (string & {});
        };
        Fallback: {
            actions?: components["schemas"]["CopilotFallbackAction"][];
            enabled?: boolean;
        };
        Flow: {
            active?: boolean;
            checkedInVersion?: components["schemas"]["FlowVersion"];
            compatibleFlowTypes?: string[];
            currentOperation?: components["schemas"]["Operation"];
            debugVersion?: components["schemas"]["FlowVersion"];
            deleted?: boolean;
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description json schema describing the inputs for the flow */
            inputSchema?: {
                [key: string]: unknown;
            };
            lockedClient?: components["schemas"]["DomainEntityRef"];
            lockedUser?: components["schemas"]["User"];
            /** @description The flow name */
            name: string;
            nluInfo?: components["schemas"]["NluInfo"];
            /** @description json schema describing the outputs for the flow */
            outputSchema?: {
                [key: string]: unknown;
            };
            publishedBy?: components["schemas"]["User"];
            publishedVersion?: components["schemas"]["FlowVersion"];
            savedVersion?: components["schemas"]["FlowVersion"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            supportedLanguages?: components["schemas"]["SupportedLanguage"][];
            system?: boolean;
            /** @enum {string} */
            type?: "INBOUNDCALL" | "INBOUNDEMAIL" | "INBOUNDSHORTMESSAGE" | "INQUEUECALL" | "OUTBOUNDCALL" | "SECURECALL" | "SPEECH" | "SURVEYINVITE" | "WORKFLOW" | (string & {});
            virtualAgentEnabled?: boolean;
            worktypeId?: string;
        };
        FlowVersion: {
            commitVersion?: string;
            compatibleFlowTypes?: string[];
            configurationUri?: string;
            configurationVersion?: string;
            createdBy?: components["schemas"]["User"];
            createdByClient?: components["schemas"]["DomainEntityRef"];
            dateCheckedIn?: number;
            /** Format: int64 */
            dateCreated?: number;
            datePublished?: string;
            datePublishedEnd?: string;
            dateSaved?: number;
            debug?: boolean;
            generationId?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            inputSchema?: components["schemas"]["JsonSchemaDocument"];
            name?: string;
            nluInfo?: components["schemas"]["NluInfo"];
            outputSchema?: components["schemas"]["JsonSchemaDocument"];
            /** Format: uri */
            publishResultUri?: string;
            secure?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            supportedLanguages?: components["schemas"]["SupportedLanguage"][];
            /** @enum {string} */
            type?: "PUBLISH" | "CHECKIN" | "SAVE" | (string & {});
            virtualAgentEnabled?: boolean;
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
        GoogleDialogflowConfig: {
            conversationProfiles: components["schemas"]["ConversationProfile"][];
            integrationId?: string;
        };
        GraphApiSettings: {
            errorInfo?: components["schemas"]["EmailErrorInfo"];
            integration?: components["schemas"]["DomainEntityRef"];
            status?: string;
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
        HelpSettings: {
            keyword: string[];
            response: components["schemas"]["ComplianceResponse"];
        };
        IdentityResolutionQueueConfig: {
            callOnBehalfOfQueue?: components["schemas"]["OutboundQueueIdentityResolutionConfig"];
        };
        Image: {
            imageUri?: string;
            resolution?: string;
        };
        ImapSettings: {
            errorInfo?: components["schemas"]["EmailErrorInfo"];
            integration?: components["schemas"]["DomainEntityRef"];
            status?: string;
        };
        InactivityTimeoutSettings: {
            actionType?: string;
            flowId?: components["schemas"]["DomainEntityRef"];
            timeoutSeconds?: number;
        };
        InboundDomain: {
            customSMTPServer?: components["schemas"]["DomainEntityRef"];
            dmarcVerificationResult?: components["schemas"]["DmarcResult"];
            emailSetting?: components["schemas"]["EmailSetting"];
            graphApiSettings?: components["schemas"]["GraphApiSettings"];
            /** @description Unique Id of the domain such as: example.com */
            id?: string;
            imapSettings?: components["schemas"]["ImapSettings"];
            mailFromSettings?: components["schemas"]["MailFromResult"];
            /**
             * @description Mx Record Status
             * @enum {string}
             */
            mxRecordStatus?: "VALID" | "INVALID" | "NOT_AVAILABLE" | (string & {});
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @description Indicates if this a PureCloud sub-domain.  If true, then the appropriate DNS records are created for sending/receiving email. */
            subDomain?: boolean;
        };
        InboundDomainCreateRequest: {
            customSMTPServer?: components["schemas"]["DomainEntityRef"];
            emailSetting?: components["schemas"]["EmailSettingReference"];
            graphApiSettings?: components["schemas"]["GraphApiSettings"];
            id: string;
            imapSettings?: components["schemas"]["ImapSettings"];
            mailFromSettings?: components["schemas"]["MailFromResult"];
            subDomain?: boolean;
        };
        InboundDomainEntityListing: {
            entities?: components["schemas"]["InboundDomain"][];
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
        InboundDomainPatchRequest: {
            customSMTPServer?: components["schemas"]["DomainEntityRef"];
            emailSetting?: components["schemas"]["EmailSettingReference"];
            graphApiSettings?: components["schemas"]["GraphApiSettings"];
            imapSettings?: components["schemas"]["ImapSettings"];
            mailFromSettings?: components["schemas"]["MailFromResult"];
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
        InboundRouteEntityListing: {
            entities?: components["schemas"]["InboundRoute"][];
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
        Intent: {
            description?: string;
            name?: string;
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
        IntentReference: {
            id?: string;
            name: string;
        };
        /** @description A JSON Schema document. */
        JsonSchemaDocument: {
            $schema?: string;
            additionalProperties?: {
                [key: string]: unknown;
            };
            description?: string;
            id?: string;
            properties?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            required?: string[];
            title?: string;
            type?: string;
        };
        KeyPerformanceIndicator: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            id?: string;
            kpiGroup?: string;
            kpiType?: string;
            name?: string;
            optimizationType?: string;
            outcomeConfig?: components["schemas"]["OutcomeConfig"];
            problemType?: string;
            queues?: string[];
            selfUri?: string;
            source?: string;
            status?: string;
            wrapUpCodeConfig?: components["schemas"]["WrapUpCodeConfig"];
        };
        KeyPerformanceIndicatorAssessment: {
            assessmentResult?: string;
            checks?: components["schemas"]["Check"][];
            kpi?: string;
        };
        KeyPerformanceIndicatorType: {
            id?: string;
            sources?: string[];
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
        KpiResult: {
            interactionCountOff?: number;
            interactionCountOn?: number;
            kpiTotalOff?: number;
            kpiTotalOn?: number;
            mediaType?: string;
            percentageBenefit?: number;
        };
        LabelUtilizationRequest: {
            interruptingLabelIds?: string[];
            maximumCapacity?: number;
        };
        LabelUtilizationResponse: {
            interruptingLabelIds?: string[];
            labelName?: string;
            maximumCapacity?: number;
        };
        Language: {
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateModified?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description The language name. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            version?: string;
        };
        LanguageEntityListing: {
            entities?: components["schemas"]["Language"][];
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
        MailFromResult: {
            mailFromDomain: string;
            records?: components["schemas"]["Record"][];
            status?: string;
        };
        ManualSearchConfig: {
            answerGeneration?: boolean;
            articlesWithAnswerHighlights?: boolean;
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
        MediaType: {
            type?: string;
        };
        MediaTypeAccess: {
            inbound?: components["schemas"]["MediaType"][];
            outbound?: components["schemas"]["MediaType"][];
        };
        MediaTypes: {
            allow?: components["schemas"]["MediaTypeAccess"];
        };
        MediaUtilization: {
            includeNonAcd?: boolean;
            interruptableMediaTypes?: string[];
            maximumCapacity?: number;
        };
        MemberGroup: {
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            memberCount?: number;
            name?: string;
            selfUri?: string;
            type?: string;
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
        ModelConfig: {
            useLatestModel: boolean;
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
        NluConfig: {
            domain: components["schemas"]["CopilotNluDomain"];
            intentConfidenceThreshold: number;
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
        NluDomainVersionReference: {
            domain?: components["schemas"]["NluDomain"];
            id?: string;
            intents?: components["schemas"]["IntentReference"][];
            selfUri?: string;
        };
        NluInfo: {
            domain?: components["schemas"]["AddressableEntityRef"];
            engineVersion?: string;
            intents?: components["schemas"]["Intent"][];
            nluData?: components["schemas"]["NluDomainVersion"];
            version?: components["schemas"]["NluDomainVersion"];
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
        ObservationMetricData: {
            metric?: string;
            observations?: components["schemas"]["ObservationValue"][];
            qualifier?: string;
            stats?: components["schemas"]["StatisticalSummary"];
            truncated?: boolean;
        };
        ObservationValue: {
            addressFrom?: string;
            addressTo?: string;
            ani?: string;
            conversationId?: string;
            convertedFrom?: string;
            convertedTo?: string;
            direction?: string;
            dnis?: string;
            observationDate: string;
            participantName?: string;
            requestedLanguageId?: string;
            requestedRoutings?: string[];
            requestedRoutingSkillIds?: string[];
            routingPriority?: number;
            scoredAgents?: components["schemas"]["AnalyticsScoredAgent"][];
            sessionId?: string;
            teamId?: string;
            usedRouting?: string;
            userId?: string;
        };
        OnDemandSummaryConfig: {
            enabled: boolean;
        };
        Operation: {
            /**
             * @description Action name
             * @enum {string}
             */
            actionName?: "CHECKIN" | "DEBUG" | "DELETE" | "HISTORY" | "PUBLISH" | "STATE_CHANGE" | "VALIDATE" | (string & {});
            /**
             * @description Action status
             * @enum {string}
             */
            actionStatus?: "LOCKED" | "UNLOCKED" | "STARTED" | "PENDING_GENERATION" | "PENDING_BACKEND_NOTIFICATION" | "SUCCESS" | "FAILURE" | (string & {});
            client?: components["schemas"]["DomainEntityRef"];
            complete?: boolean;
            errorCode?: string;
            errorDetails?: components["schemas"]["Detail"][];
            errorMessage?: string;
            errorMessageParams?: {
                [key: string]: string;
            };
            id?: string;
            user?: components["schemas"]["User"];
        };
        OptInSettings: {
            keyword: string[];
            response: components["schemas"]["ComplianceResponse"];
        };
        OutboundDomain: {
            cnameVerificationResult?: components["schemas"]["VerificationResult"];
            dkimVerificationResult?: components["schemas"]["VerificationResult"];
            dmarcVerificationResult?: components["schemas"]["DmarcResult"];
            emailSetting?: components["schemas"]["EmailSetting"];
            id: string;
            name?: string;
            selfUri?: string;
            senderType?: string;
        };
        OutboundDomainCreateRequest: {
            emailSetting?: components["schemas"]["EmailSettingReference"];
            id: string;
            name: string;
            senderType?: string;
        };
        OutboundDomainEntityListing: {
            entities?: components["schemas"]["OutboundDomain"][];
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
        OutboundDomainPatchRequest: {
            customSMTPServer?: components["schemas"]["CustomSmtpServerRequest"];
            emailSetting?: components["schemas"]["EmailSettingReference"];
            senderType?: string;
        };
        OutboundQueueIdentityResolutionConfig: {
            division?: components["schemas"]["WritableStarrableDivision"];
            resolveIdentities: boolean;
            selfUri?: string;
        };
        OutcomeConfig: {
            values?: string[];
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
        PatchPredictorRequest: {
            routingTimeoutSeconds?: number;
            schedule?: components["schemas"]["PredictorSchedule"];
            workloadBalancingConfig?: components["schemas"]["PredictorWorkloadBalancing"];
        };
        PredictionResults: {
            /**
             * Format: int32
             * @description Estimated wait time in seconds
             */
            estimatedWaitTimeSeconds: number;
            /**
             * @description Indicates the estimated wait time Formula
             * @enum {string}
             */
            formula: "BEST" | "SIMPLE" | "ABANDON" | "PATIENCE_ABANDON" | (string & {});
            /**
             * @description Indicates the media type scope of this estimated wait time
             * @enum {string}
             */
            intent?: "ALL" | "CALL" | "CALLBACK" | "CHAT" | "EMAIL" | "SOCIALEXPRESSION" | "VIDEOCOMM" | (string & {});
            label?: components["schemas"]["AddressableEntityRef"];
        };
        Predictor: {
            dateCreated?: string;
            dateModified?: string;
            errorCode?: string;
            id?: string;
            kpi: string;
            models?: components["schemas"]["PredictorModelBrief"][];
            queues: components["schemas"]["AddressableEntityRef"][];
            routingTimeoutSeconds?: number;
            schedule?: components["schemas"]["PredictorSchedule"];
            selfUri?: string;
            state?: string;
            workloadBalancingConfig?: components["schemas"]["PredictorWorkloadBalancing"];
        };
        PredictorListing: {
            entities?: components["schemas"]["Predictor"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        PredictorModel: {
            dateCreated?: string;
            dateTrained?: string;
            features?: components["schemas"]["PredictorModelFeature"][];
            id?: string;
            kpi?: string;
            mediaType?: string;
            queues?: components["schemas"]["AddressableEntityRef"][];
        };
        PredictorModelBrief: {
            dateModified?: string;
            mediaType?: string;
            retrainingErrors?: components["schemas"]["PredictorModelRetrainingError"][];
            state?: string;
        };
        PredictorModelFeature: {
            id?: string;
            percentageImportance?: number;
            type?: string;
        };
        PredictorModelFeatureListing: {
            entities?: components["schemas"]["PredictorModelFeature"][];
        };
        PredictorModelRetrainingError: {
            dateOfFirstOccurrence: string;
            errorCode: string;
            id?: string;
        };
        PredictorModels: {
            entities?: components["schemas"]["PredictorModel"][];
            predictorModels?: components["schemas"]["PredictorModel"][];
        };
        PredictorSchedule: {
            dateStarted?: string;
            scheduleType: string;
        };
        PredictorWorkloadBalancing: {
            enabled: boolean;
            maximumOccupancy?: number;
            minimumOccupancy?: number;
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
        QueueEntityListing: {
            entities?: components["schemas"]["Queue"][];
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
        QueueMediaSettings: {
            call?: components["schemas"]["MediaSettings"];
            callback?: components["schemas"]["CallbackMediaSettings"];
            chat?: components["schemas"]["MediaSettings"];
            email?: components["schemas"]["EmailMediaSettings"];
            message?: components["schemas"]["MessageMediaSettings"];
        };
        QueueMember: {
            /** @description The queue member's id. */
            id?: string;
            joined?: boolean;
            memberBy?: string;
            name?: string;
            /** Format: int32 */
            ringNumber?: number;
            routingStatus?: components["schemas"]["RoutingStatus"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            user?: components["schemas"]["User"];
        };
        QueueMemberEntityListing: {
            entities?: components["schemas"]["QueueMember"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
        };
        QueueMemberEntityListingV1: {
            entities?: components["schemas"]["QueueMember"][];
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
        QueueMessagingAddresses: {
            openMessagingRecipient?: components["schemas"]["DomainEntityRef"];
            smsAddress?: components["schemas"]["DomainEntityRef"];
            whatsAppRecipient?: components["schemas"]["DomainEntityRef"];
        };
        QueueObservationDataContainer: {
            data?: components["schemas"]["ObservationMetricData"][];
            group?: {
                [key: string]: string;
            };
        };
        QueueObservationQuery: {
            detailMetrics?: string[];
            filter: components["schemas"]["QueueObservationQueryFilter"];
            metrics: string[];
        };
        QueueObservationQueryClause: {
            predicates: components["schemas"]["QueueObservationQueryPredicate"][];
            type: string;
        };
        QueueObservationQueryFilter: {
            clauses?: components["schemas"]["QueueObservationQueryClause"][];
            predicates?: components["schemas"]["QueueObservationQueryPredicate"][];
            type: string;
        };
        QueueObservationQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        QueueObservationQueryResponse: {
            results?: components["schemas"]["QueueObservationDataContainer"][];
            systemToOrganizationMappings?: {
                [key: string]: string[];
            };
        };
        QueueRequest: {
            acwSettings?: components["schemas"]["AcwSettings"];
            agentOwnedRouting?: components["schemas"]["AgentOwnedRouting"];
            autoAnswerOnly?: boolean;
            bullseye?: components["schemas"]["Bullseye"];
            callingPartyName?: string;
            callingPartyNumber?: string;
            cannedResponseLibraries?: components["schemas"]["CannedResponseLibraries"];
            conditionalGroupActivation?: components["schemas"]["ConditionalGroupActivation"];
            conditionalGroupRouting?: components["schemas"]["ConditionalGroupRouting"];
            createdBy?: string;
            dateCreated?: string;
            dateModified?: string;
            defaultMediaLanguage?: string;
            defaultScripts?: {
                [key: string]: components["schemas"]["Script"];
            };
            description?: string;
            directRouting?: components["schemas"]["DirectRouting"];
            division?: components["schemas"]["WritableDivision"];
            emailInQueueFlow?: components["schemas"]["DomainEntityRef"];
            enableAudioMonitoring?: boolean;
            enableManualAssignment?: boolean;
            enableTranscription?: boolean;
            id?: string;
            joinedMemberCount?: number;
            lastAgentRoutingMode?: string;
            mediaSettings?: components["schemas"]["QueueMediaSettings"];
            memberCount?: number;
            memberGroups?: components["schemas"]["MemberGroup"][];
            messageInQueueFlow?: components["schemas"]["DomainEntityRef"];
            modifiedBy?: string;
            name: string;
            onHoldPrompt?: components["schemas"]["DomainEntityRef"];
            outboundEmailAddress?: components["schemas"]["QueueEmailAddress"];
            outboundMessagingAddresses?: components["schemas"]["QueueMessagingAddresses"];
            peerId?: string;
            queueFlow?: components["schemas"]["DomainEntityRef"];
            routingRules?: components["schemas"]["RoutingRule"][];
            scoringMethod?: string;
            selfUri?: string;
            skillEvaluationMethod?: string;
            suppressInQueueCallRecording?: boolean;
            userMemberCount?: number;
            whisperPrompt?: components["schemas"]["DomainEntityRef"];
        };
        Recipient: {
            createdBy?: components["schemas"]["User"];
            dateCreated?: string;
            dateModified?: string;
            flow?: components["schemas"]["Flow"];
            id?: string;
            messengerType?: string;
            modifiedBy?: components["schemas"]["User"];
            name?: string;
            selfUri?: string;
        };
        RecipientFlow: {
            id?: string;
        };
        RecipientListing: {
            entities?: components["schemas"]["Recipient"][];
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
        RecipientRequest: {
            flow?: components["schemas"]["RecipientFlow"];
        };
        Record: {
            name: string;
            type: string;
            value: string;
        };
        RequestScoredAgent: {
            id?: string;
            score?: number;
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
        RouteIdentityResolutionConfig: {
            division?: components["schemas"]["WritableStarrableDivision"];
            resolveIdentities: boolean;
            selfUri?: string;
        };
        RoutingActivityData: {
            data?: components["schemas"]["RoutingActivityMetricValue"][];
            entities?: components["schemas"]["RoutingActivityEntityData"][];
            group?: {
                [key: string]: string;
            };
            truncated?: boolean;
        };
        RoutingActivityEntityData: {
            activityDate: string;
            organizationPresenceId?: string;
            presenceDate?: string;
            queueId?: string;
            queueMembershipStatus?: string;
            routingStatus?: string;
            routingStatusDate?: string;
            systemPresence?: string;
            teamId?: string;
            userId?: string;
        };
        RoutingActivityMetricValue: {
            count?: number;
            entityIds?: string[];
            metric?: string;
            qualifier?: string;
            secondaryQualifier?: string;
        };
        RoutingActivityQuery: {
            filter?: components["schemas"]["RoutingActivityQueryFilter"];
            groupBy: string[];
            metrics: components["schemas"]["RoutingActivityQueryMetric"][];
            order?: string;
        };
        RoutingActivityQueryClause: {
            predicates: components["schemas"]["RoutingActivityQueryPredicate"][];
            type: string;
        };
        RoutingActivityQueryFilter: {
            clauses?: components["schemas"]["RoutingActivityQueryClause"][];
            predicates?: components["schemas"]["RoutingActivityQueryPredicate"][];
            type: string;
        };
        RoutingActivityQueryMetric: {
            details?: boolean;
            metric: string;
        };
        RoutingActivityQueryPredicate: {
            dimension?: string;
            operator?: string;
            type?: string;
            value?: string;
        };
        RoutingActivityResponse: {
            entityIdDimension?: string;
            results?: components["schemas"]["RoutingActivityData"][];
        };
        RoutingConversationAttributesRequest: {
            labelId?: string;
            languageId?: string;
            priority?: number;
            requestScoredAgents?: components["schemas"]["RequestScoredAgent"][];
            skillExpression?: string;
            skillIds?: string[];
        };
        RoutingConversationAttributesResponse: {
            label?: components["schemas"]["UtilizationLabel"];
            language?: components["schemas"]["Language"];
            priority?: number;
            scoredAgents?: components["schemas"]["ScoredAgent"][];
            skillExpression?: string;
            skillExpressionId?: string;
            skills?: components["schemas"]["RoutingSkill"][];
        };
        RoutingRule: {
            operator?: string;
            threshold?: number;
            waitSeconds?: number;
        };
        RoutingSettings: {
            resetAgentScoreOnPresenceChange?: boolean;
        };
        RoutingSkill: {
            /**
             * Format: date-time
             * @description Date last modified. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            division?: components["schemas"]["Division"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description The name of the skill. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description The current state for this skill.
             * @enum {string}
             */
            readonly state?: "active" | "inactive" | "deleted" | (string & {});
            /** @description Required when updating. Version must be the current version. Only the system can assign version. */
            readonly version?: string;
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
        RuleConfig: {
            enabled: boolean;
            id?: string;
            rule: components["schemas"]["CopilotRule"];
        };
        RuleEngineConfig: {
            fallback?: components["schemas"]["Fallback"];
            rules: components["schemas"]["RuleConfig"][];
        };
        ScoredAgent: {
            agent?: components["schemas"]["DomainEntityRef"];
            score?: number;
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
        SkillEntityListing: {
            entities?: components["schemas"]["RoutingSkill"][];
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
        SkillExpression: {
            expression?: string;
            id?: string;
            name?: string;
            queueId?: string;
            selfUri?: string;
        };
        SkillExpressionData: {
            expression: string;
        };
        SkillExpressionEntityListing: {
            entities?: components["schemas"]["SkillExpression"][];
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
        SkillExpressionValidationError: {
            code?: string;
            message?: string;
            position?: number;
        };
        SkillExpressionValidationResult: {
            errors?: components["schemas"]["SkillExpressionValidationError"][];
            expression?: string;
            hint?: string;
            skills?: components["schemas"]["SkillReference"][];
            valid?: boolean;
        };
        SkillGroup: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            memberCount?: number;
            name: string;
            selfUri?: string;
            skillConditions: components["schemas"]["SkillGroupCondition"][];
            status?: string;
        };
        SkillGroupCondition: {
            languageSkillConditions: components["schemas"]["SkillGroupLanguageCondition"][];
            operation: string;
            routingSkillConditions: components["schemas"]["SkillGroupRoutingCondition"][];
        };
        SkillGroupDefinition: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            memberCount?: number;
            name: string;
            selfUri?: string;
        };
        SkillGroupEntityListing: {
            entities?: components["schemas"]["SkillGroupDefinition"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        SkillGroupLanguageCondition: {
            childConditions?: components["schemas"]["SkillGroupCondition"][];
            comparator: string;
            languageSkill: string;
            proficiency: number;
        };
        SkillGroupMemberDivisionList: {
            entities?: components["schemas"]["Division"][];
        };
        SkillGroupMemberDivisions: {
            addDivisionIds?: string[];
            removeDivisionIds?: string[];
        };
        SkillGroupMemberEntityListing: {
            entities?: components["schemas"]["UserReferenceWithName"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        SkillGroupRoutingCondition: {
            childConditions?: components["schemas"]["SkillGroupCondition"][];
            comparator: string;
            proficiency: number;
            routingSkill: string;
        };
        SkillGroupWithMemberDivisions: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            memberCount?: number;
            memberDivisions?: string[];
            name: string;
            selfUri?: string;
            skillConditions: components["schemas"]["SkillGroupCondition"][];
            status?: string;
        };
        SkillReference: {
            id?: string;
            isLanguageSkill?: boolean;
            name?: string;
        };
        SkillsToRemove: {
            id?: string;
            name?: string;
            /** Format: uri */
            selfUri?: string;
        };
        SmsAddress: {
            city?: string;
            countryCode?: string;
            id?: string;
            name?: string;
            postalCode?: string;
            region?: string;
            selfUri?: string;
            street?: string;
            validated?: boolean;
        };
        SmsAddressEntityListing: {
            entities?: components["schemas"]["SmsAddress"][];
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
        SmsAddressProvision: {
            autoCorrectAddress?: boolean;
            city: string;
            countryCode: string;
            id?: string;
            name: string;
            postalCode: string;
            region: string;
            selfUri?: string;
            street: string;
        };
        SmsAlphanumericProvision: {
            id?: string;
            phoneNumber: string;
            selfUri?: string;
        };
        SmsAvailablePhoneNumber: {
            addressRequirement?: string;
            capabilities?: string[];
            city?: string;
            countryCode?: string;
            id?: string;
            name?: string;
            phoneNumber?: string;
            phoneNumberType?: string;
            region?: string;
            selfUri?: string;
        };
        SMSAvailablePhoneNumberEntityListing: {
            entities?: components["schemas"]["SmsAvailablePhoneNumber"][];
        };
        SmsIdentityResolutionConfig: {
            division?: components["schemas"]["WritableStarrableDivision"];
            resolveIdentities: boolean;
            selfUri?: string;
        };
        SmsPhoneNumber: {
            addressId?: components["schemas"]["SmsAddress"];
            autoRenewable?: string;
            cancellationDate?: string;
            capabilities?: string[];
            compliance?: components["schemas"]["Compliance"];
            country?: string;
            countryCode?: string;
            createdBy?: components["schemas"]["User"];
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            integration?: components["schemas"]["DomainEntityRef"];
            modifiedBy?: components["schemas"]["User"];
            name?: string;
            phoneNumber: string;
            phoneNumberStatus?: string;
            phoneNumberType?: string;
            provisionedThroughPureCloud?: boolean;
            provisioningStatus?: components["schemas"]["SmsProvisioningStatus"];
            purchaseDate?: string;
            renewalDate?: string;
            selfUri?: string;
            shortCodeBillingType?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            supportsMms?: boolean;
            supportsSms?: boolean;
            supportsVoice?: boolean;
            version: number;
        };
        SmsPhoneNumberEntityListing: {
            entities?: components["schemas"]["SmsPhoneNumber"][];
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
        SmsPhoneNumberImport: {
            compliance?: components["schemas"]["Compliance"];
            countryCode: string;
            id?: string;
            integrationId: string;
            phoneNumber: string;
            phoneNumberType: string;
            selfUri?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
        };
        SmsPhoneNumberPatchRequest: {
            id?: string;
            selfUri?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
        };
        SmsPhoneNumberProvision: {
            addressId?: string;
            countryCode: string;
            id?: string;
            name?: string;
            phoneNumber: string;
            phoneNumberType: string;
            selfUri?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
        };
        SmsProvisioningStatus: {
            action?: string;
            error?: components["schemas"]["ErrorBody"];
            state?: string;
            version?: number;
        };
        StarrableDivision: {
            id?: string;
            name?: string;
            selfUri?: string;
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
        StopSettings: {
            keyword: string[];
            response: components["schemas"]["ComplianceResponse"];
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
        SupportedContentReference: {
            id: string;
            mediaTypes?: components["schemas"]["MediaTypes"];
            name?: string;
            selfUri?: string;
        };
        SupportedLanguage: {
            isDefault?: boolean;
            language?: string;
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
        TestMessage: {
            from: components["schemas"]["EmailAddress"];
            htmlBody?: string;
            id?: string;
            subject?: string;
            textBody: string;
            time?: string;
            to: components["schemas"]["EmailAddress"][];
        };
        TranscriptionConfig: {
            vendorName: string;
        };
        TranscriptionSettings: {
            contentSearchEnabled?: boolean;
            lowLatencyTranscriptionEnabled?: boolean;
            pciDssRedactionEnabled?: boolean;
            piiRedactionEnabled?: boolean;
            transcription: string;
            transcriptionConfidenceThreshold: number;
        };
        UpdateKpiRequest: {
            description?: string;
            name?: string;
            status?: string;
        };
        UpdateSkillDivisionRequest: {
            divisionId?: string;
        };
        UpdateUtilizationLabelRequest: {
            name: string;
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
        UserLanguageEntityListing: {
            entities?: components["schemas"]["UserRoutingLanguage"][];
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
        UserQueue: {
            acwSettings?: components["schemas"]["AcwSettings"];
            agentOwnedRouting?: components["schemas"]["AgentOwnedRouting"];
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
            joined?: boolean;
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
        UserQueueEntityListing: {
            entities?: components["schemas"]["UserQueue"][];
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
        UserReference: {
            id?: string;
            selfUri?: string;
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
        UserRoutingLanguagePost: {
            id: string;
            languageUri?: string;
            proficiency: number;
            selfUri?: string;
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
        /** @description Represents an organization skill assigned to a user. When assigning to a user specify the organization skill id as the id. */
        UserRoutingSkillPost: {
            /** @description The id of the existing routing skill to add to the user */
            id: string;
            /**
             * Format: double
             * @description Proficiency is a rating from 0.0 to 5.0 on how competent an agent is for a particular skill. It is used when a queue is set to "Best available skills" mode to allow acd interactions to target agents with higher proficiency ratings.
             */
            proficiency: number;
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
        };
        UserSkillEntityListing: {
            entities?: components["schemas"]["UserRoutingSkill"][];
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
        UserSkillGroupEntityListing: {
            entities?: components["schemas"]["SkillGroup"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
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
        UtilizationLabel: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        UtilizationLabelEntityListing: {
            entities?: components["schemas"]["UtilizationLabel"][];
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
        UtilizationRequest: {
            labelUtilizations?: {
                [key: string]: components["schemas"]["LabelUtilizationRequest"];
            };
            maxInboundCalls?: number;
            utilization?: {
                [key: string]: components["schemas"]["MediaUtilization"];
            };
        };
        UtilizationResponse: {
            labelUtilizations?: {
                [key: string]: components["schemas"]["LabelUtilizationResponse"];
            };
            maxInboundCalls?: number;
            utilization?: {
                [key: string]: components["schemas"]["MediaUtilization"];
            };
        };
        VerificationResult: {
            records?: components["schemas"]["Record"][];
            status?: string;
        };
        WorkPlanBidRanks: {
            biddingTieBreaker?: string;
            id?: string;
            selfUri?: string;
            workPlanBiddingPerformance?: number;
        };
        WrapupCode: {
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
            description?: string;
            division?: components["schemas"]["StarrableDivision"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: string;
            /** @description The wrap-up code name. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        WrapUpCodeConfig: {
            values: string[];
        };
        WrapupCodeEntityListing: {
            entities?: components["schemas"]["WrapupCode"][];
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
        WrapupCodePredictionConfig: {
            enabled: boolean;
        };
        WrapUpCodeReference: {
            id?: string;
        };
        WrapupCodeRequest: {
            createdBy?: string;
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            division?: components["schemas"]["WritableStarrableDivision"];
            id?: string;
            modifiedBy?: string;
            name: string;
            selfUri?: string;
        };
        WritableDivision: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        WritableEntity: {
            id?: string;
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
export type SchemaAdditionalLanguagesIntent = components['schemas']['AdditionalLanguagesIntent'];
export type SchemaAdditionalLanguagesSynonyms = components['schemas']['AdditionalLanguagesSynonyms'];
export type SchemaAddressableEntityRef = components['schemas']['AddressableEntityRef'];
export type SchemaAgentDirectRoutingBackupSettings = components['schemas']['AgentDirectRoutingBackupSettings'];
export type SchemaAgentMaxUtilizationResponse = components['schemas']['AgentMaxUtilizationResponse'];
export type SchemaAgentOwnedRouting = components['schemas']['AgentOwnedRouting'];
export type SchemaAnalyticsScoredAgent = components['schemas']['AnalyticsScoredAgent'];
export type SchemaAnswerGenerationConfig = components['schemas']['AnswerGenerationConfig'];
export type SchemaAssessmentJobListing = components['schemas']['AssessmentJobListing'];
export type SchemaAssessmentListing = components['schemas']['AssessmentListing'];
export type SchemaAssistant = components['schemas']['Assistant'];
export type SchemaAssistantQueue = components['schemas']['AssistantQueue'];
export type SchemaAuthorizedDomains = components['schemas']['AuthorizedDomains'];
export type SchemaAutoSearchConfig = components['schemas']['AutoSearchConfig'];
export type SchemaAvailableMediaType = components['schemas']['AvailableMediaType'];
export type SchemaAvailableMediaTypeEntityListing = components['schemas']['AvailableMediaTypeEntityListing'];
export type SchemaBenefitAssessment = components['schemas']['BenefitAssessment'];
export type SchemaBenefitAssessmentJob = components['schemas']['BenefitAssessmentJob'];
export type SchemaBiography = components['schemas']['Biography'];
export type SchemaBullseye = components['schemas']['Bullseye'];
export type SchemaCallbackMediaSettings = components['schemas']['CallbackMediaSettings'];
export type SchemaCannedResponseLibraries = components['schemas']['CannedResponseLibraries'];
export type SchemaChat = components['schemas']['Chat'];
export type SchemaCheck = components['schemas']['Check'];
export type SchemaComparisonPeriod = components['schemas']['ComparisonPeriod'];
export type SchemaComparisonPeriodListing = components['schemas']['ComparisonPeriodListing'];
export type SchemaCompliance = components['schemas']['Compliance'];
export type SchemaComplianceResponse = components['schemas']['ComplianceResponse'];
export type SchemaConditionalGroupActivation = components['schemas']['ConditionalGroupActivation'];
export type SchemaConditionalGroupActivationCondition = components['schemas']['ConditionalGroupActivationCondition'];
export type SchemaConditionalGroupActivationPilotRule = components['schemas']['ConditionalGroupActivationPilotRule'];
export type SchemaConditionalGroupActivationRule = components['schemas']['ConditionalGroupActivationRule'];
export type SchemaConditionalGroupActivationSimpleMetric = components['schemas']['ConditionalGroupActivationSimpleMetric'];
export type SchemaConditionalGroupRouting = components['schemas']['ConditionalGroupRouting'];
export type SchemaConditionalGroupRoutingRule = components['schemas']['ConditionalGroupRoutingRule'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaContactCenterSettings = components['schemas']['ContactCenterSettings'];
export type SchemaConversationProfile = components['schemas']['ConversationProfile'];
export type SchemaCopilot = components['schemas']['Copilot'];
export type SchemaCopilotAction = components['schemas']['CopilotAction'];
export type SchemaCopilotCondition = components['schemas']['CopilotCondition'];
export type SchemaCopilotFallbackAction = components['schemas']['CopilotFallbackAction'];
export type SchemaCopilotNluDomain = components['schemas']['CopilotNluDomain'];
export type SchemaCopilotNluDomainVersion = components['schemas']['CopilotNluDomainVersion'];
export type SchemaCopilotRule = components['schemas']['CopilotRule'];
export type SchemaCreateBenefitAssessmentJobRequest = components['schemas']['CreateBenefitAssessmentJobRequest'];
export type SchemaCreateBenefitAssessmentRequest = components['schemas']['CreateBenefitAssessmentRequest'];
export type SchemaCreateKpiRequest = components['schemas']['CreateKpiRequest'];
export type SchemaCreatePredictorRequest = components['schemas']['CreatePredictorRequest'];
export type SchemaCreateQueueRequest = components['schemas']['CreateQueueRequest'];
export type SchemaCreateRoutingSkill = components['schemas']['CreateRoutingSkill'];
export type SchemaCreateUtilizationLabelRequest = components['schemas']['CreateUtilizationLabelRequest'];
export type SchemaCustomSmtpServerRequest = components['schemas']['CustomSmtpServerRequest'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDirectRouting = components['schemas']['DirectRouting'];
export type SchemaDirectRoutingMediaSettings = components['schemas']['DirectRoutingMediaSettings'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDmarcResult = components['schemas']['DmarcResult'];
export type SchemaDnsRecordEntry = components['schemas']['DnsRecordEntry'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaDomainRole = components['schemas']['DomainRole'];
export type SchemaDomains = components['schemas']['Domains'];
export type SchemaEducation = components['schemas']['Education'];
export type SchemaEmailAddress = components['schemas']['EmailAddress'];
export type SchemaEmailErrorInfo = components['schemas']['EmailErrorInfo'];
export type SchemaEmailMediaSettings = components['schemas']['EmailMediaSettings'];
export type SchemaEmailOutboundDomainResult = components['schemas']['EmailOutboundDomainResult'];
export type SchemaEmailSetting = components['schemas']['EmailSetting'];
export type SchemaEmailSettingEntityListing = components['schemas']['EmailSettingEntityListing'];
export type SchemaEmailSettingReference = components['schemas']['EmailSettingReference'];
export type SchemaEmailSetup = components['schemas']['EmailSetup'];
export type SchemaEmployerInfo = components['schemas']['EmployerInfo'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaEstimatedWaitTimePredictions = components['schemas']['EstimatedWaitTimePredictions'];
export type SchemaExpansionCriterium = components['schemas']['ExpansionCriterium'];
export type SchemaFallback = components['schemas']['Fallback'];
export type SchemaFlow = components['schemas']['Flow'];
export type SchemaFlowVersion = components['schemas']['FlowVersion'];
export type SchemaGeolocation = components['schemas']['Geolocation'];
export type SchemaGoogleDialogflowConfig = components['schemas']['GoogleDialogflowConfig'];
export type SchemaGraphApiSettings = components['schemas']['GraphApiSettings'];
export type SchemaGroup = components['schemas']['Group'];
export type SchemaGroupContact = components['schemas']['GroupContact'];
export type SchemaHelpSettings = components['schemas']['HelpSettings'];
export type SchemaIdentityResolutionQueueConfig = components['schemas']['IdentityResolutionQueueConfig'];
export type SchemaImage = components['schemas']['Image'];
export type SchemaImapSettings = components['schemas']['ImapSettings'];
export type SchemaInactivityTimeoutSettings = components['schemas']['InactivityTimeoutSettings'];
export type SchemaInboundDomain = components['schemas']['InboundDomain'];
export type SchemaInboundDomainCreateRequest = components['schemas']['InboundDomainCreateRequest'];
export type SchemaInboundDomainEntityListing = components['schemas']['InboundDomainEntityListing'];
export type SchemaInboundDomainPatchRequest = components['schemas']['InboundDomainPatchRequest'];
export type SchemaInboundRoute = components['schemas']['InboundRoute'];
export type SchemaInboundRouteEntityListing = components['schemas']['InboundRouteEntityListing'];
export type SchemaIntent = components['schemas']['Intent'];
export type SchemaIntentDefinition = components['schemas']['IntentDefinition'];
export type SchemaIntentReference = components['schemas']['IntentReference'];
export type SchemaJsonSchemaDocument = components['schemas']['JsonSchemaDocument'];
export type SchemaKeyPerformanceIndicator = components['schemas']['KeyPerformanceIndicator'];
export type SchemaKeyPerformanceIndicatorAssessment = components['schemas']['KeyPerformanceIndicatorAssessment'];
export type SchemaKeyPerformanceIndicatorType = components['schemas']['KeyPerformanceIndicatorType'];
export type SchemaKnowledgeAnswerConfig = components['schemas']['KnowledgeAnswerConfig'];
export type SchemaKnowledgeBaseReference = components['schemas']['KnowledgeBaseReference'];
export type SchemaKnowledgeBaseWithDialectReference = components['schemas']['KnowledgeBaseWithDialectReference'];
export type SchemaKnowledgeSuggestionConfig = components['schemas']['KnowledgeSuggestionConfig'];
export type SchemaKpiResult = components['schemas']['KpiResult'];
export type SchemaLabelUtilizationRequest = components['schemas']['LabelUtilizationRequest'];
export type SchemaLabelUtilizationResponse = components['schemas']['LabelUtilizationResponse'];
export type SchemaLanguage = components['schemas']['Language'];
export type SchemaLanguageEntityListing = components['schemas']['LanguageEntityListing'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaLocation = components['schemas']['Location'];
export type SchemaLocationAddress = components['schemas']['LocationAddress'];
export type SchemaLocationAddressVerificationDetails = components['schemas']['LocationAddressVerificationDetails'];
export type SchemaLocationDefinition = components['schemas']['LocationDefinition'];
export type SchemaLocationEmergencyNumber = components['schemas']['LocationEmergencyNumber'];
export type SchemaLocationImage = components['schemas']['LocationImage'];
export type SchemaMailFromResult = components['schemas']['MailFromResult'];
export type SchemaManualSearchConfig = components['schemas']['ManualSearchConfig'];
export type SchemaMediaSettings = components['schemas']['MediaSettings'];
export type SchemaMediaSummary = components['schemas']['MediaSummary'];
export type SchemaMediaSummaryDetail = components['schemas']['MediaSummaryDetail'];
export type SchemaMediaType = components['schemas']['MediaType'];
export type SchemaMediaTypeAccess = components['schemas']['MediaTypeAccess'];
export type SchemaMediaTypes = components['schemas']['MediaTypes'];
export type SchemaMediaUtilization = components['schemas']['MediaUtilization'];
export type SchemaMemberGroup = components['schemas']['MemberGroup'];
export type SchemaMessageMediaSettings = components['schemas']['MessageMediaSettings'];
export type SchemaMessageSubtypeSettings = components['schemas']['MessageSubtypeSettings'];
export type SchemaModelConfig = components['schemas']['ModelConfig'];
export type SchemaNamedEntityAnnotation = components['schemas']['NamedEntityAnnotation'];
export type SchemaNamedEntityDefinition = components['schemas']['NamedEntityDefinition'];
export type SchemaNamedEntityTypeBinding = components['schemas']['NamedEntityTypeBinding'];
export type SchemaNamedEntityTypeDefinition = components['schemas']['NamedEntityTypeDefinition'];
export type SchemaNamedEntityTypeItem = components['schemas']['NamedEntityTypeItem'];
export type SchemaNamedEntityTypeMechanism = components['schemas']['NamedEntityTypeMechanism'];
export type SchemaNamedEntityTypeMechanismExample = components['schemas']['NamedEntityTypeMechanismExample'];
export type SchemaNluConfig = components['schemas']['NluConfig'];
export type SchemaNluDomain = components['schemas']['NluDomain'];
export type SchemaNluDomainVersion = components['schemas']['NluDomainVersion'];
export type SchemaNluDomainVersionReference = components['schemas']['NluDomainVersionReference'];
export type SchemaNluInfo = components['schemas']['NluInfo'];
export type SchemaNluUtterance = components['schemas']['NluUtterance'];
export type SchemaNluUtteranceSegment = components['schemas']['NluUtteranceSegment'];
export type SchemaNumericRange = components['schemas']['NumericRange'];
export type SchemaOAuthLastTokenIssued = components['schemas']['OAuthLastTokenIssued'];
export type SchemaObservationMetricData = components['schemas']['ObservationMetricData'];
export type SchemaObservationValue = components['schemas']['ObservationValue'];
export type SchemaOnDemandSummaryConfig = components['schemas']['OnDemandSummaryConfig'];
export type SchemaOperation = components['schemas']['Operation'];
export type SchemaOptInSettings = components['schemas']['OptInSettings'];
export type SchemaOutboundDomain = components['schemas']['OutboundDomain'];
export type SchemaOutboundDomainCreateRequest = components['schemas']['OutboundDomainCreateRequest'];
export type SchemaOutboundDomainEntityListing = components['schemas']['OutboundDomainEntityListing'];
export type SchemaOutboundDomainPatchRequest = components['schemas']['OutboundDomainPatchRequest'];
export type SchemaOutboundQueueIdentityResolutionConfig = components['schemas']['OutboundQueueIdentityResolutionConfig'];
export type SchemaOutcomeConfig = components['schemas']['OutcomeConfig'];
export type SchemaOutOfOffice = components['schemas']['OutOfOffice'];
export type SchemaPage = components['schemas']['Page'];
export type SchemaPatchPredictorRequest = components['schemas']['PatchPredictorRequest'];
export type SchemaPredictionResults = components['schemas']['PredictionResults'];
export type SchemaPredictor = components['schemas']['Predictor'];
export type SchemaPredictorListing = components['schemas']['PredictorListing'];
export type SchemaPredictorModel = components['schemas']['PredictorModel'];
export type SchemaPredictorModelBrief = components['schemas']['PredictorModelBrief'];
export type SchemaPredictorModelFeature = components['schemas']['PredictorModelFeature'];
export type SchemaPredictorModelFeatureListing = components['schemas']['PredictorModelFeatureListing'];
export type SchemaPredictorModelRetrainingError = components['schemas']['PredictorModelRetrainingError'];
export type SchemaPredictorModels = components['schemas']['PredictorModels'];
export type SchemaPredictorSchedule = components['schemas']['PredictorSchedule'];
export type SchemaPredictorWorkloadBalancing = components['schemas']['PredictorWorkloadBalancing'];
export type SchemaPresenceDefinition = components['schemas']['PresenceDefinition'];
export type SchemaQueue = components['schemas']['Queue'];
export type SchemaQueueEmailAddress = components['schemas']['QueueEmailAddress'];
export type SchemaQueueEntityListing = components['schemas']['QueueEntityListing'];
export type SchemaQueueMediaSettings = components['schemas']['QueueMediaSettings'];
export type SchemaQueueMember = components['schemas']['QueueMember'];
export type SchemaQueueMemberEntityListing = components['schemas']['QueueMemberEntityListing'];
export type SchemaQueueMemberEntityListingV1 = components['schemas']['QueueMemberEntityListingV1'];
export type SchemaQueueMessagingAddresses = components['schemas']['QueueMessagingAddresses'];
export type SchemaQueueObservationDataContainer = components['schemas']['QueueObservationDataContainer'];
export type SchemaQueueObservationQuery = components['schemas']['QueueObservationQuery'];
export type SchemaQueueObservationQueryClause = components['schemas']['QueueObservationQueryClause'];
export type SchemaQueueObservationQueryFilter = components['schemas']['QueueObservationQueryFilter'];
export type SchemaQueueObservationQueryPredicate = components['schemas']['QueueObservationQueryPredicate'];
export type SchemaQueueObservationQueryResponse = components['schemas']['QueueObservationQueryResponse'];
export type SchemaQueueRequest = components['schemas']['QueueRequest'];
export type SchemaRecipient = components['schemas']['Recipient'];
export type SchemaRecipientFlow = components['schemas']['RecipientFlow'];
export type SchemaRecipientListing = components['schemas']['RecipientListing'];
export type SchemaRecipientRequest = components['schemas']['RecipientRequest'];
export type SchemaRecord = components['schemas']['Record'];
export type SchemaRequestScoredAgent = components['schemas']['RequestScoredAgent'];
export type SchemaResourceConditionNode = components['schemas']['ResourceConditionNode'];
export type SchemaResourceConditionValue = components['schemas']['ResourceConditionValue'];
export type SchemaResourcePermissionPolicy = components['schemas']['ResourcePermissionPolicy'];
export type SchemaRing = components['schemas']['Ring'];
export type SchemaRouteIdentityResolutionConfig = components['schemas']['RouteIdentityResolutionConfig'];
export type SchemaRoutingActivityData = components['schemas']['RoutingActivityData'];
export type SchemaRoutingActivityEntityData = components['schemas']['RoutingActivityEntityData'];
export type SchemaRoutingActivityMetricValue = components['schemas']['RoutingActivityMetricValue'];
export type SchemaRoutingActivityQuery = components['schemas']['RoutingActivityQuery'];
export type SchemaRoutingActivityQueryClause = components['schemas']['RoutingActivityQueryClause'];
export type SchemaRoutingActivityQueryFilter = components['schemas']['RoutingActivityQueryFilter'];
export type SchemaRoutingActivityQueryMetric = components['schemas']['RoutingActivityQueryMetric'];
export type SchemaRoutingActivityQueryPredicate = components['schemas']['RoutingActivityQueryPredicate'];
export type SchemaRoutingActivityResponse = components['schemas']['RoutingActivityResponse'];
export type SchemaRoutingConversationAttributesRequest = components['schemas']['RoutingConversationAttributesRequest'];
export type SchemaRoutingConversationAttributesResponse = components['schemas']['RoutingConversationAttributesResponse'];
export type SchemaRoutingRule = components['schemas']['RoutingRule'];
export type SchemaRoutingSettings = components['schemas']['RoutingSettings'];
export type SchemaRoutingSkill = components['schemas']['RoutingSkill'];
export type SchemaRoutingStatus = components['schemas']['RoutingStatus'];
export type SchemaRuleConfig = components['schemas']['RuleConfig'];
export type SchemaRuleEngineConfig = components['schemas']['RuleEngineConfig'];
export type SchemaScoredAgent = components['schemas']['ScoredAgent'];
export type SchemaScript = components['schemas']['Script'];
export type SchemaServiceLevel = components['schemas']['ServiceLevel'];
export type SchemaSignature = components['schemas']['Signature'];
export type SchemaSkillEntityListing = components['schemas']['SkillEntityListing'];
export type SchemaSkillExpression = components['schemas']['SkillExpression'];
export type SchemaSkillExpressionData = components['schemas']['SkillExpressionData'];
export type SchemaSkillExpressionEntityListing = components['schemas']['SkillExpressionEntityListing'];
export type SchemaSkillExpressionValidationError = components['schemas']['SkillExpressionValidationError'];
export type SchemaSkillExpressionValidationResult = components['schemas']['SkillExpressionValidationResult'];
export type SchemaSkillGroup = components['schemas']['SkillGroup'];
export type SchemaSkillGroupCondition = components['schemas']['SkillGroupCondition'];
export type SchemaSkillGroupDefinition = components['schemas']['SkillGroupDefinition'];
export type SchemaSkillGroupEntityListing = components['schemas']['SkillGroupEntityListing'];
export type SchemaSkillGroupLanguageCondition = components['schemas']['SkillGroupLanguageCondition'];
export type SchemaSkillGroupMemberDivisionList = components['schemas']['SkillGroupMemberDivisionList'];
export type SchemaSkillGroupMemberDivisions = components['schemas']['SkillGroupMemberDivisions'];
export type SchemaSkillGroupMemberEntityListing = components['schemas']['SkillGroupMemberEntityListing'];
export type SchemaSkillGroupRoutingCondition = components['schemas']['SkillGroupRoutingCondition'];
export type SchemaSkillGroupWithMemberDivisions = components['schemas']['SkillGroupWithMemberDivisions'];
export type SchemaSkillReference = components['schemas']['SkillReference'];
export type SchemaSkillsToRemove = components['schemas']['SkillsToRemove'];
export type SchemaSmsAddress = components['schemas']['SmsAddress'];
export type SchemaSmsAddressEntityListing = components['schemas']['SmsAddressEntityListing'];
export type SchemaSmsAddressProvision = components['schemas']['SmsAddressProvision'];
export type SchemaSmsAlphanumericProvision = components['schemas']['SmsAlphanumericProvision'];
export type SchemaSmsAvailablePhoneNumber = components['schemas']['SmsAvailablePhoneNumber'];
export type SchemaSmsAvailablePhoneNumberEntityListing = components['schemas']['SMSAvailablePhoneNumberEntityListing'];
export type SchemaSmsIdentityResolutionConfig = components['schemas']['SmsIdentityResolutionConfig'];
export type SchemaSmsPhoneNumber = components['schemas']['SmsPhoneNumber'];
export type SchemaSmsPhoneNumberEntityListing = components['schemas']['SmsPhoneNumberEntityListing'];
export type SchemaSmsPhoneNumberImport = components['schemas']['SmsPhoneNumberImport'];
export type SchemaSmsPhoneNumberPatchRequest = components['schemas']['SmsPhoneNumberPatchRequest'];
export type SchemaSmsPhoneNumberProvision = components['schemas']['SmsPhoneNumberProvision'];
export type SchemaSmsProvisioningStatus = components['schemas']['SmsProvisioningStatus'];
export type SchemaStarrableDivision = components['schemas']['StarrableDivision'];
export type SchemaStatisticalSummary = components['schemas']['StatisticalSummary'];
export type SchemaStopSettings = components['schemas']['StopSettings'];
export type SchemaSummaryGenerationConfig = components['schemas']['SummaryGenerationConfig'];
export type SchemaSummarySettingEntity = components['schemas']['SummarySettingEntity'];
export type SchemaSupportedContentReference = components['schemas']['SupportedContentReference'];
export type SchemaSupportedLanguage = components['schemas']['SupportedLanguage'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaTestMessage = components['schemas']['TestMessage'];
export type SchemaTranscriptionConfig = components['schemas']['TranscriptionConfig'];
export type SchemaTranscriptionSettings = components['schemas']['TranscriptionSettings'];
export type SchemaUpdateKpiRequest = components['schemas']['UpdateKpiRequest'];
export type SchemaUpdateSkillDivisionRequest = components['schemas']['UpdateSkillDivisionRequest'];
export type SchemaUpdateUtilizationLabelRequest = components['schemas']['UpdateUtilizationLabelRequest'];
export type SchemaUser = components['schemas']['User'];
export type SchemaUserAuthorization = components['schemas']['UserAuthorization'];
export type SchemaUserConversationSummary = components['schemas']['UserConversationSummary'];
export type SchemaUserLanguageEntityListing = components['schemas']['UserLanguageEntityListing'];
export type SchemaUserPresence = components['schemas']['UserPresence'];
export type SchemaUserQueue = components['schemas']['UserQueue'];
export type SchemaUserQueueEntityListing = components['schemas']['UserQueueEntityListing'];
export type SchemaUserReference = components['schemas']['UserReference'];
export type SchemaUserReferenceWithName = components['schemas']['UserReferenceWithName'];
export type SchemaUserRoutingLanguage = components['schemas']['UserRoutingLanguage'];
export type SchemaUserRoutingLanguagePost = components['schemas']['UserRoutingLanguagePost'];
export type SchemaUserRoutingSkill = components['schemas']['UserRoutingSkill'];
export type SchemaUserRoutingSkillPost = components['schemas']['UserRoutingSkillPost'];
export type SchemaUserSkillEntityListing = components['schemas']['UserSkillEntityListing'];
export type SchemaUserSkillGroupEntityListing = components['schemas']['UserSkillGroupEntityListing'];
export type SchemaUserStation = components['schemas']['UserStation'];
export type SchemaUserStations = components['schemas']['UserStations'];
export type SchemaUtilizationLabel = components['schemas']['UtilizationLabel'];
export type SchemaUtilizationLabelEntityListing = components['schemas']['UtilizationLabelEntityListing'];
export type SchemaUtilizationRequest = components['schemas']['UtilizationRequest'];
export type SchemaUtilizationResponse = components['schemas']['UtilizationResponse'];
export type SchemaVerificationResult = components['schemas']['VerificationResult'];
export type SchemaWorkPlanBidRanks = components['schemas']['WorkPlanBidRanks'];
export type SchemaWrapupCode = components['schemas']['WrapupCode'];
export type SchemaWrapUpCodeConfig = components['schemas']['WrapUpCodeConfig'];
export type SchemaWrapupCodeEntityListing = components['schemas']['WrapupCodeEntityListing'];
export type SchemaWrapupCodePredictionConfig = components['schemas']['WrapupCodePredictionConfig'];
export type SchemaWrapUpCodeReference = components['schemas']['WrapUpCodeReference'];
export type SchemaWrapupCodeRequest = components['schemas']['WrapupCodeRequest'];
export type SchemaWritableDivision = components['schemas']['WritableDivision'];
export type SchemaWritableEntity = components['schemas']['WritableEntity'];
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
    postAnalyticsQueuesObservationsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueueObservationQuery"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueObservationQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAnalyticsRoutingActivityQuery: {
        parameters: {
            query?: {
                /** @description The desired page number */
                pageNumber?: number;
                /** @description The desired page size */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoutingActivityQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingActivityResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingAssessments: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Number of entities to return. Maximum of 200. Deprecated in favour of pageSize */
                limit?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
                /** @description Queue ID(s) to filter assessments by. */
                queueId?: string[];
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
                    "application/json": components["schemas"]["AssessmentListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingAssessments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateBenefitAssessmentRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenefitAssessment"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Benefit Assessment ID */
                assessmentId: string;
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
                    "application/json": components["schemas"]["BenefitAssessment"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Benefit Assessment ID */
                assessmentId: string;
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
    getRoutingAssessmentsJobs: {
        parameters: {
            query?: {
                /** @description Division ID(s) to filter assessment jobs by. */
                divisionId?: string[];
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
                    "application/json": components["schemas"]["AssessmentJobListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingAssessmentsJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateBenefitAssessmentJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenefitAssessmentJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingAssessmentsJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Benefit Assessment Job ID */
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
                    "application/json": components["schemas"]["BenefitAssessmentJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingAvailablemediatypes: {
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
                    "application/json": components["schemas"]["AvailableMediaTypeEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchRoutingConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Conversation Attributes */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoutingConversationAttributesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingConversationAttributesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingDirectroutingbackupSettingsMe: {
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
                    "application/json": components["schemas"]["AgentDirectRoutingBackupSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingDirectroutingbackupSettingsMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description directRoutingBackup */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentDirectRoutingBackupSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDirectRoutingBackupSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingDirectroutingbackupSettingsMe: {
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
    getRoutingEmailDomains: {
        parameters: {
            query?: {
                /** @description Exclude MX record data */
                excludeStatus?: boolean;
                /** @description Expand options. Valid values: settings */
                expand?: string;
                /** @description Optional search filter that, if defined, use the **filter** syntax, eg: **mySearchedPattern**. Note that **** is considered no filter. */
                filter?: string;
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
                    "application/json": components["schemas"]["InboundDomainEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingEmailDomains: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Domain */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboundDomainCreateRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboundDomain"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingEmailDomain: {
        parameters: {
            query?: {
                /** @description Expand options. Valid values: settings */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description domain ID */
                domainId: string;
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
                    "application/json": components["schemas"]["InboundDomain"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingEmailDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description domain ID */
                domainId: string;
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
    patchRoutingEmailDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description domain ID */
                domainId: string;
            };
            cookie?: never;
        };
        /** @description Domain settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboundDomainPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboundDomain"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingEmailDomainDkim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description domain ID */
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
                    "application/json": components["schemas"]["VerificationResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingEmailDomainDkim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description domain ID */
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
                    "application/json": components["schemas"]["VerificationResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingEmailDomainMailfrom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description domain ID */
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
                    "application/json": components["schemas"]["MailFromResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingEmailDomainMailfrom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description domain ID */
                domainId: string;
            };
            cookie?: never;
        };
        /** @description Mail From Settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MailFromResult"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailFromResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingEmailDomainTestconnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description domain ID */
                domainId: string;
            };
            cookie?: never;
        };
        /** @description TestMessage */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TestMessage"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestMessage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchRoutingEmailDomainValidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description domain ID */
                domainId: string;
            };
            cookie?: never;
        };
        /** @description Domain settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboundDomainPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboundDomain"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingEmailDomainVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description domain ID */
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
                    "application/json": components["schemas"]["VerificationResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingEmailDomainVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description domain ID */
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
                    "application/json": components["schemas"]["VerificationResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingEmailDomainRoutes: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand */
                expand?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Filter routes by the route's pattern property */
                pattern?: string;
            };
            header?: never;
            path: {
                /** @description email domain */
                domainName: string;
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
                    "application/json": components["schemas"]["InboundRouteEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingEmailDomainRoutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description email domain */
                domainName: string;
            };
            cookie?: never;
        };
        /** @description Route */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboundRoute"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboundRoute"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingEmailDomainRoute: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description email domain */
                domainName: string;
                /** @description route ID */
                routeId: string;
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
                    "application/json": components["schemas"]["InboundRoute"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingEmailDomainRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description email domain */
                domainName: string;
                /** @description route ID */
                routeId: string;
            };
            cookie?: never;
        };
        /** @description Route */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboundRoute"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboundRoute"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingEmailDomainRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description email domain */
                domainName: string;
                /** @description route ID */
                routeId: string;
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
    getRoutingEmailDomainRouteIdentityresolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description email domain */
                domainName: string;
                /** @description route ID */
                routeId: string;
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
                    "application/json": components["schemas"]["RouteIdentityResolutionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingEmailDomainRouteIdentityresolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description email domain */
                domainName: string;
                /** @description route ID */
                routeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RouteIdentityResolutionConfig"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouteIdentityResolutionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingEmailOutboundDomains: {
        parameters: {
            query?: {
                /** @description Expand options. Valid values: settings */
                expand?: string;
                /** @description Optional search filter that, if defined, use the **filter** syntax, eg: **mySearchedPattern**. Note that **** is considered no filter. */
                filter?: string;
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
                    "application/json": components["schemas"]["OutboundDomainEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingEmailOutboundDomains: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Domain */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutboundDomainCreateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailOutboundDomainResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingEmailOutboundDomain: {
        parameters: {
            query?: {
                /** @description Expand options. Valid values: settings */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description domain ID */
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
                    "application/json": components["schemas"]["OutboundDomain"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingEmailOutboundDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description domain ID */
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
    patchRoutingEmailOutboundDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description domain ID */
                domainId: string;
            };
            cookie?: never;
        };
        /** @description Domain settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutboundDomainPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundDomain"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingEmailOutboundDomainActivation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description domain ID */
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
                    "application/json": components["schemas"]["EmailOutboundDomainResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingEmailOutboundDomainActivation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description domain ID */
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
                    "application/json": components["schemas"]["EmailOutboundDomainResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingEmailOutboundDomainTestconnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description domain ID */
                domainId: string;
            };
            cookie?: never;
        };
        /** @description TestMessage */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TestMessage"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestMessage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingEmailOutboundDomainsSimulated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Domain */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutboundDomainCreateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailOutboundDomainResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingEmailSetting: {
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
                    "application/json": components["schemas"]["EmailSettingEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingEmailSetting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description EmailSetting */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailSetting"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailSetting"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingEmailSettingEmailSettingId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Email Setting ID */
                emailSettingId: string;
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
                    "application/json": components["schemas"]["EmailSetting"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingEmailSettingEmailSettingId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Email Setting ID */
                emailSettingId: string;
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
    patchRoutingEmailSettingEmailSettingId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Email Setting ID */
                emailSettingId: string;
            };
            cookie?: never;
        };
        /** @description EmailSetting */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailSetting"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailSetting"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingEmailSetup: {
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
                    "application/json": components["schemas"]["EmailSetup"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingLanguages: {
        parameters: {
            query?: {
                /** @description id */
                id?: string[];
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Ascending or descending sort order */
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
                    "application/json": components["schemas"]["LanguageEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingLanguages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Language */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Language"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Language"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Language ID */
                languageId: string;
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
                    "application/json": components["schemas"]["Language"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Language ID */
                languageId: string;
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
    getRoutingMessageRecipients: {
        parameters: {
            query?: {
                /** @description Messenger Type */
                messengerType?: string;
                /** @description Recipient Name */
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
                    "application/json": components["schemas"]["RecipientListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingMessageRecipient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Recipient ID */
                recipientId: string;
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
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingMessageRecipient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Recipient ID */
                recipientId: string;
            };
            cookie?: never;
        };
        /** @description Recipient */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecipientRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingPredictors: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Standard or custom KPI id used to filter predictors. */
                kpiId?: string;
                /** @description Number of entities to return. Maximum of 200. Deprecated in favour of pageSize */
                limit?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
                /** @description Comma-separated list of queue Ids to filter by. */
                queueId?: string[];
                /** @description The state used to filter predictors. */
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
                    "application/json": components["schemas"]["PredictorListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingPredictors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreatePredictorRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Predictor"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingPredictor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Predictor ID */
                predictorId: string;
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
                    "application/json": components["schemas"]["Predictor"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingPredictor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Predictor ID */
                predictorId: string;
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
    patchRoutingPredictor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Predictor ID */
                predictorId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchPredictorRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Predictor"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingPredictorModels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Predictor ID */
                predictorId: string;
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
                    "application/json": components["schemas"]["PredictorModels"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingPredictorModelFeatures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Model ID */
                modelId: string;
                /** @description Predictor ID */
                predictorId: string;
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
                    "application/json": components["schemas"]["PredictorModelFeatureListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingPredictorsKeyperformanceindicators: {
        parameters: {
            query?: {
                /** @description Parameter to request additional data to return in KPI payload */
                expand?: string[];
                /** @description The Group of Key Performance Indicators to return */
                kpiGroup?: string;
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
                    "application/json": components["schemas"]["KeyPerformanceIndicator"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingPredictorsKeyperformanceindicators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateKpiRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyPerformanceIndicator"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingPredictorsKeyperformanceindicator: {
        parameters: {
            query?: {
                /** @description Parameter to request additional data to return in KPI payload */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Key Performance Indicator ID */
                kpiId: string;
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
                    "application/json": components["schemas"]["KeyPerformanceIndicator"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingPredictorsKeyperformanceindicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Key Performance Indicator ID */
                kpiId: string;
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
    patchRoutingPredictorsKeyperformanceindicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Key Performance Indicator ID */
                kpiId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateKpiRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyPerformanceIndicator"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingPredictorsKeyperformanceindicatortypes: {
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
                    "application/json": components["schemas"]["KeyPerformanceIndicatorType"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingQueues: {
        parameters: {
            query?: {
                /** @description Include only queues explicitly associated with the specified canned response library ID */
                cannedResponseLibraryId?: string;
                /** @description Include only queues in the specified division ID(s) */
                divisionId?: string[];
                /** @description Which fields, if any, to expand */
                expand?: string[];
                /** @description Include only queues with a peer ID */
                hasPeer?: boolean;
                /** @description Include only queues with the specified ID(s) */
                id?: string[];
                /** @description Include only queues with the given name (leading and trailing asterisks allowed) */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Include only queues with the specified peer ID(s) */
                peerId?: string[];
                /** @description Note: results are sorted by name. */
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
                    "application/json": components["schemas"]["QueueEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingQueues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Queue */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQueueRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Queue"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingQueue: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Queue ID */
                queueId: string;
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
                    "application/json": components["schemas"]["Queue"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Queue ID */
                queueId: string;
            };
            cookie?: never;
        };
        /** @description Queue */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueueRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Queue"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingQueue: {
        parameters: {
            query?: {
                /** @description forceDelete */
                forceDelete?: boolean;
            };
            header?: never;
            path: {
                /** @description Queue ID */
                queueId: string;
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
    getRoutingQueueAssistant: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
                /** @description Fall back to primary assistant if specified variation is not found */
                fallbackToPrimaryAssistant?: boolean;
                /** @description Language variation */
                languageVariation?: string;
            };
            header?: never;
            path: {
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
    getRoutingQueueComparisonperiods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Queue id */
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
                    "application/json": components["schemas"]["ComparisonPeriodListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingQueueComparisonperiod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ComparisonPeriod id */
                comparisonPeriodId: string;
                /** @description Queue id */
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
                    "application/json": components["schemas"]["ComparisonPeriod"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingQueueEstimatedwaittime: {
        parameters: {
            query?: {
                /** @description conversationId */
                conversationId?: string;
            };
            header?: never;
            path: {
                /** @description queueId */
                queueId: string;
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
                    "application/json": components["schemas"]["EstimatedWaitTimePredictions"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingQueueIdentityresolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["IdentityResolutionQueueConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingQueueIdentityresolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Queue ID */
                queueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityResolutionQueueConfig"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityResolutionQueueConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingQueueMediatypeEstimatedwaittime: {
        parameters: {
            query?: {
                /** @description Unique id that represents the interaction label used with media type for EWT calculation */
                labelId?: string;
            };
            header?: never;
            path: {
                /** @description mediaType */
                mediaType: string;
                /** @description queueId */
                queueId: string;
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
                    "application/json": components["schemas"]["EstimatedWaitTimePredictions"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingQueueMembers: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
                /** @description Filter by joined status */
                joined?: boolean;
                /** @description Filter by language (contains-style search) */
                languages?: string[];
                /** @description Filter by member type */
                memberBy?: string;
                /** @description Filter by queue member name (contains-style search) */
                name?: string;
                pageNumber?: number;
                /** @description Max value is 100 */
                pageSize?: number;
                /** @description Filter by presence */
                presence?: string[];
                /** @description Filter by profile skill (contains-style search) */
                profileSkills?: string[];
                /** @description Filter by routing status */
                routingStatus?: string[];
                /** @description Filter by skill (contains-style search) */
                skills?: string[];
                /** @description Note: results are sorted by name. */
                sortOrder?: string;
            };
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["QueueMemberEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingQueueMembers: {
        parameters: {
            query?: {
                /** @description True to delete queue members */
                delete?: boolean;
            };
            header?: never;
            path: {
                /** @description Queue ID */
                queueId: string;
            };
            cookie?: never;
        };
        /** @description Queue Members */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WritableEntity"][];
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
    patchRoutingQueueMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Queue ID */
                queueId: string;
            };
            cookie?: never;
        };
        /** @description Queue Members */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueueMember"][];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueMemberEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingQueueMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member ID */
                memberId: string;
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
    patchRoutingQueueMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member ID */
                memberId: string;
                /** @description Queue ID */
                queueId: string;
            };
            cookie?: never;
        };
        /** @description Queue Member */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueueMember"];
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
    getRoutingQueueUsers: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
                /** @description Filter by joined status */
                joined?: boolean;
                /** @description Filter by language */
                languages?: string[];
                /** @description Filter by queue member name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Max value is 100 */
                pageSize?: number;
                /** @description Filter by presence */
                presence?: string[];
                /** @description Filter by profile skill */
                profileSkills?: string[];
                /** @description Filter by routing status */
                routingStatus?: string[];
                /** @description Filter by skill */
                skills?: string[];
                /** @description Note: results are sorted by name. */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description Queue ID */
                queueId: string;
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
                    "application/json": components["schemas"]["QueueMemberEntityListingV1"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingQueueUsers: {
        parameters: {
            query?: {
                /** @description True to delete queue members */
                delete?: boolean;
            };
            header?: never;
            path: {
                /** @description Queue ID */
                queueId: string;
            };
            cookie?: never;
        };
        /** @description Queue Members */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WritableEntity"][];
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
    patchRoutingQueueUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Queue ID */
                queueId: string;
            };
            cookie?: never;
        };
        /** @description Queue Members */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueueMember"][];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueMemberEntityListingV1"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingQueueUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member ID */
                memberId: string;
                /** @description Queue ID */
                queueId: string;
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
    patchRoutingQueueUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member ID */
                memberId: string;
                /** @description Queue ID */
                queueId: string;
            };
            cookie?: never;
        };
        /** @description Queue Member */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueueMember"];
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
    getRoutingQueueWrapupcodes: {
        parameters: {
            query?: {
                /** @description Wrapup code's name (trailing asterisks allowed) */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Queue ID */
                queueId: string;
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
                    "application/json": components["schemas"]["WrapupCodeEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingQueueWrapupcodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Queue ID */
                queueId: string;
            };
            cookie?: never;
        };
        /** @description List of wrapup codes */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WrapUpCodeReference"][];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WrapupCode"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingQueueWrapupcode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Code ID */
                codeId: string;
                /** @description Queue ID */
                queueId: string;
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
    getRoutingQueuesDivisionviews: {
        parameters: {
            query?: {
                /** @description Division ID(s). Including '*' will query for all divisions */
                divisionId?: string[];
                /** @description Queue ID(s) */
                id?: string[];
                /** @description Name */
                name?: string;
                /** @description Page number [max value is 5] */
                pageNumber?: number;
                /** @description Page size [max value is 100] */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
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
                    "application/json": components["schemas"]["QueueEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingQueuesDivisionviewsAll: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size [max value is 500] */
                pageSize?: number;
                /** @description Sort order */
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
                    "application/json": components["schemas"]["QueueEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingQueuesMe: {
        parameters: {
            query?: {
                /** @description Filter by joined status. */
                joined?: boolean;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Note: results are sorted by name. */
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
                    "application/json": components["schemas"]["UserQueueEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingSettings: {
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
                    "application/json": components["schemas"]["RoutingSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Organization Settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoutingSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingSettings: {
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
    getRoutingSettingsContactcenter: {
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
                    "application/json": components["schemas"]["ContactCenterSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchRoutingSettingsContactcenter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Contact Center Settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCenterSettings"];
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
    getRoutingSettingsTranscription: {
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
                    "application/json": components["schemas"]["TranscriptionSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingSettingsTranscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Organization Settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptionSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranscriptionSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchRoutingSettingsTranscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Organization Settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptionSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranscriptionSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingSkillexpressions: {
        parameters: {
            query?: {
                /** @description Response format: raw expression or normalized */
                format?: string;
                /** @description Expression ID(s) to filter. Repeat for multiple or use comma-separated list. */
                id?: string[];
                /** @description Include archived */
                includeArchived?: boolean;
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
                    "application/json": components["schemas"]["SkillExpressionEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingSkillexpressions: {
        parameters: {
            query?: {
                /** @description Expression ID(s) to filter. Repeat for multiple or use comma-separated list. */
                id?: string[];
            };
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
    getRoutingSkillexpression: {
        parameters: {
            query?: {
                /** @description Response format: raw expression or normalized */
                format?: string;
                /** @description Include archived */
                includeArchived?: boolean;
            };
            header?: never;
            path: {
                /** @description Expression ID */
                expressionId: string;
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
                    "application/json": components["schemas"]["SkillExpression"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingSkillexpression: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Expression ID */
                expressionId: string;
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
    getRoutingSkillexpressionsQueueQueueId: {
        parameters: {
            query?: {
                /** @description Response format: raw expression or normalized */
                format?: string;
                /** @description Include archived */
                includeArchived?: boolean;
            };
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["SkillExpressionEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingSkillexpressionsValidate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Skill expression data to validate */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkillExpressionData"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillExpressionValidationResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingSkillgroups: {
        parameters: {
            query?: {
                /** @description The cursor that points to the next item */
                after?: string;
                /** @description The cursor that points to the previous item */
                before?: string;
                /** @description Return only skill group names whose names start with this value (case-insensitive matching) */
                name?: string;
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
                    "application/json": components["schemas"]["SkillGroupEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingSkillgroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Create skill group */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkillGroupWithMemberDivisions"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillGroupWithMemberDivisions"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingSkillgroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Skill Group ID */
                skillGroupId: string;
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
                    "application/json": components["schemas"]["SkillGroup"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingSkillgroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Skill Group ID */
                skillGroupId: string;
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
    patchRoutingSkillgroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Skill Group ID */
                skillGroupId: string;
            };
            cookie?: never;
        };
        /** @description Update skill groups */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkillGroup"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillGroup"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingSkillgroupMembers: {
        parameters: {
            query?: {
                /** @description The cursor that points to the next item */
                after?: string;
                /** @description The cursor that points to the previous item */
                before?: string;
                /** @description Expand the name on each user */
                expand?: string;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Skill Group ID */
                skillGroupId: string;
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
                    "application/json": components["schemas"]["SkillGroupMemberEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingSkillgroupMembersDivisions: {
        parameters: {
            query?: {
                /** @description Expand the name on each user */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description Skill Group ID */
                skillGroupId: string;
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
                    "application/json": components["schemas"]["SkillGroupMemberDivisionList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingSkillgroupMembersDivisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Skill Group ID */
                skillGroupId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SkillGroupMemberDivisions"];
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
    getRoutingSkills: {
        parameters: {
            query?: {
                /** @description id */
                id?: string[];
                /** @description Filter for results that start with this value */
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
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingSkills: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Skill */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoutingSkill"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingSkill"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingSkill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Skill ID */
                skillId: string;
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
                    "application/json": components["schemas"]["RoutingSkill"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingSkill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Skill ID */
                skillId: string;
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
    patchRoutingSkill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Skill ID */
                skillId: string;
            };
            cookie?: never;
        };
        /** @description updateSkillDivisionRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSkillDivisionRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingSkill"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingSmsAddresses: {
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
                    "application/json": components["schemas"]["SmsAddressEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingSmsAddresses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description SmsAddress */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsAddressProvision"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsAddress"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingSmsAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Address ID */
                addressId: string;
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
                    "application/json": components["schemas"]["SmsAddress"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingSmsAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Address ID */
                addressId: string;
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
    getRoutingSmsAvailablephonenumbers: {
        parameters: {
            query: {
                /** @description This indicates whether the phone number requires to have an Address registered. */
                addressRequirement?: string;
                /** @description Area code that can be used to restrict the numbers returned */
                areaCode?: string;
                /** @description City that can be used to restrict the numbers returned */
                city?: string;
                /** @description The ISO 3166-1 alpha-2 country code of the county for which available phone numbers should be returned */
                countryCode: string;
                /** @description A pattern to match phone numbers. Valid characters are '*' and [0-9a-zA-Z]. The '*' character will match any single digit. */
                pattern?: string;
                /** @description Type of available phone numbers searched */
                phoneNumberType: string;
                /** @description Region/province/state that can be used to restrict the numbers returned */
                region?: string;
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
                    "application/json": components["schemas"]["SMSAvailablePhoneNumberEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingSmsIdentityresolutionPhonenumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Address ID */
                addressId: string;
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
                    "application/json": components["schemas"]["SmsIdentityResolutionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingSmsIdentityresolutionPhonenumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Address ID */
                addressId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsIdentityResolutionConfig"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsIdentityResolutionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingSmsPhonenumbers: {
        parameters: {
            query?: {
                /** @description Filter on country code */
                countryCode?: string[];
                /** @description Which fields, if any, to expand */
                expand?: string[];
                /** @description Filter on the Genesys Cloud integration id to which the phone number belongs to */
                "integration.id"?: string;
                /** @description A language tag (which is sometimes referred to as a locale identifier) to use to localize country field and sort operations */
                language?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Filter on phone number address. Allowable characters are the digits '0-9' and the wild card character '\\*'. If just digits are present, a contains search is done on the address pattern. For example, '317' could be matched anywhere in the address. An '\\*' will match multiple digits. For example, to match a specific area code within the US a pattern like '1317*' could be used. */
                phoneNumber?: string;
                /** @description Filter on phone number status */
                phoneNumberStatus?: string[];
                /** @description Filter on phone number type */
                phoneNumberType?: string[];
                /** @description Optional field to sort results */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
                /** @description Filter based on the supported content ID */
                "supportedContent.id"?: string;
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
                    "application/json": components["schemas"]["SmsPhoneNumberEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingSmsPhonenumbers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description SmsPhoneNumber */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsPhoneNumberProvision"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPhoneNumber"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingSmsPhonenumber: {
        parameters: {
            query?: {
                /** @description Expand response with additional information */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description phone number */
                phoneNumberId: string;
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
                    "application/json": components["schemas"]["SmsPhoneNumber"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingSmsPhonenumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description phone number */
                phoneNumberId: string;
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
    patchRoutingSmsPhonenumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description phone number */
                phoneNumberId: string;
            };
            cookie?: never;
        };
        /** @description SmsPhoneNumberPatchRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsPhoneNumberPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPhoneNumber"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingSmsPhonenumbersAlphanumeric: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description SmsPhoneNumber */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsAlphanumericProvision"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPhoneNumber"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingSmsPhonenumbersImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description SmsPhoneNumber */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsPhoneNumberImport"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPhoneNumber"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingUserDirectroutingbackupSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["AgentDirectRoutingBackupSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingUserDirectroutingbackupSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description directRoutingBackup */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentDirectRoutingBackupSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDirectRoutingBackupSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingUserDirectroutingbackupSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
    getRoutingUserUtilization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["AgentMaxUtilizationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingUserUtilization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description utilization */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UtilizationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentMaxUtilizationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingUserUtilization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
    getRoutingUtilization: {
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
                    "application/json": components["schemas"]["UtilizationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingUtilization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description utilization */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UtilizationRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UtilizationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingUtilization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
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
    getRoutingUtilizationLabels: {
        parameters: {
            query?: {
                /** @description Utilization label's name (Wildcard is supported, e.g., 'label1*', '*label*' */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort order by name */
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
                    "application/json": components["schemas"]["UtilizationLabelEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingUtilizationLabels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description UtilizationLabel */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUtilizationLabelRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UtilizationLabel"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingUtilizationLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Utilization Label ID */
                labelId: string;
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
                    "application/json": components["schemas"]["UtilizationLabel"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingUtilizationLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Utilization Label ID */
                labelId: string;
            };
            cookie?: never;
        };
        /** @description UtilizationLabel */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUtilizationLabelRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UtilizationLabel"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingUtilizationLabel: {
        parameters: {
            query?: {
                /** @description Remove all label usages (if found) without warning */
                forceDelete?: boolean;
            };
            header?: never;
            path: {
                /** @description Utilization Label ID */
                labelId: string;
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
    getRoutingUtilizationLabelAgents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Utilization Label ID */
                labelId: string;
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
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingWrapupcodes: {
        parameters: {
            query?: {
                /** @description Filter by division ID(s) */
                divisionId?: string[];
                /** @description Filter by wrapup code ID(s) */
                id?: string[];
                /** @description Wrapup code's name ('Sort by' param is ignored unless this field is provided) */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
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
                    "application/json": components["schemas"]["WrapupCodeEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postRoutingWrapupcodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description WrapupCode */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WrapupCodeRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingWrapupcode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Wrapup Code ID */
                codeId: string;
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
                    "application/json": components["schemas"]["WrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putRoutingWrapupcode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Wrapup Code ID */
                codeId: string;
            };
            cookie?: never;
        };
        /** @description WrapupCode */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WrapupCodeRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteRoutingWrapupcode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Wrapup Code ID */
                codeId: string;
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
    getRoutingWrapupcodesDivisionviews: {
        parameters: {
            query?: {
                /** @description Division ID(s) */
                divisionId?: string[];
                /** @description Wrapup code ID(s) */
                id?: string[];
                /** @description Wrapup code state(s) to include */
                includeState?: string;
                /** @description Name (trailing asterisks allowed) */
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
                    "application/json": components["schemas"]["WrapupCodeEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getRoutingWrapupcodesDivisionview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Wrapup Code ID */
                codeId: string;
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
                    "application/json": components["schemas"]["WrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserQueues: {
        parameters: {
            query?: {
                /** @description Division ID(s) */
                divisionId?: string[];
                /** @description Is joined to the queue */
                joined?: boolean;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["UserQueueEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchUserQueues: {
        parameters: {
            query?: {
                /** @description Division ID(s) */
                divisionId?: string[];
            };
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description User Queues */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserQueue"][];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserQueueEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchUserQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Queue ID */
                queueId: string;
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Queue Member */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserQueue"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserQueue"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserRoutinglanguages: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Ascending or descending sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["UserLanguageEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postUserRoutinglanguages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Language */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoutingLanguagePost"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRoutingLanguage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteUserRoutinglanguage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description languageId */
                languageId: string;
                /** @description User ID */
                userId: string;
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
    patchUserRoutinglanguage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description languageId */
                languageId: string;
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Language */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoutingLanguage"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRoutingLanguage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchUserRoutinglanguagesBulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Language */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoutingLanguagePost"][];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserLanguageEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserRoutingskills: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Ascending or descending sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["UserSkillEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postUserRoutingskills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Skill */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoutingSkillPost"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRoutingSkill"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putUserRoutingskill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description skillId */
                skillId: string;
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Skill */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoutingSkill"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRoutingSkill"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            /** @description Resource conflict - Unexpected version was provided */
            409: {
                headers: {
                    "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteUserRoutingskill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description skillId */
                skillId: string;
                /** @description User ID */
                userId: string;
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
    putUserRoutingskillsBulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Skill */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoutingSkillPost"][];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSkillEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchUserRoutingskillsBulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Skill */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoutingSkillPost"][];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSkillEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getUserSkillgroups: {
        parameters: {
            query?: {
                /** @description The cursor that points to the next page */
                after?: string;
                /** @description The cursor that points to the previous page */
                before?: string;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description User ID */
                userId: string;
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
                    "application/json": components["schemas"]["UserSkillGroupEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
