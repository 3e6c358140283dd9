// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/journey/openapi.yaml (sha256 1e7ece6a06d7eca7)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area journey` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Journey (95 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const journey = journeyApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function journeyApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/analytics/journeys/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for journey aggregates asynchronously
         * @permissions ANY: `analytics:journeyAggregate:view`
         */
        post: operations["postAnalyticsJourneysAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/journeys/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for journey aggregates
         * @permissions ANY: `analytics:journeyAggregate:view`
         */
        get: operations["getAnalyticsJourneysAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for journey aggregates
         * @permissions ANY: `analytics:journeyAggregate:view`
         */
        delete: operations["deleteAnalyticsJourneysAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/journeys/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:journeyAggregate:view`
         */
        get: operations["getAnalyticsJourneysAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/journeys/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for journey aggregates
         * @permissions ANY: `analytics:journeyAggregate:view`
         */
        post: operations["postAnalyticsJourneysAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/{contactId}/journey/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve segment assignments by external contact ID.
         * @permissions ANY: `externalContacts:segmentAssignment:view`
         */
        get: operations["getExternalcontactsContactJourneySegments"];
        put?: never;
        /**
         * Assign/Unassign up to 10 segments to/from an external contact or, if a segment is already assigned, update the expiry date of the segment assignment. Any unprocessed segment assignments are returned in the body for the client to retry, in the event of a partial success.
         * @permissions ANY: any one of `externalContacts:segmentAssignment:add`, `externalContacts:segmentAssignment:delete`
         */
        post: operations["postExternalcontactsContactJourneySegments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/externalcontacts/contacts/{contactId}/journey/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all sessions for a given external contact.
         * @permissions ANY: `externalContacts:session:view`
         */
        get: operations["getExternalcontactsContactJourneySessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/actionmaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all action maps.
         * @permissions ANY: `journey:actionmap:view`
         */
        get: operations["getJourneyActionmaps"];
        put?: never;
        /**
         * Create an action map.
         * @permissions ANY: `journey:actionmap:add`
         */
        post: operations["postJourneyActionmaps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/actionmaps/{actionMapId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a single action map.
         * @permissions ANY: `journey:actionmap:view`
         */
        get: operations["getJourneyActionmap"];
        put?: never;
        post?: never;
        /**
         * Delete single action map.
         * @permissions ANY: `journey:actionmap:delete`
         */
        delete: operations["deleteJourneyActionmap"];
        options?: never;
        head?: never;
        /**
         * Update single action map.
         * @permissions ANY: `journey:actionmap:edit`
         */
        patch: operations["patchJourneyActionmap"];
        trace?: never;
    };
    "/api/v2/journey/actionmaps/estimates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deprecated. Query for estimates
         * @description Journey Outcomes is being removed. See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @deprecated See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @permissions ANY: `journey:actionmapEstimateJob:add`
         */
        post: operations["postJourneyActionmapsEstimatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/actionmaps/estimates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deprecated. Get status of job.
         * @description Journey Outcomes is being removed. See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @deprecated See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @permissions ALL: `journey:actionmapEstimateJob:view`
         */
        get: operations["getJourneyActionmapsEstimatesJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/actionmaps/estimates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deprecated. Get estimates from completed job.
         * @description Journey Outcomes is being removed. See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @deprecated See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @permissions ALL: `journey:actionmapEstimate:view`
         */
        get: operations["getJourneyActionmapsEstimatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/actiontargets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deprecated. Retrieve all action targets.
         * @description ACD Chat v2.0 in Genesys Predictive Engagement is deprecated and being removed. See https://community.genesys.com/discussion/deprecation-acd-chat-v20-support-in-genesys-predictive-engagement
         * @deprecated See https://community.genesys.com/discussion/deprecation-acd-chat-v20-support-in-genesys-predictive-engagement
         * @permissions ANY: `journey:actiontarget:view`
         */
        get: operations["getJourneyActiontargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/actiontargets/{actionTargetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deprecated. Retrieve a single action target.
         * @description ACD Chat v2.0 in Genesys Predictive Engagement is deprecated and being removed. See https://community.genesys.com/discussion/deprecation-acd-chat-v20-support-in-genesys-predictive-engagement
         * @deprecated See https://community.genesys.com/discussion/deprecation-acd-chat-v20-support-in-genesys-predictive-engagement
         * @permissions ANY: `journey:actiontarget:view`
         */
        get: operations["getJourneyActiontarget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Deprecated. Update a single action target.
         * @description ACD Chat v2.0 in Genesys Predictive Engagement is deprecated and being removed. See https://community.genesys.com/discussion/deprecation-acd-chat-v20-support-in-genesys-predictive-engagement
         * @deprecated See https://community.genesys.com/discussion/deprecation-acd-chat-v20-support-in-genesys-predictive-engagement
         * @permissions ANY: `journey:actiontarget:edit`
         */
        patch: operations["patchJourneyActiontarget"];
        trace?: never;
    };
    "/api/v2/journey/actiontemplates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all action templates.
         * @permissions ANY: `journey:actiontemplate:view`
         */
        get: operations["getJourneyActiontemplates"];
        put?: never;
        /**
         * Create a single action template.
         * @permissions ANY: `journey:actiontemplate:add`
         */
        post: operations["postJourneyActiontemplates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/actiontemplates/{actionTemplateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a single action template.
         * @permissions ANY: `journey:actiontemplate:view`
         */
        get: operations["getJourneyActiontemplate"];
        put?: never;
        post?: never;
        /**
         * Delete a single action template.
         * @permissions ANY: `journey:actiontemplate:delete`
         */
        delete: operations["deleteJourneyActiontemplate"];
        options?: never;
        head?: never;
        /**
         * Update a single action template.
         * @permissions ANY: `journey:actiontemplate:edit`
         */
        patch: operations["patchJourneyActiontemplate"];
        trace?: never;
    };
    "/api/v2/journey/deployments/{deploymentId}/actionevent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sends an action event, which is used for changing the state of actions that have been offered to the user.
         * @permissions none required
         */
        post: operations["postJourneyDeploymentActionevent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/deployments/{deploymentId}/appevents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a journey app event, used for tracking customer activity on an application.
         * @permissions none required
         */
        post: operations["postJourneyDeploymentAppevents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/deployments/{deploymentId}/customers/{customerCookieId}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send a ping.
         * @permissions none required
         */
        get: operations["getJourneyDeploymentCustomerPing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/deployments/{deploymentId}/webevents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a journey web event, used for tracking customer activity on a website.
         * @permissions none required
         */
        post: operations["postJourneyDeploymentWebevents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/externalevents/configurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all external event configurations.
         * @permissions ANY: `journey:externalEventsConfiguration:view`
         */
        get: operations["getJourneyExternaleventsConfigurations"];
        put?: never;
        /**
         * Create an external events configuration.
         * @permissions ANY: `journey:externalEventsConfiguration:add`
         */
        post: operations["postJourneyExternaleventsConfigurations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/externalevents/configurations/{configId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an external events configuration
         * @permissions ANY: `journey:externalEventsConfiguration:view`
         */
        get: operations["getJourneyExternaleventsConfiguration"];
        put?: never;
        post?: never;
        /**
         * Delete an external events configuration.
         * @permissions ANY: `journey:externalEventsConfiguration:delete`
         */
        delete: operations["deleteJourneyExternaleventsConfiguration"];
        options?: never;
        head?: never;
        /**
         * Update an external events configuration.
         * @permissions ANY: `journey:externalEventsConfiguration:edit`
         */
        patch: operations["patchJourneyExternaleventsConfiguration"];
        trace?: never;
    };
    "/api/v2/journey/externalevents/configurations/{configurationId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create external events
         * @permissions ANY: `journey:externalEventsEvent:add`
         */
        post: operations["postJourneyExternaleventsConfigurationEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/externalevents/schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of schemas.
         * @permissions ANY: `journey:externalEventsSchema:view`
         */
        get: operations["getJourneyExternaleventsSchemas"];
        put?: never;
        /**
         * Create a schema
         * @permissions ANY: `journey:externalEventsSchema:add`
         */
        post: operations["postJourneyExternaleventsSchemas"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/externalevents/schemas/{schemaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a schema
         * @permissions ANY: `journey:externalEventsSchema:view`
         */
        get: operations["getJourneyExternaleventsSchema"];
        /**
         * Update a schema
         * @permissions ANY: `journey:externalEventsSchema:edit`
         */
        put: operations["putJourneyExternaleventsSchema"];
        post?: never;
        /**
         * Delete a schema
         * @permissions ANY: `journey:externalEventsSchema:delete`
         */
        delete: operations["deleteJourneyExternaleventsSchema"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/externalevents/schemas/{schemaId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all versions of a External Events schema
         * @permissions ANY: `journey:externalEventsSchema:view`
         */
        get: operations["getJourneyExternaleventsSchemaVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/externalevents/schemas/{schemaId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific version of a schema
         * @permissions ANY: `journey:externalEventsSchema:view`
         */
        get: operations["getJourneyExternaleventsSchemaVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/externalevents/schemas/coretypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of core types enabled for a specific namespace.
         * @permissions ANY: `journey:externalEventsSchema:view`
         */
        get: operations["getJourneyExternaleventsSchemasCoretypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/externalevents/schemas/coretypes/{coreTypeName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a core type from which all schemas are built
         * @permissions ANY: `journey:externalEventsSchema:view`
         */
        get: operations["getJourneyExternaleventsSchemasCoretype"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/externalevents/schemas/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get quantitative limits on schemas
         * @permissions ANY: `journey:externalEventsSchema:view`
         */
        get: operations["getJourneyExternaleventsSchemasLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/flows/paths/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for flow paths.
         * @permissions ALL: `journey:flowpaths:view`
         */
        post: operations["postJourneyFlowsPathsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deprecated. Retrieve all outcomes.
         * @description Journey Outcomes is being removed. See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @deprecated See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @permissions ANY: `journey:outcome:view`
         */
        get: operations["getJourneyOutcomes"];
        put?: never;
        /**
         * Deprecated. Create an outcome.
         * @description Journey Outcomes is being removed. See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @deprecated See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @permissions ANY: `journey:outcome:add`
         */
        post: operations["postJourneyOutcomes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/outcomes/{outcomeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deprecated. Retrieve a single outcome.
         * @description Journey Outcomes is being removed. See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @deprecated See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @permissions ANY: `journey:outcome:view`
         */
        get: operations["getJourneyOutcome"];
        put?: never;
        post?: never;
        /**
         * Deprecated. Delete an outcome.
         * @description Journey Outcomes is being removed. See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @deprecated See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @permissions ANY: `journey:outcome:delete`
         */
        delete: operations["deleteJourneyOutcome"];
        options?: never;
        head?: never;
        /**
         * Deprecated. Update an outcome.
         * @description Journey Outcomes is being removed. See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @deprecated See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @permissions ANY: `journey:outcome:edit`
         */
        patch: operations["patchJourneyOutcome"];
        trace?: never;
    };
    "/api/v2/journey/outcomes/attributions/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deprecated. Create Outcome Attributions
         * @description Journey Outcomes is being removed. See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @deprecated See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `journey:outcomeAttributionJob:add`
         */
        post: operations["postJourneyOutcomesAttributionsJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/outcomes/attributions/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deprecated. Get job status.
         * @description Journey Outcomes is being removed. See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @deprecated See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `journey:outcomeAttributionJob:view`
         */
        get: operations["getJourneyOutcomesAttributionsJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/outcomes/attributions/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deprecated. Get outcome attribution entities from completed job.
         * @description Journey Outcomes is being removed. See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @deprecated See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `journey:outcomeAttribution:view`
         */
        get: operations["getJourneyOutcomesAttributionsJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/outcomes/predictors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deprecated. Retrieve all outcome predictors.
         * @description Journey Outcomes is being removed. See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @deprecated See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @permissions ANY: `journey:outcomepredictor:view`
         */
        get: operations["getJourneyOutcomesPredictors"];
        put?: never;
        /**
         * Deprecated. Create an outcome predictor.
         * @description Journey Outcomes is being removed. See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @deprecated See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @permissions ANY: `journey:outcomepredictor:add`
         */
        post: operations["postJourneyOutcomesPredictors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/outcomes/predictors/{predictorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deprecated. Retrieve a single outcome predictor.
         * @description Journey Outcomes is being removed. See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @deprecated See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @permissions ANY: `journey:outcomepredictor:view`
         */
        get: operations["getJourneyOutcomesPredictor"];
        put?: never;
        post?: never;
        /**
         * Deprecated. Delete an outcome predictor.
         * @description Journey Outcomes is being removed. See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @deprecated See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @permissions ANY: `journey:outcomepredictor:delete`
         */
        delete: operations["deleteJourneyOutcomesPredictor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all segments.
         * @permissions ANY: `journey:segment:view`
         */
        get: operations["getJourneySegments"];
        put?: never;
        /**
         * Create a segment.
         * @permissions ANY: `journey:segment:add`
         */
        post: operations["postJourneySegments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/segments/{segmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a single segment.
         * @permissions ANY: `journey:segment:view`
         */
        get: operations["getJourneySegment"];
        put?: never;
        post?: never;
        /**
         * Delete a segment.
         * @permissions ANY: `journey:segment:delete`
         */
        delete: operations["deleteJourneySegment"];
        options?: never;
        head?: never;
        /**
         * Update a segment.
         * @permissions ANY: `journey:segment:edit`
         */
        patch: operations["patchJourneySegment"];
        trace?: never;
    };
    "/api/v2/journey/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a single session.
         * @permissions ANY: any one of `journey:session:view`, `externalContacts:session:view`
         */
        get: operations["getJourneySession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/sessions/{sessionId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all events for a given session.
         * @permissions ANY: `journey:event:view`
         */
        get: operations["getJourneySessionEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/sessions/{sessionId}/outcomescores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deprecated. Retrieve latest outcome score associated with a session for all outcomes.
         * @description Journey Outcomes is being removed. See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @deprecated See https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/
         * @permissions ANY: `journey:outcomescores:view`
         */
        get: operations["getJourneySessionOutcomescores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Journey Views
         * @permissions ALL: `journey:views:view`
         */
        get: operations["getJourneyViews"];
        put?: never;
        /**
         * Create a new Journey View
         * @permissions ALL: `journey:views:add`
         */
        post: operations["postJourneyViews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/{viewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Journey View by ID
         * @description returns the latest version
         * @permissions ALL: `journey:views:view`
         */
        get: operations["getJourneyView"];
        put?: never;
        post?: never;
        /**
         * Delete a Journey View by ID
         * @description deletes all versions
         * @permissions ALL: `journey:views:delete`
         */
        delete: operations["deleteJourneyView"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/{viewId}/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Schedule for a JourneyView
         * @permissions ALL: `journey:viewsSchedule:view`
         */
        get: operations["getJourneyViewSchedules"];
        /**
         * Update the Schedule for a JourneyView
         * @permissions ALL: `journey:viewsSchedule:edit`
         */
        put: operations["putJourneyViewSchedules"];
        /**
         * Add a new Schedule to a JourneyView
         * @permissions ALL: `journey:viewsSchedule:add`
         */
        post: operations["postJourneyViewSchedules"];
        /**
         * Delete the Schedule of a JourneyView
         * @permissions ALL: `journey:viewsSchedule:delete`
         */
        delete: operations["deleteJourneyViewSchedules"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/{viewId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update a Journey View by ID
         * @description creates a new version
         * @permissions ALL: `journey:views:edit`
         */
        post: operations["postJourneyViewVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/{viewId}/versions/{journeyVersionId}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a job request for a journey view version.
         * @permissions ALL: `journey:viewsJobs:add`
         */
        post: operations["postJourneyViewVersionJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/{viewId}/versions/{journeyVersionId}/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the job for a journey view version.
         * @permissions ALL: `journey:viewsJobs:view`
         */
        get: operations["getJourneyViewVersionJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the job for a journey view version. Only the status can be changed and only to Cancelled
         * @permissions ALL: `journey:viewsJobs:edit`
         */
        patch: operations["patchJourneyViewVersionJob"];
        trace?: never;
    };
    "/api/v2/journey/views/{viewId}/versions/{journeyVersionId}/jobs/{jobId}/results/charts/{chartId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the chart result associated with a journey view job.
         * @permissions ALL: `journey:viewsResults:view`
         */
        get: operations["getJourneyViewVersionJobResultsChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/{viewId}/versions/{journeyVersionId}/jobs/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the latest job of a journey view version.
         * @permissions ALL: `journey:viewsJobs:view`
         */
        get: operations["getJourneyViewVersionJobsLatest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/{viewId}/versions/{journeyViewVersion}/charts/{chartId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Chart by ID
         * @description returns the latest version
         * @permissions ALL: `journey:views:view`
         */
        get: operations["getJourneyViewVersionChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/{viewId}/versions/{journeyViewVersion}/charts/{chartId}/versions/{chartVersion}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Chart by ID and version
         * @permissions ALL: `journey:views:view`
         */
        get: operations["getJourneyViewVersionChartVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/{viewId}/versions/{journeyViewVersion}/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the result of a job for a journey view version.
         * @permissions ALL: `journey:viewsResults:view`
         */
        get: operations["getJourneyViewVersionJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/{viewId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Journey View by ID and version
         * @permissions ALL: `journey:views:view`
         */
        get: operations["getJourneyViewVersion"];
        /**
         * Update a Journey View by ID and version
         * @description does not create a new version
         * @permissions ALL: `journey:views:edit`
         */
        put: operations["putJourneyViewVersion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/data/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details about the data available for journey queries including oldest and newest event dates
         * @permissions ALL: `journey:dataDetails:view`
         */
        get: operations["getJourneyViewsDataDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/encodings/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate whether an encoding exist for a label/value combination.
         * @description True indicates a valid encoding
         * @permissions ALL: `journey:viewsEncodings:view`
         */
        post: operations["postJourneyViewsEncodingsValidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/eventdefinitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Event Definitions
         * @permissions ALL: `journey:eventDefinition:view`
         */
        get: operations["getJourneyViewsEventdefinitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/eventdefinitions/{eventDefinitionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Event Definition
         * @permissions ALL: `journey:eventDefinition:view`
         */
        get: operations["getJourneyViewsEventdefinition"];
        /**
         * Update external event for journey views
         * @permissions ALL: `journey:externalEvents:edit`
         */
        put: operations["putJourneyViewsEventdefinition"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/eventdefinitions/{eventDefinitionId}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Activate external event for journey views
         * @permissions ALL: `journey:externalEvents:activate`
         */
        put: operations["putJourneyViewsEventdefinitionActivate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/eventdefinitions/external": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get external events for journey views
         * @permissions ALL: `journey:externalEvents:view`
         */
        get: operations["getJourneyViewsEventdefinitionsExternal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/eventdefinitions/external/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get changes in external event definitions
         * @permissions ALL: `journey:externalEvents:view`
         */
        get: operations["getJourneyViewsEventdefinitionsExternalChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the jobs for an organization.
         * @permissions ALL: `journey:viewsJobs:view`
         */
        get: operations["getJourneyViewsJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/jobs/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get my jobs
         * @permissions ALL: `journey:viewsJobs:view`
         */
        get: operations["getJourneyViewsJobsMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/journey/views/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the journey schedules for an organization.
         * @permissions ALL: `journey:viewsSchedule:view`
         */
        get: operations["getJourneyViewsSchedules"];
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
        AchievedOutcome: {
            id: string;
            selfUri?: string;
        };
        ActionEventActionMap: {
            displayName: string;
            id: string;
            selfUri?: string;
            version: number;
        };
        ActionEventRequest: {
            actionId: string;
            actionState: string;
            errorCode?: string;
            errorMessage?: string;
            id?: string;
            selfUri?: string;
            sessionId: string;
        };
        ActionMap: {
            action?: components["schemas"]["ActionMapAction"];
            actionMapScheduleGroups?: components["schemas"]["ActionMapScheduleGroups"];
            activation?: components["schemas"]["Activation"];
            createdDate?: string;
            displayName: string;
            endDate?: string;
            id?: string;
            ignoreFrequencyCap?: boolean;
            isActive?: boolean;
            modifiedDate?: string;
            pageUrlConditions?: components["schemas"]["UrlCondition"][];
            selfUri?: string;
            startDate?: string;
            triggerWithEventConditions?: components["schemas"]["EventCondition"][];
            triggerWithOutcomePercentileConditions?: components["schemas"]["OutcomePercentileCondition"][];
            triggerWithOutcomeProbabilityConditions?: components["schemas"]["OutcomeProbabilityCondition"][];
            triggerWithOutcomeQuantileConditions?: components["schemas"]["OutcomeQuantileCondition"][];
            triggerWithSegments?: string[];
            version?: number;
            weight?: number;
        };
        ActionMapAction: {
            actionTargetId?: string;
            actionTemplate?: components["schemas"]["ActionMapActionTemplate"];
            architectFlowFields?: components["schemas"]["ArchitectFlowFields"];
            isPacingEnabled?: boolean;
            mediaType?: string;
            openActionFields?: components["schemas"]["OpenActionFields"];
            props?: components["schemas"]["ActionProperties"];
            webMessagingOfferFields?: components["schemas"]["WebMessagingOfferFields"];
        };
        ActionMapActionTemplate: {
            id?: string;
            selfUri?: string;
        };
        ActionMapEstimateOutcomeCriteria: {
            maxProbability?: number;
            maxQuantile?: number;
            outcomeId: string;
            probability?: number;
            quantile?: number;
        };
        ActionMapEstimateRequest: {
            outcomeCriteria?: components["schemas"]["ActionMapEstimateOutcomeCriteria"];
            segmentIds?: string[];
        };
        ActionMapEstimateResult: {
            outcomesScoresCount?: number;
            perSegmentCounts?: components["schemas"]["SegmentEstimateCount"][];
            qualifiedSessionCount?: number;
            totalSessionCount?: number;
        };
        ActionMapListing: {
            entities?: components["schemas"]["ActionMap"][];
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
        ActionMapScheduleGroup: {
            id: string;
        };
        ActionMapScheduleGroups: {
            actionMapScheduleGroup: components["schemas"]["ActionMapScheduleGroup"];
            emergencyActionMapScheduleGroup?: components["schemas"]["ActionMapScheduleGroup"];
        };
        ActionProperties: {
            webchatAcceptText?: string;
            webchatDeclineText?: string;
            webchatPrompt?: string;
            webchatSurvey?: components["schemas"]["ActionSurvey"];
            webchatTitleText?: string;
        };
        ActionSurvey: {
            questions: components["schemas"]["JourneySurveyQuestion"][];
        };
        ActionTarget: {
            createdDate?: string;
            description?: string;
            id?: string;
            modifiedDate?: string;
            name?: string;
            selfUri?: string;
            serviceLevel?: components["schemas"]["ServiceLevel"];
            shortAbandonThreshold?: number;
            state?: string;
            supportedMediaTypes?: string[];
            userData?: components["schemas"]["KeyValue"][];
        };
        ActionTargetListing: {
            entities?: components["schemas"]["ActionTarget"][];
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
        ActionTemplate: {
            contentOffer?: components["schemas"]["ContentOffer"];
            createdDate?: string;
            description?: string;
            id?: string;
            mediaType: string;
            modifiedDate?: string;
            name: string;
            selfUri?: string;
            state: string;
            version?: number;
        };
        ActionTemplateListing: {
            entities?: components["schemas"]["ActionTemplate"][];
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
        ActivateExternalEventRequest: {
            displayName: string;
            rank: number;
        };
        ActivateExternalEventResponse: {
            activationStatus?: string;
            displayName?: string;
            eventName?: string;
            rank?: number;
            schemaId?: string;
        };
        Activation: {
            delayInSeconds?: number;
            type: string;
        };
        AddressableEntityRef: {
            id?: string;
            selfUri?: string;
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
        AppEvent: {
            app: components["schemas"]["JourneyApp"];
            attributes: {
                [key: string]: components["schemas"]["CustomEventAttribute"];
            };
            device: components["schemas"]["Device"];
            eventName: string;
            geolocation?: components["schemas"]["JourneyGeolocation"];
            ipAddress?: string;
            ipOrganization?: string;
            mktCampaign?: components["schemas"]["JourneyCampaign"];
            networkConnectivity?: components["schemas"]["NetworkConnectivity"];
            screenName: string;
            sdkLibrary?: components["schemas"]["SdkLibrary"];
            searchQuery?: string;
            traits: {
                [key: string]: components["schemas"]["CustomEventAttribute"];
            };
        };
        AppEventRequest: {
            app: components["schemas"]["JourneyApp"];
            attributes?: {
                [key: string]: components["schemas"]["CustomEventAttribute"];
            };
            createdDate: string;
            customerCookieId: string;
            device: components["schemas"]["RequestDevice"];
            eventName: string;
            externalId?: string;
            networkConnectivity?: components["schemas"]["NetworkConnectivity"];
            referrerUrl?: string;
            screenName: string;
            sdkLibrary?: components["schemas"]["SdkLibrary"];
            searchQuery?: string;
            traits?: {
                [key: string]: components["schemas"]["CustomEventAttribute"];
            };
        };
        AppEventResponse: {
            app: components["schemas"]["JourneyApp"];
            attributes: {
                [key: string]: components["schemas"]["CustomEventAttribute"];
            };
            createdDate: string;
            customerId: string;
            customerIdType: string;
            device: components["schemas"]["Device"];
            eventName: string;
            externalId?: string;
            geolocation?: components["schemas"]["JourneyGeolocation"];
            id: string;
            ipOrganization?: string;
            mktCampaign?: components["schemas"]["JourneyCampaign"];
            networkConnectivity?: components["schemas"]["NetworkConnectivity"];
            screenName: string;
            sdkLibrary?: components["schemas"]["SdkLibrary"];
            searchQuery?: string;
            session: components["schemas"]["AppEventResponseSession"];
            traits: {
                [key: string]: components["schemas"]["CustomEventAttribute"];
            };
        };
        AppEventResponseSession: {
            createdDate: string;
            durationInSeconds: number;
            eventCount: number;
            id: string;
            referrer?: components["schemas"]["Referrer"];
            screenviewCount: number;
            selfUri?: string;
        };
        ArchitectFlowFields: {
            architectFlow?: components["schemas"]["AddressableEntityRef"];
            flowRequestMappings?: components["schemas"]["RequestMapping"][];
        };
        AssignedSegment: {
            id: string;
            selfUri?: string;
        };
        AssociatedValueField: {
            dataType: string;
            name: string;
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
        Browser: {
            family: string;
            featuresFlash: boolean;
            featuresJava: boolean;
            featuresPdf: boolean;
            featuresWebrtc: boolean;
            fingerprint?: string;
            isMobile?: boolean;
            lang?: string;
            version: string;
            viewHeight?: number;
            viewWidth?: number;
        };
        CallToAction: {
            target?: string;
            text?: string;
            url: string;
        };
        CloseButtonStyleProperties: {
            color?: string;
            opacity?: number;
        };
        ConnectedQueue: {
            id?: string;
            selfUri?: string;
        };
        ConnectedUser: {
            id?: string;
            selfUri?: string;
        };
        ContentOffer: {
            body?: string;
            callToAction?: components["schemas"]["CallToAction"];
            displayMode: string;
            headline?: string;
            imageAltText?: string;
            imageUrl?: string;
            layoutMode: string;
            style?: components["schemas"]["ContentOfferStylingConfiguration"];
            title?: string;
        };
        ContentOfferStyleProperties: {
            backgroundColor?: string;
            color?: string;
            padding?: string;
        };
        ContentOfferStylingConfiguration: {
            body?: components["schemas"]["TextStyleProperties"];
            closeButton?: components["schemas"]["CloseButtonStyleProperties"];
            ctaButton?: components["schemas"]["CtaButtonStyleProperties"];
            headline?: components["schemas"]["TextStyleProperties"];
            offer?: components["schemas"]["ContentOfferStyleProperties"];
            position?: components["schemas"]["ContentPositionProperties"];
            title?: components["schemas"]["TextStyleProperties"];
        };
        ContentPositionProperties: {
            bottom?: string;
            left?: string;
            right?: string;
            top?: string;
        };
        Context: {
            patterns: components["schemas"]["ContextPattern"][];
        };
        ContextPattern: {
            criteria: components["schemas"]["EntityTypeCriteria"][];
        };
        ConversationChannel: {
            messageType?: string;
            platform?: string;
            type: string;
        };
        ConversationUserDisposition: {
            code: string;
            notes?: string;
            user: components["schemas"]["AddressableEntityRef"];
        };
        Coretype: {
            current?: boolean;
            dateCreated?: string;
            id?: string;
            itemValidationFields?: string[];
            itemValidationLimits?: components["schemas"]["ItemValidationLimits"];
            name?: string;
            schema?: components["schemas"]["Schema"];
            selfUri?: string;
            validationFields?: string[];
            validationLimits?: components["schemas"]["ValidationLimits"];
            version?: number;
        };
        CoretypeListing: {
            entities?: components["schemas"]["Coretype"][];
            selfUri?: string;
            total?: number;
        };
        CreateExternalEventsConfigurationRequest: {
            description: string;
            divisionId: string;
            name: string;
            schemaId: string;
            source: string;
        };
        Criteria: {
            key: string;
            operator: string;
            shouldIgnoreCase: boolean;
            values: string[];
        };
        CtaButtonStyleProperties: {
            backgroundColor?: string;
            color?: string;
            font?: string;
            fontSize?: string;
            textAlign?: string;
        };
        CustomEventAttribute: {
            dataType: string;
            value: string;
        };
        CustomEventAttributeList: {
            dataType: string;
            values: string[];
        };
        DataRange: {
            dateMax?: string;
            dateMin?: string;
        };
        DeploymentPing: {
            actions?: components["schemas"]["DeploymentWebAction"][];
            pollIntervalMilliseconds?: number;
        };
        DeploymentWebAction: {
            actionMapId: string;
            actionMapVersion: number;
            contentOfferProperties?: components["schemas"]["ContentOffer"];
            customerId?: string;
            customerIdType?: string;
            id: string;
            mediaType: string;
            openActionProperties?: components["schemas"]["OpenActionProperties"];
            sessionId: string;
            webMessagingOfferProperties?: components["schemas"]["WebMessagingOfferProperties"];
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        Device: {
            category: string;
            fingerprint?: string;
            isMobile: boolean;
            manufacturer?: string;
            osFamily: string;
            osVersion: string;
            screenDensity?: number;
            screenHeight?: number;
            screenWidth?: number;
            type: string;
        };
        DomainEntityRef: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        EntityListing: {
            entities?: {
                [key: string]: unknown;
            }[];
        };
        EntityTypeCriteria: {
            entityType: string;
            key: string;
            operator: string;
            shouldIgnoreCase: boolean;
            values: string[];
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
        EstimateJobAsyncResponse: {
            id?: string;
            selfUri?: string;
        };
        Event: {
            appEvent?: components["schemas"]["AppEvent"];
            correlationId: string;
            createdDate: string;
            customerId?: string;
            customerIdType?: string;
            eventType: string;
            id: string;
            outcomeAchievedEvent?: components["schemas"]["OutcomeAchievedEvent"];
            segmentAssignmentEvent?: components["schemas"]["SegmentAssignmentEvent"];
            session: components["schemas"]["EventSession"];
            webActionEvent?: components["schemas"]["WebActionEvent"];
            webEvent?: components["schemas"]["WebEvent"];
        };
        EventAction: {
            createdDate: string;
            id: string;
            mediaType: string;
            prompt: string;
            state: string;
        };
        EventCondition: {
            eventName?: string;
            key: string;
            operator?: string;
            sessionType: string;
            streamType: string;
            values: string[];
        };
        EventListing: {
            entities?: components["schemas"]["Event"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        EventSession: {
            id: string;
            selfUri?: string;
            type: string;
        };
        ExternalEvent: {
            attributes: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            dateCreated: string;
            id: string;
            identifiers: components["schemas"]["ExternalEventIdentifiers"];
        };
        ExternalEventChange: {
            changeCategory?: string;
            dateDetected?: string;
            errorCode?: string;
            errorDescription?: string;
            eventName?: string;
            schemaId?: string;
            systemStatus?: string;
        };
        ExternalEventChangesResponse: {
            changes?: components["schemas"]["ExternalEventChange"][];
        };
        ExternalEventExternalId: {
            externalSourceId: string;
            value: string;
        };
        ExternalEventIdentifiers: {
            externalIds: components["schemas"]["ExternalEventExternalId"][];
        };
        ExternalEventsConfiguration: {
            dateLastModified: string;
            description: string;
            divisionId: string;
            divisionIdActive: boolean;
            id: string;
            name?: string;
            schemaActive: boolean;
            schemaId: string;
            selfUri?: string;
            source: string;
        };
        ExternalEventsConfigurationListing: {
            entities?: components["schemas"]["ExternalEventsConfiguration"][];
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
        ExternalEventsRequest: {
            entities: components["schemas"]["ExternalEvent"][];
        };
        ExternalEventsResponse: {
            unprocessedEntities: components["schemas"]["UnprocessedExternalEvent"][];
        };
        ExternalEventSummary: {
            activationStatus?: string;
            dateCreated?: string;
            dateFirstActivated?: string;
            dateModified?: string;
            displayName?: string;
            eventName?: string;
            rank?: number;
            schemaId?: string;
            systemStatus?: string;
        };
        ExternalSegment: {
            id: string;
            name: string;
            source: string;
        };
        FlowPaths: {
            category: string;
            dateEnd?: string;
            dateStart?: string;
            elements: {
                [key: string]: components["schemas"]["FlowPathsElement"];
            };
        };
        FlowPathsElement: {
            count: number;
            flowMilestone?: components["schemas"]["AddressableEntityRef"];
            flowOutcome?: components["schemas"]["AddressableEntityRef"];
            flowOutcomeValue?: string;
            flows: components["schemas"]["FlowPathsFlowDetails"][];
            parentId?: string;
            type: string;
        };
        FlowPathsFlowDetails: {
            count: number;
            flow: components["schemas"]["AddressableEntityRef"];
            type: string;
            version: string;
        };
        FlowPathsFlowFilter: {
            id: string;
        };
        FlowPathsQuery: {
            category: string;
            flows: components["schemas"]["FlowPathsFlowFilter"][];
        };
        GetExternalEventsResponse: {
            entities?: components["schemas"]["ExternalEventSummary"][];
        };
        GroupByAttribute: {
            attribute?: string;
            value?: string;
        };
        Items: {
            pattern?: string;
            type?: string;
        };
        ItemValidationLimits: {
            maxLength: components["schemas"]["MaxLength"];
            minLength: components["schemas"]["MinLength"];
        };
        Journey: {
            patterns: components["schemas"]["JourneyPattern"][];
        };
        JourneyAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        JourneyAggregateQueryClause: {
            predicates: components["schemas"]["JourneyAggregateQueryPredicate"][];
            type: string;
        };
        JourneyAggregateQueryFilter: {
            clauses?: components["schemas"]["JourneyAggregateQueryClause"][];
            predicates?: components["schemas"]["JourneyAggregateQueryPredicate"][];
            type: string;
        };
        JourneyAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        JourneyAggregateQueryResponse: {
            results?: components["schemas"]["JourneyAggregateDataContainer"][];
        };
        JourneyAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["JourneyAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            timeZone?: string;
            views?: components["schemas"]["JourneyAggregationView"][];
        };
        JourneyAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        JourneyApp: {
            buildNumber: string;
            name: string;
            namespace: string;
            version: string;
        };
        JourneyAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["JourneyAggregateDataContainer"][];
        };
        JourneyAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["JourneyAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            metrics: string[];
            pageSize?: number;
            timeZone?: string;
            views?: components["schemas"]["JourneyAggregationView"][];
        };
        JourneyCampaign: {
            clickId?: string;
            content?: string;
            medium?: string;
            name?: string;
            network?: string;
            source?: string;
            term?: string;
        };
        JourneyCaseAssociation: {
            associatedCase?: components["schemas"]["AddressableEntityRef"];
            caseReference?: string;
            dateAssociated?: string;
            id: string;
            selfUri?: string;
        };
        JourneyEventDefinition: {
            description: string;
            displayName?: string;
            id?: string;
            jsonSchema: components["schemas"]["JsonSchemaDocument"];
            name: string;
            rank?: number;
            selfUri?: string;
            source: string;
        };
        JourneyEventDefinitionListing: {
            entities?: components["schemas"]["JourneyEventDefinition"][];
            selfUri?: string;
            total?: number;
        };
        JourneyExternalEventsSchema: {
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCreated?: string;
            enabled?: boolean;
            id?: string;
            jsonSchema?: components["schemas"]["JourneyJsonSchemaDocument"];
            selfUri?: string;
            version?: number;
        };
        JourneyExternalEventsSchemaListing: {
            entities?: components["schemas"]["JourneyExternalEventsSchema"][];
            selfUri?: string;
            total?: number;
        };
        JourneyGeolocation: {
            country?: string;
            countryName?: string;
            latitude?: number;
            locality?: string;
            longitude?: number;
            postalCode?: string;
            region?: string;
            regionName?: string;
            source?: string;
            timezone?: string;
        };
        JourneyJsonSchemaDocument: {
            $schema: string;
            description?: string;
            properties?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            required?: string[];
            title: string;
        };
        JourneyJsonSchemaRequest: {
            $schema: string;
            description?: string;
            properties: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            required?: string[];
            title: string;
        };
        JourneyPage: {
            breadcrumb: string[];
            domain: string;
            fragment?: string;
            hostname: string;
            keywords?: string;
            lang?: string;
            pathname: string;
            queryString?: string;
            title?: string;
            url: string;
        };
        JourneyPattern: {
            count: number;
            criteria: components["schemas"]["Criteria"][];
            eventName?: string;
            sessionType: string;
            streamType: string;
        };
        JourneySchemaUpdateRequest: {
            enabled: boolean;
            jsonSchema: components["schemas"]["JourneyJsonSchemaRequest"];
            version: number;
        };
        JourneySegment: {
            assignmentExpirationDays?: number;
            color: string;
            context: components["schemas"]["Context"];
            createdDate: string;
            description?: string;
            displayName: string;
            externalSegment?: components["schemas"]["ExternalSegment"];
            id: string;
            isActive: boolean;
            journey: components["schemas"]["Journey"];
            modifiedDate: string;
            scope: string;
            selfUri?: string;
            shouldDisplayToAgent: boolean;
            version: number;
        };
        JourneySegmentRequest: {
            assignmentExpirationDays?: number;
            color?: string;
            context?: components["schemas"]["RequestContext"];
            description?: string;
            displayName: string;
            externalSegment?: components["schemas"]["RequestExternalSegment"];
            isActive?: boolean;
            journey?: components["schemas"]["RequestJourney"];
            shouldDisplayToAgent?: boolean;
            version?: number;
        };
        JourneySurveyQuestion: {
            choices?: string[];
            customerProperty?: string;
            isMandatory?: boolean;
            label: string;
            type?: string;
        };
        JourneyView: {
            charts?: components["schemas"]["JourneyViewChart"][];
            createdBy?: components["schemas"]["JourneyViewUser"];
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            duration?: string;
            elements: components["schemas"]["JourneyViewElement"][];
            id?: string;
            interval?: string;
            modifiedBy?: components["schemas"]["JourneyViewUser"];
            name?: string;
            selfUri?: string;
            version?: number;
        };
        JourneyViewChart: {
            displayAttributes?: components["schemas"]["JourneyViewChartDisplayAttributes"];
            groupByAttributes?: components["schemas"]["JourneyViewChartGroupByAttribute"][];
            groupByMax?: number;
            groupByTime?: string;
            id?: string;
            metrics: components["schemas"]["JourneyViewChartMetric"][];
            name?: string;
            rank?: number;
            selfUri?: string;
            version?: number;
        };
        JourneyViewChartDisplayAttributes: {
            groupByTitle?: string;
            metricsTitle?: string;
            secondaryMetricsTitle?: string;
            showLegend?: boolean;
            type?: string;
        };
        JourneyViewChartGroupByAttribute: {
            attribute: string;
            elementId: string;
        };
        JourneyViewChartMetric: {
            aggregate?: string;
            attribute?: string;
            displayLabel?: string;
            elementId: string;
            id: string;
        };
        JourneyViewChartMetricResult: {
            id?: string;
            values?: components["schemas"]["JourneyViewChartMetricResultValue"][];
        };
        JourneyViewChartMetricResultValue: {
            groupByAttributes?: components["schemas"]["GroupByAttribute"][];
            value?: number;
        };
        JourneyViewChartResult: {
            id?: string;
            metrics?: components["schemas"]["JourneyViewChartMetricResult"][];
            selfUri?: string;
            version?: number;
        };
        JourneyViewElement: {
            attributes: components["schemas"]["JourneyViewElementAttributes"];
            displayAttributes?: components["schemas"]["JourneyViewElementDisplayAttributes"];
            filter?: components["schemas"]["JourneyViewElementFilter"];
            followedBy?: components["schemas"]["JourneyViewLink"][];
            id: string;
            name: string;
        };
        JourneyViewElementAttributes: {
            id?: string;
            source?: string;
            type: string;
        };
        JourneyViewElementDisplayAttributes: {
            col: number;
            x: number;
            y: number;
        };
        JourneyViewElementFilter: {
            numberPredicates?: components["schemas"]["JourneyViewElementFilterNumberPredicate"][];
            predicates?: components["schemas"]["JourneyViewElementFilterPredicate"][];
            type: string;
        };
        JourneyViewElementFilterNumberPredicate: {
            dimension: string;
            noValue?: boolean;
            operator?: string;
            range: components["schemas"]["JourneyViewElementFilterRange"];
        };
        JourneyViewElementFilterPredicate: {
            dimension: string;
            noValue?: boolean;
            operator?: string;
            values: string[];
        };
        JourneyViewElementFilterRange: {
            eq?: components["schemas"]["JourneyViewElementFilterRangeData"];
            gt?: components["schemas"]["JourneyViewElementFilterRangeData"];
            gte?: components["schemas"]["JourneyViewElementFilterRangeData"];
            lt?: components["schemas"]["JourneyViewElementFilterRangeData"];
            lte?: components["schemas"]["JourneyViewElementFilterRangeData"];
            neq?: components["schemas"]["JourneyViewElementFilterRangeData"];
        };
        JourneyViewElementFilterRangeData: {
            duration?: string;
            number?: number;
        };
        JourneyViewJob: {
            dateCompleted: string;
            dateCompletionEstimated: string;
            dateCreated: string;
            estimatedCompletionMargin: number;
            id?: string;
            journeyView: components["schemas"]["JourneyView"];
            selfUri?: string;
            status: string;
            userId: string;
        };
        JourneyViewJobListing: {
            entities?: components["schemas"]["JourneyViewJob"][];
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
        JourneyViewLink: {
            constraintAfter?: components["schemas"]["JourneyViewLinkTimeConstraint"];
            constraintWithin?: components["schemas"]["JourneyViewLinkTimeConstraint"];
            eventCountType?: string;
            id: string;
            joinAttributes?: string[];
        };
        JourneyViewLinkTimeConstraint: {
            unit?: string;
            value?: number;
        };
        JourneyViewListing: {
            entities?: components["schemas"]["JourneyView"][];
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
        JourneyViewResult: {
            charts?: components["schemas"]["JourneyViewChartResult"][];
            elements?: components["schemas"]["JourneyViewResultElement"][];
        };
        JourneyViewResultElement: {
            followedBy?: components["schemas"]["JourneyViewResultLink"][];
            id?: string;
            metrics?: components["schemas"]["JourneyViewResultMetrics"];
            selfUri?: string;
        };
        JourneyViewResultLink: {
            connectionCount?: number;
            id?: string;
            selfUri?: string;
        };
        JourneyViewResultMetrics: {
            activeCount?: number;
            completedCount?: number;
            dropoutCount?: number;
            flowCount?: number;
            participantCount?: number;
        };
        JourneyViewSchedule: {
            dateModified: string;
            frequency: string;
            id?: string;
            selfUri?: string;
            user: components["schemas"]["AddressableEntityRef"];
        };
        JourneyViewScheduleListing: {
            entities?: components["schemas"]["JourneyViewSchedule"][];
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
        JourneyViewUser: {
            emailAddress?: string;
            id?: string;
            selfUri?: string;
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
        KeyValue: {
            key: string;
            value: string;
        };
        Label: {
            encoded: boolean;
            name: string;
            value: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        MaxLength: {
            max: number;
            min: number;
        };
        MinLength: {
            max: number;
            min: number;
        };
        NetworkConnectivity: {
            bluetoothEnabled: boolean;
            carrier?: string;
            cellularEnabled: boolean;
            wifiEnabled: boolean;
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
        OpenActionFields: {
            configurationFields?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            openAction: components["schemas"]["DomainEntityRef"];
        };
        OpenActionProperties: {
            configurationFields?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            openActionName?: string;
        };
        Outcome: {
            associatedValueField?: components["schemas"]["AssociatedValueField"];
            context: components["schemas"]["Context"];
            createdDate: string;
            description?: string;
            displayName: string;
            id: string;
            isActive: boolean;
            isPositive: boolean;
            journey: components["schemas"]["Journey"];
            modifiedDate: string;
            selfUri?: string;
            version: number;
        };
        OutcomeAchievedEvent: {
            browser?: components["schemas"]["Browser"];
            device?: components["schemas"]["Device"];
            geolocation?: components["schemas"]["JourneyGeolocation"];
            ipAddress?: string;
            ipOrganization?: string;
            mktCampaign?: components["schemas"]["JourneyCampaign"];
            outcome: components["schemas"]["OutcomeAchievedEventOutcome"];
            userAgentString?: string;
            visitCreatedDate?: string;
            visitReferrer?: components["schemas"]["Referrer"];
        };
        OutcomeAchievedEventOutcome: {
            displayName: string;
            id: string;
            selfUri?: string;
            version: number;
        };
        OutcomeAchievement: {
            achievedDate: string;
            outcome: components["schemas"]["AchievedOutcome"];
        };
        OutcomeAttributionAsyncResponse: {
            id?: string;
            percentFailedThreshold?: number;
            selfUri?: string;
        };
        OutcomeAttributionJobStateResponse: {
            createdDate?: string;
            id?: string;
            percentFailedThreshold?: number;
            resultsUri?: string;
            selfUri?: string;
            state?: string;
        };
        OutcomeAttributionListing: {
            entities: components["schemas"]["OutcomeAttributionRequest"][];
            percentFailedThreshold?: number;
        };
        OutcomeAttributionRequest: {
            associatedValue: number;
            createdDate: string;
            externalContactId?: string;
            outcomeId: string;
            touchpoints: components["schemas"]["Touchpoint"][];
        };
        OutcomeAttributionResponseListing: {
            entities?: components["schemas"]["OutcomeAttributionResultsResponse"][];
        };
        OutcomeAttributionResultsResponse: {
            associatedValue?: number;
            createdDate?: string;
            externalContactId?: string;
            index?: number;
            message: string;
            outcomeId?: string;
            state: string;
            touchpoints?: components["schemas"]["TouchpointResponse"][];
        };
        OutcomeListing: {
            entities?: components["schemas"]["Outcome"][];
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
        OutcomePercentileCondition: {
            fallbackPercentile?: number;
            maximumPercentile: number;
            outcomeId: string;
        };
        OutcomePredictor: {
            id?: string;
            outcome?: components["schemas"]["OutcomeRef"];
            selfUri?: string;
        };
        OutcomePredictorListing: {
            entities?: components["schemas"]["OutcomePredictor"][];
        };
        OutcomePredictorRequest: {
            outcome: components["schemas"]["OutcomeRefRequest"];
        };
        OutcomeProbabilityCondition: {
            maximumProbability: number;
            outcomeId: string;
            probability?: number;
        };
        OutcomeQuantileCondition: {
            fallbackQuantileThreshold?: number;
            maxQuantileThreshold: number;
            outcomeId: string;
        };
        OutcomeRef: {
            id?: string;
            selfUri?: string;
        };
        OutcomeRefRequest: {
            id: string;
        };
        OutcomeRequest: {
            associatedValueField?: components["schemas"]["AssociatedValueField"];
            context?: components["schemas"]["RequestContext"];
            description?: string;
            displayName: string;
            isActive?: boolean;
            isPositive?: boolean;
            journey?: components["schemas"]["RequestJourney"];
            version?: number;
        };
        OutcomeScore: {
            outcome?: components["schemas"]["AddressableEntityRef"];
            percentile?: number;
            probability?: number;
            quantile?: number;
            sessionMaxPercentile?: number;
            sessionMaxProbability?: number;
            sessionMaxQuantile?: number;
        };
        OutcomeScoresResult: {
            modifiedDate?: string;
            outcomeScores?: components["schemas"]["OutcomeScore"][];
        };
        PatchAction: {
            actionTargetId?: string;
            actionTemplate?: components["schemas"]["ActionMapActionTemplate"];
            architectFlowFields?: components["schemas"]["ArchitectFlowFields"];
            isPacingEnabled?: boolean;
            mediaType: string;
            openActionFields?: components["schemas"]["OpenActionFields"];
            props?: components["schemas"]["PatchActionProperties"];
            webMessagingOfferFields?: components["schemas"]["PatchWebMessagingOfferFields"];
        };
        PatchActionMap: {
            action?: components["schemas"]["PatchAction"];
            actionMapScheduleGroups?: components["schemas"]["PatchActionMapScheduleGroups"];
            activation?: components["schemas"]["Activation"];
            createdDate?: string;
            displayName: string;
            endDate?: string;
            id?: string;
            ignoreFrequencyCap?: boolean;
            isActive?: boolean;
            modifiedDate?: string;
            pageUrlConditions: components["schemas"]["UrlCondition"][];
            selfUri?: string;
            startDate?: string;
            triggerWithEventConditions?: components["schemas"]["EventCondition"][];
            triggerWithOutcomePercentileConditions?: components["schemas"]["OutcomePercentileCondition"][];
            triggerWithOutcomeProbabilityConditions?: components["schemas"]["OutcomeProbabilityCondition"][];
            triggerWithOutcomeQuantileConditions?: components["schemas"]["OutcomeQuantileCondition"][];
            triggerWithSegments: string[];
            version?: number;
            weight?: number;
        };
        PatchActionMapScheduleGroups: {
            actionMapScheduleGroup: components["schemas"]["ActionMapScheduleGroup"];
            emergencyActionMapScheduleGroup?: components["schemas"]["ActionMapScheduleGroup"];
        };
        PatchActionProperties: {
            webchatAcceptText?: string;
            webchatDeclineText?: string;
            webchatPrompt?: string;
            webchatSurvey?: components["schemas"]["PatchActionSurvey"];
            webchatTitleText?: string;
        };
        PatchActionSurvey: {
            questions: components["schemas"]["PatchSurveyQuestion"][];
        };
        PatchActionTarget: {
            id?: string;
            name?: string;
            selfUri?: string;
            serviceLevel?: components["schemas"]["ServiceLevel"];
            shortAbandonThreshold?: number;
        };
        PatchActionTemplate: {
            contentOffer?: components["schemas"]["PatchContentOffer"];
            description?: string;
            mediaType?: string;
            name: string;
            state?: string;
            version?: number;
        };
        PatchAssociatedValueField: {
            dataType?: string;
            name?: string;
        };
        PatchCallToAction: {
            target?: string;
            text?: string;
            url?: string;
        };
        PatchCloseButtonStyleProperties: {
            color?: string;
            opacity?: number;
        };
        PatchContentOffer: {
            body?: string;
            callToAction?: components["schemas"]["PatchCallToAction"];
            displayMode?: string;
            headline?: string;
            imageAltText?: string;
            imageUrl?: string;
            layoutMode?: string;
            style?: components["schemas"]["PatchContentOfferStylingConfiguration"];
            title?: string;
        };
        PatchContentOfferStyleProperties: {
            backgroundColor?: string;
            color?: string;
            padding?: string;
        };
        PatchContentOfferStylingConfiguration: {
            body?: components["schemas"]["PatchTextStyleProperties"];
            closeButton?: components["schemas"]["PatchCloseButtonStyleProperties"];
            ctaButton?: components["schemas"]["PatchCtaButtonStyleProperties"];
            headline?: components["schemas"]["PatchTextStyleProperties"];
            offer?: components["schemas"]["PatchContentOfferStyleProperties"];
            position?: components["schemas"]["PatchContentPositionProperties"];
            title?: components["schemas"]["PatchTextStyleProperties"];
        };
        PatchContentPositionProperties: {
            bottom?: string;
            left?: string;
            right?: string;
            top?: string;
        };
        PatchContext: {
            patterns?: components["schemas"]["PatchContextPattern"][];
        };
        PatchContextPattern: {
            criteria?: components["schemas"]["PatchEntityTypeCriteria"][];
        };
        PatchCriteria: {
            key?: string;
            operator?: string;
            shouldIgnoreCase?: boolean;
            values?: string[];
        };
        PatchCtaButtonStyleProperties: {
            backgroundColor?: string;
            color?: string;
            font?: string;
            fontSize?: string;
            textAlign?: string;
        };
        PatchEntityTypeCriteria: {
            entityType?: string;
            key?: string;
            operator?: string;
            shouldIgnoreCase?: boolean;
            values?: string[];
        };
        PatchExternalSegment: {
            name?: string;
        };
        PatchJourney: {
            patterns?: components["schemas"]["PatchJourneyPattern"][];
        };
        PatchJourneyPattern: {
            count?: number;
            criteria?: components["schemas"]["PatchCriteria"][];
            eventName?: string;
            sessionType?: string;
            streamType?: string;
        };
        PatchOutcome: {
            associatedValueField?: components["schemas"]["PatchAssociatedValueField"];
            context?: components["schemas"]["PatchContext"];
            description?: string;
            displayName: string;
            isActive?: boolean;
            isPositive?: boolean;
            journey?: components["schemas"]["PatchJourney"];
            version?: number;
        };
        PatchSegment: {
            assignmentExpirationDays?: number;
            color?: string;
            context?: components["schemas"]["PatchContext"];
            description?: string;
            displayName?: string;
            externalSegment?: components["schemas"]["PatchExternalSegment"];
            isActive?: boolean;
            journey?: components["schemas"]["PatchJourney"];
            shouldDisplayToAgent?: boolean;
            version?: number;
        };
        PatchSurveyQuestion: {
            choices?: string[];
            customerProperty?: string;
            isMandatory?: boolean;
            label: string;
            type?: string;
        };
        PatchTextStyleProperties: {
            color?: string;
            font?: string;
            fontSize?: string;
            textAlign?: string;
        };
        PatchWebMessagingOfferFields: {
            architectFlow?: components["schemas"]["AddressableEntityRef"];
            offerText?: string;
        };
        Referrer: {
            domain: string;
            fragment?: string;
            hostname: string;
            keywords?: string;
            medium: string;
            name?: string;
            pathname: string;
            queryString?: string;
            url: string;
        };
        RequestContext: {
            patterns?: components["schemas"]["RequestContextPattern"][];
        };
        RequestContextPattern: {
            criteria: components["schemas"]["RequestEntityTypeCriteria"][];
        };
        RequestCriteria: {
            key: string;
            operator?: string;
            shouldIgnoreCase?: boolean;
            values: string[];
        };
        RequestDevice: {
            category: string;
            fingerprint?: string;
            isMobile?: boolean;
            manufacturer?: string;
            osFamily: string;
            osVersion: string;
            screenDensity?: number;
            screenHeight?: number;
            screenWidth?: number;
            type: string;
        };
        RequestEntityTypeCriteria: {
            entityType: string;
            key: string;
            operator?: string;
            shouldIgnoreCase?: boolean;
            values: string[];
        };
        RequestExternalSegment: {
            id: string;
            name: string;
            source?: string;
        };
        RequestJourney: {
            patterns?: components["schemas"]["RequestJourneyPattern"][];
        };
        RequestJourneyPattern: {
            count: number;
            criteria: components["schemas"]["RequestCriteria"][];
            eventName?: string;
            sessionType: string;
            streamType: string;
        };
        RequestMapping: {
            attributeType?: string;
            mappingType?: string;
            name?: string;
            value?: string;
        };
        RequestPage: {
            keywords?: string;
            lang?: string;
            title: string;
            url: string;
        };
        ResponsePage: {
            domain: string;
            fragment?: string;
            hostname: string;
            keywords?: string;
            lang?: string;
            pathname: string;
            queryString?: string;
            title: string;
            url: string;
        };
        Schema: {
            description?: string;
            items?: components["schemas"]["Items"];
            pattern?: string;
            title?: string;
            type?: string[];
        };
        SchemaQuantityLimits: {
            id?: string;
            maxFieldDescriptionCharacters?: number;
            maxFieldNameCharacters?: number;
            maxFieldTitleCharacters?: number;
            maxNumberOfFieldsPerOrg?: number;
            maxNumberOfFieldsPerSchema?: number;
            maxNumberOfSchemasPerOrg?: number;
            maxSchemaDescriptionCharacters?: number;
            maxSchemaNameCharacters?: number;
            minFieldDescriptionCharacters?: number;
            minFieldNameCharacters?: number;
            minFieldTitleCharacters?: number;
            minSchemaDescriptionCharacters?: number;
            minSchemaNameCharacters?: number;
            name?: string;
            selfUri?: string;
        };
        SdkLibrary: {
            name: string;
            version: string;
        };
        SegmentAssignment: {
            dateAssigned: string;
            dateForUnassignment: string;
            externalContact: components["schemas"]["AddressableEntityRef"];
            segment: components["schemas"]["SegmentAssignmentSegment"];
            session?: components["schemas"]["SegmentAssignmentSession"];
        };
        SegmentAssignmentEvent: {
            segment: components["schemas"]["AddressableEntityRef"];
        };
        SegmentAssignmentListing: {
            entities?: components["schemas"]["SegmentAssignment"][];
        };
        SegmentAssignments: {
            segments: components["schemas"]["SegmentForAssignment"][];
        };
        SegmentAssignmentSegment: {
            id: string;
            selfUri?: string;
        };
        SegmentAssignmentSession: {
            id: string;
            selfUri?: string;
            type: string;
        };
        SegmentEstimateCount: {
            count?: number;
            segmentId?: string;
        };
        SegmentForAssignment: {
            id: string;
        };
        SegmentForUnassignment: {
            id: string;
        };
        SegmentListing: {
            entities?: components["schemas"]["JourneySegment"][];
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
        SegmentUnassignments: {
            segments: components["schemas"]["SegmentForUnassignment"][];
        };
        ServiceLevel: {
            /** Format: int64 */
            durationMs?: number;
            /** Format: double */
            percentage?: number;
        };
        Session: {
            app?: components["schemas"]["JourneyApp"];
            attributeLists?: {
                [key: string]: components["schemas"]["CustomEventAttributeList"];
            };
            attributes?: {
                [key: string]: components["schemas"]["CustomEventAttribute"];
            };
            authenticated: boolean;
            awayDate?: string;
            browser?: components["schemas"]["Browser"];
            caseAssociations?: components["schemas"]["JourneyCaseAssociation"][];
            caseEntity?: components["schemas"]["AddressableEntityRef"];
            caseReference?: string;
            caseStatus?: string;
            conversation?: components["schemas"]["AddressableEntityRef"];
            conversationChannels?: components["schemas"]["ConversationChannel"][];
            conversationSubject?: string;
            createdDate: string;
            customerId?: string;
            customerIdType?: string;
            device?: components["schemas"]["Device"];
            divisionIds?: string[];
            durationInSeconds?: number;
            endedDate?: string;
            eventCount: number;
            externalContact?: components["schemas"]["AddressableEntityRef"];
            externalId?: string;
            externalUrl?: string;
            geolocation?: components["schemas"]["JourneyGeolocation"];
            id: string;
            idleDate?: string;
            ipAddress?: string;
            ipOrganization?: string;
            lastAcdOutcome?: string;
            lastConnectedQueue?: components["schemas"]["ConnectedQueue"];
            lastConnectedUser?: components["schemas"]["ConnectedUser"];
            lastEvent: components["schemas"]["SessionLastEvent"];
            lastPage?: components["schemas"]["JourneyPage"];
            lastScreen?: string;
            lastUserDisconnectType?: string;
            lastUserDisposition?: components["schemas"]["ConversationUserDisposition"];
            mktCampaign?: components["schemas"]["JourneyCampaign"];
            networkConnectivity?: components["schemas"]["NetworkConnectivity"];
            originatingDirection?: string;
            outcomeAchievements?: components["schemas"]["OutcomeAchievement"][];
            pageviewCount?: number;
            referrer?: components["schemas"]["Referrer"];
            screenviewCount?: number;
            sdkLibrary?: components["schemas"]["SdkLibrary"];
            searchTerms?: string[];
            segmentAssignments?: components["schemas"]["SessionSegmentAssignment"][];
            selfUri?: string;
            shortId?: string;
            type: string;
            userAgentString?: string;
        };
        SessionLastEvent: {
            createdDate: string;
            eventName: string;
            id: string;
        };
        SessionListing: {
            entities?: components["schemas"]["Session"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        SessionSegmentAssignment: {
            assignedDate: string;
            segment: components["schemas"]["AssignedSegment"];
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
        TextStyleProperties: {
            color?: string;
            font?: string;
            fontSize?: string;
            textAlign?: string;
        };
        Touchpoint: {
            agentId: string;
            associatedValue: number;
            conversationId?: string;
            createdDate?: string;
            mediaType?: string;
        };
        TouchpointResponse: {
            agentId: string;
            associatedValue: number;
            conversationId?: string;
            createdDate?: string;
            mediaType?: string;
            message?: string;
            state: string;
        };
        UnprocessedExternalEvent: {
            errorMessage: string;
            event: components["schemas"]["ExternalEvent"];
            isRetryable: boolean;
            originalRequestIndex: number;
            statusCode?: number;
        };
        UnprocessedSegmentAssignments: {
            assign?: components["schemas"]["SegmentAssignments"];
            count: number;
            unassign?: components["schemas"]["SegmentUnassignments"];
        };
        UpdateExternalEventRequest: {
            displayName: string;
            rank: number;
        };
        UpdateExternalEventResponse: {
            activationStatus?: string;
            displayName?: string;
            eventName?: string;
            rank?: number;
            schemaId?: string;
        };
        UpdateExternalEventsConfigurationRequest: {
            description?: string;
            name?: string;
        };
        UpdateSegmentAssignmentRequest: {
            assign?: components["schemas"]["SegmentAssignments"];
            unassign?: components["schemas"]["SegmentUnassignments"];
        };
        UpdateSegmentAssignmentResponse: {
            unprocessedItems: components["schemas"]["UnprocessedSegmentAssignments"];
        };
        UrlCondition: {
            operator: string;
            values: string[];
        };
        ValidationLimits: {
            maximum?: components["schemas"]["MaxLength"];
            maxItems?: components["schemas"]["MaxLength"];
            maxLength?: components["schemas"]["MaxLength"];
            minimum?: components["schemas"]["MinLength"];
            minItems?: components["schemas"]["MinLength"];
            minLength?: components["schemas"]["MinLength"];
        };
        WebActionEvent: {
            action: components["schemas"]["EventAction"];
            actionMap: components["schemas"]["ActionEventActionMap"];
            actionTarget: components["schemas"]["AddressableEntityRef"];
            browser: components["schemas"]["Browser"];
            device: components["schemas"]["Device"];
            errorCode?: string;
            errorMessage?: string;
            geolocation?: components["schemas"]["JourneyGeolocation"];
            ipAddress?: string;
            ipOrganization?: string;
            mktCampaign?: components["schemas"]["JourneyCampaign"];
            timeToDisposition?: number;
            userAgentString: string;
            visitReferrer?: components["schemas"]["Referrer"];
        };
        WebEvent: {
            attributes: {
                [key: string]: components["schemas"]["CustomEventAttribute"];
            };
            authenticated: boolean;
            browser: components["schemas"]["Browser"];
            device: components["schemas"]["Device"];
            eventName: string;
            geolocation?: components["schemas"]["JourneyGeolocation"];
            ipAddress?: string;
            ipOrganization?: string;
            mktCampaign?: components["schemas"]["JourneyCampaign"];
            page: components["schemas"]["JourneyPage"];
            referrer?: components["schemas"]["Referrer"];
            searchQuery?: string;
            totalEventCount: number;
            totalPageviewCount: number;
            traits: {
                [key: string]: components["schemas"]["CustomEventAttribute"];
            };
            userAgentString: string;
        };
        WebEventBrowser: {
            family: string;
            lang?: string;
            version: string;
        };
        WebEventDevice: {
            category: string;
            isMobile?: boolean;
            manufacturer?: string;
            osFamily: string;
            osVersion: string;
            screenDensity?: number;
            screenHeight?: number;
            screenWidth?: number;
            type: string;
        };
        WebEventRequest: {
            attributes?: {
                [key: string]: components["schemas"]["CustomEventAttribute"];
            };
            browser?: components["schemas"]["WebEventBrowser"];
            createdDate: string;
            customerCookieId: string;
            device?: components["schemas"]["WebEventDevice"];
            eventName: string;
            externalId?: string;
            ipAddress?: string;
            page: components["schemas"]["RequestPage"];
            referrerUrl?: string;
            searchQuery?: string;
            traits?: {
                [key: string]: components["schemas"]["CustomEventAttribute"];
            };
            userAgentString?: string;
        };
        WebEventResponse: {
            attributes: {
                [key: string]: components["schemas"]["CustomEventAttribute"];
            };
            authenticated: boolean;
            browser: components["schemas"]["WebEventBrowser"];
            createdDate: string;
            customerId: string;
            customerIdType: string;
            device: components["schemas"]["WebEventDevice"];
            eventName: string;
            externalId?: string;
            geolocation?: components["schemas"]["JourneyGeolocation"];
            ipOrganization?: string;
            mktCampaign?: components["schemas"]["JourneyCampaign"];
            page: components["schemas"]["ResponsePage"];
            referrer?: components["schemas"]["Referrer"];
            searchQuery?: string;
            session: components["schemas"]["WebEventResponseSession"];
            traits: {
                [key: string]: components["schemas"]["CustomEventAttribute"];
            };
            userAgentString: string;
        };
        WebEventResponseSession: {
            createdDate: string;
            durationInSeconds: number;
            eventCount: number;
            id?: string;
            pageviewCount: number;
            referrer?: components["schemas"]["Referrer"];
            selfUri?: string;
        };
        WebMessagingOfferFields: {
            architectFlow?: components["schemas"]["AddressableEntityRef"];
            offerText?: string;
        };
        WebMessagingOfferProperties: {
            offerText?: string;
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
export type SchemaAchievedOutcome = components['schemas']['AchievedOutcome'];
export type SchemaActionEventActionMap = components['schemas']['ActionEventActionMap'];
export type SchemaActionEventRequest = components['schemas']['ActionEventRequest'];
export type SchemaActionMap = components['schemas']['ActionMap'];
export type SchemaActionMapAction = components['schemas']['ActionMapAction'];
export type SchemaActionMapActionTemplate = components['schemas']['ActionMapActionTemplate'];
export type SchemaActionMapEstimateOutcomeCriteria = components['schemas']['ActionMapEstimateOutcomeCriteria'];
export type SchemaActionMapEstimateRequest = components['schemas']['ActionMapEstimateRequest'];
export type SchemaActionMapEstimateResult = components['schemas']['ActionMapEstimateResult'];
export type SchemaActionMapListing = components['schemas']['ActionMapListing'];
export type SchemaActionMapScheduleGroup = components['schemas']['ActionMapScheduleGroup'];
export type SchemaActionMapScheduleGroups = components['schemas']['ActionMapScheduleGroups'];
export type SchemaActionProperties = components['schemas']['ActionProperties'];
export type SchemaActionSurvey = components['schemas']['ActionSurvey'];
export type SchemaActionTarget = components['schemas']['ActionTarget'];
export type SchemaActionTargetListing = components['schemas']['ActionTargetListing'];
export type SchemaActionTemplate = components['schemas']['ActionTemplate'];
export type SchemaActionTemplateListing = components['schemas']['ActionTemplateListing'];
export type SchemaActivateExternalEventRequest = components['schemas']['ActivateExternalEventRequest'];
export type SchemaActivateExternalEventResponse = components['schemas']['ActivateExternalEventResponse'];
export type SchemaActivation = components['schemas']['Activation'];
export type SchemaAddressableEntityRef = components['schemas']['AddressableEntityRef'];
export type SchemaAggregateMetricData = components['schemas']['AggregateMetricData'];
export type SchemaAggregateViewData = components['schemas']['AggregateViewData'];
export type SchemaAggregationRange = components['schemas']['AggregationRange'];
export type SchemaAppEvent = components['schemas']['AppEvent'];
export type SchemaAppEventRequest = components['schemas']['AppEventRequest'];
export type SchemaAppEventResponse = components['schemas']['AppEventResponse'];
export type SchemaAppEventResponseSession = components['schemas']['AppEventResponseSession'];
export type SchemaArchitectFlowFields = components['schemas']['ArchitectFlowFields'];
export type SchemaAssignedSegment = components['schemas']['AssignedSegment'];
export type SchemaAssociatedValueField = components['schemas']['AssociatedValueField'];
export type SchemaAsyncQueryResponse = components['schemas']['AsyncQueryResponse'];
export type SchemaAsyncQueryStatus = components['schemas']['AsyncQueryStatus'];
export type SchemaBrowser = components['schemas']['Browser'];
export type SchemaCallToAction = components['schemas']['CallToAction'];
export type SchemaCloseButtonStyleProperties = components['schemas']['CloseButtonStyleProperties'];
export type SchemaConnectedQueue = components['schemas']['ConnectedQueue'];
export type SchemaConnectedUser = components['schemas']['ConnectedUser'];
export type SchemaContentOffer = components['schemas']['ContentOffer'];
export type SchemaContentOfferStyleProperties = components['schemas']['ContentOfferStyleProperties'];
export type SchemaContentOfferStylingConfiguration = components['schemas']['ContentOfferStylingConfiguration'];
export type SchemaContentPositionProperties = components['schemas']['ContentPositionProperties'];
export type SchemaContext = components['schemas']['Context'];
export type SchemaContextPattern = components['schemas']['ContextPattern'];
export type SchemaConversationChannel = components['schemas']['ConversationChannel'];
export type SchemaConversationUserDisposition = components['schemas']['ConversationUserDisposition'];
export type SchemaCoretype = components['schemas']['Coretype'];
export type SchemaCoretypeListing = components['schemas']['CoretypeListing'];
export type SchemaCreateExternalEventsConfigurationRequest = components['schemas']['CreateExternalEventsConfigurationRequest'];
export type SchemaCriteria = components['schemas']['Criteria'];
export type SchemaCtaButtonStyleProperties = components['schemas']['CtaButtonStyleProperties'];
export type SchemaCustomEventAttribute = components['schemas']['CustomEventAttribute'];
export type SchemaCustomEventAttributeList = components['schemas']['CustomEventAttributeList'];
export type SchemaDataRange = components['schemas']['DataRange'];
export type SchemaDeploymentPing = components['schemas']['DeploymentPing'];
export type SchemaDeploymentWebAction = components['schemas']['DeploymentWebAction'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDevice = components['schemas']['Device'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaEntityListing = components['schemas']['EntityListing'];
export type SchemaEntityTypeCriteria = components['schemas']['EntityTypeCriteria'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaEstimateJobAsyncResponse = components['schemas']['EstimateJobAsyncResponse'];
export type SchemaEvent = components['schemas']['Event'];
export type SchemaEventAction = components['schemas']['EventAction'];
export type SchemaEventCondition = components['schemas']['EventCondition'];
export type SchemaEventListing = components['schemas']['EventListing'];
export type SchemaEventSession = components['schemas']['EventSession'];
export type SchemaExternalEvent = components['schemas']['ExternalEvent'];
export type SchemaExternalEventChange = components['schemas']['ExternalEventChange'];
export type SchemaExternalEventChangesResponse = components['schemas']['ExternalEventChangesResponse'];
export type SchemaExternalEventExternalId = components['schemas']['ExternalEventExternalId'];
export type SchemaExternalEventIdentifiers = components['schemas']['ExternalEventIdentifiers'];
export type SchemaExternalEventsConfiguration = components['schemas']['ExternalEventsConfiguration'];
export type SchemaExternalEventsConfigurationListing = components['schemas']['ExternalEventsConfigurationListing'];
export type SchemaExternalEventsRequest = components['schemas']['ExternalEventsRequest'];
export type SchemaExternalEventsResponse = components['schemas']['ExternalEventsResponse'];
export type SchemaExternalEventSummary = components['schemas']['ExternalEventSummary'];
export type SchemaExternalSegment = components['schemas']['ExternalSegment'];
export type SchemaFlowPaths = components['schemas']['FlowPaths'];
export type SchemaFlowPathsElement = components['schemas']['FlowPathsElement'];
export type SchemaFlowPathsFlowDetails = components['schemas']['FlowPathsFlowDetails'];
export type SchemaFlowPathsFlowFilter = components['schemas']['FlowPathsFlowFilter'];
export type SchemaFlowPathsQuery = components['schemas']['FlowPathsQuery'];
export type SchemaGetExternalEventsResponse = components['schemas']['GetExternalEventsResponse'];
export type SchemaGroupByAttribute = components['schemas']['GroupByAttribute'];
export type SchemaItems = components['schemas']['Items'];
export type SchemaItemValidationLimits = components['schemas']['ItemValidationLimits'];
export type SchemaJourney = components['schemas']['Journey'];
export type SchemaJourneyAggregateDataContainer = components['schemas']['JourneyAggregateDataContainer'];
export type SchemaJourneyAggregateQueryClause = components['schemas']['JourneyAggregateQueryClause'];
export type SchemaJourneyAggregateQueryFilter = components['schemas']['JourneyAggregateQueryFilter'];
export type SchemaJourneyAggregateQueryPredicate = components['schemas']['JourneyAggregateQueryPredicate'];
export type SchemaJourneyAggregateQueryResponse = components['schemas']['JourneyAggregateQueryResponse'];
export type SchemaJourneyAggregationQuery = components['schemas']['JourneyAggregationQuery'];
export type SchemaJourneyAggregationView = components['schemas']['JourneyAggregationView'];
export type SchemaJourneyApp = components['schemas']['JourneyApp'];
export type SchemaJourneyAsyncAggregateQueryResponse = components['schemas']['JourneyAsyncAggregateQueryResponse'];
export type SchemaJourneyAsyncAggregationQuery = components['schemas']['JourneyAsyncAggregationQuery'];
export type SchemaJourneyCampaign = components['schemas']['JourneyCampaign'];
export type SchemaJourneyCaseAssociation = components['schemas']['JourneyCaseAssociation'];
export type SchemaJourneyEventDefinition = components['schemas']['JourneyEventDefinition'];
export type SchemaJourneyEventDefinitionListing = components['schemas']['JourneyEventDefinitionListing'];
export type SchemaJourneyExternalEventsSchema = components['schemas']['JourneyExternalEventsSchema'];
export type SchemaJourneyExternalEventsSchemaListing = components['schemas']['JourneyExternalEventsSchemaListing'];
export type SchemaJourneyGeolocation = components['schemas']['JourneyGeolocation'];
export type SchemaJourneyJsonSchemaDocument = components['schemas']['JourneyJsonSchemaDocument'];
export type SchemaJourneyJsonSchemaRequest = components['schemas']['JourneyJsonSchemaRequest'];
export type SchemaJourneyPage = components['schemas']['JourneyPage'];
export type SchemaJourneyPattern = components['schemas']['JourneyPattern'];
export type SchemaJourneySchemaUpdateRequest = components['schemas']['JourneySchemaUpdateRequest'];
export type SchemaJourneySegment = components['schemas']['JourneySegment'];
export type SchemaJourneySegmentRequest = components['schemas']['JourneySegmentRequest'];
export type SchemaJourneySurveyQuestion = components['schemas']['JourneySurveyQuestion'];
export type SchemaJourneyView = components['schemas']['JourneyView'];
export type SchemaJourneyViewChart = components['schemas']['JourneyViewChart'];
export type SchemaJourneyViewChartDisplayAttributes = components['schemas']['JourneyViewChartDisplayAttributes'];
export type SchemaJourneyViewChartGroupByAttribute = components['schemas']['JourneyViewChartGroupByAttribute'];
export type SchemaJourneyViewChartMetric = components['schemas']['JourneyViewChartMetric'];
export type SchemaJourneyViewChartMetricResult = components['schemas']['JourneyViewChartMetricResult'];
export type SchemaJourneyViewChartMetricResultValue = components['schemas']['JourneyViewChartMetricResultValue'];
export type SchemaJourneyViewChartResult = components['schemas']['JourneyViewChartResult'];
export type SchemaJourneyViewElement = components['schemas']['JourneyViewElement'];
export type SchemaJourneyViewElementAttributes = components['schemas']['JourneyViewElementAttributes'];
export type SchemaJourneyViewElementDisplayAttributes = components['schemas']['JourneyViewElementDisplayAttributes'];
export type SchemaJourneyViewElementFilter = components['schemas']['JourneyViewElementFilter'];
export type SchemaJourneyViewElementFilterNumberPredicate = components['schemas']['JourneyViewElementFilterNumberPredicate'];
export type SchemaJourneyViewElementFilterPredicate = components['schemas']['JourneyViewElementFilterPredicate'];
export type SchemaJourneyViewElementFilterRange = components['schemas']['JourneyViewElementFilterRange'];
export type SchemaJourneyViewElementFilterRangeData = components['schemas']['JourneyViewElementFilterRangeData'];
export type SchemaJourneyViewJob = components['schemas']['JourneyViewJob'];
export type SchemaJourneyViewJobListing = components['schemas']['JourneyViewJobListing'];
export type SchemaJourneyViewLink = components['schemas']['JourneyViewLink'];
export type SchemaJourneyViewLinkTimeConstraint = components['schemas']['JourneyViewLinkTimeConstraint'];
export type SchemaJourneyViewListing = components['schemas']['JourneyViewListing'];
export type SchemaJourneyViewResult = components['schemas']['JourneyViewResult'];
export type SchemaJourneyViewResultElement = components['schemas']['JourneyViewResultElement'];
export type SchemaJourneyViewResultLink = components['schemas']['JourneyViewResultLink'];
export type SchemaJourneyViewResultMetrics = components['schemas']['JourneyViewResultMetrics'];
export type SchemaJourneyViewSchedule = components['schemas']['JourneyViewSchedule'];
export type SchemaJourneyViewScheduleListing = components['schemas']['JourneyViewScheduleListing'];
export type SchemaJourneyViewUser = components['schemas']['JourneyViewUser'];
export type SchemaJsonSchemaDocument = components['schemas']['JsonSchemaDocument'];
export type SchemaKeyValue = components['schemas']['KeyValue'];
export type SchemaLabel = components['schemas']['Label'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaMaxLength = components['schemas']['MaxLength'];
export type SchemaMinLength = components['schemas']['MinLength'];
export type SchemaNetworkConnectivity = components['schemas']['NetworkConnectivity'];
export type SchemaNumericRange = components['schemas']['NumericRange'];
export type SchemaOpenActionFields = components['schemas']['OpenActionFields'];
export type SchemaOpenActionProperties = components['schemas']['OpenActionProperties'];
export type SchemaOutcome = components['schemas']['Outcome'];
export type SchemaOutcomeAchievedEvent = components['schemas']['OutcomeAchievedEvent'];
export type SchemaOutcomeAchievedEventOutcome = components['schemas']['OutcomeAchievedEventOutcome'];
export type SchemaOutcomeAchievement = components['schemas']['OutcomeAchievement'];
export type SchemaOutcomeAttributionAsyncResponse = components['schemas']['OutcomeAttributionAsyncResponse'];
export type SchemaOutcomeAttributionJobStateResponse = components['schemas']['OutcomeAttributionJobStateResponse'];
export type SchemaOutcomeAttributionListing = components['schemas']['OutcomeAttributionListing'];
export type SchemaOutcomeAttributionRequest = components['schemas']['OutcomeAttributionRequest'];
export type SchemaOutcomeAttributionResponseListing = components['schemas']['OutcomeAttributionResponseListing'];
export type SchemaOutcomeAttributionResultsResponse = components['schemas']['OutcomeAttributionResultsResponse'];
export type SchemaOutcomeListing = components['schemas']['OutcomeListing'];
export type SchemaOutcomePercentileCondition = components['schemas']['OutcomePercentileCondition'];
export type SchemaOutcomePredictor = components['schemas']['OutcomePredictor'];
export type SchemaOutcomePredictorListing = components['schemas']['OutcomePredictorListing'];
export type SchemaOutcomePredictorRequest = components['schemas']['OutcomePredictorRequest'];
export type SchemaOutcomeProbabilityCondition = components['schemas']['OutcomeProbabilityCondition'];
export type SchemaOutcomeQuantileCondition = components['schemas']['OutcomeQuantileCondition'];
export type SchemaOutcomeRef = components['schemas']['OutcomeRef'];
export type SchemaOutcomeRefRequest = components['schemas']['OutcomeRefRequest'];
export type SchemaOutcomeRequest = components['schemas']['OutcomeRequest'];
export type SchemaOutcomeScore = components['schemas']['OutcomeScore'];
export type SchemaOutcomeScoresResult = components['schemas']['OutcomeScoresResult'];
export type SchemaPatchAction = components['schemas']['PatchAction'];
export type SchemaPatchActionMap = components['schemas']['PatchActionMap'];
export type SchemaPatchActionMapScheduleGroups = components['schemas']['PatchActionMapScheduleGroups'];
export type SchemaPatchActionProperties = components['schemas']['PatchActionProperties'];
export type SchemaPatchActionSurvey = components['schemas']['PatchActionSurvey'];
export type SchemaPatchActionTarget = components['schemas']['PatchActionTarget'];
export type SchemaPatchActionTemplate = components['schemas']['PatchActionTemplate'];
export type SchemaPatchAssociatedValueField = components['schemas']['PatchAssociatedValueField'];
export type SchemaPatchCallToAction = components['schemas']['PatchCallToAction'];
export type SchemaPatchCloseButtonStyleProperties = components['schemas']['PatchCloseButtonStyleProperties'];
export type SchemaPatchContentOffer = components['schemas']['PatchContentOffer'];
export type SchemaPatchContentOfferStyleProperties = components['schemas']['PatchContentOfferStyleProperties'];
export type SchemaPatchContentOfferStylingConfiguration = components['schemas']['PatchContentOfferStylingConfiguration'];
export type SchemaPatchContentPositionProperties = components['schemas']['PatchContentPositionProperties'];
export type SchemaPatchContext = components['schemas']['PatchContext'];
export type SchemaPatchContextPattern = components['schemas']['PatchContextPattern'];
export type SchemaPatchCriteria = components['schemas']['PatchCriteria'];
export type SchemaPatchCtaButtonStyleProperties = components['schemas']['PatchCtaButtonStyleProperties'];
export type SchemaPatchEntityTypeCriteria = components['schemas']['PatchEntityTypeCriteria'];
export type SchemaPatchExternalSegment = components['schemas']['PatchExternalSegment'];
export type SchemaPatchJourney = components['schemas']['PatchJourney'];
export type SchemaPatchJourneyPattern = components['schemas']['PatchJourneyPattern'];
export type SchemaPatchOutcome = components['schemas']['PatchOutcome'];
export type SchemaPatchSegment = components['schemas']['PatchSegment'];
export type SchemaPatchSurveyQuestion = components['schemas']['PatchSurveyQuestion'];
export type SchemaPatchTextStyleProperties = components['schemas']['PatchTextStyleProperties'];
export type SchemaPatchWebMessagingOfferFields = components['schemas']['PatchWebMessagingOfferFields'];
export type SchemaReferrer = components['schemas']['Referrer'];
export type SchemaRequestContext = components['schemas']['RequestContext'];
export type SchemaRequestContextPattern = components['schemas']['RequestContextPattern'];
export type SchemaRequestCriteria = components['schemas']['RequestCriteria'];
export type SchemaRequestDevice = components['schemas']['RequestDevice'];
export type SchemaRequestEntityTypeCriteria = components['schemas']['RequestEntityTypeCriteria'];
export type SchemaRequestExternalSegment = components['schemas']['RequestExternalSegment'];
export type SchemaRequestJourney = components['schemas']['RequestJourney'];
export type SchemaRequestJourneyPattern = components['schemas']['RequestJourneyPattern'];
export type SchemaRequestMapping = components['schemas']['RequestMapping'];
export type SchemaRequestPage = components['schemas']['RequestPage'];
export type SchemaResponsePage = components['schemas']['ResponsePage'];
export type SchemaSchema = components['schemas']['Schema'];
export type SchemaSchemaQuantityLimits = components['schemas']['SchemaQuantityLimits'];
export type SchemaSdkLibrary = components['schemas']['SdkLibrary'];
export type SchemaSegmentAssignment = components['schemas']['SegmentAssignment'];
export type SchemaSegmentAssignmentEvent = components['schemas']['SegmentAssignmentEvent'];
export type SchemaSegmentAssignmentListing = components['schemas']['SegmentAssignmentListing'];
export type SchemaSegmentAssignments = components['schemas']['SegmentAssignments'];
export type SchemaSegmentAssignmentSegment = components['schemas']['SegmentAssignmentSegment'];
export type SchemaSegmentAssignmentSession = components['schemas']['SegmentAssignmentSession'];
export type SchemaSegmentEstimateCount = components['schemas']['SegmentEstimateCount'];
export type SchemaSegmentForAssignment = components['schemas']['SegmentForAssignment'];
export type SchemaSegmentForUnassignment = components['schemas']['SegmentForUnassignment'];
export type SchemaSegmentListing = components['schemas']['SegmentListing'];
export type SchemaSegmentUnassignments = components['schemas']['SegmentUnassignments'];
export type SchemaServiceLevel = components['schemas']['ServiceLevel'];
export type SchemaSession = components['schemas']['Session'];
export type SchemaSessionLastEvent = components['schemas']['SessionLastEvent'];
export type SchemaSessionListing = components['schemas']['SessionListing'];
export type SchemaSessionSegmentAssignment = components['schemas']['SessionSegmentAssignment'];
export type SchemaStatisticalResponse = components['schemas']['StatisticalResponse'];
export type SchemaStatisticalSummary = components['schemas']['StatisticalSummary'];
export type SchemaTextStyleProperties = components['schemas']['TextStyleProperties'];
export type SchemaTouchpoint = components['schemas']['Touchpoint'];
export type SchemaTouchpointResponse = components['schemas']['TouchpointResponse'];
export type SchemaUnprocessedExternalEvent = components['schemas']['UnprocessedExternalEvent'];
export type SchemaUnprocessedSegmentAssignments = components['schemas']['UnprocessedSegmentAssignments'];
export type SchemaUpdateExternalEventRequest = components['schemas']['UpdateExternalEventRequest'];
export type SchemaUpdateExternalEventResponse = components['schemas']['UpdateExternalEventResponse'];
export type SchemaUpdateExternalEventsConfigurationRequest = components['schemas']['UpdateExternalEventsConfigurationRequest'];
export type SchemaUpdateSegmentAssignmentRequest = components['schemas']['UpdateSegmentAssignmentRequest'];
export type SchemaUpdateSegmentAssignmentResponse = components['schemas']['UpdateSegmentAssignmentResponse'];
export type SchemaUrlCondition = components['schemas']['UrlCondition'];
export type SchemaValidationLimits = components['schemas']['ValidationLimits'];
export type SchemaWebActionEvent = components['schemas']['WebActionEvent'];
export type SchemaWebEvent = components['schemas']['WebEvent'];
export type SchemaWebEventBrowser = components['schemas']['WebEventBrowser'];
export type SchemaWebEventDevice = components['schemas']['WebEventDevice'];
export type SchemaWebEventRequest = components['schemas']['WebEventRequest'];
export type SchemaWebEventResponse = components['schemas']['WebEventResponse'];
export type SchemaWebEventResponseSession = components['schemas']['WebEventResponseSession'];
export type SchemaWebMessagingOfferFields = components['schemas']['WebMessagingOfferFields'];
export type SchemaWebMessagingOfferProperties = components['schemas']['WebMessagingOfferProperties'];
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
    postAnalyticsJourneysAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["JourneyAsyncAggregationQuery"];
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
    getAnalyticsJourneysAggregatesJob: {
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
    deleteAnalyticsJourneysAggregatesJob: {
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
    getAnalyticsJourneysAggregatesJobResults: {
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
                    "application/json": components["schemas"]["JourneyAsyncAggregateQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAnalyticsJourneysAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["JourneyAggregationQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyAggregateQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsContactJourneySegments: {
        parameters: {
            query?: {
                /** @description Indicates whether to return segment assignments from all external contacts in the merge-set of the given one. */
                includeMerged?: boolean;
                /** @description Number of entities to return. Default of 25, maximum of 500. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description ExternalContact ID */
                contactId: string;
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
                    "application/json": components["schemas"]["SegmentAssignmentListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postExternalcontactsContactJourneySegments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ExternalContact ID */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateSegmentAssignmentRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateSegmentAssignmentResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getExternalcontactsContactJourneySessions: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description Indicates whether to return sessions from all external contacts in the merge-set of the given one. */
                includeMerged?: boolean;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description ExternalContact ID */
                contactId: string;
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
                    "application/json": components["schemas"]["SessionListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyActionmaps: {
        parameters: {
            query?: {
                /** @description IDs of action maps to return. Use of this parameter is not compatible with pagination, filtering, sorting or querying. A maximum of 100 action maps are allowed per request. */
                actionMapIds?: string[];
                /** @description Field to filter by (e.g. filterField=weight or filterField=action.actionTemplate.id). Requires 'filterField' to also be set. */
                filterField?: string;
                /** @description Value to filter by. Requires 'filterValue' to also be set. */
                filterValue?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Action Map field(s) to query on. Requires 'queryValue' to also be set. */
                queryFields?: string[];
                /** @description Value to query on using fuzzy matching. Requires 'queryFields' to also be set. */
                queryValue?: string;
                /** @description Field(s) to sort by. Prefix with '-' for descending (e.g. sortBy=displayName,-createdDate). */
                sortBy?: string;
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
                    "application/json": components["schemas"]["ActionMapListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyActionmaps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ActionMap"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionMap"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyActionmap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the action map. */
                actionMapId: string;
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
                    "application/json": components["schemas"]["ActionMap"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteJourneyActionmap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the action map. */
                actionMapId: string;
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
    patchJourneyActionmap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the action map. */
                actionMapId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchActionMap"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionMap"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyActionmapsEstimatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description audience estimator request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionMapEstimateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstimateJobAsyncResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyActionmapsEstimatesJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the job. */
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
                    "application/json": string;
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyActionmapsEstimatesJobResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the job. */
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
                    "application/json": components["schemas"]["ActionMapEstimateResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyActiontargets: {
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
                    "application/json": components["schemas"]["ActionTargetListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyActiontarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the action target. */
                actionTargetId: string;
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
                    "application/json": components["schemas"]["ActionTarget"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchJourneyActiontarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the action target. */
                actionTargetId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchActionTarget"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionTarget"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyActiontemplates: {
        parameters: {
            query?: {
                /** @description Media type */
                mediaType?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description ActionTemplate field(s) to query on. Requires 'queryValue' to also be set. */
                queryFields?: string[];
                /** @description Value to query on using fuzzy matching. Requires 'queryFields' to also be set. */
                queryValue?: string;
                /** @description Field(s) to sort by. Prefix with '-' for descending (e.g. sortBy=name,-createdDate). */
                sortBy?: string;
                /** @description Action template state. */
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
                    "application/json": components["schemas"]["ActionTemplateListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyActiontemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ActionTemplate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionTemplate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyActiontemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the action template. */
                actionTemplateId: string;
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
                    "application/json": components["schemas"]["ActionTemplate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteJourneyActiontemplate: {
        parameters: {
            query?: {
                /** @description Determines whether Action Template should be soft-deleted (have it's state set to deleted) or hard-deleted (permanently removed). Set to false (soft-delete) by default. */
                hardDelete?: boolean;
            };
            header?: never;
            path: {
                /** @description ID of the action template. */
                actionTemplateId: string;
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
    patchJourneyActiontemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the action template. */
                actionTemplateId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchActionTemplate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionTemplate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyDeploymentActionevent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the deployment sending the beacon. */
                deploymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionEventRequest"];
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
    postJourneyDeploymentAppevents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the deployment sending the app event. */
                deploymentId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AppEventRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppEventResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyDeploymentCustomerPing: {
        parameters: {
            query?: {
                /** @description Namespace of the application (e.g. com.genesys.bancodinero). Used for domain filtering in application sessions */
                appNamespace?: string;
                /** @description Document Location: 1) Web Page URL if overridden or URL fragment identifier (window.location.hash). OR  2) Application screen name that the ping request was sent from in the app. e.g. 'home' or 'help. Pings without this parameter will not return actions. */
                dl?: string;
                /** @description Document Title.  A human readable name for the page or screen */
                dt?: string;
                /** @description UUID of the customer session. Use the same Session Id for all pings, AppEvents and ActionEvents in the session */
                sessionId?: string;
                /** @description How long (milliseconds) since the last app event or beacon was sent. The response may return a pollInternvalMilliseconds to reduce the frequency of pings. */
                sinceLastBeaconMilliseconds?: number;
            };
            header?: never;
            path: {
                /** @description ID of the customer associated with the ping. */
                customerCookieId: string;
                /** @description The ID of the deployment sending the ping. */
                deploymentId: string;
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
                    "application/json": components["schemas"]["DeploymentPing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyDeploymentWebevents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the deployment sending the web event. */
                deploymentId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WebEventRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebEventResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyExternaleventsConfigurations: {
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
                    "application/json": components["schemas"]["ExternalEventsConfigurationListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyExternaleventsConfigurations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateExternalEventsConfigurationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalEventsConfiguration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyExternaleventsConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the external event configuration. */
                configId: string;
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
                    "application/json": components["schemas"]["ExternalEventsConfiguration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteJourneyExternaleventsConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the external event configuration. */
                configId: string;
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
    patchJourneyExternaleventsConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the external event configuration. */
                configId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateExternalEventsConfigurationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalEventsConfiguration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyExternaleventsConfigurationEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the external event configuration. */
                configurationId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ExternalEventsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalEventsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyExternaleventsSchemas: {
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
                    "application/json": components["schemas"]["JourneyExternalEventsSchemaListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyExternaleventsSchemas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Schema create request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["JourneyJsonSchemaRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyExternalEventsSchema"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyExternaleventsSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schema ID */
                schemaId: string;
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
                    "application/json": components["schemas"]["JourneyExternalEventsSchema"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putJourneyExternaleventsSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schema ID */
                schemaId: string;
            };
            cookie?: never;
        };
        /** @description Schema update request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["JourneySchemaUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyExternalEventsSchema"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteJourneyExternaleventsSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schema ID */
                schemaId: string;
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
    getJourneyExternaleventsSchemaVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schema ID */
                schemaId: string;
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
                    "application/json": components["schemas"]["JourneyExternalEventsSchemaListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyExternaleventsSchemaVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schema ID */
                schemaId: string;
                /** @description Schema version */
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
                    "application/json": components["schemas"]["JourneyExternalEventsSchema"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyExternaleventsSchemasCoretypes: {
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
                    "application/json": components["schemas"]["CoretypeListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyExternaleventsSchemasCoretype: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Name of core type */
                coreTypeName: string;
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
                    "application/json": components["schemas"]["Coretype"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyExternaleventsSchemasLimits: {
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
                    "application/json": components["schemas"]["SchemaQuantityLimits"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyFlowsPathsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["FlowPathsQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowPaths"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyOutcomes: {
        parameters: {
            query?: {
                /** @description IDs of outcomes to return. Use of this parameter is not compatible with pagination, sorting or querying. A maximum of 20 outcomes are allowed per request. */
                outcomeIds?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Outcome field(s) to query on. Requires 'queryValue' to also be set. */
                queryFields?: string[];
                /** @description Value to query on using fuzzy matching. Requires 'queryFields' to also be set. */
                queryValue?: string;
                /** @description Field(s) to sort by. The response can be sorted by any first level property on the Outcome response. Prefix with '-' for descending (e.g. sortBy=displayName,-createdDate). */
                sortBy?: string;
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
                    "application/json": components["schemas"]["OutcomeListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyOutcomes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OutcomeRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Outcome"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the outcome. */
                outcomeId: string;
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
                    "application/json": components["schemas"]["Outcome"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteJourneyOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the outcome. */
                outcomeId: string;
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
    patchJourneyOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the outcome. */
                outcomeId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchOutcome"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Outcome"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyOutcomesAttributionsJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description outcome attribution request */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OutcomeAttributionListing"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeAttributionAsyncResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyOutcomesAttributionsJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the job. */
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
                    "application/json": components["schemas"]["OutcomeAttributionJobStateResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyOutcomesAttributionsJobResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the job. */
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
                    "application/json": components["schemas"]["OutcomeAttributionResponseListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyOutcomesPredictors: {
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
                    "application/json": components["schemas"]["OutcomePredictorListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyOutcomesPredictors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OutcomePredictorRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomePredictor"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyOutcomesPredictor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of predictor */
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
                    "application/json": components["schemas"]["OutcomePredictor"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteJourneyOutcomesPredictor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of predictor */
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
    getJourneySegments: {
        parameters: {
            query?: {
                /** @description Determines whether or not to show only active segments. */
                isActive?: boolean;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Segment field(s) to query on. Requires 'queryValue' to also be set. */
                queryFields?: string[];
                /** @description Value to query on using fuzzy matching. Requires 'queryFields' to also be set. */
                queryValue?: string;
                /** @description IDs of segments to return. Use of this parameter is not compatible with pagination, sorting or querying. A maximum of 100 segments are allowed per request. */
                segmentIds?: string[];
                /** @description Field(s) to sort by. The response can be sorted by any first level property on the Outcome response. Prefix with '-' for descending (e.g. sortBy=displayName,-createdDate). */
                sortBy?: string;
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
                    "application/json": components["schemas"]["SegmentListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneySegments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["JourneySegmentRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneySegment"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneySegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the segment. */
                segmentId: string;
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
                    "application/json": components["schemas"]["JourneySegment"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteJourneySegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the segment. */
                segmentId: string;
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
    patchJourneySegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the segment. */
                segmentId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchSegment"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneySegment"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneySession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the session. */
                sessionId: string;
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
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneySessionEvents: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description A comma separated list of journey event types to include in the results. */
                eventType?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
            };
            header?: never;
            path: {
                /** @description System-generated UUID that represents the session the event is a part of. */
                sessionId: string;
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
                    "application/json": components["schemas"]["EventListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneySessionOutcomescores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the session. */
                sessionId: string;
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
                    "application/json": components["schemas"]["OutcomeScoresResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyViews: {
        parameters: {
            query?: {
                /** @description Parameter to request additional data to return in Journey payload */
                expand?: string;
                /** @description Parameter to request a list of Journey Views by id, separated by commas. Limit of 100 items. */
                id?: string;
                /** @description Journey View Name or Created By */
                nameOrCreatedBy?: string;
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
                    "application/json": components["schemas"]["JourneyViewListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyViews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description JourneyView */
        requestBody: {
            content: {
                "application/json": components["schemas"]["JourneyView"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description viewId */
                viewId: string;
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
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteJourneyView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description viewId */
                viewId: string;
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
    getJourneyViewSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Journey View Id */
                viewId: string;
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
                    "application/json": components["schemas"]["JourneyViewSchedule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putJourneyViewSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Journey View Id */
                viewId: string;
            };
            cookie?: never;
        };
        /** @description journeyViewSchedule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["JourneyViewSchedule"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyViewSchedule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyViewSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Journey View Id */
                viewId: string;
            };
            cookie?: never;
        };
        /** @description journeyViewSchedule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["JourneyViewSchedule"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyViewSchedule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteJourneyViewSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Journey View Id */
                viewId: string;
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
                    "application/json": components["schemas"]["JourneyViewSchedule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyViewVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description viewId */
                viewId: string;
            };
            cookie?: never;
        };
        /** @description JourneyView */
        requestBody: {
            content: {
                "application/json": components["schemas"]["JourneyView"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyViewVersionJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Journey View Version */
                journeyVersionId: string;
                /** @description Journey View Id */
                viewId: string;
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
                    "application/json": components["schemas"]["JourneyViewJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyViewVersionJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description JobId */
                jobId: string;
                /** @description Journey View Version */
                journeyVersionId: string;
                /** @description Journey View Id */
                viewId: string;
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
                    "application/json": components["schemas"]["JourneyViewJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchJourneyViewVersionJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description JobId */
                jobId: string;
                /** @description Journey View Version */
                journeyVersionId: string;
                /** @description Journey View Id */
                viewId: string;
            };
            cookie?: never;
        };
        /** @description journeyViewJob */
        requestBody: {
            content: {
                "application/json": components["schemas"]["JourneyViewJob"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyViewJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyViewVersionJobResultsChart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ChartId */
                chartId: string;
                /** @description JobId */
                jobId: string;
                /** @description Journey View Version */
                journeyVersionId: string;
                /** @description Journey View Id */
                viewId: string;
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
                    "application/json": components["schemas"]["JourneyViewChartResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyViewVersionJobsLatest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Journey View Version */
                journeyVersionId: string;
                /** @description Journey View Id */
                viewId: string;
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
                    "application/json": components["schemas"]["JourneyViewJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyViewVersionChart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description chartId */
                chartId: string;
                /** @description Journey View Version */
                journeyViewVersion: string;
                /** @description viewId */
                viewId: string;
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
                    "application/json": components["schemas"]["JourneyViewChart"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyViewVersionChartVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description chartId */
                chartId: string;
                /** @description chartVersion */
                chartVersion: string;
                /** @description Journey View Version */
                journeyViewVersion: string;
                /** @description viewId */
                viewId: string;
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
                    "application/json": components["schemas"]["JourneyViewChart"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyViewVersionJobResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the executing job */
                jobId: string;
                /** @description Journey View Version */
                journeyViewVersion: string;
                /** @description JourneyViewResult id */
                viewId: string;
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
                    "application/json": components["schemas"]["JourneyViewResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyViewVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description versionId */
                versionId: string;
                /** @description viewId */
                viewId: string;
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
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putJourneyViewVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description versionId */
                versionId: string;
                /** @description viewId */
                viewId: string;
            };
            cookie?: never;
        };
        /** @description JourneyView */
        requestBody: {
            content: {
                "application/json": components["schemas"]["JourneyView"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyViewsDataDetails: {
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
                    "application/json": components["schemas"]["DataRange"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postJourneyViewsEncodingsValidate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Label"][];
            };
        };
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
    getJourneyViewsEventdefinitions: {
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
                    "application/json": components["schemas"]["JourneyEventDefinitionListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyViewsEventdefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Event Definition ID */
                eventDefinitionId: string;
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
                    "application/json": components["schemas"]["JourneyEventDefinition"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putJourneyViewsEventdefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Event Definition ID */
                eventDefinitionId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateExternalEventRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateExternalEventResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putJourneyViewsEventdefinitionActivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Event Definition ID */
                eventDefinitionId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ActivateExternalEventRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivateExternalEventResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyViewsEventdefinitionsExternal: {
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
                    "application/json": components["schemas"]["GetExternalEventsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyViewsEventdefinitionsExternalChanges: {
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
                    "application/json": components["schemas"]["ExternalEventChangesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyViewsJobs: {
        parameters: {
            query?: {
                /** @description An absolute timeframe for filtering the jobs, expressed as an ISO 8601 interval. */
                interval?: string;
                /** @description The number of the page to return */
                pageNumber?: number;
                /** @description Max number of entities to return */
                pageSize?: number;
                /** @description Job statuses to filter for */
                statuses?: string;
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
                    "application/json": components["schemas"]["JourneyViewJobListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyViewsJobsMe: {
        parameters: {
            query?: {
                /** @description An absolute timeframe for filtering the jobs, expressed as an ISO 8601 interval. */
                interval?: string;
                /** @description The number of the page to return */
                pageNumber?: number;
                /** @description Max number of entities to return */
                pageSize?: number;
                /** @description Job statuses to filter for */
                statuses?: string;
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
                    "application/json": components["schemas"]["JourneyViewJobListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getJourneyViewsSchedules: {
        parameters: {
            query?: {
                /** @description The number of the page to return */
                pageNumber?: number;
                /** @description Max number of entities to return */
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
                    "application/json": components["schemas"]["JourneyViewScheduleListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
