// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/workforce-management/openapi.yaml (sha256 4ba155e6e2f5bb4d)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area workforce-management` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Workforce Management (351 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const workforceManagement = workforceManagementApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function workforceManagementApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/workforcemanagement/adherence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of UserScheduleAdherence records for the requested users
         * @permissions ANY: `wfm:realtimeAdherence:view`
         */
        get: operations["getWorkforcemanagementAdherence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/adherence/explanations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit an adherence explanation for the current user
         * @permissions ANY: `wfm:agentAdherenceExplanation:submit`
         */
        post: operations["postWorkforcemanagementAdherenceExplanations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/adherence/explanations/{explanationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an adherence explanation for the current user
         * @permissions ANY: `wfm:agentAdherenceExplanation:submit`
         */
        get: operations["getWorkforcemanagementAdherenceExplanation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/adherence/explanations/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the status of an adherence explanation operation. Only the user who started the operation can query the status
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions none required
         */
        get: operations["getWorkforcemanagementAdherenceExplanationsJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/adherence/explanations/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query adherence explanations for the current user
         * @permissions ANY: `wfm:agentAdherenceExplanation:submit`
         */
        post: operations["postWorkforcemanagementAdherenceExplanationsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/adherence/historical/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a historical adherence report in bulk
         * @permissions ANY: `wfm:historicalAdherence:view`
         */
        post: operations["postWorkforcemanagementAdherenceHistoricalBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/adherence/historical/bulk/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Request to fetch the status of the historical adherence bulk job. Only the user who started the operation can query the status
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions none required
         */
        get: operations["getWorkforcemanagementAdherenceHistoricalBulkJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/adherence/historical/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the status of a historical adherence request operation. Only the user who started the operation can query the status
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions ANY: `wfm:historicalAdherence:view`
         */
        get: operations["getWorkforcemanagementAdherenceHistoricalJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move agents in and out of management unit
         * @permissions ANY: `wfm:agent:edit`
         */
        post: operations["postWorkforcemanagementAgents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agents/{agentId}/adherence/explanations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an adherence explanation for the requested user
         * @permissions ANY: `wfm:adherenceExplanation:add`
         */
        post: operations["postWorkforcemanagementAgentAdherenceExplanations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agents/{agentId}/adherence/explanations/{explanationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an adherence explanation
         * @permissions ANY: `wfm:adherenceExplanation:view`
         */
        get: operations["getWorkforcemanagementAgentAdherenceExplanation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an adherence explanation
         * @permissions ANY: `wfm:adherenceExplanation:edit`
         */
        patch: operations["patchWorkforcemanagementAgentAdherenceExplanation"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/agents/{agentId}/adherence/explanations/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query adherence explanations for the given agent across a specified range
         * @permissions ANY: `wfm:adherenceExplanation:view`
         */
        post: operations["postWorkforcemanagementAgentAdherenceExplanationsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agents/{agentId}/integrations/hris": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update integrations for agent
         * @permissions ANY: `wfm:agent:edit`
         */
        put: operations["putWorkforcemanagementAgentIntegrationsHris"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agents/{agentId}/managementunit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the management unit to which the agent belongs
         * @permissions ANY: any one of `wfm:agent:view`, `wfm:publishedSchedule:view`, `wfm:schedule:view`, `coaching:appointment:add`, `coaching:appointment:edit`, `learning:assignment:add`, `learning:assignment:reschedule`
         */
        get: operations["getWorkforcemanagementAgentManagementunit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agents/{agentId}/schedulingpreferences/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get agent scheduling preferences
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        post: operations["postWorkforcemanagementAgentSchedulingpreferencesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agents/{agentId}/unavailabletimes/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get agent unavailable times
         * @permissions ANY: `wfm:unavailableTimes:view`
         */
        post: operations["postWorkforcemanagementAgentUnavailabletimesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agents/integrations/hris/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query integrations for agents
         * @permissions ANY: `wfm:agent:view`
         */
        post: operations["postWorkforcemanagementAgentsIntegrationsHrisQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agents/me/adherence/historical/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request an agent historical adherence report
         * @description The maximum supported range for historical adherence queries is 31 days, or 7 days when the expand query parameter includes any of the following: exceptionInfo, actuals, scheduledActivities
         * @permissions ANY: any one of `wfm:agentHistoricalAdherence:view`, `wfm:agentHistoricalAdherenceConformance:view`
         */
        post: operations["postWorkforcemanagementAgentsMeAdherenceHistoricalJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agents/me/adherence/historical/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Request to fetch the status of the agent adherence job. Only the user who started the operation can query the status
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions none required
         */
        get: operations["getWorkforcemanagementAgentsMeAdherenceHistoricalJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agents/me/managementunit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the management unit to which the currently logged in agent belongs
         * @permissions ANY: any one of `wfm:agentSchedule:view`, `wfm:agentTimeOffRequest:submit`, `wfm:activityCode:add`, `wfm:activityCode:delete`, `wfm:activityCode:edit`, `wfm:activityCode:view`, `wfm:agent:edit`, `wfm:agent:view`, `wfm:businessUnit:add`, `wfm:businessUnit:delete`, `wfm:businessUnit:edit`, `wfm:businessUnit:view`, `wfm:historicalAdherence:view`, `wfm:intraday:view`, `wfm:managementUnit:add`, `wfm:managementUnit:delete`, `wfm:managementUnit:edit`, `wfm:managementUnit:view`, `wfm:realtimeAdherence:view`, `wfm:schedule:add`, `wfm:schedule:delete`, `wfm:schedule:edit`, `wfm:schedule:generate`, `wfm:schedule:view`, `wfm:publishedSchedule:view`, `wfm:serviceGoalTemplate:add`, `wfm:serviceGoalTemplate:delete`, `wfm:serviceGoalTemplate:edit`, `wfm:serviceGoalTemplate:view`, `wfm:planningGroup:add`, `wfm:planningGroup:delete`, `wfm:planningGroup:edit`, `wfm:planningGroup:view`, `wfm:shiftTradeRequest:edit`, `wfm:shiftTradeRequest:view`, `wfm:shortTermForecast:add`, `wfm:shortTermForecast:delete`, `wfm:shortTermForecast:edit`, `wfm:shortTermForecast:view`, `wfm:timeOffLimit:add`, `wfm:timeOffLimit:delete`, `wfm:timeOffLimit:edit`, `wfm:timeOffLimit:view`, `wfm:timeOffPlan:add`, `wfm:timeOffPlan:delete`, `wfm:timeOffPlan:edit`, `wfm:timeOffPlan:view`, `wfm:timeOffRequest:add`, `wfm:timeOffRequest:edit`, `wfm:timeOffRequest:view`, `wfm:workPlan:add`, `wfm:workPlan:delete`, `wfm:workPlan:edit`, `wfm:workPlan:view`, `wfm:workPlanRotation:add`, `wfm:workPlanRotation:delete`, `wfm:workPlanRotation:edit`, `wfm:workPlanRotation:view`
         */
        get: operations["getWorkforcemanagementAgentsMeManagementunit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agents/me/possibleworkshifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get agent possible work shifts for requested time frame
         * @permissions ANY: `wfm:agentPossibleWorkShifts:view`
         */
        post: operations["postWorkforcemanagementAgentsMePossibleworkshifts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agents/opportunities/enrollments/bulk/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk add enrollments to opportunities for the authenticated agent
         * @description Allows an agent to enroll in opportunities. This endpoint can return partial success.
         * @permissions ANY: `wfm:agentOpportunitiesEnrollments:add`
         */
        post: operations["postWorkforcemanagementAgentsOpportunitiesEnrollmentsBulkAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agents/opportunities/enrollments/bulk/statuses/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk update enrollment status for the authenticated agent
         * @description Allows an agent to update the status of their enrollments (e.g. withdraw). Returns partial success if some enrollments cannot be updated.
         * @permissions ANY: `wfm:agentOpportunitiesEnrollmentsStatuses:edit`
         */
        post: operations["postWorkforcemanagementAgentsOpportunitiesEnrollmentsBulkStatusesUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agents/opportunities/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query opportunities for the authenticated agent
         * @description Queries within the specified date range. Each opportunity includes the agents enrollment details if they have enrolled.
         * @permissions ANY: `wfm:agentOpportunitiesQuery:view`
         */
        post: operations["postWorkforcemanagementAgentsOpportunitiesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agentschedules/managementunits/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch agent schedules for the logged in user's management unit
         * @permissions ANY: `wfm:agentManagementUnitSchedule:view`
         */
        post: operations["postWorkforcemanagementAgentschedulesManagementunitsMine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/agentschedules/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get published schedule for the current user
         * @permissions ANY: `wfm:agentSchedule:view`
         */
        post: operations["postWorkforcemanagementAgentschedulesMine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/alternativeshifts/offers/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a list of alternative shift offers for a given schedule
         * @permissions ANY: `wfm:agentAlternativeShift:submit`
         */
        post: operations["postWorkforcemanagementAlternativeshiftsOffersJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/alternativeshifts/offers/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the status of an alternative shift offers operation. Only the user who started the operation can query the status
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions ANY: `wfm:agentAlternativeShift:submit`
         */
        get: operations["getWorkforcemanagementAlternativeshiftsOffersJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/alternativeshifts/offers/search/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a search of alternative shift offers for a given shift
         * @permissions ANY: `wfm:agentAlternativeShift:submit`
         */
        post: operations["postWorkforcemanagementAlternativeshiftsOffersSearchJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/alternativeshifts/offers/search/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the status of an alternative shift search offers operation. Only the user who started the operation can query the status
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions ANY: `wfm:agentAlternativeShift:submit`
         */
        get: operations["getWorkforcemanagementAlternativeshiftsOffersSearchJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/alternativeshifts/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get alternative shifts settings from the current logged in agent’s business unit
         * @permissions ANY: `wfm:agentAlternativeShift:submit`
         */
        get: operations["getWorkforcemanagementAlternativeshiftsSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/alternativeshifts/trades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of my alternative shifts trades
         * @permissions ANY: `wfm:agentAlternativeShift:submit`
         */
        get: operations["getWorkforcemanagementAlternativeshiftsTrades"];
        put?: never;
        /**
         * Create my alternative shift trade using an existing offer's jobId
         * @permissions ANY: `wfm:agentAlternativeShift:submit`
         */
        post: operations["postWorkforcemanagementAlternativeshiftsTrades"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/alternativeshifts/trades/{tradeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get my alternative shift trade by trade ID
         * @permissions ANY: `wfm:agentAlternativeShift:submit`
         */
        get: operations["getWorkforcemanagementAlternativeshiftsTrade"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update my alternative shifts trade by trade ID
         * @permissions ANY: `wfm:agentAlternativeShift:submit`
         */
        patch: operations["patchWorkforcemanagementAlternativeshiftsTrade"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/alternativeshifts/trades/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the status of an alternative shift trades operation. Only the user who started the operation can query the status
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions ANY: `wfm:agentAlternativeShift:submit`
         */
        get: operations["getWorkforcemanagementAlternativeshiftsTradesJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/alternativeshifts/trades/state/jobs": {
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
         * Bulk update alternative shift trade states
         * @permissions ANY: `wfm:alternativeShift:edit`
         */
        patch: operations["patchWorkforcemanagementAlternativeshiftsTradesStateJobs"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/alternativeshifts/trades/state/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the status of an alternative shift trade state operation. Only the user who started the operation can query the status
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions ANY: `wfm:alternativeShift:edit`
         */
        get: operations["getWorkforcemanagementAlternativeshiftsTradesStateJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get business units
         * @permissions none required
         */
        get: operations["getWorkforcemanagementBusinessunits"];
        put?: never;
        /**
         * Add a new business unit
         * @description It may take a minute or two for a new business unit to be available for api operations
         * @permissions ANY: `wfm:businessUnit:add`
         */
        post: operations["postWorkforcemanagementBusinessunits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get business unit
         * @description Expanding "settings" will retrieve all settings.  All other expands will retrieve only the requested settings field(s).
         * @permissions ANY: any one of `wfm:activityCode:add`, `wfm:activityCode:delete`, `wfm:activityCode:edit`, `wfm:activityCode:view`, `wfm:agent:edit`, `wfm:agentSchedule:view`, `wfm:agentTimeOffRequest:submit`, `wfm:agent:view`, `wfm:businessUnit:add`, `wfm:businessUnit:delete`, `wfm:businessUnit:edit`, `wfm:businessUnit:view`, `wfm:historicalAdherence:view`, `wfm:shrinkage:view`, `wfm:intraday:view`, `wfm:managementUnit:add`, `wfm:managementUnit:delete`, `wfm:managementUnit:edit`, `wfm:managementUnit:view`, `wfm:publishedSchedule:view`, `wfm:realtimeAdherence:view`, `wfm:schedule:add`, `wfm:schedule:delete`, `wfm:schedule:edit`, `wfm:schedule:generate`, `wfm:schedule:view`, `wfm:serviceGoalTemplate:add`, `wfm:serviceGoalTemplate:delete`, `wfm:serviceGoalTemplate:edit`, `wfm:serviceGoalTemplate:view`, `wfm:planningGroup:add`, `wfm:planningGroup:delete`, `wfm:planningGroup:edit`, `wfm:planningGroup:view`, `wfm:shiftTradeRequest:edit`, `wfm:shiftTradeRequest:view`, `wfm:agentShiftTradeRequest:participate`, `wfm:shortTermForecast:add`, `wfm:shortTermForecast:delete`, `wfm:shortTermForecast:edit`, `wfm:shortTermForecast:view`, `wfm:staffingGroup:add`, `wfm:staffingGroup:delete`, `wfm:staffingGroup:edit`, `wfm:staffingGroup:view`, `wfm:timeOffRequest:add`, `wfm:timeOffRequest:edit`, `wfm:timeOffRequest:view`, `wfm:timeOffLimit:add`, `wfm:timeOffLimit:delete`, `wfm:timeOffLimit:edit`, `wfm:timeOffLimit:view`, `wfm:timeOffPlan:add`, `wfm:timeOffPlan:delete`, `wfm:timeOffPlan:edit`, `wfm:timeOffPlan:view`, `wfm:timeOffRequest:add`, `wfm:timeOffRequest:edit`, `wfm:timeOffRequest:view`, `wfm:workPlan:add`, `wfm:workPlan:delete`, `wfm:workPlan:edit`, `wfm:workPlan:view`, `wfm:workPlanRotation:add`, `wfm:workPlanRotation:delete`, `wfm:workPlanRotation:edit`, `wfm:workPlanRotation:view`, `coaching:appointment:add`, `coaching:appointment:edit`, `learning:assignment:add`, `learning:assignment:reschedule`
         */
        get: operations["getWorkforcemanagementBusinessunit"];
        put?: never;
        post?: never;
        /**
         * Delete business unit
         * @description A business unit cannot be deleted if it contains one or more management units
         * @permissions ANY: `wfm:businessUnit:delete`
         */
        delete: operations["deleteWorkforcemanagementBusinessunit"];
        options?: never;
        head?: never;
        /**
         * Update business unit
         * @permissions ALL: `wfm:businessUnit:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunit"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/activitycodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get activity codes
         * @permissions ANY: any one of `wfm:agentSchedule:view`, `wfm:agentTimeOffRequest:submit`, `wfm:activityCode:add`, `wfm:activityCode:delete`, `wfm:activityCode:edit`, `wfm:activityCode:view`, `wfm:agent:edit`, `wfm:agent:view`, `wfm:businessUnit:add`, `wfm:businessUnit:delete`, `wfm:businessUnit:edit`, `wfm:businessUnit:view`, `wfm:historicalAdherence:view`, `wfm:shrinkage:view`, `wfm:intraday:view`, `wfm:managementUnit:add`, `wfm:managementUnit:delete`, `wfm:managementUnit:edit`, `wfm:managementUnit:view`, `wfm:realtimeAdherence:view`, `wfm:schedule:add`, `wfm:schedule:delete`, `wfm:schedule:edit`, `wfm:schedule:generate`, `wfm:schedule:view`, `wfm:publishedSchedule:view`, `wfm:serviceGoalTemplate:add`, `wfm:serviceGoalTemplate:delete`, `wfm:serviceGoalTemplate:edit`, `wfm:serviceGoalTemplate:view`, `wfm:planningGroup:add`, `wfm:planningGroup:delete`, `wfm:planningGroup:edit`, `wfm:planningGroup:view`, `wfm:shiftTradeRequest:edit`, `wfm:shiftTradeRequest:view`, `wfm:shortTermForecast:add`, `wfm:shortTermForecast:delete`, `wfm:shortTermForecast:edit`, `wfm:shortTermForecast:view`, `wfm:timeOffLimit:add`, `wfm:timeOffLimit:delete`, `wfm:timeOffLimit:edit`, `wfm:timeOffLimit:view`, `wfm:timeOffPlan:add`, `wfm:timeOffPlan:delete`, `wfm:timeOffPlan:edit`, `wfm:timeOffPlan:view`, `wfm:timeOffRequest:add`, `wfm:timeOffRequest:edit`, `wfm:timeOffRequest:view`, `wfm:workPlan:add`, `wfm:workPlan:delete`, `wfm:workPlan:edit`, `wfm:workPlan:view`, `wfm:workPlanRotation:add`, `wfm:workPlanRotation:delete`, `wfm:workPlanRotation:edit`, `wfm:workPlanRotation:view`
         */
        get: operations["getWorkforcemanagementBusinessunitActivitycodes"];
        put?: never;
        /**
         * Create a new activity code
         * @permissions ANY: `wfm:activityCode:add`
         */
        post: operations["postWorkforcemanagementBusinessunitActivitycodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/activitycodes/{activityCodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an activity code
         * @permissions ANY: `wfm:activityCode:view`
         */
        get: operations["getWorkforcemanagementBusinessunitActivitycode"];
        put?: never;
        post?: never;
        /**
         * Deletes an activity code
         * @permissions ANY: `wfm:activityCode:delete`
         */
        delete: operations["deleteWorkforcemanagementBusinessunitActivitycode"];
        options?: never;
        head?: never;
        /**
         * Update an activity code
         * @permissions ANY: `wfm:activityCode:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitActivitycode"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/activitycodes/bulk": {
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
         * Update multiple activity codes
         * @permissions ANY: `wfm:activityCodes:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitActivitycodesBulk"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/activityplans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get activity plans
         * @permissions ANY: `wfm:activityPlan:view`
         */
        get: operations["getWorkforcemanagementBusinessunitActivityplans"];
        put?: never;
        /**
         * Create an activity plan
         * @permissions ANY: `wfm:activityPlan:add`
         */
        post: operations["postWorkforcemanagementBusinessunitActivityplans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/activityplans/{activityPlanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an activity plan
         * @permissions ANY: `wfm:activityPlan:view`
         */
        get: operations["getWorkforcemanagementBusinessunitActivityplan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an activity plan
         * @description If a job associated with the activity plan is in Processing state the activity plan cannot be updated
         * @permissions ANY: `wfm:activityPlan:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitActivityplan"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/activityplans/{activityPlanId}/runs/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run an activity plan manually
         * @description Triggers a job running the activity plan. The activity plan cannot be updated until the job completes
         * @permissions ANY: `wfm:activityPlanRunJob:add`
         */
        post: operations["postWorkforcemanagementBusinessunitActivityplanRunsJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/activityplans/{activityPlanId}/runs/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets an activity plan run job
         * @permissions ANY: `wfm:activityPlanRunJob:view`
         */
        get: operations["getWorkforcemanagementBusinessunitActivityplanRunsJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/activityplans/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets the latest job for all activity plans in the business unit
         * @permissions ANY: `wfm:activityPlan:view`
         */
        get: operations["getWorkforcemanagementBusinessunitActivityplansJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/adherence/explanations/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query adherence explanations across an entire business unit for the requested period
         * @permissions ANY: `wfm:adherenceExplanation:view`
         */
        post: operations["postWorkforcemanagementBusinessunitAdherenceExplanationsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/agentschedules/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search published schedules
         * @permissions ANY: any one of `wfm:schedule:view`, `wfm:publishedSchedule:view`
         */
        post: operations["postWorkforcemanagementBusinessunitAgentschedulesSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/alternativeshifts/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get alternative shifts settings for a business unit
         * @permissions ANY: `wfm:businessUnit:view`
         */
        get: operations["getWorkforcemanagementBusinessunitAlternativeshiftsSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update alternative shifts settings for a business unit
         * @permissions ANY: `wfm:businessUnit:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitAlternativeshiftsSettings"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/alternativeshifts/trades/{tradeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an alternative shifts trade in a business unit for a given trade ID
         * @permissions ANY: `wfm:alternativeShift:view`
         */
        get: operations["getWorkforcemanagementBusinessunitAlternativeshiftsTrade"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/alternativeshifts/trades/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List alternative shifts trades for a given management unit or agent
         * @permissions ANY: `wfm:alternativeShift:view`
         */
        post: operations["postWorkforcemanagementBusinessunitAlternativeshiftsTradesSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/alternativeshifts/trades/search/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the status of an alternative shift search trade operation. Only the user who started the operation can query the status
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions ANY: `wfm:alternativeShift:view`
         */
        get: operations["getWorkforcemanagementBusinessunitAlternativeshiftsTradesSearchJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/capacityplanning/longtermrequirements/automaticbestmethod/weeks/{weekDateId}/forecasts/{forecastId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the latest long term staffing requirements for a business unit
         * @permissions ANY: `wfm:longTermStaffing:view`
         */
        get: operations["getWorkforcemanagementBusinessunitCapacityplanningLongtermrequirementsAutomaticbestmethodWeekForecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/capacityplanning/longtermrequirements/automaticbestmethod/weeks/{weekDateId}/forecasts/{forecastId}/forceregenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Force regenerate the latest long term staffing requirements for a business unit
         * @permissions ANY: `wfm:longTermStaffing:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitCapacityplanningLongtermrequirementsAutomaticbestmethodWeekForecastForceregenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/capacityplans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of capacity plans for a business unit
         * @permissions ANY: `wfm:capacityPlan:view`
         */
        get: operations["getWorkforcemanagementBusinessunitCapacityplans"];
        put?: never;
        /**
         * Create a new capacity plan
         * @permissions ANY: `wfm:capacityPlan:add`
         */
        post: operations["postWorkforcemanagementBusinessunitCapacityplans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/capacityplans/{capacityPlanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a capacity plan
         * @permissions ANY: `wfm:capacityPlan:view`
         */
        get: operations["getWorkforcemanagementBusinessunitCapacityplan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a capacity plan configuration
         * @permissions ANY: `wfm:capacityPlan:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitCapacityplan"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/capacityplans/{capacityPlanId}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a capacity plan
         * @permissions ANY: `wfm:capacityPlan:add`
         */
        post: operations["postWorkforcemanagementBusinessunitCapacityplanCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/capacityplans/{capacityPlanId}/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a capacity plan's forecast inputs
         * @permissions ANY: `wfm:capacityPlanForecastInputs:view`
         */
        get: operations["getWorkforcemanagementBusinessunitCapacityplanForecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/capacityplans/{capacityPlanId}/requirement/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Regenerate requirements for capacity plan
         * @permissions ANY: `wfm:capacityPlan:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitCapacityplanRequirementGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/capacityplans/{capacityPlanId}/staffinggroupallocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a capacity plan's staffing group allocations
         * @permissions ANY: `wfm:capacityPlan:view`
         */
        get: operations["getWorkforcemanagementBusinessunitCapacityplanStaffinggroupallocations"];
        put?: never;
        /**
         * Create staffing group allocations for a capacity plan
         * @permissions ANY: `wfm:capacityPlan:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitCapacityplanStaffinggroupallocations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/capacityplans/{capacityPlanId}/staffinggroupallocationshistory": {
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
         * Delete staffing group allocations history created for a capacity plan before the given date
         * @permissions ANY: `wfm:capacityPlan:edit`
         */
        delete: operations["deleteWorkforcemanagementBusinessunitCapacityplanStaffinggroupallocationshistory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/capacityplans/{capacityPlanId}/staffinggroupallocationshistory/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query staffing groups allocations history for a capacity plan
         * @permissions ANY: `wfm:capacityPlan:view`
         */
        post: operations["postWorkforcemanagementBusinessunitCapacityplanStaffinggroupallocationshistoryQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/capacityplans/{capacityPlanId}/staffingrequirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a capacity plan's staffing requirements
         * @permissions ANY: `wfm:capacityPlan:view`
         */
        get: operations["getWorkforcemanagementBusinessunitCapacityplanStaffingrequirements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/capacityplans/bulk/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete capacity plans in a business unit
         * @permissions ANY: `wfm:capacityPlan:delete`
         */
        post: operations["postWorkforcemanagementBusinessunitCapacityplansBulkRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/decisionmetrics/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets the status of the given job
         * @permissions ANY: `wfm:decisionMetrics:edit`
         */
        get: operations["getWorkforcemanagementBusinessunitDecisionmetricsJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/decisionmetrics/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initiates the decision metrics update process
         * @permissions ANY: `wfm:decisionMetrics:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitDecisionmetricsUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/decisionmetrics/update/uploadurl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a signed upload URL for updating decision metrics
         * @permissions ANY: `wfm:decisionMetrics:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitDecisionmetricsUpdateUploadurl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/intraday": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get intraday data for the given date for the requested planningGroupIds
         * @permissions ANY: `wfm:intraday:view`
         */
        post: operations["postWorkforcemanagementBusinessunitIntraday"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/intraday/planninggroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get intraday planning groups for the given date
         * @permissions ANY: `wfm:intraday:view`
         */
        get: operations["getWorkforcemanagementBusinessunitIntradayPlanninggroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/mainforecast/continuousforecast/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the latest session for the business unit ID
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `wfm:mainForecast:view`
         */
        get: operations["getWorkforcemanagementBusinessunitMainforecastContinuousforecastSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/mainforecast/continuousforecast/session/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the session details for the session ID
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `wfm:mainForecast:view`
         */
        get: operations["getWorkforcemanagementBusinessunitMainforecastContinuousforecastSessionSessionId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/mainforecast/continuousforecast/session/{sessionId}/snapshot/{snapshotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the snapshot details for the snapshot ID
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `wfm:mainForecast:view`
         */
        get: operations["getWorkforcemanagementBusinessunitMainforecastContinuousforecastSessionSessionIdSnapshotSnapshotId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/mainforecast/continuousforecast/session/export/forecast/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a session export job
         * @permissions ALL: `wfm:mainForecastExportForecast:add`
         */
        post: operations["postWorkforcemanagementBusinessunitMainforecastContinuousforecastSessionExportForecastJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/mainforecast/continuousforecast/session/export/forecast/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status of the session export job
         * @permissions ALL: `wfm:mainForecastExportForecast:view`
         */
        get: operations["getWorkforcemanagementBusinessunitMainforecastContinuousforecastSessionExportForecastJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/mainforecast/continuousforecast/session/export/historical/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a historical export job
         * @permissions ALL: `wfm:mainForecastExportHistorical:add`
         */
        post: operations["postWorkforcemanagementBusinessunitMainforecastContinuousforecastSessionExportHistoricalJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/mainforecast/continuousforecast/session/export/historical/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status of the historical export job
         * @permissions ALL: `wfm:mainForecastExportHistorical:view`
         */
        get: operations["getWorkforcemanagementBusinessunitMainforecastContinuousforecastSessionExportHistoricalJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/mainforecast/continuousforecast/session/export/snapshot/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a snapshot export job
         * @permissions ALL: `wfm:mainForecastExportSnapshot:view`
         */
        post: operations["postWorkforcemanagementBusinessunitMainforecastContinuousforecastSessionExportSnapshotJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/mainforecast/continuousforecast/session/export/snapshot/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status of the snapshot export job
         * @permissions ALL: `wfm:mainForecastExportSnapshot:add`
         */
        get: operations["getWorkforcemanagementBusinessunitMainforecastContinuousforecastSessionExportSnapshotJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/managementunits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all authorized management units in the business unit
         * @permissions none required
         */
        get: operations["getWorkforcemanagementBusinessunitManagementunits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/minimumstaffing/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get minimum staffing settings for a business unit
         * @permissions ANY: `wfm:minimumStaffingSettings:view`
         */
        get: operations["getWorkforcemanagementBusinessunitMinimumstaffingSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update minimum staffing settings for a business unit
         * @permissions ANY: `wfm:minimumStaffingSettings:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitMinimumstaffingSettings"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/opportunities/{opportunityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get opportunity details
         * @permissions ANY: `wfm:opportunity:view`
         */
        get: operations["getWorkforcemanagementBusinessunitOpportunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the opportunity
         * @description Only opportunities with Draft status can be updated.
         * @permissions ANY: `wfm:opportunity:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitOpportunity"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/opportunities/bulk/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk add opportunities
         * @permissions ANY: `wfm:opportunities:add`
         */
        post: operations["postWorkforcemanagementBusinessunitOpportunitiesBulkAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/opportunities/bulk/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk publish opportunities
         * @description Published opportunities become available for agent enrollment when they open. Returns partial success if some opportunities cannot be published.
         * @permissions ANY: `wfm:opportunities:publish`
         */
        post: operations["postWorkforcemanagementBusinessunitOpportunitiesBulkPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/opportunities/bulk/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk remove opportunities
         * @description This operation is permanent and cannot be undone. Returns partial success if some opportunities cannot be removed.
         * @permissions ANY: `wfm:opportunities:delete`
         */
        post: operations["postWorkforcemanagementBusinessunitOpportunitiesBulkRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/opportunities/bulk/statuses/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk update opportunities status
         * @description If status is Closed, pending enrollments are automatically denied; approved enrollments remain in schedules. Returns partial success if some opportunities cannot be updated.
         * @permissions ANY: `wfm:opportunitiesStatuses:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitOpportunitiesBulkStatusesUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/opportunities/enrollments/bulk/statuses/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk update enrollment status
         * @description Updates the status of enrollments (approve/deny). Returns partial success if some enrollments cannot be updated.
         * @permissions ANY: `wfm:opportunitiesEnrollmentsStatuses:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitOpportunitiesEnrollmentsBulkStatusesUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/opportunities/enrollments/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query enrollments
         * @description For more information about opportunities, use the expand parameter.
         * @permissions ANY: `wfm:opportunitiesEnrollmentsQuery:view`
         */
        post: operations["postWorkforcemanagementBusinessunitOpportunitiesEnrollmentsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/opportunities/externalactivities/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query opportunities by external activity IDs
         * @permissions ANY: `wfm:opportunitiesExternalActivitiesQuery:view`
         */
        post: operations["postWorkforcemanagementBusinessunitOpportunitiesExternalactivitiesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/opportunities/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query opportunities within the specified date range
         * @permissions ANY: `wfm:opportunitiesQuery:view`
         */
        post: operations["postWorkforcemanagementBusinessunitOpportunitiesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/planninggroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets list of planning groups
         * @permissions ANY: any one of `wfm:planningGroup:view`, `wfm:shortTermForecast:view`, `wfm:intraday:view`, `wfm:agent:view`, `wfm:schedule:view`, `wfm:publishedSchedule:view`
         */
        get: operations["getWorkforcemanagementBusinessunitPlanninggroups"];
        put?: never;
        /**
         * Adds a new planning group
         * @description If the request body contains queue references in route paths, routing:queue:view is required in each referenced queues division.
         * @permissions ANY: `wfm:planningGroup:add`
         */
        post: operations["postWorkforcemanagementBusinessunitPlanninggroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/planninggroups/{planningGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a planning group
         * @permissions ANY: `wfm:planningGroup:view`
         */
        get: operations["getWorkforcemanagementBusinessunitPlanninggroup"];
        put?: never;
        post?: never;
        /**
         * Deletes the planning group
         * @permissions ANY: `wfm:planningGroup:delete`
         */
        delete: operations["deleteWorkforcemanagementBusinessunitPlanninggroup"];
        options?: never;
        head?: never;
        /**
         * Updates the planning group
         * @description If the request body contains queue references in route paths, routing:queue:view is required in each referenced queues division.
         * @permissions ANY: `wfm:planningGroup:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitPlanninggroup"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/schedulebids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of schedule bids
         * @permissions ANY: `wfm:scheduleBid:view`
         */
        get: operations["getWorkforcemanagementBusinessunitSchedulebids"];
        put?: never;
        /**
         * Create a new schedule bid
         * @permissions ANY: `wfm:scheduleBid:add`
         */
        post: operations["postWorkforcemanagementBusinessunitSchedulebids"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/schedulebids/{bidId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a schedule bid
         * @permissions ANY: `wfm:scheduleBid:view`
         */
        get: operations["getWorkforcemanagementBusinessunitSchedulebid"];
        put?: never;
        post?: never;
        /**
         * Delete a schedule bid
         * @permissions ANY: `wfm:scheduleBid:delete`
         */
        delete: operations["deleteWorkforcemanagementBusinessunitSchedulebid"];
        options?: never;
        head?: never;
        /**
         * Update a schedule bid
         * @permissions ANY: `wfm:scheduleBid:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitSchedulebid"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/schedulebids/{bidId}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a schedule bid
         * @permissions ANY: `wfm:scheduleBid:add`
         */
        post: operations["postWorkforcemanagementBusinessunitSchedulebidCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/schedulebids/{bidId}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a bid group in a given schedule bid
         * @permissions ANY: `wfm:scheduleBidGroup:add`
         */
        post: operations["postWorkforcemanagementBusinessunitSchedulebidGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/schedulebids/{bidId}/groups/{bidGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a schedule bid group
         * @permissions ANY: `wfm:scheduleBidGroup:view`
         */
        get: operations["getWorkforcemanagementBusinessunitSchedulebidGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a schedule bid group by bid group Id
         * @permissions ANY: `wfm:scheduleBidGroup:delete`
         */
        delete: operations["deleteWorkforcemanagementBusinessunitSchedulebidGroup"];
        options?: never;
        head?: never;
        /**
         * Update a schedule bid group by bid group Id
         * @permissions ANY: `wfm:scheduleBidGroup:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitSchedulebidGroup"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/schedulebids/{bidId}/groups/{bidGroupId}/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get agents schedule bid preferences for a bid group
         * @permissions ANY: `wfm:scheduleBidGroup:view`
         */
        get: operations["getWorkforcemanagementBusinessunitSchedulebidGroupPreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Overrides the assigned schedule bid for the specified agents
         * @permissions ANY: `wfm:scheduleBidGroup:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitSchedulebidGroupPreferences"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/schedulebids/{bidId}/groups/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get summary of bid groups that belong to a schedule bid
         * @permissions ANY: `wfm:scheduleBidGroup:view`
         */
        get: operations["getWorkforcemanagementBusinessunitSchedulebidGroupsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/schedulebids/effectiveschedulesets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch all the agents with effective schedule set for the given BU
         * @permissions ANY: `wfm:scheduleBid:view`
         */
        post: operations["postWorkforcemanagementBusinessunitSchedulebidsEffectiveschedulesets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/scheduler/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get scheduler settings for a business unit
         * @permissions ANY: `wfm:schedulerSettings:view`
         */
        get: operations["getWorkforcemanagementBusinessunitSchedulerSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update scheduler settings for a business unit
         * @permissions ANY: `wfm:schedulerSettings:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitSchedulerSettings"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/scheduling/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of scheduling runs
         * @permissions ANY: any one of `wfm:schedule:generate`, `wfm:schedule:edit`
         */
        get: operations["getWorkforcemanagementBusinessunitSchedulingRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/scheduling/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a scheduling run
         * @permissions ANY: any one of `wfm:schedule:generate`, `wfm:schedule:edit`
         */
        get: operations["getWorkforcemanagementBusinessunitSchedulingRun"];
        put?: never;
        post?: never;
        /**
         * Cancel a scheduling run
         * @permissions ANY: `wfm:schedule:generate`
         */
        delete: operations["deleteWorkforcemanagementBusinessunitSchedulingRun"];
        options?: never;
        head?: never;
        /**
         * Mark a schedule run as applied
         * @permissions ANY: `wfm:schedule:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitSchedulingRun"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/scheduling/runs/{runId}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the result of a rescheduling operation
         * @permissions ANY: any one of `wfm:schedule:edit`, `wfm:schedule:generate`
         */
        get: operations["getWorkforcemanagementBusinessunitSchedulingRunResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/schedulingpreferences/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get business unit scheduling preferences settings
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        get: operations["getWorkforcemanagementBusinessunitSchedulingpreferencesSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update business unit scheduling preferences settings
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        patch: operations["patchWorkforcemanagementBusinessunitSchedulingpreferencesSettings"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/servicegoaltemplates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets list of service goal templates
         * @permissions ANY: any one of `wfm:serviceGoalTemplate:view`, `wfm:planningGroup:view`, `wfm:shortTermForecast:view`
         */
        get: operations["getWorkforcemanagementBusinessunitServicegoaltemplates"];
        put?: never;
        /**
         * Adds a new service goal template
         * @permissions ANY: `wfm:serviceGoalTemplate:add`
         */
        post: operations["postWorkforcemanagementBusinessunitServicegoaltemplates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/servicegoaltemplates/{serviceGoalTemplateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a service goal template
         * @permissions ANY: `wfm:serviceGoalTemplate:view`
         */
        get: operations["getWorkforcemanagementBusinessunitServicegoaltemplate"];
        put?: never;
        post?: never;
        /**
         * Delete a service goal template
         * @permissions ANY: `wfm:serviceGoalTemplate:delete`
         */
        delete: operations["deleteWorkforcemanagementBusinessunitServicegoaltemplate"];
        options?: never;
        head?: never;
        /**
         * Updates a service goal template
         * @permissions ANY: `wfm:serviceGoalTemplate:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitServicegoaltemplate"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/shifttrading/trades/evaluate/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queries and evaluates against shift trade configuration shift trades in a management unit per week
         * @permissions ANY: any one of `wfm:shiftTradeRequest:view`, `wfm:shiftTradeRequest:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitShifttradingTradesEvaluateJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/shifttrading/trades/evaluate/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View results of the evaluate shift trades in a management unit per week operation. Only the user who started the operation can query the status
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions ANY: any one of `wfm:shiftTradeRequest:view`, `wfm:shiftTradeRequest:edit`
         */
        get: operations["getWorkforcemanagementBusinessunitShifttradingTradesEvaluateJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/shifttrading/trades/query/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queries shift trades in a management unit per user
         * @permissions ANY: any one of `wfm:shiftTradeRequest:view`, `wfm:shiftTradeRequest:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitShifttradingTradesQueryJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/shifttrading/trades/query/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View results of the query shift trades in a management unit per user operation. Only the user who started the operation can query the status
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions ANY: any one of `wfm:shiftTradeRequest:view`, `wfm:shiftTradeRequest:edit`
         */
        get: operations["getWorkforcemanagementBusinessunitShifttradingTradesQueryJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/shifttrading/trades/state/bulk/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk update multiple trade states. Permits a supervisor to approve or deny multiple trades.
         * @permissions ANY: `wfm:shiftTradeRequest:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitShifttradingTradesStateBulkJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/shifttrading/trades/state/bulk/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View results of bulk update trades states operation. Only the user who started the operation can query the status.
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions ANY: `wfm:shiftTradeRequest:edit`
         */
        get: operations["getWorkforcemanagementBusinessunitShifttradingTradesStateBulkJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/shifttrading/unmatched/search/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an async job to find potential shift trade matches for the current receiving user
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        post: operations["postWorkforcemanagementBusinessunitShifttradingUnmatchedSearchJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/shifttrading/unmatched/search/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View result of potential shift trade matches for the current user. Only the user who started the operation can query the status
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        get: operations["getWorkforcemanagementBusinessunitShifttradingUnmatchedSearchJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/shifttrading/weeks/summary/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieves the summary of shift trades in a matched state per week
         * @permissions ANY: any one of `wfm:shiftTradeRequest:view`, `wfm:shiftTradeRequest:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitShifttradingWeeksSummaryJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/shifttrading/weeks/summary/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View results of the retrieve the summary of shift trades in a matched state per week operation. Only the user who started the operation can query the status
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions ANY: any one of `wfm:shiftTradeRequest:view`, `wfm:shiftTradeRequest:edit`
         */
        get: operations["getWorkforcemanagementBusinessunitShifttradingWeeksSummaryJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/staffinggroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a list of staffing groups
         * @permissions ANY: `wfm:staffingGroup:view`
         */
        get: operations["getWorkforcemanagementBusinessunitStaffinggroups"];
        put?: never;
        /**
         * Creates a new staffing group
         * @permissions ANY: `wfm:staffingGroup:add`
         */
        post: operations["postWorkforcemanagementBusinessunitStaffinggroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/staffinggroups/{staffingGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a staffing group
         * @permissions ANY: `wfm:staffingGroup:view`
         */
        get: operations["getWorkforcemanagementBusinessunitStaffinggroup"];
        put?: never;
        post?: never;
        /**
         * Deletes a staffing group
         * @permissions ANY: `wfm:staffingGroup:delete`
         */
        delete: operations["deleteWorkforcemanagementBusinessunitStaffinggroup"];
        options?: never;
        head?: never;
        /**
         * Updates a staffing group
         * @permissions ANY: `wfm:staffingGroup:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitStaffinggroup"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/staffinggroups/planninggroups/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gets a list of planning group to staffing groups list association
         * @permissions ANY: `wfm:staffingGroup:view`
         */
        post: operations["postWorkforcemanagementBusinessunitStaffinggroupsPlanninggroupsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/staffinggroups/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gets staffing group associations for a list of user IDs
         * @permissions ANY: `wfm:staffingGroup:view`
         */
        post: operations["postWorkforcemanagementBusinessunitStaffinggroupsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a list of time-off limit objects
         * @permissions ANY: any one of `wfm:timeOffLimit:view`, `wfm:timeOffPlan:view`
         */
        get: operations["getWorkforcemanagementBusinessunitTimeofflimits"];
        put?: never;
        /**
         * Creates a new time-off limit object
         * @permissions ANY: `wfm:timeOffLimit:add`
         */
        post: operations["postWorkforcemanagementBusinessunitTimeofflimits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits/{timeOffLimitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a time-off limit object
         * @description Returns properties of time-off limit object, but not daily values
         * @permissions ANY: `wfm:timeOffLimit:view`
         */
        get: operations["getWorkforcemanagementBusinessunitTimeofflimit"];
        put?: never;
        post?: never;
        /**
         * Deletes a time-off limit object
         * @permissions ANY: `wfm:timeOffLimit:delete`
         */
        delete: operations["deleteWorkforcemanagementBusinessunitTimeofflimit"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits/{timeOffLimitId}/granularityconversion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Converts existing time-off limit to another granularity.
         * @permissions ANY: `wfm:timeOffLimit:convertGranularity`
         */
        post: operations["postWorkforcemanagementBusinessunitTimeofflimitGranularityconversion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits/{timeOffLimitId}/granularityconversion/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the list of convert time-off limit granularity job operation.
         * @permissions ANY: `wfm:timeOffLimit:convertGranularity`
         */
        get: operations["getWorkforcemanagementBusinessunitTimeofflimitGranularityconversionJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits/{timeOffLimitId}/granularityconversion/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the convert time-off limit granularity job operation. Only the user who started the operation can query the status.
         * @permissions ANY: `wfm:timeOffLimit:convertGranularity`
         */
        get: operations["getWorkforcemanagementBusinessunitTimeofflimitGranularityconversionJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits/{timeOffLimitId}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Sets daily values for a date range of time-off limit object
         * @description Note that only limit daily values can be set through API, allocated and waitlisted values are read-only for time-off limit API
         * @permissions ANY: `wfm:timeOffLimit:edit`
         */
        put: operations["putWorkforcemanagementBusinessunitTimeofflimitValues"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits/{timeOffLimitId}/values/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Starts importing the uploaded time-off limit values
         * @description Call after uploading the time-off limit values data to the url supplied by the /import/uploadurl route
         * @permissions ANY: `wfm:timeOffLimit:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitTimeofflimitValuesImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits/{timeOffLimitId}/values/import/uploadurl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a signed upload URL for importing values into time-off limit
         * @description Once the upload is complete, call the /import route to start the import process
         * @permissions ANY: `wfm:timeOffLimit:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitTimeofflimitValuesImportUploadurl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits/{timeOffLimitId}/values/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieves time-off limit related values based on a given set of filters.
         * @permissions ANY: `wfm:timeOffLimit:view`
         */
        post: operations["postWorkforcemanagementBusinessunitTimeofflimitValuesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits/values/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieves time-off limit related values based on a given set of filters. Deprecated: Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits/{timeOffLimitId}/values/query instead
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `wfm:timeOffLimit:view`
         */
        post: operations["postWorkforcemanagementBusinessunitTimeofflimitsValuesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/timeoffplans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a list of time-off plans
         * @permissions ANY: `wfm:timeOffPlan:view`
         */
        get: operations["getWorkforcemanagementBusinessunitTimeoffplans"];
        put?: never;
        /**
         * Creates a new time-off plan
         * @permissions ANY: `wfm:timeOffPlan:add`
         */
        post: operations["postWorkforcemanagementBusinessunitTimeoffplans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/timeoffplans/{timeOffPlanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a time-off plan
         * @permissions ANY: `wfm:timeOffPlan:view`
         */
        get: operations["getWorkforcemanagementBusinessunitTimeoffplan"];
        put?: never;
        post?: never;
        /**
         * Deletes a time-off plan
         * @permissions ANY: `wfm:timeOffPlan:delete`
         */
        delete: operations["deleteWorkforcemanagementBusinessunitTimeoffplan"];
        options?: never;
        head?: never;
        /**
         * Updates a time-off plan
         * @permissions ANY: `wfm:timeOffPlan:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitTimeoffplan"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/unavailabletimes/schedules/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get agent schedule generation unavailable times
         * @permissions ANY: `wfm:unavailableTimes:view`
         */
        post: operations["postWorkforcemanagementBusinessunitUnavailabletimesSchedulesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/unavailabletimes/settings/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query availability management units settings
         * @permissions ANY: `wfm:managementUnit:view`
         */
        post: operations["postWorkforcemanagementBusinessunitUnavailabletimesSettingsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get users in the business unit
         * @permissions ANY: `wfm:agent:view`
         */
        get: operations["getWorkforcemanagementBusinessunitUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekDateId}/shorttermforecasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get short term forecasts
         * @description Use "recent" (without quotes) for the `weekDateId` path parameter to fetch all forecasts for up to +/- 26 weeks from the current date. Response will include any forecast which spans the specified week
         * @permissions ANY: any one of `wfm:schedule:generate`, `wfm:shortTermForecast:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWeekShorttermforecasts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekDateId}/shorttermforecasts/{forecastId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a short term forecast
         * @permissions ANY: `wfm:shortTermForecast:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWeekShorttermforecast"];
        put?: never;
        post?: never;
        /**
         * Delete a short term forecast
         * @description Must not be tied to any schedules
         * @permissions ANY: `wfm:shortTermForecast:delete`
         */
        delete: operations["deleteWorkforcemanagementBusinessunitWeekShorttermforecast"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekDateId}/shorttermforecasts/{forecastId}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a short term forecast
         * @permissions ANY: `wfm:shortTermForecast:add`
         */
        post: operations["postWorkforcemanagementBusinessunitWeekShorttermforecastCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekDateId}/shorttermforecasts/{forecastId}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the result of a short term forecast calculation
         * @description Includes modifications unless you pass the doNotApplyModifications query parameter
         * @permissions ANY: `wfm:shortTermForecast:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWeekShorttermforecastData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekDateId}/shorttermforecasts/{forecastId}/generationresults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets the forecast generation results
         * @permissions ANY: `wfm:shortTermForecast:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWeekShorttermforecastGenerationresults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekDateId}/shorttermforecasts/{forecastId}/longtermforecastdata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the result of a long term forecast calculation
         * @description Includes modifications unless you pass the doNotApplyModifications query parameter
         * @permissions ANY: `wfm:shortTermForecast:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWeekShorttermforecastLongtermforecastdata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekDateId}/shorttermforecasts/{forecastId}/planninggroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets the forecast planning group snapshot
         * @permissions ANY: any one of `wfm:shortTermForecast:view`, `wfm:schedule:view`, `wfm:publishedSchedule:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWeekShorttermforecastPlanninggroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekDateId}/shorttermforecasts/{forecastId}/staffingrequirement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the staffing requirement by planning group for a forecast
         * @permissions ANY: `wfm:staffingRequirement:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWeekShorttermforecastStaffingrequirement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekDateId}/shorttermforecasts/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a short term forecast
         * @permissions ANY: `wfm:shortTermForecast:add`
         */
        post: operations["postWorkforcemanagementBusinessunitWeekShorttermforecastsGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekDateId}/shorttermforecasts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Starts importing the uploaded short term forecast
         * @description Call after uploading the forecast data to the url supplied by the /import/uploadurl route
         * @permissions ANY: `wfm:shortTermForecast:add`
         */
        post: operations["postWorkforcemanagementBusinessunitWeekShorttermforecastsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekDateId}/shorttermforecasts/import/uploadurl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a signed upload URL for importing a short term forecast
         * @description Once the upload is complete, call the /import route to start the short term forecast import process
         * @permissions ANY: `wfm:shortTermForecast:add`
         */
        post: operations["postWorkforcemanagementBusinessunitWeekShorttermforecastsImportUploadurl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of week schedules for the specified week
         * @description Use "recent" (without quotes) for the `weekId` path parameter to fetch all schedules for up to +/- 26 weeks from the current date. Response will include any schedule which spans the specified week
         * @permissions ANY: any one of `wfm:schedule:view`, `wfm:publishedSchedule:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWeekSchedules"];
        put?: never;
        /**
         * Create a blank schedule
         * @permissions ANY: `wfm:schedule:add`
         */
        post: operations["postWorkforcemanagementBusinessunitWeekSchedules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/{scheduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the metadata for the schedule, describing which management units and agents are in the scheduleSchedule data can then be loaded with the query route
         * @permissions ANY: any one of `wfm:schedule:view`, `wfm:publishedSchedule:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWeekSchedule"];
        put?: never;
        post?: never;
        /**
         * Delete a schedule
         * @permissions ANY: `wfm:schedule:delete`
         */
        delete: operations["deleteWorkforcemanagementBusinessunitWeekSchedule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/{scheduleId}/agentschedules/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Loads agent schedule data from the schedule. Used in combination with the metadata route
         * @permissions ANY: any one of `wfm:schedule:view`, `wfm:publishedSchedule:view`
         */
        post: operations["postWorkforcemanagementBusinessunitWeekScheduleAgentschedulesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/{scheduleId}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a schedule
         * @permissions ANY: `wfm:schedule:add`
         */
        post: operations["postWorkforcemanagementBusinessunitWeekScheduleCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/{scheduleId}/generationresults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the generation results for a generated schedule
         * @permissions ANY: any one of `wfm:schedule:view`, `wfm:publishedSchedule:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWeekScheduleGenerationresults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/{scheduleId}/headcountforecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the headcount forecast by planning group for the schedule
         * @permissions ANY: any one of `wfm:schedule:view`, `wfm:publishedSchedule:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWeekScheduleHeadcountforecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/{scheduleId}/history/agents/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Loads agent's schedule history.
         * @permissions ANY: any one of `wfm:schedule:view`, `wfm:publishedSchedule:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWeekScheduleHistoryAgent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/{scheduleId}/performancepredictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the performance prediction for the associated schedule
         * @permissions ANY: any one of `wfm:schedule:view`, `wfm:publishedSchedule:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWeekSchedulePerformancepredictions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/{scheduleId}/performancepredictions/recalculations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a daily recalculation of the performance prediction for the associated schedule
         * @permissions ANY: `wfm:schedule:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitWeekSchedulePerformancepredictionsRecalculations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/{scheduleId}/performancepredictions/recalculations/{recalculationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get recalculated performance prediction result
         * @permissions ANY: any one of `wfm:schedule:view`, `wfm:publishedSchedule:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWeekSchedulePerformancepredictionsRecalculation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/{scheduleId}/performancepredictions/recalculations/uploadurl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload daily activity changes to be able to request a performance prediction recalculation
         * @permissions ANY: `wfm:schedule:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitWeekSchedulePerformancepredictionsRecalculationsUploadurl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/{scheduleId}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a rescheduling run
         * @permissions ANY: `wfm:schedule:generate`
         */
        post: operations["postWorkforcemanagementBusinessunitWeekScheduleReschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/{scheduleId}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Starts processing a schedule update
         * @description Call after uploading the schedule data to the url supplied by the /update/uploadurl route
         * @permissions ANY: `wfm:schedule:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitWeekScheduleUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/{scheduleId}/update/uploadurl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a signed upload URL for updating a schedule
         * @description Once the upload is complete, call the /{scheduleId}/update route to start the schedule update process
         * @permissions ANY: `wfm:schedule:edit`
         */
        post: operations["postWorkforcemanagementBusinessunitWeekScheduleUpdateUploadurl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a schedule
         * @permissions ANY: `wfm:schedule:generate`
         */
        post: operations["postWorkforcemanagementBusinessunitWeekSchedulesGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Starts processing a schedule import
         * @description Call after uploading the schedule data to the url supplied by the /import/uploadurl route
         * @permissions ANY: `wfm:schedule:add`
         */
        post: operations["postWorkforcemanagementBusinessunitWeekSchedulesImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/import/uploadurl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a signed upload URL for importing a schedule
         * @description Once the upload is complete, call the /import route to start the schedule import process
         * @permissions ANY: `wfm:schedule:add`
         */
        post: operations["postWorkforcemanagementBusinessunitWeekSchedulesImportUploadurl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/workplanbids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of work plan bids
         * @permissions ANY: `wfm:workPlanBid:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWorkplanbids"];
        put?: never;
        /**
         * Create a new work plan bid
         * @permissions ANY: `wfm:workPlanBid:add`
         */
        post: operations["postWorkforcemanagementBusinessunitWorkplanbids"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/workplanbids/{bidId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a work plan bid
         * @permissions ANY: `wfm:workPlanBid:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWorkplanbid"];
        put?: never;
        post?: never;
        /**
         * Delete a work plan bid
         * @permissions ANY: `wfm:workPlanBid:delete`
         */
        delete: operations["deleteWorkforcemanagementBusinessunitWorkplanbid"];
        options?: never;
        head?: never;
        /**
         * Update work plan bid
         * @permissions ANY: `wfm:workPlanBid:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitWorkplanbid"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/workplanbids/{bidId}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a work plan bid
         * @permissions ANY: `wfm:workPlanBid:add`
         */
        post: operations["postWorkforcemanagementBusinessunitWorkplanbidCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/workplanbids/{bidId}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a bid group in a given work plan bid
         * @permissions ANY: `wfm:workPlanBidGroup:add`
         */
        post: operations["postWorkforcemanagementBusinessunitWorkplanbidGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/workplanbids/{bidId}/groups/{bidGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a bid group by bid group Id
         * @permissions ANY: `wfm:workPlanBidGroup:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWorkplanbidGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a bid group by bid group Id
         * @permissions ANY: `wfm:workPlanBidGroup:delete`
         */
        delete: operations["deleteWorkforcemanagementBusinessunitWorkplanbidGroup"];
        options?: never;
        head?: never;
        /**
         * Update a bid group by bid group Id
         * @permissions ANY: `wfm:workPlanBidGroup:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitWorkplanbidGroup"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/workplanbids/{bidId}/groups/{bidGroupId}/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets the work plan preferences of all the agents in the work plan bid group
         * @permissions ANY: `wfm:workPlanBidGroup:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWorkplanbidGroupPreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Overrides the assigned work plan for the specified agents
         * @permissions ANY: `wfm:workPlanBidGroup:edit`
         */
        patch: operations["patchWorkforcemanagementBusinessunitWorkplanbidGroupPreferences"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/{businessUnitId}/workplanbids/{bidId}/groups/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get summary of bid groups that belong to a work plan bid
         * @permissions ANY: `wfm:workPlanBidGroup:view`
         */
        get: operations["getWorkforcemanagementBusinessunitWorkplanbidGroupsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/businessunits/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get business units across divisions
         * @permissions ANY: `wfm:businessUnit:search`
         */
        get: operations["getWorkforcemanagementBusinessunitsDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/calendar/data/ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get ics formatted calendar based on shareable link
         * @permissions none required
         */
        get: operations["getWorkforcemanagementCalendarDataIcs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/calendar/url/ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get existing calendar link for the current user
         * @permissions ALL: all of `wfm:agentSchedule:sync`, `wfm:agentSchedule:view`
         */
        get: operations["getWorkforcemanagementCalendarUrlIcs"];
        put?: never;
        /**
         * Create a newly generated calendar link for the current user; if the current user has previously generated one, the generated link will be returned
         * @permissions ALL: all of `wfm:agentSchedule:sync`, `wfm:agentSchedule:view`
         */
        post: operations["postWorkforcemanagementCalendarUrlIcs"];
        /**
         * Disable generated calendar link for the current user
         * @permissions ALL: `wfm:agentSchedule:sync`
         */
        delete: operations["deleteWorkforcemanagementCalendarUrlIcs"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/historicaldata/bulk/remove/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves all delete job status for historical data
         * @permissions ALL: `wfm:historicalData:upload`
         */
        get: operations["getWorkforcemanagementHistoricaldataBulkRemoveJobs"];
        put?: never;
        /**
         * Delete the list of the historical data import entries
         * @permissions ALL: `wfm:historicalData:upload`
         */
        post: operations["postWorkforcemanagementHistoricaldataBulkRemoveJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/historicaldata/bulk/remove/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves delete job status for historical data imports associated with the job id
         * @permissions ALL: `wfm:historicalData:upload`
         */
        get: operations["getWorkforcemanagementHistoricaldataBulkRemoveJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/historicaldata/importstatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves status of the historical data imports of the organization
         * @permissions ALL: `wfm:historicalData:upload`
         */
        get: operations["getWorkforcemanagementHistoricaldataImportstatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/historicaldata/importstatus/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves status of the historical data imports associated with job id
         * @permissions ALL: `wfm:historicalData:upload`
         */
        get: operations["getWorkforcemanagementHistoricaldataImportstatusJobId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/historicaldata/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trigger validation process for historical import
         * @permissions ALL: `wfm:historicalData:upload`
         */
        post: operations["postWorkforcemanagementHistoricaldataValidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/integrations/hris": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get integrations
         * @permissions ANY: `wfm:integration:view`
         */
        get: operations["getWorkforcemanagementIntegrationsHris"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/integrations/hris/{hrisIntegrationId}/timeofftypes/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get list of time off types configured in integration
         * @permissions ANY: `wfm:integration:view`
         */
        post: operations["postWorkforcemanagementIntegrationsHriTimeofftypesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/integrations/hris/timeofftypes/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the results of time off types job
         * @permissions none required
         */
        get: operations["getWorkforcemanagementIntegrationsHrisTimeofftypesJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get management units
         * @permissions none required
         */
        get: operations["getWorkforcemanagementManagementunits"];
        put?: never;
        /**
         * Add a management unit
         * @description It may take a minute or two for a new management unit to be available for api operations
         * @permissions ALL: `wfm:managementUnit:add`
         */
        post: operations["postWorkforcemanagementManagementunits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get management unit
         * @description settings.shortTermForecasting is deprecated and now lives on the business unit
         * @permissions ANY: any one of `wfm:activityCode:add`, `wfm:activityCode:delete`, `wfm:activityCode:edit`, `wfm:activityCode:view`, `wfm:agent:edit`, `wfm:agentSchedule:view`, `wfm:agentTimeOffRequest:submit`, `wfm:agent:view`, `wfm:businessUnit:add`, `wfm:businessUnit:delete`, `wfm:businessUnit:edit`, `wfm:businessUnit:view`, `wfm:historicalAdherence:view`, `wfm:shrinkage:view`, `wfm:intraday:view`, `wfm:managementUnit:add`, `wfm:managementUnit:delete`, `wfm:managementUnit:edit`, `wfm:managementUnit:view`, `wfm:publishedSchedule:view`, `wfm:realtimeAdherence:view`, `wfm:schedule:add`, `wfm:schedule:delete`, `wfm:schedule:edit`, `wfm:schedule:generate`, `wfm:schedule:view`, `wfm:serviceGoalTemplate:add`, `wfm:serviceGoalTemplate:delete`, `wfm:serviceGoalTemplate:edit`, `wfm:serviceGoalTemplate:view`, `wfm:planningGroup:add`, `wfm:planningGroup:delete`, `wfm:planningGroup:edit`, `wfm:planningGroup:view`, `wfm:shiftTradeRequest:edit`, `wfm:shiftTradeRequest:view`, `wfm:agentShiftTradeRequest:participate`, `wfm:shortTermForecast:add`, `wfm:shortTermForecast:delete`, `wfm:shortTermForecast:edit`, `wfm:shortTermForecast:view`, `wfm:staffingGroup:add`, `wfm:staffingGroup:delete`, `wfm:staffingGroup:edit`, `wfm:staffingGroup:view`, `wfm:timeOffLimit:add`, `wfm:timeOffLimit:delete`, `wfm:timeOffLimit:edit`, `wfm:timeOffLimit:view`, `wfm:timeOffPlan:add`, `wfm:timeOffPlan:delete`, `wfm:timeOffPlan:edit`, `wfm:timeOffPlan:view`, `wfm:timeOffRequest:add`, `wfm:timeOffRequest:edit`, `wfm:timeOffRequest:view`, `wfm:workPlan:add`, `wfm:workPlan:delete`, `wfm:workPlan:edit`, `wfm:workPlan:view`, `wfm:workPlanRotation:add`, `wfm:workPlanRotation:delete`, `wfm:workPlanRotation:edit`, `wfm:workPlanRotation:view`
         */
        get: operations["getWorkforcemanagementManagementunit"];
        put?: never;
        post?: never;
        /**
         * Delete management unit
         * @permissions ANY: `wfm:managementUnit:delete`
         */
        delete: operations["deleteWorkforcemanagementManagementunit"];
        options?: never;
        head?: never;
        /**
         * Update the requested management unit
         * @permissions ANY: `wfm:managementUnit:edit`
         */
        patch: operations["patchWorkforcemanagementManagementunit"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/activitycodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deprecated: Instead use /api/v2/workforcemanagement/businessunits/{businessUnitId}/activitycodes. Get the list of activity codes
         * @description Deprecated: use /api/v2/workforcemanagement/businessunits/{businessUnitId}/activitycodes instead.
         * @deprecated Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/activitycodes instead.
         * @permissions ANY: any one of `wfm:activityCode:add`, `wfm:activityCode:delete`, `wfm:activityCode:edit`, `wfm:activityCode:view`, `wfm:agent:edit`, `wfm:agentSchedule:view`, `wfm:agentTimeOffRequest:submit`, `wfm:agent:view`, `wfm:businessUnit:add`, `wfm:businessUnit:delete`, `wfm:businessUnit:edit`, `wfm:businessUnit:view`, `wfm:historicalAdherence:view`, `wfm:shrinkage:view`, `wfm:intraday:view`, `wfm:managementUnit:add`, `wfm:managementUnit:delete`, `wfm:managementUnit:edit`, `wfm:managementUnit:view`, `wfm:publishedSchedule:view`, `wfm:realtimeAdherence:view`, `wfm:schedule:add`, `wfm:schedule:delete`, `wfm:schedule:edit`, `wfm:schedule:generate`, `wfm:schedule:view`, `wfm:shortTermForecast:add`, `wfm:shortTermForecast:delete`, `wfm:shortTermForecast:edit`, `wfm:shortTermForecast:view`, `wfm:timeOffRequest:add`, `wfm:timeOffRequest:edit`, `wfm:timeOffRequest:view`, `wfm:workPlan:add`, `wfm:workPlan:delete`, `wfm:workPlan:edit`, `wfm:workPlan:view`, `wfm:workPlanRotation:add`, `wfm:workPlanRotation:delete`, `wfm:workPlanRotation:edit`, `wfm:workPlanRotation:view`
         */
        get: operations["getWorkforcemanagementManagementunitActivitycodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/adherence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of user schedule adherence records for the requested management unit
         * @permissions ANY: `wfm:realtimeAdherence:view`
         */
        get: operations["getWorkforcemanagementManagementunitAdherence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/agents": {
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
         * Update agent configurations
         * @permissions ANY: `wfm:agent:edit`
         */
        patch: operations["patchWorkforcemanagementManagementunitAgents"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/agents/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get data for agent in the management unit
         * @permissions ANY: `wfm:agent:view`
         */
        get: operations["getWorkforcemanagementManagementunitAgent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/agents/{agentId}/shifttrades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets all the shift trades for a given agent
         * @description Deprecated. Use new route instead (/businessunits/{businessUnitId}/shifttrading/trades/query/jobs)
         * @deprecated Deprecated.
         * @permissions ANY: any one of `wfm:shiftTradeRequest:edit`, `wfm:shiftTradeRequest:view`
         */
        get: operations["getWorkforcemanagementManagementunitAgentShifttrades"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/agents/workplans/bulk": {
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
         * Updates agent work plan configuration
         * @permissions ANY: `wfm:workPlan:edit`
         */
        patch: operations["patchWorkforcemanagementManagementunitAgentsWorkplansBulk"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/agents/workplans/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get agents work plans configuration
         * @permissions ANY: `wfm:workPlan:view`
         */
        post: operations["postWorkforcemanagementManagementunitAgentsWorkplansQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/agentschedules/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query published schedules for given given time range for set of users
         * @permissions ANY: any one of `wfm:publishedSchedule:view`, `wfm:schedule:view`
         */
        post: operations["postWorkforcemanagementManagementunitAgentschedulesSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/decisionmetrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets the decision metrics of all user in given management unit
         * @permissions ANY: `wfm:decisionMetrics:view`
         */
        get: operations["getWorkforcemanagementManagementunitDecisionmetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/historicaladherencequery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a historical adherence report
         * @description The maximum supported range for historical adherence queries is 31 days, or 7 days with includeExceptions = true
         * @permissions ANY: `wfm:historicalAdherence:view`
         */
        post: operations["postWorkforcemanagementManagementunitHistoricaladherencequery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the requested management unit to a new business unit
         * @description Returns status 200 if the management unit is already in the requested business unit
         * @permissions ALL: `wfm:managementUnit:edit`
         */
        post: operations["postWorkforcemanagementManagementunitMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/schedules/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query published schedules for given given time range for set of users
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: any one of `wfm:publishedSchedule:view`, `wfm:schedule:view`
         */
        post: operations["postWorkforcemanagementManagementunitSchedulesSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/shifttrades/matched": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a summary of all shift trades in the matched state
         * @description Deprecated. Use new route instead (/businessunits/{businessUnitId}/shifttrading/weeks/summary/jobs)
         * @deprecated Deprecated.
         * @permissions ANY: any one of `wfm:shiftTradeRequest:view`, `wfm:shiftTradeRequest:edit`
         */
        get: operations["getWorkforcemanagementManagementunitShifttradesMatched"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/shifttrades/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets list of users available for whom you can send direct shift trade requests
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        get: operations["getWorkforcemanagementManagementunitShifttradesUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/shrinkage/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a historical shrinkage report
         * @description The maximum supported range for historical shrinkage queries is up to 32 days. Historical Shrinkage for a given date range can be queried in two modes - granular and aggregated. To see granular shrinkage information, provide granularity in the request body.
         * @permissions ANY: `wfm:shrinkage:view`
         */
        post: operations["postWorkforcemanagementManagementunitShrinkageJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/timeofflimits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a list of time off limit objects under management unit.
         * @description Currently only one time off limit object is allowed under management unit, so the list contains either 0 or 1 element. Deprecated: Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits instead
         * @deprecated Deprecated: Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits instead
         * @permissions ANY: any one of `wfm:timeOffLimit:view`, `wfm:timeOffPlan:view`
         */
        get: operations["getWorkforcemanagementManagementunitTimeofflimits"];
        put?: never;
        /**
         * Creates a new time off limit object under management unit.
         * @description Only one limit object is allowed under management unit, so an attempt to create second object will fail. Deprecated: Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits instead
         * @deprecated Deprecated: Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits instead
         * @permissions ANY: `wfm:timeOffLimit:add`
         */
        post: operations["postWorkforcemanagementManagementunitTimeofflimits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/timeofflimits/{timeOffLimitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a time off limit object
         * @description Returns properties of time off limit object, but not daily values. Deprecated: Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits/{timeOffLimitId} instead
         * @deprecated Deprecated: Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits/{timeOffLimitId} instead
         * @permissions ANY: `wfm:timeOffLimit:view`
         */
        get: operations["getWorkforcemanagementManagementunitTimeofflimit"];
        put?: never;
        post?: never;
        /**
         * Deletes a time off limit object. Deprecated: Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits/{timeOffLimitId} instead
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `wfm:timeOffLimit:delete`
         */
        delete: operations["deleteWorkforcemanagementManagementunitTimeofflimit"];
        options?: never;
        head?: never;
        /**
         * Updates a time off limit object.
         * @description Updates time off limit object properties, but not daily values. Deprecated: Updating defaultLimitMinutes is no longer supported
         * @deprecated Deprecated: Updating defaultLimitMinutes is no longer supported
         * @permissions ANY: `wfm:timeOffLimit:edit`
         */
        patch: operations["patchWorkforcemanagementManagementunitTimeofflimit"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/timeofflimits/{timeOffLimitId}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Sets daily values for a date range of time off limit object
         * @description Note that only limit daily values can be set through API, allocated and waitlisted values are read-only for time off limit API. Deprecated: Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits/{timeOffLimitId}/values instead
         * @deprecated Deprecated: Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits/{timeOffLimitId}/values instead
         * @permissions ANY: `wfm:timeOffLimit:edit`
         */
        put: operations["putWorkforcemanagementManagementunitTimeofflimitValues"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/timeofflimits/values/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieves time off limit related values based on a given set of filters. Deprecated: Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/timeofflimits/{timeOffLimitId}/values/query instead
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `wfm:timeOffLimit:view`
         */
        post: operations["postWorkforcemanagementManagementunitTimeofflimitsValuesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/timeoffplans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a list of time off plans. Deprecated: Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/timeoffplans instead
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `wfm:timeOffPlan:view`
         */
        get: operations["getWorkforcemanagementManagementunitTimeoffplans"];
        put?: never;
        /**
         * Creates a new time off plan. Deprecated: Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/timeoffplans instead
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `wfm:timeOffPlan:add`
         */
        post: operations["postWorkforcemanagementManagementunitTimeoffplans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/timeoffplans/{timeOffPlanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a time off plan. Deprecated: Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/timeoffplans/{timeOffPlanId} instead
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `wfm:timeOffPlan:view`
         */
        get: operations["getWorkforcemanagementManagementunitTimeoffplan"];
        put?: never;
        post?: never;
        /**
         * Deletes a time off plan. Deprecated: Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/timeoffplans/{timeOffPlanId} instead
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `wfm:timeOffPlan:delete`
         */
        delete: operations["deleteWorkforcemanagementManagementunitTimeoffplan"];
        options?: never;
        head?: never;
        /**
         * Updates a time off plan. Deprecated: Use /api/v2/workforcemanagement/businessunits/{businessUnitId}/timeoffplans/{timeOffPlanId} instead
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `wfm:timeOffPlan:edit`
         */
        patch: operations["patchWorkforcemanagementManagementunitTimeoffplan"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/timeoffrequests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new time off request
         * @permissions ANY: `wfm:timeOffRequest:add`
         */
        post: operations["postWorkforcemanagementManagementunitTimeoffrequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/timeoffrequests/{timeOffRequestId}/users/{userId}/integrationstatus": {
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
         * Set integration status for a time off request.
         * @permissions ANY: `wfm:timeOffRequest:edit`
         */
        patch: operations["patchWorkforcemanagementManagementunitTimeoffrequestUserIntegrationstatus"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/timeoffrequests/integrationstatus/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieves integration statuses for a list of time off requests
         * @permissions ANY: `wfm:timeOffRequest:view`
         */
        post: operations["postWorkforcemanagementManagementunitTimeoffrequestsIntegrationstatusQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/timeoffrequests/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetches time off requests matching the conditions specified in the request body
         * @description Request body requires one of the following: statuses == [Pending] or date range to be specified and less than or equal to 33 days. All other fields are filters
         * @permissions ANY: `wfm:timeOffRequest:view`
         */
        post: operations["postWorkforcemanagementManagementunitTimeoffrequestsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/timeoffrequests/waitlistpositions/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieves daily waitlist position for a list of time off requests
         * @permissions ANY: `wfm:timeOffRequest:view`
         */
        post: operations["postWorkforcemanagementManagementunitTimeoffrequestsWaitlistpositionsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/unavailabletimes/settings": {
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
         * Update management unit availability settings
         * @permissions ANY: `wfm:managementUnit:edit`
         */
        patch: operations["patchWorkforcemanagementManagementunitUnavailabletimesSettings"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get users in the management unit
         * @permissions ANY: any one of `wfm:agent:view`, `wfm:historicalAdherence:view`, `wfm:publishedSchedule:view`, `wfm:realtimeAdherence:view`, `wfm:schedule:view`, `wfm:staffingGroup:view`, `wfm:timeOffRequest:view`, `wfm:workPlanRotation:view`, `wfm:workPlan:view`
         */
        get: operations["getWorkforcemanagementManagementunitUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/users/{userId}/timeoffbalance/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query time off balances for a given user for specified activity code and dates
         * @permissions ANY: `wfm:timeOffRequest:view`
         */
        post: operations["postWorkforcemanagementManagementunitUserTimeoffbalanceJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/users/{userId}/timeoffrequests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of time off requests for a given user
         * @permissions ANY: `wfm:timeOffRequest:view`
         */
        get: operations["getWorkforcemanagementManagementunitUserTimeoffrequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/users/{userId}/timeoffrequests/{timeOffRequestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a time off request
         * @permissions ANY: `wfm:timeOffRequest:view`
         */
        get: operations["getWorkforcemanagementManagementunitUserTimeoffrequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a time off request
         * @permissions ANY: `wfm:timeOffRequest:edit`
         */
        patch: operations["patchWorkforcemanagementManagementunitUserTimeoffrequest"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/users/{userId}/timeoffrequests/{timeOffRequestId}/timeoffbalance/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query time off balances for dates spanned by a given time off request
         * @permissions ANY: `wfm:timeOffRequest:view`
         */
        post: operations["postWorkforcemanagementManagementunitUserTimeoffrequestTimeoffbalanceJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/users/{userId}/timeoffrequests/{timeOffRequestId}/timeofflimits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves time off limit, allocated and waitlisted values according to specific time off request
         * @permissions ALL: all of `wfm:timeOffRequest:view`, `wfm:timeOffLimit:view`
         */
        get: operations["getWorkforcemanagementManagementunitUserTimeoffrequestTimeofflimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/users/{userId}/timeoffrequests/estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Estimates available time off for an agent
         * @permissions ANY: `wfm:timeOffRequest:view`
         */
        post: operations["postWorkforcemanagementManagementunitUserTimeoffrequestsEstimate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/weeks/{weekDateId}/shifttrades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets all the shift trades for a given week
         * @description Deprecated. Use new route instead (/businessunits/{businessUnitId}/shifttrading/trades/evaluate/jobs)
         * @deprecated Deprecated.
         * @permissions ANY: any one of `wfm:shiftTradeRequest:view`, `wfm:shiftTradeRequest:edit`
         */
        get: operations["getWorkforcemanagementManagementunitWeekShifttrades"];
        put?: never;
        /**
         * Adds a shift trade
         * @description Deprecated. Use new route instead (/shifttrading/trades/jobs)
         * @deprecated Deprecated.
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        post: operations["postWorkforcemanagementManagementunitWeekShifttrades"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/weeks/{weekDateId}/shifttrades/{tradeId}": {
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
         * Updates a shift trade. This route can only be called by the initiating agent
         * @description Deprecated. Use new route instead (/shifttrading/trades/{tradeId}/jobs)
         * @deprecated Deprecated.
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        patch: operations["patchWorkforcemanagementManagementunitWeekShifttrade"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/weeks/{weekDateId}/shifttrades/{tradeId}/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Matches a shift trade. This route can only be called by the receiving agent
         * @description Deprecated. Use new route instead (/shifttrading/trades/{tradeId}/match/jobs)
         * @deprecated Deprecated.
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        post: operations["postWorkforcemanagementManagementunitWeekShifttradeMatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/weeks/{weekDateId}/shifttrades/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Searches for potential shift trade matches for the current agent
         * @description Deprecated. Use new route instead (/businessunits/{businessUnitId}/shifttrading/unmatched/search/jobs)
         * @deprecated Deprecated.
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        post: operations["postWorkforcemanagementManagementunitWeekShifttradesSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/weeks/{weekDateId}/shifttrades/state/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Updates the state of a batch of shift trades
         * @description Admin functionality is not supported with "mine". Deprecated. Use new route instead (/businessunits/{buId}/shifttrading/trades/state/bulk/jobs)
         * @deprecated Deprecated.
         * @permissions ANY: any one of `wfm:agentShiftTradeRequest:participate`, `wfm:shiftTradeRequest:edit`
         */
        post: operations["postWorkforcemanagementManagementunitWeekShifttradesStateBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/weeks/{weekId}/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deprecated.  Use the equivalent business unit resource instead. Get the list of schedules in a week in management unit
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: any one of `wfm:publishedSchedule:view`, `wfm:schedule:view`
         */
        get: operations["getWorkforcemanagementManagementunitWeekSchedules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/weeks/{weekId}/schedules/{scheduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deprecated.  Use the equivalent business unit resource instead. Get a week schedule
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: any one of `wfm:publishedSchedule:view`, `wfm:schedule:view`
         */
        get: operations["getWorkforcemanagementManagementunitWeekSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/workplanrotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get work plan rotations
         * @permissions ANY: any one of `wfm:agent:view`, `wfm:workPlanRotation:view`
         */
        get: operations["getWorkforcemanagementManagementunitWorkplanrotations"];
        put?: never;
        /**
         * Create a new work plan rotation
         * @permissions ANY: `wfm:workPlanRotation:add`
         */
        post: operations["postWorkforcemanagementManagementunitWorkplanrotations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/workplanrotations/{workPlanRotationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a work plan rotation
         * @permissions ANY: `wfm:workPlanRotation:view`
         */
        get: operations["getWorkforcemanagementManagementunitWorkplanrotation"];
        put?: never;
        post?: never;
        /**
         * Delete a work plan rotation
         * @permissions ANY: `wfm:workPlanRotation:delete`
         */
        delete: operations["deleteWorkforcemanagementManagementunitWorkplanrotation"];
        options?: never;
        head?: never;
        /**
         * Update a work plan rotation
         * @permissions ANY: `wfm:workPlanRotation:edit`
         */
        patch: operations["patchWorkforcemanagementManagementunitWorkplanrotation"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/workplanrotations/{workPlanRotationId}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a copy of work plan rotation
         * @permissions ANY: `wfm:workPlanRotation:add`
         */
        post: operations["postWorkforcemanagementManagementunitWorkplanrotationCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/workplans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get work plans
         * @description "expand=details" is deprecated
         * @permissions ANY: any one of `wfm:agent:view`, `wfm:publishedSchedule:view`, `wfm:schedule:view`, `wfm:workPlanRotation:view`, `wfm:workPlan:view`
         */
        get: operations["getWorkforcemanagementManagementunitWorkplans"];
        put?: never;
        /**
         * Create a new work plan
         * @permissions ANY: `wfm:workPlan:add`
         */
        post: operations["postWorkforcemanagementManagementunitWorkplans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/workplans/{workPlanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a work plan
         * @permissions ANY: any one of `wfm:workPlanRotation:view`, `wfm:workPlan:view`, `wfm:schedule:edit`
         */
        get: operations["getWorkforcemanagementManagementunitWorkplan"];
        put?: never;
        post?: never;
        /**
         * Delete a work plan
         * @permissions ANY: `wfm:workPlan:delete`
         */
        delete: operations["deleteWorkforcemanagementManagementunitWorkplan"];
        options?: never;
        head?: never;
        /**
         * Update a work plan
         * @permissions ANY: `wfm:workPlan:edit`
         */
        patch: operations["patchWorkforcemanagementManagementunitWorkplan"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/workplans/{workPlanId}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a copy of work plan
         * @permissions ANY: `wfm:workPlan:add`
         */
        post: operations["postWorkforcemanagementManagementunitWorkplanCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/{managementUnitId}/workplans/{workPlanId}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate Work Plan
         * @permissions ANY: any one of `wfm:workPlan:add`, `wfm:workPlan:edit`
         */
        post: operations["postWorkforcemanagementManagementunitWorkplanValidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/managementunits/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get management units across divisions
         * @permissions ANY: `wfm:managementUnit:search`
         */
        get: operations["getWorkforcemanagementManagementunitsDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of notifications for the current user
         * @description Notifications are only initially sent if you have the relevant Notify and Edit permissions
         * @permissions none required
         */
        get: operations["getWorkforcemanagementNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/notifications/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a list of notifications as read or unread
         * @permissions none required
         */
        post: operations["postWorkforcemanagementNotificationsUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/schedulebids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets the list of schedule bids that belong to an agent. It will fetch an open bid or upcoming bid or a bid that is closed recently
         * @permissions ANY: `wfm:agentScheduleBid:submit`
         */
        get: operations["getWorkforcemanagementSchedulebids"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/schedulebids/{bidId}/preference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets an agent's schedule bidding preference
         * @permissions ANY: `wfm:agentScheduleBid:submit`
         */
        get: operations["getWorkforcemanagementSchedulebidPreference"];
        /**
         * Update an agent's schedule set preference
         * @permissions ANY: `wfm:agentScheduleBid:submit`
         */
        put: operations["putWorkforcemanagementSchedulebidPreference"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/schedulebids/{bidId}/schedulesets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets an agent's schedule sets for a bid
         * @permissions ANY: `wfm:agentScheduleBid:submit`
         */
        get: operations["getWorkforcemanagementSchedulebidSchedulesets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get published schedule for the current user
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `wfm:agentSchedule:view`
         */
        post: operations["postWorkforcemanagementSchedules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/schedulingjobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status of the scheduling job
         * @permissions ANY: `wfm:schedulingrequest:view`
         */
        get: operations["getWorkforcemanagementSchedulingjob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/schedulingpreferences": {
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
         * Update agent scheduling preferences
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        patch: operations["patchWorkforcemanagementSchedulingpreferences"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/schedulingpreferences/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get agent scheduling preferences
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        post: operations["postWorkforcemanagementSchedulingpreferencesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/schedulingpreferences/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get scheduling preferences settings for the agent's business unit
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         */
        get: operations["getWorkforcemanagementSchedulingpreferencesSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/shifttrades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets all of my shift trades
         * @description Deprecated. Use new route instead (/shifttrading/trades/mine/query/jobs)
         * @deprecated Deprecated.
         * @permissions ANY: any one of `wfm:shiftTradeRequest:edit`, `wfm:shiftTradeRequest:view`, `wfm:agentShiftTradeRequest:participate`
         */
        get: operations["getWorkforcemanagementShifttrades"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/shifttrading/trades/{tradeId}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Updates a shift trade. This route can only be called by the initiating user
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        post: operations["postWorkforcemanagementShifttradingTradeJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/shifttrading/trades/{tradeId}/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View result of update trade operation. Only the user who started the operation can query the status
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        get: operations["getWorkforcemanagementShifttradingTradeJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/shifttrading/trades/{tradeId}/match/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Matches a shift trade. This route can only be called by the receiving user
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        post: operations["postWorkforcemanagementShifttradingTradeMatchJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/shifttrading/trades/{tradeId}/match/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View result of match shift trade operation. Only the receiving user who started the operation can query the status.
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        get: operations["getWorkforcemanagementShifttradingTradeMatchJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/shifttrading/trades/{tradeId}/state/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update trade state by a user
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        post: operations["postWorkforcemanagementShifttradingTradeStateJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/shifttrading/trades/{tradeId}/state/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View result of update trade state operation. Only the user who started the operation can query the status.
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        get: operations["getWorkforcemanagementShifttradingTradeStateJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/shifttrading/trades/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a shift trade job
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        post: operations["postWorkforcemanagementShifttradingTradesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/shifttrading/trades/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View result of create trade operation. Only the user who started the operation can query the status
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        get: operations["getWorkforcemanagementShifttradingTradesJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/shifttrading/trades/mine/query/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve all my shift trades where I am either the initiating or receiving user
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        post: operations["postWorkforcemanagementShifttradingTradesMineQueryJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/shifttrading/trades/mine/query/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View results of retrieve all my shift trade operation. Only the user who started the operation can query the status
         * @description Job details are only retained if the initial request returned a 202 ACCEPTED response
         * @permissions ANY: `wfm:agentShiftTradeRequest:participate`
         */
        get: operations["getWorkforcemanagementShifttradingTradesMineQueryJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/shrinkage/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Request to fetch the status of the historical shrinkage query
         * @permissions none required
         */
        get: operations["getWorkforcemanagementShrinkageJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/teams/{teamId}/adherence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of user schedule adherence records for the requested team
         * @permissions ANY: `wfm:realtimeAdherence:view`
         */
        get: operations["getWorkforcemanagementTeamAdherence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/teams/{teamId}/adherence/historical": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a teams historical adherence report
         * @description The maximum supported range for historical adherence queries is 31 days, or 7 days with includeExceptions = true
         * @permissions ANY: `wfm:historicalAdherence:view`
         */
        post: operations["postWorkforcemanagementTeamAdherenceHistorical"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/teams/{teamId}/shrinkage/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a historical shrinkage report
         * @description The maximum supported range for historical shrinkage queries is up to 32 days
         * @permissions ANY: `wfm:shrinkage:view`
         */
        post: operations["postWorkforcemanagementTeamShrinkageJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/timeoffbalance/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query time off balances for the current user for specified activity code and dates
         * @permissions ANY: `wfm:agentTimeOffRequest:submit`
         */
        post: operations["postWorkforcemanagementTimeoffbalanceJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/timeoffbalance/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the results of time off types job
         * @permissions none required
         */
        get: operations["getWorkforcemanagementTimeoffbalanceJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/timeofflimits/available/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queries available time off for the current user
         * @permissions ANY: `wfm:agentTimeOffRequest:submit`
         */
        post: operations["postWorkforcemanagementTimeofflimitsAvailableQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/timeoffrequests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of time off requests for the current user
         * @permissions ANY: any one of `wfm:agentSchedule:view`, `wfm:agentTimeOffRequest:submit`
         */
        get: operations["getWorkforcemanagementTimeoffrequests"];
        put?: never;
        /**
         * Create a time off request for the current user
         * @permissions ANY: `wfm:agentTimeOffRequest:submit`
         */
        post: operations["postWorkforcemanagementTimeoffrequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/timeoffrequests/{timeOffRequestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a time off request for the current user
         * @permissions ANY: any one of `wfm:agentSchedule:view`, `wfm:agentTimeOffRequest:submit`
         */
        get: operations["getWorkforcemanagementTimeoffrequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a time off request for the current user
         * @permissions ANY: `wfm:agentTimeOffRequest:submit`
         */
        patch: operations["patchWorkforcemanagementTimeoffrequest"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/timeoffrequests/{timeOffRequestId}/waitlistpositions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the daily waitlist positions of a time off request for the current user
         * @permissions ANY: `wfm:agentTimeOffRequest:submit`
         */
        get: operations["getWorkforcemanagementTimeoffrequestWaitlistpositions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/timeoffrequests/estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Estimates available time off for current user
         * @permissions ANY: `wfm:agentTimeOffRequest:submit`
         */
        post: operations["postWorkforcemanagementTimeoffrequestsEstimate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/timeoffrequests/integrationstatus/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieves integration statuses for a list of current user time off requests
         * @permissions ANY: `wfm:agentTimeOffRequest:submit`
         */
        post: operations["postWorkforcemanagementTimeoffrequestsIntegrationstatusQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/unavailabletimes": {
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
         * Update agent unavailable times
         * @permissions ANY: `wfm:agentUnavailableTimes:submit`
         */
        patch: operations["patchWorkforcemanagementUnavailabletimes"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/unavailabletimes/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get agent unavailable times
         * @permissions ANY: `wfm:agentUnavailableTimes:submit`
         */
        post: operations["postWorkforcemanagementUnavailabletimesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/unavailabletimes/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get availability management unit's settings for agent
         * @permissions ANY: `wfm:agentUnavailableTimes:submit`
         */
        get: operations["getWorkforcemanagementUnavailabletimesSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/unavailabletimes/validation/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validates proposed changes to an agent's unavailable time spans against scheduling rules and constraints for a specific week
         * @permissions ANY: `wfm:agentUnavailableTimes:submit`
         */
        post: operations["postWorkforcemanagementUnavailabletimesValidationJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/unavailabletimes/validation/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query agent unavailable times validation job
         * @permissions ANY: `wfm:agentUnavailableTimes:submit`
         */
        get: operations["getWorkforcemanagementUnavailabletimesValidationJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/users/{userId}/workplanbidranks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get work plan bid ranks for a user
         * @permissions ANY: `wfm:workPlanBid:view`
         */
        get: operations["getWorkforcemanagementUserWorkplanbidranks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update work plan bid ranks for a user
         * @permissions ANY: `wfm:workPlanBid:edit`
         */
        patch: operations["patchWorkforcemanagementUserWorkplanbidranks"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/users/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a list of UserScheduleAdherence records for the requested users
         * @description Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         */
        post: operations["postWorkforcemanagementUsersActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/users/workplanbidranks/bulk": {
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
         * Update bulk work plan bid ranks on users. Max 50 users can be updated at a time.
         * @permissions ANY: `wfm:workPlanBid:edit`
         */
        patch: operations["patchWorkforcemanagementUsersWorkplanbidranksBulk"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/workplanbids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets the list of work plan bids that belong to an agent
         * @permissions ANY: `wfm:agentWorkPlanBid:submit`
         */
        get: operations["getWorkforcemanagementWorkplanbids"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workforcemanagement/workplanbids/{bidId}/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets an agent's work plan bidding preference
         * @permissions ANY: `wfm:agentWorkPlanBid:submit`
         */
        get: operations["getWorkforcemanagementWorkplanbidPreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an agent's work plan bidding preference
         * @permissions ANY: `wfm:agentWorkPlanBid:submit`
         */
        patch: operations["patchWorkforcemanagementWorkplanbidPreferences"];
        trace?: never;
    };
    "/api/v2/workforcemanagement/workplanbids/{bidId}/workplans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets an agent's work plans for a bid
         * @permissions ANY: `wfm:agentWorkPlanBid:submit`
         */
        get: operations["getWorkforcemanagementWorkplanbidWorkplans"];
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
        /** @description Activity code data */
        ActivityCode: {
            agentTimeOffSelectable?: boolean;
            /**
             * @description The activity code's category
             * @enum {string}
             */
            category?: "OnQueueWork" | "Break" | "Meal" | "Meeting" | "OffQueueWork" | "TimeOff" | "Training" | "Unavailable" | "Unscheduled" | (string & {});
            /** @description Whether an agent is paid while performing this activity */
            countsAsPaidTime?: boolean;
            /** @description Indicates whether or not the activity should be counted as work time */
            countsAsWorkTime?: boolean;
            id: string;
            /** @description Whether this activity code is active or only used for historical schedules */
            isActive?: boolean;
            /** @description Whether this is a default activity code */
            isDefault?: boolean;
            /**
             * Format: int32
             * @description The default length of the activity in minutes
             */
            lengthInMinutes?: number;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            /** @description The activity code's name */
            name?: string;
            selfUri?: string;
        };
        /** @description Container for a map of ActivityCodeId to ActivityCode */
        ActivityCodeContainer: {
            /** @description Map of activity code id to activity code */
            activityCodes?: {
                [key: string]: components["schemas"]["ActivityCode"];
            };
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
        };
        ActivityCodeReference: {
            id: string;
            selfUri?: string;
        };
        ActivityCodesReference: {
            ids?: string[];
            selfUri?: string;
        };
        ActivityCodeStyle: {
            backgroundColor: string;
            textColorTheme: string;
        };
        ActivityCodeSummary: {
            id: string;
            name?: string;
            secondaryPresences?: components["schemas"]["SecondaryPresence"][];
            selfUri?: string;
        };
        ActivityPlanAbandonRateImpactOverride: {
            increaseByPercent: number;
        };
        ActivityPlanAsaImpactOverride: {
            increaseByPercent: number;
        };
        ActivityPlanJobException: {
            exceptionType: string;
            occurrences: components["schemas"]["ActivityPlanOccurrenceReference"][];
        };
        ActivityPlanJobListing: {
            entities?: components["schemas"]["ActivityPlanJobResponse"][];
        };
        ActivityPlanJobResponse: {
            activityPlan: components["schemas"]["ActivityPlanStructureWithOccurrenceSessionsUsersReference"];
            error?: components["schemas"]["ErrorBody"];
            exceptions: components["schemas"]["ActivityPlanJobException"][];
            id: string;
            occurrence?: components["schemas"]["ActivityPlanOccurrenceReference"];
            selfUri?: string;
            status: string;
            type: string;
        };
        ActivityPlanListing: {
            entities?: components["schemas"]["ActivityPlanListItem"][];
        };
        ActivityPlanListItem: {
            activityCode: components["schemas"]["ActivityCodeReference"];
            createdBy: components["schemas"]["UserReference"];
            createdDate: string;
            description: string;
            id: string;
            initialSchedulePeriod?: components["schemas"]["SchedulingPeriodBase"];
            lastRunBy?: components["schemas"]["UserReference"];
            lastRunDate?: string;
            managementUnits?: components["schemas"]["ManagementUnitReference"][];
            modifiedBy: components["schemas"]["UserReference"];
            modifiedDate: string;
            name: string;
            optimizationObjective: string;
            recurrenceSettings?: components["schemas"]["RecurrenceSettings"];
            selfUri?: string;
            state: string;
            type: string;
        };
        ActivityPlanOccurrenceReference: {
            id: string;
            selfUri?: string;
        };
        ActivityPlanOccurrenceSessionsUsersStructureReference: {
            id: string;
            selfUri?: string;
            sessions: components["schemas"]["ActivityPlanSessionStructureReference"][];
        };
        ActivityPlanReference: {
            id: string;
            selfUri?: string;
        };
        ActivityPlanResponse: {
            activityCode: components["schemas"]["ActivityCodeReference"];
            attendeesSearchRule?: components["schemas"]["UserSearchRule"];
            countsAsPaidTime: boolean;
            createdBy: components["schemas"]["UserReference"];
            createdDate: string;
            description: string;
            facilitated: boolean;
            facilitatorsSearchRule?: components["schemas"]["UserSearchRule"];
            fixedAvailability?: components["schemas"]["FixedAvailability"][];
            groupSettings?: components["schemas"]["GroupSettings"];
            id: string;
            initialSchedulePeriod: components["schemas"]["SchedulingPeriod"];
            lastRunBy?: components["schemas"]["UserReference"];
            lastRunDate?: string;
            lengthMinutes: number;
            managementUnits?: components["schemas"]["ManagementUnitReference"][];
            modifiedBy: components["schemas"]["UserReference"];
            modifiedDate: string;
            name: string;
            optimizationObjective: string;
            recurrenceSettings?: components["schemas"]["RecurrenceSettings"];
            selfUri?: string;
            serviceGoalImpactOverrides?: components["schemas"]["ActivityPlanServiceGoalImpactOverrides"];
            startTimeIncrementMinutes?: number;
            state: string;
            transitionTimeMinutes: number;
            type: string;
        };
        ActivityPlanRunJobResponse: {
            activityPlan: components["schemas"]["ActivityPlanReference"];
            error?: components["schemas"]["ErrorBody"];
            exceptions: components["schemas"]["ActivityPlanJobException"][];
            id: string;
            selfUri?: string;
            status: string;
        };
        ActivityPlanServiceGoalImpactOverrides: {
            abandonRate: components["schemas"]["ActivityPlanAbandonRateImpactOverride"];
            averageSpeedOfAnswer: components["schemas"]["ActivityPlanAsaImpactOverride"];
            serviceLevel: components["schemas"]["ActivityPlanServiceLevelImpactOverride"];
        };
        ActivityPlanServiceLevelImpactOverride: {
            decreaseByPercent: number;
        };
        ActivityPlanSessionStructureReference: {
            id: string;
            selfUri?: string;
            users?: components["schemas"]["UserReference"][];
        };
        ActivityPlanStructureWithOccurrenceSessionsUsersReference: {
            id: string;
            occurrences: components["schemas"]["ActivityPlanOccurrenceSessionsUsersStructureReference"][];
            selfUri?: string;
        };
        AddAdherenceExplanationAdminRequest: {
            lengthMinutes: number;
            notes?: string;
            startDate: string;
            status?: string;
            type: string;
        };
        AddAdherenceExplanationAgentRequest: {
            lengthMinutes: number;
            notes?: string;
            startDate: string;
            type: string;
        };
        AddOpportunityBody: {
            activityCodeId: string;
            approvalType: string;
            capacity: number;
            deadlineDate: string;
            description?: string;
            endDate: string;
            name: string;
            openDate?: string;
            startDate: string;
        };
        AddShiftTradeJobRequest: {
            acceptableIntervals?: components["schemas"]["RequiredDateRange"][];
            expirationDate?: string;
            initiatingShift: components["schemas"]["InitiatingShiftRequestItem"];
            target?: components["schemas"]["ShiftTradeTargetRequestItem"];
        };
        AddShiftTradeRequest: {
            acceptableIntervals?: string[];
            expiration?: string;
            initiatingShiftId: string;
            receivingUserId?: string;
            scheduleId: string;
        };
        AddWorkPlanRotationAgentRequest: {
            dateRange: components["schemas"]["DateRangeWithOptionalEnd"];
            position: number;
            userId: string;
        };
        AddWorkPlanRotationRequest: {
            agents?: components["schemas"]["AddWorkPlanRotationAgentRequest"][];
            dateRange: components["schemas"]["DateRangeWithOptionalEnd"];
            name: string;
            pattern: components["schemas"]["WorkPlanPatternRequest"];
        };
        AdherenceExplanationAsyncResponse: {
            job?: components["schemas"]["AdherenceExplanationJobReference"];
        };
        AdherenceExplanationJob: {
            adherenceExplanation?: components["schemas"]["AdherenceExplanationResponse"];
            agentQueryResponseTemplate?: components["schemas"]["AdherenceExplanationListingAgentQueryResponse"];
            buQueryResponseTemplate?: components["schemas"]["AdherenceExplanationListingBuQueryResponse"];
            downloadUrl?: string;
            error?: components["schemas"]["ErrorBody"];
            id?: string;
            selfUri?: string;
            status?: string;
            type?: string;
        };
        AdherenceExplanationJobReference: {
            id?: string;
            selfUri?: string;
            status?: string;
            type?: string;
        };
        AdherenceExplanationListing: {
            entities?: components["schemas"]["AdherenceExplanationResponse"][];
        };
        AdherenceExplanationListingAgentQueryResponse: {
            entities?: components["schemas"]["AdherenceExplanationResponse"][];
        };
        AdherenceExplanationListingBuQueryResponse: {
            entities?: components["schemas"]["AdherenceExplanationResponse"][];
        };
        AdherenceExplanationNotification: {
            agent?: components["schemas"]["UserReference"];
            businessUnit?: components["schemas"]["BusinessUnitReference"];
            id?: string;
            lengthMinutes?: number;
            managementUnit?: components["schemas"]["ManagementUnitReference"];
            notes?: string;
            selfUri?: string;
            startDate?: string;
            status?: string;
            type?: string;
        };
        AdherenceExplanationResponse: {
            agent: components["schemas"]["UserReference"];
            businessUnit: components["schemas"]["BusinessUnitReference"];
            id?: string;
            lengthMinutes: number;
            managementUnit: components["schemas"]["ManagementUnitReference"];
            notes?: string;
            reviewedBy?: components["schemas"]["UserReference"];
            reviewedDate?: string;
            selfUri?: string;
            startDate: string;
            status: string;
            type: string;
        };
        AdherenceSettings: {
            adherenceExceptionThresholdSeconds?: number;
            adherenceTargetPercent?: number;
            ignoredActivityCategories?: components["schemas"]["IgnoredActivityCategories"];
            ignoredActivityCodeIds?: components["schemas"]["IgnoredActivityCodeIds"];
            nonOnQueueActivitiesEquivalent?: boolean;
            severeAlertThresholdMinutes?: number;
            trackOnQueueActivity?: boolean;
        };
        AdminAgentScheduleBidBiddingPreference: {
            agent: components["schemas"]["UserReference"];
            agentScheduleBidPreferencePriorities: components["schemas"]["AgentScheduleBiddingPreferencePriority"][];
            assignedScheduleSetId?: string;
            endDate?: string;
            overriddenScheduleSetId?: string;
            overrideReason?: string;
            submitted: boolean;
        };
        AdminAgentScheduleBidPreferenceResponse: {
            downloadUrl?: string;
            result?: components["schemas"]["AdminAgentScheduleSetPreferences"];
        };
        AdminAgentScheduleSetPreferences: {
            agentsScheduleBidPreferences: components["schemas"]["AdminAgentScheduleBidBiddingPreference"][];
            bid?: components["schemas"]["ScheduleBidReference"];
            bidGroup?: components["schemas"]["ScheduleBidGroupReference"];
            id: string;
            selfUri?: string;
        };
        AdminAgentWorkPlanBiddingPreference: {
            agent: components["schemas"]["UserReference"];
            assignedWorkPlan?: components["schemas"]["WorkPlanReference"];
            overriddenWorkPlan?: components["schemas"]["WorkPlanReference"];
            overrideReason?: string;
            priorities?: number[];
            submitted: boolean;
        };
        AdminAgentWorkPlanPreferenceResponse: {
            agentWorkPlanBidPreferences: components["schemas"]["AdminAgentWorkPlanBiddingPreference"][];
            id: string;
            selfUri?: string;
            workPlans: components["schemas"]["WorkPlanReference"][];
        };
        AdminBulkUpdateAlternativeShiftTradeState: {
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            state: string;
            tradeId: string;
        };
        AdminBulkUpdateAlternativeShiftTradeStateRequest: {
            entities?: components["schemas"]["AdminBulkUpdateAlternativeShiftTradeState"][];
            managementUnitId: string;
        };
        AdminTimeOffRequestPatch: {
            activityCodeId?: string;
            dailyDurationMinutes?: number;
            durationMinutes?: number[];
            fullDayEarliestStartOffsetMinutes?: components["schemas"]["ListWrapperInteger"];
            fullDayLatestEndOffsetMinutes?: components["schemas"]["ListWrapperInteger"];
            fullDayManagementUnitDates?: string[];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            notes?: string;
            paid?: boolean;
            partialDayStartDateTimes?: string[];
            payableMinutes?: number[];
            status?: string;
        };
        AgentAddOpportunityEnrollment: {
            opportunityId: string;
        };
        AgentAdherenceDayMetrics: {
            actualLengthSeconds: number;
            adherencePercentage?: number;
            adherenceScheduleSeconds: number;
            conformanceActualSeconds?: number;
            conformancePercentage?: number;
            conformanceScheduleSeconds?: number;
            dayStartOffsetSeconds: number;
            exceptionCount: number;
            exceptionDurationSeconds: number;
            impactSeconds: number;
            scheduleLengthSeconds: number;
        };
        AgentAdherenceScheduledActivity: {
            activityCodeId: string;
            endOffsetSeconds: number;
            startOffsetSeconds: number;
        };
        AgentAssignedScheduleSetList: {
            agentAssignedShiftSets: components["schemas"]["AgentAssignedShiftSet"][];
        };
        AgentAssignedShiftSet: {
            agents: components["schemas"]["AssignedAgentDetails"][];
            effectiveWorkPlan: components["schemas"]["ShiftSetEffectiveWorkPlan"];
            id: string;
            shifts: components["schemas"]["ScheduleBidScheduledShift"][];
        };
        AgentBidScheduleSetOverrideRequest: {
            agentId: string;
            overrideReason?: string;
            overrideScheduleSetId?: string;
        };
        AgentBidWorkPlanOverrideRequest: {
            agentId: string;
            overrideReason?: string;
            overrideWorkPlanId?: string;
        };
        AgentBulkAddOpportunityEnrollment: {
            id?: string;
            opportunityId: string;
        };
        AgentBulkAddOpportunityEnrollmentResult: {
            enrollment: components["schemas"]["AgentBulkAddOpportunityEnrollment"];
            error?: components["schemas"]["BulkOpportunitiesError"];
            status: string;
        };
        AgentBulkAddOpportunityEnrollmentsRequest: {
            enrollments: components["schemas"]["AgentAddOpportunityEnrollment"][];
        };
        AgentBulkAddOpportunityEnrollmentsResponse: {
            errorCount: number;
            results: components["schemas"]["AgentBulkAddOpportunityEnrollmentResult"][];
        };
        AgentBulkStatusUpdateOpportunityEnrollmentsRequest: {
            enrollmentIds: string[];
            status: string;
        };
        AgentBulkStatusUpdateOpportunityEnrollmentsResponse: {
            errorCount: number;
            results: components["schemas"]["BulkOpportunitiesEnrollmentResult"][];
        };
        AgentBusinessUnitOpportunities: {
            id?: string;
            opportunities: components["schemas"]["AgentQueryOpportunityResult"][];
            selfUri?: string;
        };
        AgentCountRange: {
            maximum: number;
            minimum: number;
        };
        AgentEffectiveBid: {
            downloadTemplate?: components["schemas"]["AgentAssignedScheduleSetList"];
            downloadUrl: string;
            effectiveDate: string;
            endDate?: string;
            id: string;
            name?: string;
            selfUri?: string;
        };
        AgentIntegrationAssociationRequest: {
            agentExternalId: string;
            integrationId: string;
            locked: boolean;
        };
        AgentIntegrationAssociationResponse: {
            agentExternalId: string;
            integration: components["schemas"]["WfmIntegrationReference"];
            locked: boolean;
        };
        AgentIntegrationsRequest: {
            associatedIntegrations: components["schemas"]["AgentIntegrationAssociationRequest"][];
            selectedIntegrationId?: string;
        };
        AgentIntegrationsResponse: {
            agent: components["schemas"]["UserReference"];
            associatedIntegrations: components["schemas"]["AgentIntegrationAssociationResponse"][];
            selectedIntegration?: components["schemas"]["WfmIntegrationReference"];
            userSelected?: boolean;
        };
        AgentManagementUnitReference: {
            businessUnit?: components["schemas"]["BusinessUnitReference"];
            managementUnit?: components["schemas"]["ManagementUnitReference"];
            user?: components["schemas"]["UserReference"];
        };
        AgentMuQueryResponse: {
            downloadUrl?: string;
            error?: components["schemas"]["ErrorBody"];
            operationId: string;
            result?: components["schemas"]["AgentMuScheduleResult"];
            status: string;
        };
        AgentMuScheduleItem: {
            agent: components["schemas"]["UserReference"];
            fullDayTimeOffMarkerDates: string[];
            shifts: components["schemas"]["AgentMuScheduleShift"][];
        };
        AgentMuScheduleQuery: {
            endDate: string;
            startDate: string;
        };
        AgentMuScheduleResult: {
            agentSchedules: components["schemas"]["AgentMuScheduleItem"][];
            referenceStartDate: string;
        };
        AgentMuScheduleShift: {
            activities: components["schemas"]["AgentScheduleShiftActivity"][];
            lengthMinutes: number;
            startOffsetMinutes: number;
        };
        AgentOpportunityEnrollmentResult: {
            denialCode?: string;
            id?: string;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            reviewNote?: string;
            schedule?: components["schemas"]["BuScheduleReference"];
            status: string;
            systemMessageCode?: string;
        };
        AgentPossibleWorkShiftsRequest: {
            weekCount: number;
            weekStartDate: string;
        };
        AgentPossibleWorkShiftsResponse: {
            pattern?: number[];
            schedulerIntervalLengthMinutes?: number;
            timeZone?: string;
            weeklyPossibleWorkShifts?: components["schemas"]["PossibleWorkShiftsForWeek"][];
            weekStartDate?: string;
        };
        AgentQueryAdherenceExplanationsRequest: {
            endDate: string;
            startDate: string;
        };
        AgentQueryAdherenceExplanationsResponse: {
            downloadUrl?: string;
            job?: components["schemas"]["AdherenceExplanationJobReference"];
            result?: components["schemas"]["AdherenceExplanationListingAgentQueryResponse"];
        };
        AgentQueryOpportunities: {
            businessUnits: components["schemas"]["AgentBusinessUnitOpportunities"][];
            nextStartDate?: string;
        };
        AgentQueryOpportunitiesResponse: {
            downloadUrl?: string;
            result?: components["schemas"]["AgentQueryOpportunities"];
        };
        AgentQueryOpportunityResult: {
            activityCodeId: string;
            capacity: number;
            deadlineDate: string;
            description?: string;
            endDate: string;
            enrollment?: components["schemas"]["AgentOpportunityEnrollmentResult"];
            enrollmentCounts: components["schemas"]["PendingAndApprovedOpportunityEnrollmentCounts"];
            id?: string;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            name: string;
            startDate: string;
            status: string;
        };
        AgentQueueTimeRequest: {
            agentId: string;
            onQueueActivityCodeIds?: string[];
            onQueueLengthMinutesPerInterval: number[];
            startOffsetMinutes: number[];
        };
        AgentsBidAssignedScheduleSetOverrideRequest: {
            agentScheduleSetOverrides: components["schemas"]["AgentBidScheduleSetOverrideRequest"][];
        };
        AgentsBidAssignedWorkPlanOverrideRequest: {
            agentWorkPlanOverrides: components["schemas"]["AgentBidWorkPlanOverrideRequest"][];
        };
        AgentScheduleBid: {
            bidType: string;
            bidWindowEndDate: string;
            bidWindowStartDate: string;
            effectiveDate: string;
            id: string;
            name?: string;
            selfUri?: string;
            status: string;
        };
        AgentScheduleBiddingPreferencePriority: {
            priority?: number;
            scheduleSetId: string;
        };
        AgentScheduleBiddingPreferenceResponse: {
            agentScheduleBidPreferences: components["schemas"]["AgentScheduleBiddingPreferencePriority"][];
            assignedScheduleSetId?: string;
            id?: string;
            overriddenScheduleSetId?: string;
            overrideReason?: string;
            selfUri?: string;
            submitted: boolean;
        };
        AgentScheduleBids: {
            agentScheduleBids: components["schemas"]["AgentScheduleBid"][];
            businessUnit: components["schemas"]["BusinessUnitReference"];
            id?: string;
            selfUri?: string;
        };
        AgentScheduleBidScheduleSetResponse: {
            downloadTemplate?: components["schemas"]["BidGroupScheduleSet"];
            downloadUrl: string;
        };
        AgentScheduleShiftActivity: {
            activityCategory: string;
            lengthMinutes: number;
            startOffsetMinutes: number;
        };
        AgentScheduleUnavailableTime: {
            notes?: string;
            timeSpan: components["schemas"]["WfmTimeSpan"];
        };
        AgentSchedulingPreference: {
            id?: string;
            preferenceLevel: string;
            timeSpan: components["schemas"]["WfmTimeSpan"];
        };
        AgentSchedulingPreferenceListing: {
            entities?: components["schemas"]["AgentSchedulingPreference"][];
        };
        AgentsEffectiveScheduleSetResponse: {
            effectiveBids: components["schemas"]["AgentEffectiveBid"][];
        };
        AgentsIntegrationsListing: {
            entities?: components["schemas"]["AgentIntegrationsResponse"][];
        };
        AgentsWorkPlansResponse: {
            downloadUrl?: string;
            result?: components["schemas"]["MuAgentsWorkPlansResult"];
        };
        AgentTimeOffRequestPatch: {
            fullDayEarliestStartOffsetMinutes?: components["schemas"]["ListWrapperInteger"];
            fullDayLatestEndOffsetMinutes?: components["schemas"]["ListWrapperInteger"];
            markedAsRead?: boolean;
            notes?: string;
            status?: string;
        };
        AgentUpdateAlternativeShiftTradeRequest: {
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            state?: string;
        };
        AgentWorkPlan: {
            constrainWeeklyPaidTime: boolean;
            flexibleWeeklyPaidTime: boolean;
            id: string;
            name?: string;
            optionalDays?: components["schemas"]["SetWrapperDayOfWeek"];
            selfUri?: string;
            shifts: components["schemas"]["AgentWorkPlanShift"][];
            weeklyExactPaidMinutes: number;
            weeklyMaximumPaidMinutes: number;
            weeklyMinimumPaidMinutes: number;
        };
        AgentWorkPlanActivity: {
            countsAsPaidTime: boolean;
            lengthMinutes: number;
        };
        AgentWorkPlanBid: {
            bidType?: string;
            bidWindowEndDate: string;
            bidWindowStartDate: string;
            effectiveDate: string;
            id: string;
            name?: string;
            selfUri?: string;
            status: string;
            workPlanFieldsVisibleToAgents: string[];
        };
        AgentWorkPlanBiddingPreference: {
            priority?: number;
            workPlan: components["schemas"]["WorkPlanReference"];
        };
        AgentWorkPlanBiddingPreferenceRequest: {
            priority?: number;
            workPlanId: string;
        };
        AgentWorkPlanBiddingPreferenceResponse: {
            agentWorkPlanBidPreferences: components["schemas"]["AgentWorkPlanBiddingPreference"][];
            assignedWorkPlan?: components["schemas"]["WorkPlanReference"];
            id?: string;
            overriddenWorkPlan?: components["schemas"]["WorkPlanReference"];
            overrideReason?: string;
            selfUri?: string;
            submitted: boolean;
        };
        AgentWorkPlanBids: {
            agentWorkPlanBids: components["schemas"]["AgentWorkPlanBid"][];
            businessUnit?: components["schemas"]["BusinessUnitReference"];
            id?: string;
            selfUri?: string;
        };
        AgentWorkPlanListResponse: {
            entities?: components["schemas"]["AgentWorkPlan"][];
            managementUnit: components["schemas"]["ManagementUnitReference"];
        };
        AgentWorkPlans: {
            user: components["schemas"]["UserReference"];
            workPlanLookupKeysPerWeek: number[];
        };
        AgentWorkPlanShift: {
            activities: components["schemas"]["AgentWorkPlanActivity"][];
            constrainLatestStopTime: boolean;
            days: components["schemas"]["SetWrapperDayOfWeek"];
            earliestStartTimeMinutesFromMidnight: number;
            earliestStopTimeMinutesFromMidnight: number;
            exactPaidTimeMinutes: number;
            exactStartTimeMinutesFromMidnight: number;
            flexiblePaidTime: boolean;
            flexibleStartTime: boolean;
            latestStartTimeMinutesFromMidnight: number;
            latestStopTimeMinutesFromMidnight: number;
            maximumPaidTimeMinutes: number;
            minimumPaidTimeMinutes: number;
        };
        AggregatedExportJobRequest: {
            dateEnd?: string;
            dateStart?: string;
            delimiter?: string;
            granularity?: string;
            planningGroupIds?: string[];
            timeZone?: string;
        };
        AggregatedExportSnapshotJobRequest: {
            dateEnd?: string;
            dateStart?: string;
            delimiter?: string;
            granularity?: string;
            planningGroupIds?: string[];
            snapshotId: string;
            timeZone?: string;
        };
        AggregatedHistoricalExportJobResponse: {
            id?: string;
            selfUri?: string;
        };
        AggregatedHistoricalExportJobStatus: {
            downloadUrl?: string;
            error?: components["schemas"]["CsvExportErrorDetails"];
            id: string;
            selfUri?: string;
            status: string;
        };
        AggregatedSessionExportJobResponse: {
            id?: string;
            selfUri?: string;
        };
        AggregatedSessionExportJobStatus: {
            downloadUrl?: string;
            error?: components["schemas"]["CsvExportErrorDetails"];
            id: string;
            selfUri?: string;
            status: string;
        };
        AggregatedSnapshotExportJobResponse: {
            id?: string;
            selfUri?: string;
        };
        AggregatedSnapshotExportJobStatus: {
            downloadUrl?: string;
            error?: components["schemas"]["CsvExportErrorDetails"];
            id: string;
            selfUri?: string;
            status: string;
        };
        AggregateHistoricalAvailability: {
            weekly?: number[];
            yearly?: number[];
        };
        AlternativeShiftAgentScheduledShift: {
            activities: components["schemas"]["BuAgentScheduleActivity"][];
            dayIndex: number;
            lengthMinutes: number;
            referenceKey: string;
            startDate: string;
        };
        AlternativeShiftAsyncResponse: {
            job: components["schemas"]["AlternativeShiftJobReference"];
        };
        AlternativeShiftBulkUpdateTradesResponseTemplate: {
            entities?: components["schemas"]["AlternativeShiftTradeBulkUpdateTemplateItem"][];
        };
        AlternativeShiftBuSettingsResponse: {
            enabledGranularities: string[];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            minMinutesBeforeStartTime: number;
            retainedActivityCategories: string[];
        };
        AlternativeShiftJobReference: {
            id?: string;
            selfUri?: string;
            status: string;
            type: string;
        };
        AlternativeShiftJobResponse: {
            bulkUpdateTradesResults?: components["schemas"]["AlternativeShiftBulkUpdateTradesResponseTemplate"];
            downloadUrl?: string;
            error?: components["schemas"]["ErrorBody"];
            id?: string;
            selfUri?: string;
            status: string;
            type: string;
            viewOffersResults?: components["schemas"]["AlternativeShiftOffersViewResponseTemplate"];
            viewTradesResults?: components["schemas"]["AlternativeShiftTradesViewResponseTemplate"];
        };
        AlternativeShiftNotification: {
            granularity: string;
            id?: string;
            initiatingShiftDate: string;
            initiatingUser: components["schemas"]["UserReference"];
            newState?: string;
            receivingShiftDate?: string;
            receivingUser?: components["schemas"]["UserReference"];
            selfUri?: string;
            weekDate: string;
        };
        AlternativeShiftOffersRequest: {
            queryWeekDate: string;
            schedule: components["schemas"]["AlternativeShiftScheduleLookup"];
        };
        AlternativeShiftOffersViewResponseTemplate: {
            agentId: string;
            alternativeDays: components["schemas"]["AlternativeShiftAgentScheduledShift"][];
            businessUnitId: string;
            jobId: string;
            managementUnitId: string;
            offerWeekDate: string;
            schedule: components["schemas"]["AlternativeShiftScheduleLookup"];
            shifts: components["schemas"]["AlternativeShiftAgentScheduledShift"][];
        };
        AlternativeShiftScheduleLookup: {
            id: string;
            weekDate: string;
        };
        AlternativeShiftSearchOffersRequest: {
            acceptableIntervals?: string[];
            initiatingShift: components["schemas"]["InitiatingAlternativeShift"];
            queryWeekDate: string;
            schedule: components["schemas"]["AlternativeShiftScheduleLookup"];
        };
        AlternativeShiftTradeBulkUpdateTemplateItem: {
            adminDateReviewed?: string;
            adminReviewedBy?: components["schemas"]["UserReference"];
            failureReason?: string;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            state: string;
            tradeId: string;
        };
        AlternativeShiftTradeListing: {
            entities?: components["schemas"]["AlternativeShiftTradeResponse"][];
        };
        AlternativeShiftTradeResponse: {
            adminDateReviewed?: string;
            adminReviewedBy?: components["schemas"]["UserReference"];
            existingShifts: components["schemas"]["AlternativeShiftAgentScheduledShift"][];
            expirationDate?: string;
            id?: string;
            managementUnit: components["schemas"]["ManagementUnitReference"];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            offeredShifts: components["schemas"]["AlternativeShiftAgentScheduledShift"][];
            processingStatus?: string;
            schedule: components["schemas"]["AlternativeShiftScheduleLookup"];
            selfUri?: string;
            shiftOfferJobId: string;
            state: string;
            systemDateReviewed?: string;
            user: components["schemas"]["UserReference"];
            violations: string[];
            weekDate?: string;
        };
        AlternativeShiftTradesViewResponseTemplate: {
            entities?: components["schemas"]["AlternativeShiftTradeResponse"][];
        };
        AssignedAgentDetails: {
            endDate?: string;
            id: string;
        };
        AsyncForecastOperationResult: {
            operationId?: string;
            progress?: number;
            result?: components["schemas"]["BuShortTermForecast"];
            status?: string;
        };
        AsyncIntradayResponse: {
            operationId?: string;
            result?: components["schemas"]["BuIntradayResponse"];
            status?: string;
        };
        AvailabilityRange: {
            earliestStartMinutesFromMidnight: number;
            latestEndMinutesFromMidnight: number;
        };
        AvailableTimeOffRange: {
            availableMinutesPerInterval?: number[];
            granularity?: string;
            startDate?: string;
            timeOffLimit?: components["schemas"]["TimeOffLimitReference"];
            waitlistedRequestsPerInterval?: number[];
            waitlistEnabled?: boolean;
        };
        AvailableTimeOffRequest: {
            activityCodeId: string;
            dateRanges?: components["schemas"]["LocalDateRange"][];
            supportedGranularities?: string[];
        };
        AvailableTimeOffResponse: {
            values?: components["schemas"]["AvailableTimeOffRange"][];
        };
        BidGroupScheduleSet: {
            shiftSets: components["schemas"]["ShiftSet"][];
        };
        BidGroupWorkPlanRequest: {
            agentCountRange?: components["schemas"]["AgentCountRange"];
            overrideAgentCount?: number;
            suggestedAgentCount?: number;
            workPlanId: string;
        };
        BidGroupWorkPlanResponse: {
            agentCountRange?: components["schemas"]["AgentCountRange"];
            id?: string;
            managementUnit?: components["schemas"]["ManagementUnitReference"];
            overrideAgentCount?: number;
            selfUri?: string;
            suggestedAgentCount?: number;
        };
        BidGroupWorkPlanRotationRequest: {
            agentCount: number;
            workPlanRotationId: string;
        };
        BidGroupWorkPlanRotationResponse: {
            agentCount: number;
            id: string;
            managementUnit: components["schemas"]["ManagementUnitReference"];
            selfUri?: string;
        };
        BuAbandonRate: {
            include: boolean;
            percent?: number;
        };
        BuActivitySettingsRequest: {
            defaultActivityCodeId?: string;
        };
        BuActivitySettingsResponse: {
            defaultActivityCode?: components["schemas"]["ActivityCodeReference"];
        };
        BuAgentScheduleActivity: {
            activityCodeId: string;
            description: string;
            externalActivityId?: string;
            externalActivityType?: string;
            lengthMinutes: number;
            paid?: boolean;
            payableMinutes?: number;
            startDate: string;
            timeOffRequestId?: string;
            timeOffRequestSyncVersion?: number;
        };
        BuAgentScheduleHistoryChange: {
            deletes?: components["schemas"]["BuAgentScheduleHistoryDeletedChange"];
            fullDayTimeOffMarkers?: components["schemas"]["BuFullDayTimeOffMarker"][];
            metadata?: components["schemas"]["BuAgentScheduleHistoryChangeMetadata"];
            shifts?: components["schemas"]["BuAgentScheduleShift"][];
        };
        BuAgentScheduleHistoryChangeMetadata: {
            dateModified?: string;
            modifiedBy?: components["schemas"]["UserReference"];
        };
        BuAgentScheduleHistoryDeletedChange: {
            agentSchedule?: boolean;
            fullDayTimeOffMarkerDates?: string[];
            shiftIds?: string[];
        };
        BuAgentScheduleHistoryDroppedChange: {
            deletes?: components["schemas"]["BuAgentScheduleHistoryDeletedChange"];
            fullDayTimeOffMarkerDates?: string[];
            metadata?: components["schemas"]["BuAgentScheduleHistoryChangeMetadata"];
            shiftIds?: string[];
        };
        BuAgentScheduleHistoryResponse: {
            basePublishedSchedule?: components["schemas"]["BuAgentScheduleHistoryChange"];
            changes?: components["schemas"]["BuAgentScheduleHistoryChange"][];
            droppedChanges?: components["schemas"]["BuAgentScheduleHistoryDroppedChange"][];
            priorPublishedSchedules?: components["schemas"]["BuScheduleReference"][];
        };
        BuAgentSchedulePublishedScheduleReference: {
            id?: string;
            selfUri?: string;
            weekCount?: number;
            weekDate?: string;
        };
        BuAgentScheduleQueryResponse: {
            fullDayTimeOffMarkers?: components["schemas"]["BuFullDayTimeOffMarker"][];
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            shifts?: components["schemas"]["BuAgentScheduleShift"][];
            user?: components["schemas"]["UserReference"];
            workPlan?: components["schemas"]["WorkPlanReference"];
            workPlansPerWeek?: components["schemas"]["WorkPlanReference"][];
        };
        BuAgentScheduleRescheduleResponse: {
            fullDayTimeOffMarkers?: components["schemas"]["BuFullDayTimeOffMarker"][];
            shifts?: components["schemas"]["BuAgentScheduleShift"][];
            user?: components["schemas"]["UserReference"];
            workPlan?: components["schemas"]["WorkPlanReference"];
            workPlansPerWeek?: components["schemas"]["WorkPlanReference"][];
        };
        BuAgentScheduleSearchResponse: {
            fullDayTimeOffMarkers?: components["schemas"]["BuFullDayTimeOffMarker"][];
            shifts?: components["schemas"]["BuAgentScheduleShift"][];
            user?: components["schemas"]["UserReference"];
        };
        BuAgentScheduleShift: {
            activities?: components["schemas"]["BuAgentScheduleActivity"][];
            id?: string;
            lengthMinutes?: number;
            manuallyEdited?: boolean;
            schedule?: components["schemas"]["BuScheduleReference"];
            startDate?: string;
            workPlanId?: string;
            workPlanShiftId?: string;
        };
        BuAgentScheduleShiftRequest: {
            activities?: components["schemas"]["BuAgentScheduleActivity"][];
            id?: string;
            lengthMinutes?: number;
            manuallyEdited?: boolean;
            schedule?: components["schemas"]["BuScheduleReference"];
            startDate?: string;
            workPlanId?: components["schemas"]["ValueWrapperString"];
            workPlanShiftId?: components["schemas"]["ValueWrapperString"];
        };
        BuAgentSchedulesQueryResponse: {
            agentSchedules?: components["schemas"]["BuAgentScheduleQueryResponse"][];
            businessUnitTimeZone?: string;
        };
        BuAgentSchedulesSearchResponse: {
            agentSchedules?: components["schemas"]["BuAgentScheduleSearchResponse"][];
            businessUnitTimeZone?: string;
            publishedSchedules?: components["schemas"]["BuAgentSchedulePublishedScheduleReference"][];
        };
        BuAgentScheduleUpdate: {
            shiftStartDates?: string[];
            type?: string;
        };
        BuAlternativeShiftJobResponse: {
            bulkUpdateTradesResults?: components["schemas"]["AlternativeShiftBulkUpdateTradesResponseTemplate"];
            downloadUrl?: string;
            error?: components["schemas"]["ErrorBody"];
            id: string;
            selfUri?: string;
            status: string;
            type: string;
            viewOffersResults?: components["schemas"]["AlternativeShiftOffersViewResponseTemplate"];
            viewTradesResults?: components["schemas"]["AlternativeShiftTradesViewResponseTemplate"];
        };
        BuAsyncAgentSchedulesQueryResponse: {
            downloadUrl?: string;
            operationId?: string;
            progress?: number;
            result?: components["schemas"]["BuAgentSchedulesQueryResponse"];
            status?: string;
        };
        BuAsyncAgentSchedulesSearchResponse: {
            downloadUrl?: string;
            operationId?: string;
            progress?: number;
            result?: components["schemas"]["BuAgentSchedulesSearchResponse"];
            status?: string;
        };
        BuAsyncScheduleResponse: {
            operationId?: string;
            result?: components["schemas"]["BuScheduleMetadata"];
            status?: string;
        };
        BuAsyncScheduleRunResponse: {
            operationId?: string;
            result?: components["schemas"]["BuScheduleRun"];
            status?: string;
        };
        BuAverageSpeedOfAnswer: {
            include: boolean;
            seconds?: number;
        };
        BuConvertTimeOffGranularityLimitJobListing: {
            entities?: components["schemas"]["BuConvertTimeOffLimitGranularityJobResponse"][];
        };
        BuConvertTimeOffLimitGranularityJobProgress: {
            dateEarliestComplete?: string;
            dateLatestComplete?: string;
            numberOfDaysComplete?: number;
            percentageComplete?: number;
        };
        BuConvertTimeOffLimitGranularityJobRequest: {
            fullDayTimeOffStartTime?: string;
            granularity: string;
        };
        BuConvertTimeOffLimitGranularityJobResponse: {
            error?: components["schemas"]["ErrorBody"];
            id: string;
            progress?: components["schemas"]["BuConvertTimeOffLimitGranularityJobProgress"];
            selfUri?: string;
            status: string;
            timeOffLimit: components["schemas"]["BuTimeOffLimitReference"];
        };
        BuCopyScheduleRequest: {
            description: string;
            includeForecast?: boolean;
            weekDate: string;
        };
        BuCreateBlankScheduleRequest: {
            description: string;
            shortTermForecast?: components["schemas"]["BuShortTermForecastReference"];
            weekCount: number;
        };
        BuCreateTimeOffLimitRequest: {
            fullDayTimeOffStartTime?: string;
            granularity?: string;
            managementUnitId?: string;
            staffingGroupId?: string;
        };
        BuCreateTimeOffPlanRequest: {
            activityCodeIds?: string[];
            autoApprovalRule?: string;
            autoPublishApprovedTimeOffRequests?: boolean;
            businessUnitAssociation?: components["schemas"]["CreateTimeOffPlanBusinessUnitAssociation"];
            countAgainstTimeOffLimits?: boolean;
            daysBeforeStartToExpireFromWaitlist?: number;
            enabled?: boolean;
            hrisTimeOffType?: components["schemas"]["HrisTimeOffType"];
            managementUnitAssociation?: components["schemas"]["CreateTimeOffPlanManagementUnitAssociation"];
            name: string;
            overrideDates?: components["schemas"]["OverrideDate"][];
            restrictedActivityCodeIds?: string[];
        };
        BuCurrentAgentScheduleSearchResponse: {
            agentSchedules?: components["schemas"]["BuAgentScheduleSearchResponse"][];
            businessUnitTimeZone?: string;
            endDate?: string;
            publishedSchedules?: components["schemas"]["BuAgentSchedulePublishedScheduleReference"][];
            startDate?: string;
            updates?: components["schemas"]["BuAgentScheduleUpdate"][];
        };
        BuForecastGenerationPlanningGroupResult: {
            metricResults?: components["schemas"]["BuForecastTimeSeriesResult"][];
            planningGroupId?: string;
        };
        BuForecastGenerationResult: {
            planningGroupResults?: components["schemas"]["BuForecastGenerationPlanningGroupResult"][];
        };
        BuForecastModificationResponse: {
            displayGranularity: string;
            enabled: boolean;
            endIntervalIndex?: number;
            granularity: string;
            legacyMetric?: string;
            metric: string;
            planningGroupIds: string[];
            secondaryGranularity?: string;
            secondaryValues?: components["schemas"]["WfmForecastModificationIntervalOffsetValue"][];
            startIntervalIndex?: number;
            type: string;
            value?: number;
            values: components["schemas"]["WfmForecastModificationIntervalOffsetValue"][];
        };
        BuForecastResult: {
            planningGroups?: components["schemas"]["ForecastPlanningGroupData"][];
            referenceStartDate?: string;
            weekCount?: number;
            weekNumber?: number;
        };
        BuForecastResultResponse: {
            downloadUrl?: string;
            result?: components["schemas"]["BuForecastResult"];
        };
        BuForecastStaffingRequirementsResult: {
            downloadUrl: string;
            downloadUrlExpirationDate: string;
            planningGroupStaffingRequirements?: components["schemas"]["StaffingRequirementsPlanningGroupData"][];
            weekNumber: number;
        };
        BuForecastStaffingRequirementsResultResponse: {
            businessUnitId: string;
            forecast: components["schemas"]["BuShortTermForecastReference"];
            intervalLengthMinutes: number;
            referenceStartDate: string;
            results?: components["schemas"]["BuForecastStaffingRequirementsResult"][];
            state: string;
            weekCount: number;
        };
        BuForecastTimeSeriesResult: {
            forecastingMethod?: string;
            forecastType?: string;
            metric?: string;
        };
        BuFullDayTimeOffMarker: {
            activityCodeId?: string;
            businessUnitDate?: string;
            delete?: boolean;
            description?: string;
            endOffsetMinutes?: number;
            lengthMinutes?: number;
            paid?: boolean;
            payableMinutes?: number;
            startOffsetMinutes?: number;
            timeOffRequestId?: string;
            timeOffRequestSyncVersion?: number;
        };
        BuGenerateScheduleRequest: {
            description: string;
            options?: components["schemas"]["SchedulingOptionsRequest"];
            shortTermForecast?: components["schemas"]["BuShortTermForecastReference"];
            weekCount: number;
        };
        BuGetCurrentAgentScheduleRequest: {
            endDate: string;
            startDate: string;
        };
        BuHeadcountForecastBuPlanningGroupHeadcountForecastResult: {
            entities?: components["schemas"]["BuPlanningGroupHeadcountForecastResult"][];
            referenceStartDate?: string;
        };
        BuHeadcountForecastBuPlanningGroupHeadcountForecastUploadSchema: {
            entities?: components["schemas"]["BuPlanningGroupHeadcountForecastUploadSchema"][];
            referenceStartDate?: string;
        };
        BuHeadcountForecastResponse: {
            downloadUrl?: string;
            result?: components["schemas"]["BuHeadcountForecastBuPlanningGroupHeadcountForecastResult"];
        };
        BuImportAgentScheduleUploadSchema: {
            fullDayTimeOffMarkers?: components["schemas"]["BuFullDayTimeOffMarker"][];
            shifts?: components["schemas"]["BuAgentScheduleShiftRequest"][];
            userId: string;
            workPlanId?: components["schemas"]["ValueWrapperString"];
            workPlanIdsPerWeek?: components["schemas"]["ListWrapperString"];
        };
        BuImportShortTermForecastSchema: {
            canUseForScheduling?: boolean;
            description: string;
            longTermPlanningGroups?: components["schemas"]["LongTermForecastPlanningGroupData"][];
            planningGroups: components["schemas"]["ForecastPlanningGroupData"][];
            weekCount: number;
        };
        BuImportTimeOffLimitValue: {
            importDateTime: string;
            importMinutes?: number;
        };
        BuImportTimeOffLimitValuesRequest: {
            uploadKey: string;
        };
        BuImportTimeOffLimitValuesSchema: {
            limitValues: components["schemas"]["BuImportTimeOffLimitValue"][];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
        };
        BuImportTimeOffLimitValuesUploadResponse: {
            headers?: {
                [key: string]: string;
            };
            uploadBodySchema?: components["schemas"]["BuImportTimeOffLimitValuesSchema"];
            uploadKey?: string;
            url?: string;
        };
        BuIntradayDataGroup: {
            forecastDataPerInterval?: components["schemas"]["BuIntradayForecastData"][];
            forecastDataSummary?: components["schemas"]["BuIntradayForecastData"];
            mediaType?: string;
            performancePredictionDataPerInterval?: components["schemas"]["IntradayPerformancePredictionData"][];
            performancePredictionDataSummary?: components["schemas"]["IntradayPerformancePredictionData"];
            scheduleDataPerInterval?: components["schemas"]["BuIntradayScheduleData"][];
            scheduleDataSummary?: components["schemas"]["BuIntradayScheduleData"];
        };
        BuIntradayForecastData: {
            averageHandleTimeSeconds?: number;
            offered?: number;
        };
        BuIntradayResponse: {
            categories?: string[];
            endDate?: string;
            intervalLengthMinutes?: number;
            intradayDataGroupings?: components["schemas"]["BuIntradayDataGroup"][];
            noDataReason?: string;
            schedule?: components["schemas"]["BuScheduleReference"];
            shortTermForecast?: components["schemas"]["BuShortTermForecastReference"];
            startDate?: string;
        };
        BuIntradayScheduleData: {
            onQueueTimeSeconds?: number;
        };
        BuListAlternativeShiftTradesResponse: {
            job?: components["schemas"]["BuAlternativeShiftJobResponse"];
            result?: components["schemas"]["AlternativeShiftTradeListing"];
        };
        BulkAddOpportunitiesRequest: {
            agentIds?: string[];
            opportunities: components["schemas"]["AddOpportunityBody"][];
        };
        BulkAddOpportunitiesResponse: {
            opportunities: components["schemas"]["OpportunityResult"][];
        };
        BulkOpportunitiesEnrollmentResult: {
            enrollment: components["schemas"]["OpportunityEnrollment"];
            error?: components["schemas"]["BulkOpportunitiesError"];
            status: string;
        };
        BulkOpportunitiesError: {
            errorCode: string;
        };
        BulkOpportunitiesExternalActivitiesRequest: {
            ids: string[];
        };
        BulkOpportunitiesReferenceResult: {
            error?: components["schemas"]["BulkOpportunitiesError"];
            opportunity: components["schemas"]["OpportunityReference"];
            status: string;
        };
        BulkOpportunitiesRequest: {
            ids: string[];
        };
        BulkOpportunitiesStatusUpdateRequest: {
            opportunityIds: string[];
            status: string;
        };
        BulkOpportunitiesStatusUpdateResponse: {
            errorCount: number;
            results: components["schemas"]["BulkOpportunitiesReferenceResult"][];
        };
        BulkOpportunityEnrollmentsStatusUpdateRequest: {
            enrollmentIds: string[];
            reviewNote?: string;
            status: string;
        };
        BulkPublishOpportunitiesResponse: {
            errorCount: number;
            results: components["schemas"]["BulkOpportunitiesReferenceResult"][];
        };
        BulkRemoveOpportunitiesResponse: {
            errorCount: number;
            results: components["schemas"]["BulkRemoveOpportunitiesResult"][];
        };
        BulkRemoveOpportunitiesResult: {
            error?: components["schemas"]["BulkOpportunitiesError"];
            opportunityId: string;
            status: string;
        };
        BulkShiftTradeStateUpdateRequest: {
            entities: components["schemas"]["BulkUpdateShiftTradeStateRequestItem"][];
        };
        BulkUpdateActivityCodeRequest: {
            entities?: components["schemas"]["BulkUpdateActivityCodeRequestItem"][];
        };
        BulkUpdateActivityCodeRequestItem: {
            agentTimeOffSelectable?: boolean;
            category?: string;
            countsAsPaidTime?: boolean;
            countsAsWorkTime?: boolean;
            countsTowardShrinkage?: boolean;
            id: string;
            interruptible?: boolean;
            lengthInMinutes?: number;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            name?: string;
            plannedShrinkage?: boolean;
            planningGroupIds?: components["schemas"]["ListWrapperString"];
            style?: components["schemas"]["ValueWrapperActivityCodeStyle"];
        };
        BulkUpdateActivityCodeResponse: {
            entities?: components["schemas"]["BusinessUnitActivityCode"][];
        };
        BulkUpdateOpportunityEnrollmentsStatusResponse: {
            errorCount: number;
            results: components["schemas"]["BulkOpportunitiesEnrollmentResult"][];
        };
        BulkUpdateShiftTradeListJobRequest: {
            entities: components["schemas"]["BulkUpdateShiftTradeStateRequestItem"][];
            managementUnitIds: string[];
            weekDates: string[];
        };
        BulkUpdateShiftTradeStateRequestItem: {
            id?: string;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            state: string;
        };
        BulkUpdateShiftTradeStateResponse: {
            operationId?: string;
            result?: components["schemas"]["BulkUpdateShiftTradeStateResult"];
            status?: string;
        };
        BulkUpdateShiftTradeStateResult: {
            entities?: components["schemas"]["BulkUpdateShiftTradeStateResultItem"][];
        };
        BulkUpdateShiftTradeStateResultItem: {
            failureReason?: string;
            id?: string;
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            reviewedBy?: components["schemas"]["UserReference"];
            reviewedDate?: string;
            state?: string;
        };
        BuManagementUnitScheduleSummary: {
            agentCount?: number;
            agents?: components["schemas"]["UserReference"][];
            endDate?: string;
            managementUnit?: components["schemas"]["ManagementUnitReference"];
            startDate?: string;
        };
        BuNotificationSettingsRequest: {
            scheduling?: components["schemas"]["BuScheduleNotificationsSettingsRequest"];
        };
        BuNotificationSettingsResponse: {
            scheduling?: components["schemas"]["BuScheduleNotificationsSettingsResponse"];
        };
        BuPlanningGroupHeadcountForecastResult: {
            planningGroup?: components["schemas"]["PlanningGroupReference"];
            requiredPerInterval?: number[];
            requiredWithoutShrinkagePerInterval?: number[];
        };
        BuPlanningGroupHeadcountForecastUploadSchema: {
            planningGroupId: string;
            requiredPerInterval?: number[];
            requiredWithoutShrinkagePerInterval?: number[];
        };
        BuQueryAdherenceExplanationsRequest: {
            agentIds?: string[];
            endDate: string;
            managementUnitIds?: string[];
            startDate: string;
        };
        BuQueryAdherenceExplanationsResponse: {
            downloadUrl?: string;
            job?: components["schemas"]["AdherenceExplanationJobReference"];
            result?: components["schemas"]["AdherenceExplanationListingBuQueryResponse"];
        };
        BuQueryAgentSchedulesRequest: {
            managementUnitId: string;
            teamIds?: string[];
            userIds?: string[];
        };
        BuRescheduleAgentScheduleResult: {
            downloadResult?: components["schemas"]["MuRescheduleResultWrapper"];
            downloadUrl?: string;
            managementUnit?: components["schemas"]["ManagementUnitReference"];
        };
        BuRescheduleRequest: {
            activityCodeIds?: string[];
            activitySmoothingType?: string;
            agentIds?: string[];
            doNotChangeDailyPaidTime: boolean;
            doNotChangeManuallyEditedShifts: boolean;
            doNotChangeShiftStartTimes: boolean;
            doNotChangeWeeklyPaidTime: boolean;
            endDate?: string;
            induceScheduleVariability?: boolean;
            managementUnitIds: string[];
            startDate?: string;
            useUnavailableTimesSnapshot?: boolean;
        };
        BuRescheduleResult: {
            agentSchedules?: components["schemas"]["BuRescheduleAgentScheduleResult"][];
            generationResults?: components["schemas"]["ScheduleGenerationResult"];
            generationResultsDownloadUrl?: string;
            headcountForecast?: components["schemas"]["BuHeadcountForecastBuPlanningGroupHeadcountForecastResult"];
            headcountForecastDownloadUrl?: string;
        };
        BuScheduleListing: {
            entities?: components["schemas"]["BuScheduleListItem"][];
        };
        BuScheduleListItem: {
            description?: string;
            generationResults?: components["schemas"]["ScheduleGenerationResultSummary"];
            id?: string;
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            published?: boolean;
            selfUri?: string;
            shortTermForecast?: components["schemas"]["BuShortTermForecastReference"];
            weekCount?: number;
            weekDate?: string;
        };
        BuScheduleMetadata: {
            description?: string;
            generationResults?: components["schemas"]["ScheduleGenerationResultSummary"];
            id?: string;
            managementUnits?: components["schemas"]["BuManagementUnitScheduleSummary"][];
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            published?: boolean;
            selfUri?: string;
            shortTermForecast?: components["schemas"]["BuShortTermForecastReference"];
            weekCount?: number;
            weekDate?: string;
        };
        BuScheduleNotificationsCategorySettings: {
            activityCategory: string;
            earlyReminderEnabled: boolean;
            onTimeReminderEnabled: boolean;
        };
        BuScheduleNotificationsSettingsRequest: {
            activityCategorySettings?: components["schemas"]["BuScheduleNotificationsCategorySettings"][];
            earlyReminderMinutes?: number;
        };
        BuScheduleNotificationsSettingsResponse: {
            activityCategorySettings: components["schemas"]["BuScheduleNotificationsCategorySettings"][];
            earlyReminderMinutes: number;
        };
        BuScheduleReference: {
            id?: string;
            selfUri?: string;
            weekDate?: string;
        };
        BuScheduleReferenceForMuRoute: {
            businessUnit?: components["schemas"]["BusinessUnitReference"];
            id?: string;
            selfUri?: string;
            weekDate?: string;
        };
        BuSchedulerSettingsRequest: {
            consistentServiceLevelSmoothing?: boolean;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
        };
        BuSchedulerSettingsResponse: {
            consistentServiceLevelSmoothing: boolean;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
        };
        BuScheduleRun: {
            id: string;
            intradayRescheduling?: boolean;
            messageCount?: number;
            messageSeverityCounts?: components["schemas"]["SchedulerMessageSeverityCount"][];
            percentComplete?: number;
            reschedulingOptions?: components["schemas"]["ReschedulingOptionsRunResponse"];
            reschedulingResultExpiration?: string;
            schedule?: components["schemas"]["BuScheduleReference"];
            scheduleDescription?: string;
            schedulerRunId?: string;
            schedulingCanceledBy?: components["schemas"]["UserReference"];
            schedulingCompletedTime?: string;
            schedulingStartedBy?: components["schemas"]["UserReference"];
            schedulingStartTime?: string;
            selfUri?: string;
            state?: string;
            targetWeek?: string;
            weekCount?: number;
        };
        BuScheduleRunListing: {
            entities?: components["schemas"]["BuScheduleRun"][];
        };
        BuSchedulingSettingsRequest: {
            activitySmoothingType?: string;
            allowWorkPlanPerMinuteGranularity?: boolean;
            enableTimeOffFullDayEstimation?: boolean;
            induceScheduleVariability?: boolean;
            messageSeverities?: components["schemas"]["SchedulerMessageTypeSeverity"][];
            serviceGoalImpact?: components["schemas"]["WfmServiceGoalImpactSettings"];
            syncTimeOffProperties?: components["schemas"]["SetWrapperSyncTimeOffProperty"];
        };
        BuSchedulingSettingsResponse: {
            activitySmoothingType: string;
            allowWorkPlanPerMinuteGranularity: boolean;
            enableTimeOffFullDayEstimation: boolean;
            induceScheduleVariability: boolean;
            messageSeverities: components["schemas"]["SchedulerMessageTypeSeverity"][];
            serviceGoalImpact: components["schemas"]["WfmServiceGoalImpactSettings"];
            syncTimeOffProperties: string[];
        };
        BuSearchAgentSchedulesRequest: {
            endDate: string;
            startDate: string;
            userIds?: string[];
        };
        BuServiceLevel: {
            include: boolean;
            percent?: number;
            seconds?: number;
        };
        BuSetTimeOffLimitValuesRequest: {
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            values?: components["schemas"]["BuTimeOffLimitRange"][];
        };
        BuShortTermForecast: {
            canUseForScheduling?: boolean;
            creationMethod?: string;
            description?: string;
            generationResults?: components["schemas"]["BuForecastGenerationResult"];
            id: string;
            legacy?: boolean;
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            modifications?: components["schemas"]["BuForecastModificationResponse"][];
            planningGroups?: components["schemas"]["ForecastPlanningGroupsResponse"];
            planningGroupsVersion?: number;
            referenceStartDate?: string;
            selfUri?: string;
            sourceDays?: components["schemas"]["ForecastSourceDayPointer"][];
            timeZone?: string;
            weekCount?: number;
            weekDate?: string;
        };
        BuShortTermForecastingSettings: {
            defaultHistoryWeeks?: number;
        };
        BuShortTermForecastListing: {
            entities?: components["schemas"]["BuShortTermForecastListItem"][];
        };
        BuShortTermForecastListItem: {
            canUseForScheduling?: boolean;
            creationMethod?: string;
            description?: string;
            id: string;
            legacy?: boolean;
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            selfUri?: string;
            weekCount?: number;
            weekDate?: string;
        };
        BuShortTermForecastReference: {
            description?: string;
            id?: string;
            selfUri?: string;
            weekDate: string;
        };
        BuShortTermForecastWeekReference: {
            description?: string;
            id: string;
            selfUri?: string;
            weekDate: string;
            weekNumber: number;
        };
        BusinessUnitActivityCode: {
            active?: boolean;
            agentTimeOffSelectable?: boolean;
            category?: string;
            countsAsPaidTime?: boolean;
            countsAsWorkTime?: boolean;
            countsTowardShrinkage?: boolean;
            defaultCode?: boolean;
            id: string;
            interruptible?: boolean;
            lengthInMinutes?: number;
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            name?: string;
            plannedShrinkage?: boolean;
            planningGroups?: components["schemas"]["PlanningGroupReference"][];
            secondaryPresences?: components["schemas"]["SecondaryPresence"][];
            selfUri?: string;
            style?: components["schemas"]["ActivityCodeStyle"];
        };
        BusinessUnitActivityCodeListing: {
            downloadUrl?: string;
            entities?: components["schemas"]["BusinessUnitActivityCode"][];
        };
        BusinessUnitListing: {
            entities?: components["schemas"]["BusinessUnitListItem"][];
        };
        BusinessUnitListItem: {
            authorized?: boolean;
            division?: components["schemas"]["DivisionReference"];
            id?: string;
            name?: string;
            selfUri?: string;
        };
        BusinessUnitReference: {
            id?: string;
            selfUri?: string;
        };
        BusinessUnitResponse: {
            division?: components["schemas"]["DivisionReference"];
            id?: string;
            name?: string;
            selfUri?: string;
            settings?: components["schemas"]["BusinessUnitSettingsResponse"];
        };
        BusinessUnitSchedulingPreferencesSettingsResponse: {
            enabled: boolean;
        };
        BusinessUnitSettingsResponse: {
            coaching?: components["schemas"]["BuActivitySettingsResponse"];
            learning?: components["schemas"]["BuActivitySettingsResponse"];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            notifications?: components["schemas"]["BuNotificationSettingsResponse"];
            scheduling?: components["schemas"]["BuSchedulingSettingsResponse"];
            shortTermForecasting?: components["schemas"]["BuShortTermForecastingSettings"];
            startDayOfWeek: string;
            timeZone: string;
        };
        BuTimeOffLimitListing: {
            entities?: components["schemas"]["BuTimeOffLimitResponse"][];
        };
        BuTimeOffLimitRange: {
            limitMinutesPerDay?: number[];
            limitMinutesPerFifteenMinutes?: number[];
            startDate: string;
        };
        BuTimeOffLimitReference: {
            id: string;
            selfUri?: string;
        };
        BuTimeOffLimitResponse: {
            fullDayTimeOffStartTime?: string;
            granularity?: string;
            id: string;
            managementUnit?: components["schemas"]["ManagementUnitReference"];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            selfUri?: string;
            staffingGroup?: components["schemas"]["StaffingGroupReference"];
        };
        BuTimeOffLimitValueRange: {
            allocatedMinutesPerInterval: number[];
            granularity: string;
            id: string;
            limitMinutesPerInterval: number[];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            selfUri?: string;
            startDate: string;
            timeOffLimit: components["schemas"]["BuTimeOffLimitReference"];
            waitlistedMinutesPerInterval: number[];
            waitlistedRequestsPerInterval: number[];
        };
        BuTimeOffLimitValues: {
            startDate: string;
            valuesPerDay?: components["schemas"]["TimeOffLimitValues"];
            valuesPerFifteenMinutes?: components["schemas"]["TimeOffLimitValues"];
        };
        BuTimeOffLimitValuesForGranularityResponse: {
            granularity: string;
            limitValues?: components["schemas"]["BuTimeOffLimitValues"][];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            timeOffLimit: components["schemas"]["BuTimeOffLimitReference"];
        };
        BuTimeOffLimitValuesImportUploadUrlRequest: {
            contentLengthBytes: number;
        };
        BuTimeOffLimitValuesResponse: {
            values?: components["schemas"]["BuTimeOffLimitValueRange"][];
        };
        BuTimeOffPlanListing: {
            downloadUrl?: string;
            entities?: components["schemas"]["BuTimeOffPlanResponse"][];
        };
        BuTimeOffPlanResponse: {
            activityCodeIds: string[];
            autoApprovalRule: string;
            autoPublishApprovedTimeOffRequests?: boolean;
            businessUnitAssociation?: components["schemas"]["TimeOffPlanBusinessUnitAssociation"];
            countAgainstTimeOffLimits: boolean;
            daysBeforeStartToExpireFromWaitlist: number;
            enabled: boolean;
            hrisTimeOffType?: components["schemas"]["HrisTimeOffType"];
            id: string;
            managementUnitAssociation?: components["schemas"]["TimeOffPlanManagementUnitAssociation"];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            name: string;
            overrideDates?: components["schemas"]["OverrideDate"][];
            restrictedActivityCodes?: components["schemas"]["ActivityCodesReference"];
            selfUri?: string;
            timeOffLimits?: components["schemas"]["BuTimeOffLimitReference"][];
        };
        BuUpdateAgentScheduleShift: {
            activities?: components["schemas"]["BuAgentScheduleActivity"][];
            delete?: boolean;
            id?: string;
            lengthMinutes?: number;
            manuallyEdited?: boolean;
            schedule?: components["schemas"]["BuScheduleReference"];
            startDate?: string;
            workPlanId?: components["schemas"]["ValueWrapperString"];
            workPlanShiftId?: components["schemas"]["ValueWrapperString"];
        };
        BuUpdateAgentScheduleUploadSchema: {
            delete?: boolean;
            fullDayTimeOffMarkers?: components["schemas"]["BuFullDayTimeOffMarker"][];
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            shifts?: components["schemas"]["BuUpdateAgentScheduleShift"][];
            userId: string;
            workPlanId?: components["schemas"]["ValueWrapperString"];
            workPlanIdsPerWeek?: components["schemas"]["ListWrapperString"];
        };
        BuUpdateTimeOffPlanRequest: {
            activityCodeIds?: components["schemas"]["SetWrapperString"];
            autoApprovalRule?: string;
            autoPublishApprovedTimeOffRequests?: boolean;
            businessUnitAssociation?: components["schemas"]["UpdateTimeOffPlanBusinessUnitAssociation"];
            countAgainstTimeOffLimits?: boolean;
            daysBeforeStartToExpireFromWaitlist?: number;
            enabled?: boolean;
            hrisTimeOffType?: components["schemas"]["ValueWrapperHrisTimeOffType"];
            managementUnitAssociation?: components["schemas"]["UpdateTimeOffPlanManagementUnitAssociation"];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            name?: string;
            overrideDates?: components["schemas"]["ListWrapperOverrideDate"];
            restrictedActivityCodeIds?: components["schemas"]["SetWrapperString"];
        };
        BuUserListing: {
            managementUnits: components["schemas"]["ManagementUnitUserListing"][];
        };
        CalendarUrlResponse: {
            calendarUrl?: string;
            selfUri?: string;
        };
        CapacityPlanDeleteRequest: {
            capacityPlanIds: string[];
        };
        CapacityPlanForecastInputsResponse: {
            businessUnit: components["schemas"]["BusinessUnitReference"];
            capacityPlan: components["schemas"]["CapacityPlanReference"];
            downloadTemplate?: components["schemas"]["CapacityPlanForecastInputsTemplate"];
            downloadUrl: string;
        };
        CapacityPlanForecastInputsTemplate: {
            capacityPlanForecastSummary: components["schemas"]["CapacityPlanForecastMetrics"];
            granularity: string;
            months?: string[];
            planningGroupsForecastData: components["schemas"]["ForecastInputPlanningGroupData"][];
            referenceBusinessUnitDate: string;
        };
        CapacityPlanForecastMetrics: {
            averageHandleTime: number[];
            volume: number[];
        };
        CapacityPlanListItem: {
            endBusinessUnitDate: string;
            id: string;
            metadata: components["schemas"]["CapacityPlanMetadata"];
            name?: string;
            selfUri?: string;
            startBusinessUnitDate: string;
        };
        CapacityPlanMetadata: {
            createdBy?: components["schemas"]["UserReference"];
            createdDate?: string;
            modifiedBy: components["schemas"]["UserReference"];
            modifiedDate: string;
            version: number;
        };
        CapacityPlanMetricsSummary: {
            attritionFullTimeEquivalentCount: number[];
            attritionPercentage: number[];
            endOfMonthPlannedFullTimeEquivalentCount?: number[];
            extraTimeUnderTimeFullTimeEquivalentCount: number[];
            netFullTimeEquivalentCount: number[];
            newHireFullTimeEquivalentCount: number[];
            plannedFullTimeEquivalentCount: number[];
            requiredStaffFullTimeEquivalentCount: number[];
            shrinkageFullTimeEquivalentCount: number[];
            shrinkagePercentage: number[];
            staffingOverUnderFullTimeEquivalentCount: number[];
            startingFullTimeEquivalentCount: number[];
            transfersFullTimeEquivalentCount: number[];
        };
        CapacityPlanningPlanningGroupAllocation: {
            overUnderFullTimeEquivalentCount: number[];
            planningGroupId: string;
            requiredStaffFullTimeEquivalentCount: number[];
            staffingGroupFullTimeEquivalentContributions: components["schemas"]["StaffingGroupFullTimeEquivalentContribution"][];
            totalPlannedFullTimeEquivalentCount: number[];
        };
        CapacityPlanReference: {
            id: string;
            name?: string;
            selfUri?: string;
        };
        CapacityPlanRequest: {
            description?: string;
            endBusinessUnitDate: string;
            forecast: components["schemas"]["BuShortTermForecastReference"];
            fullTimeEquivalentWeeklyHours: number;
            name: string;
            staffingGroupAllocations: components["schemas"]["CreateStaffingGroupAllocation"][];
            startBusinessUnitDate: string;
        };
        CapacityPlanResponse: {
            description?: string;
            endBusinessUnitDate: string;
            forecast?: components["schemas"]["BuShortTermForecastReference"];
            fullTimeEquivalentWeeklyHours: number;
            id: string;
            metadata: components["schemas"]["CapacityPlanMetadata"];
            name?: string;
            selfUri?: string;
            startBusinessUnitDate: string;
        };
        CapacityPlansListResponse: {
            entities?: components["schemas"]["CapacityPlanListItem"][];
        };
        CapacityPlanStaffingGroupAllocationsResponse: {
            capacityPlan: components["schemas"]["CapacityPlanReference"];
            downloadTemplate?: components["schemas"]["StaffingGroupAllocationsResponseTemplate"];
            downloadUrl: string;
            fullTimeEquivalentWeeklyHours: number;
        };
        CapacityPlanStaffingGroupMetricChangeHistoryListResponse: {
            entities?: components["schemas"]["StaffingGroupMetricChangeResponse"][];
        };
        CapacityPlanStaffingGroupMetricChangeResponse: {
            createdBy: components["schemas"]["UserReference"];
            createdDate: string;
            metric: string;
            notes?: string;
            numberOfWeeks: number;
            staffingGroups: components["schemas"]["StaffingGroupReference"][];
            transfersFullTimeEquivalent?: components["schemas"]["TransfersFullTimeEquivalent"];
            value: number;
            version: number;
            weekStartNumber: number;
        };
        CapacityPlanStaffingRequirementResult: {
            businessUnit: components["schemas"]["BusinessUnitReference"];
            capacityPlan: components["schemas"]["CapacityPlanReference"];
            downloadTemplate?: components["schemas"]["StaffingRequirementResultResponseTemplate"];
            downloadUrl?: string;
            errorCode?: string;
            granularity: string;
            referenceBusinessUnitDate: string;
            status: string;
        };
        ComputedData: {
            quarterHour?: components["schemas"]["QuarterHourly"];
            weekly?: components["schemas"]["Weekly"];
        };
        ConstraintConflictMessage: {
            conflictedConstraintMessages?: components["schemas"]["WorkPlanConstraintMessage"][];
            message?: components["schemas"]["WorkPlanConstraintConflictMessage"];
        };
        ContinuousForecastGetSessionResponse: {
            errorCode?: string;
            lastSuccessfulSessionId: string;
            sessionId: string;
            state: string;
        };
        ContinuousForecastSessionResponse: {
            files?: components["schemas"]["SessionFiles"];
            sessionId?: string;
            state?: string;
        };
        ContinuousForecastSnapshotResponse: {
            files?: components["schemas"]["SnapshotFiles"];
            sessionId?: string;
            snapshotId?: string;
        };
        ContinuousForecastTimeSeries: {
            planningGroup?: string;
            weeks?: components["schemas"]["ContinuousForecastWeeks"][];
        };
        ContinuousForecastWeeks: {
            values?: number[];
            weekOffset?: number;
        };
        CopyBuForecastRequest: {
            description: string;
            weekDate: string;
        };
        CopyCapacityPlanRequest: {
            description?: string;
            endBusinessUnitDate: string;
            forecast?: components["schemas"]["ValueWrapperBuShortTermForecastReference"];
            name: string;
            startBusinessUnitDate: string;
        };
        CopyScheduleBid: {
            name: string;
        };
        CopyWorkPlan: {
            name: string;
        };
        CopyWorkPlanBid: {
            name: string;
        };
        CopyWorkPlanRotationRequest: {
            name: string;
        };
        CreateActivityCodeRequest: {
            agentTimeOffSelectable?: boolean;
            category: string;
            countsAsPaidTime?: boolean;
            countsAsWorkTime?: boolean;
            countsTowardShrinkage?: boolean;
            interruptible?: boolean;
            lengthInMinutes?: number;
            name: string;
            plannedShrinkage?: boolean;
            planningGroupIds?: string[];
            secondaryPresences?: components["schemas"]["SecondaryPresence"][];
            style?: components["schemas"]["ActivityCodeStyle"];
        };
        CreateActivityPlanRequest: {
            activityCodeId: string;
            attendeesSearchRule?: components["schemas"]["UserSearchRule"];
            countsAsPaidTime: boolean;
            description?: string;
            facilitated?: boolean;
            facilitatorsSearchRule?: components["schemas"]["UserSearchRule"];
            fixedAvailability?: components["schemas"]["FixedAvailability"][];
            groupSettings?: components["schemas"]["GroupSettings"];
            initialSchedulePeriod: components["schemas"]["SchedulingPeriod"];
            lengthMinutes: number;
            managementUnitIds?: string[];
            name: string;
            optimizationObjective: string;
            recurrenceSettings?: components["schemas"]["RecurrenceSettings"];
            serviceGoalImpactOverrides?: components["schemas"]["ActivityPlanServiceGoalImpactOverrides"];
            startTimeIncrementMinutes?: number;
            state: string;
            transitionTimeMinutes: number;
            type: string;
        };
        CreateAdminTimeOffRequest: {
            activityCodeId: string;
            dailyDurationMinutes?: number;
            durationMinutes?: number[];
            fullDayEarliestStartOffsetMinutes?: number[];
            fullDayLatestEndOffsetMinutes?: number[];
            fullDayManagementUnitDates?: string[];
            notes?: string;
            paid?: boolean;
            partialDayStartDateTimes?: string[];
            payableMinutes?: number[];
            status: string;
            users: components["schemas"]["UserReference"][];
        };
        CreateAgentTimeOffRequest: {
            activityCodeId: string;
            dailyDurationMinutes?: number;
            durationMinutes?: number[];
            fullDayEarliestStartOffsetMinutes?: number[];
            fullDayLatestEndOffsetMinutes?: number[];
            fullDayManagementUnitDates?: string[];
            notes?: string;
            partialDayStartDateTimes?: string[];
            payableMinutes?: number[];
        };
        CreateAlternativeShiftTradeRequest: {
            alternativeShiftTradeGranularity: string;
            dropShiftReferenceKeys?: string[];
            expirationDate?: string;
            jobId: string;
            pickupShiftReferenceKeys?: string[];
        };
        CreateBusinessUnitRequest: {
            divisionId: string;
            name: string;
            settings: components["schemas"]["CreateBusinessUnitSettingsRequest"];
        };
        CreateBusinessUnitSettingsRequest: {
            coaching?: components["schemas"]["BuActivitySettingsRequest"];
            learning?: components["schemas"]["BuActivitySettingsRequest"];
            notifications?: components["schemas"]["BuNotificationSettingsRequest"];
            scheduling?: components["schemas"]["BuSchedulingSettingsRequest"];
            shortTermForecasting?: components["schemas"]["BuShortTermForecastingSettings"];
            startDayOfWeek: string;
            timeZone: string;
        };
        CreateCapacityPlanStaffingGroupMetricChangeRequest: {
            metric: string;
            notes?: string;
            numberOfWeeks: number;
            staffingGroupIds: string[];
            transfersFullTimeEquivalent?: components["schemas"]["TransfersFullTimeEquivalent"];
            value: number;
            version: number;
            weekStartNumber: number;
        };
        CreateManagementUnitApiRequest: {
            businessUnitId: string;
            divisionId?: string;
            name: string;
            settings?: components["schemas"]["CreateManagementUnitSettingsRequest"];
            startDayOfWeek?: string;
            timeZone?: string;
        };
        CreateManagementUnitSettingsRequest: {
            adherence?: components["schemas"]["AdherenceSettings"];
            scheduling?: components["schemas"]["SchedulingSettingsRequest"];
            shiftTrading?: components["schemas"]["ShiftTradeSettings"];
            shortTermForecasting?: components["schemas"]["ShortTermForecastingSettings"];
            timeOff?: components["schemas"]["TimeOffSettingsRequest"];
        };
        CreatePlanningGroupRequest: {
            name: string;
            routePaths: components["schemas"]["RoutePathRequest"][];
            serviceGoalTemplateId: string;
        };
        CreateScheduleBid: {
            agentRankingType: string;
            bidWindowEndDate: string;
            bidWindowStartDate: string;
            effectiveDate: string;
            endOverridesAndRotations?: boolean;
            forecast?: components["schemas"]["BuShortTermForecastWeekReference"];
            name: string;
            rankingTiebreakerType: string;
            weeksToSchedule: number;
        };
        CreateServiceGoalTemplate: {
            abandonRate?: components["schemas"]["BuAbandonRate"];
            averageSpeedOfAnswer?: components["schemas"]["BuAverageSpeedOfAnswer"];
            impactOverride?: components["schemas"]["ServiceGoalTemplateImpactOverride"];
            name: string;
            serviceLevel?: components["schemas"]["BuServiceLevel"];
        };
        CreateStaffingGroupAllocation: {
            initialAttritionPercentage: number;
            initialShrinkagePercentage: number;
            staffingGroupId: string;
            startingWeeklyFullTimeEquivalentCount: number;
        };
        CreateStaffingGroupRequest: {
            managementUnitId?: string;
            name: string;
            planningGroupIds?: string[];
            userIds?: string[];
        };
        CreateTimeOffLimitRequest: {
            defaultLimitMinutes?: number;
            granularity?: string;
        };
        CreateTimeOffPlanBusinessUnitAssociation: {
            managementUnitIds?: string[];
            staffingGroupIds?: string[];
        };
        CreateTimeOffPlanManagementUnitAssociation: {
            managementUnitId: string;
            staffingGroupIds?: string[];
        };
        CreateTimeOffPlanRequest: {
            active: boolean;
            activityCodeIds?: string[];
            autoApprovalRule: string;
            daysBeforeStartToExpireFromWaitlist?: number;
            hrisTimeOffType?: components["schemas"]["HrisTimeOffType"];
            name: string;
            timeOffLimitIds?: string[];
        };
        CreateWorkPlan: {
            agents?: components["schemas"]["UserReference"][];
            constrainMaximumConsecutiveWorkingDays?: boolean;
            constrainMaximumConsecutiveWorkingWeekends?: boolean;
            constrainMaximumWorkingWeekendsPerPlanningPeriod?: boolean;
            constrainMinimumTimeBetweenShifts?: boolean;
            constrainPaidTimeGranularity?: boolean;
            constrainWeeklyPaidTime?: boolean;
            enabled?: boolean;
            flexibleWeeklyPaidTime?: boolean;
            maximumConsecutiveWorkingDays?: number;
            maximumConsecutiveWorkingWeekends?: number;
            maximumDays?: number;
            maximumDaysOffPerPlanningPeriod?: number;
            maximumPaidMinutesPerPlanningPeriod?: number;
            maximumWorkingWeekendsPerPlanningPeriod?: number;
            minimumConsecutiveNonWorkingMinutesPerWeek?: number;
            minimumDaysOffPerPlanningPeriod?: number;
            minimumPaidMinutesPerPlanningPeriod?: number;
            minimumShiftStartDistanceMinutes?: number;
            minimumTimeBetweenShiftsMinutes?: number;
            minimumWorkingDaysPerWeek?: number;
            name: string;
            optionalDays?: components["schemas"]["SetWrapperDayOfWeek"];
            paidTimeGranularityMinutes?: number;
            shifts?: components["schemas"]["CreateWorkPlanShift"][];
            shiftStartVariancePeriod?: string;
            shiftStartVariances?: components["schemas"]["ListWrapperShiftStartVariance"];
            shiftStartVarianceType?: string;
            weeklyExactPaidMinutes?: number;
            weeklyMaximumPaidMinutes?: number;
            weeklyMinimumPaidMinutes?: number;
        };
        CreateWorkPlanActivity: {
            activityCodeId?: string;
            countsAsContiguousWorkTime?: boolean;
            countsAsPaidTime?: boolean;
            description?: string;
            earliestStartTimeMinutes?: number;
            exactStartTimeMinutes?: number;
            flexibleStartTime?: boolean;
            latestStartTimeMinutes?: number;
            lengthMinutes?: number;
            maximumLengthFromShiftEndMinutes?: number;
            minimumLengthFromShiftEndMinutes?: number;
            minimumLengthFromShiftStartMinutes?: number;
            startTimeIncrementMinutes?: number;
            startTimeIsRelativeToShiftStart?: boolean;
        };
        CreateWorkPlanBid: {
            agentRankingType: string;
            bidWindowEndDate: string;
            bidWindowStartDate: string;
            effectiveDate: string;
            endOverridesAndRotations?: boolean;
            forecast?: components["schemas"]["BuShortTermForecastWeekReference"];
            name: string;
            rankingTiebreakerType: string;
            workPlanFieldsVisibleToAgents: string[];
        };
        CreateWorkPlanShift: {
            activities?: components["schemas"]["CreateWorkPlanActivity"][];
            constrainContiguousWorkTime?: boolean;
            constrainDayOff?: boolean;
            constrainEarliestStopTime?: boolean;
            constrainLatestStopTime?: boolean;
            constrainStopTime?: boolean;
            dayOffRule?: string;
            days?: components["schemas"]["SetWrapperDayOfWeek"];
            earliestStartTimeMinutesFromMidnight?: number;
            earliestStopTimeMinutesFromMidnight?: number;
            exactPaidTimeMinutes?: number;
            exactStartTimeMinutesFromMidnight?: number;
            flexiblePaidTime?: boolean;
            flexibleStartTime?: boolean;
            latestStartTimeMinutesFromMidnight?: number;
            latestStopTimeMinutesFromMidnight?: number;
            maximumContiguousWorkTimeMinutes?: number;
            maximumPaidTimeMinutes?: number;
            minimumContiguousWorkTimeMinutes?: number;
            minimumPaidTimeMinutes?: number;
            name: string;
            planningPeriodConstraints?: components["schemas"]["PlanningPeriodShiftConstraints"];
            startIncrementMinutes?: number;
        };
        CsvExportErrorDetails: {
            errorCode: string;
            errorMessage: string;
        };
        /** @description POST request body for fetching the current user's schedule over a given range */
        CurrentUserScheduleRequestBody: {
            /**
             * Format: date-time
             * @description End of the range of schedules to fetch, in ISO-8601 format
             */
            endDate: string;
            loadFullWeeks?: boolean;
            /**
             * Format: date-time
             * @description Beginning of the range of schedules to fetch, in ISO-8601 format
             */
            startDate: string;
        };
        CurrentUserTimeOffIntegrationStatusRequest: {
            timeOffRequestIds: string[];
        };
        Daily: {
            downloadResult?: components["schemas"]["ContinuousForecastTimeSeries"][];
            downloadUrl?: string;
        };
        DailyPossibleShift: {
            dayOfWeek?: string;
            earliestShiftStartMinutesFromMidnight?: number;
            intervalScheduleProbabilities?: number[];
            maximumPaidTimeMinutes?: number;
            minimumPaidTimeMinutes?: number;
            required?: boolean;
        };
        DateRange: {
            endDate?: string;
            startDate?: string;
        };
        DateRangeWithOptionalEnd: {
            endBusinessUnitDate?: string;
            startBusinessUnitDate: string;
        };
        DayOfWeekMinimums: {
            daysOfWeek: string[];
            minimumValue: number;
        };
        DecisionMetricsData: {
            metadata?: components["schemas"]["WfmEntityMetadata"];
            performanceRank?: number;
            tieBreakerValue?: number;
            user: components["schemas"]["UserReference"];
        };
        DecisionMetricsJobReference: {
            id: string;
            selfUri?: string;
        };
        DecisionMetricsResponse: {
            entities?: components["schemas"]["DecisionMetricsData"][];
        };
        DecisionMetricsUpdateError: {
            errors: string[];
            user: components["schemas"]["UserReference"];
        };
        DecisionMetricsUpdateJobRequest: {
            uploadKey: string;
        };
        DecisionMetricsUpdateJobResponse: {
            job: components["schemas"]["DecisionMetricsJobReference"];
            metadata: components["schemas"]["WfmEntityMetadata"];
            status: string;
            updateErrors: components["schemas"]["DecisionMetricsUpdateError"][];
            uploadKey: string;
        };
        DecisionMetricsUploadData: {
            performanceRank?: components["schemas"]["ValueWrapperInteger"];
            tieBreakerValue?: components["schemas"]["ValueWrapperInteger"];
            userId: string;
        };
        DecisionMetricsUploadResponse: {
            headers?: {
                [key: string]: string;
            };
            uploadBodySchema?: components["schemas"]["DecisionMetricsUploadSchema"];
            uploadKey?: string;
            url?: string;
        };
        DecisionMetricsUploadSchema: {
            userMetrics: components["schemas"]["DecisionMetricsUploadData"][];
        };
        DeletableUserReference: {
            delete?: boolean;
            id?: string;
            selfUri?: string;
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        DivisionReference: {
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
        EstimateAvailableFullDayTimeOffRequest: {
            date: string;
            requestedDurationMinutes?: number;
        };
        EstimateAvailableFullDayTimeOffResponse: {
            date: string;
            durationMinutes: number;
            earliestStartOffsetMinutes?: number;
            flexible: boolean;
            latestEndOffsetMinutes?: number;
            overrideDateType?: string;
            payableMinutes: number;
        };
        EstimateAvailablePartialDayTimeOffRequest: {
            date: string;
            requestedDurationMinutes?: number;
        };
        EstimateAvailablePartialDayTimeOffResponse: {
            date: string;
            durationMinutes: number;
            flexible: boolean;
            overrideDateType?: string;
            payableMinutes: number;
        };
        EstimateAvailableTimeOffRequest: {
            activityCodeId: string;
            fullDayDates?: components["schemas"]["EstimateAvailableFullDayTimeOffRequest"][];
            paid: boolean;
            partialDayDates?: components["schemas"]["EstimateAvailablePartialDayTimeOffRequest"][];
        };
        EstimateAvailableTimeOffResponse: {
            activityCodeId: string;
            fullDayDates?: components["schemas"]["EstimateAvailableFullDayTimeOffResponse"][];
            paid: boolean;
            partialDayDates?: components["schemas"]["EstimateAvailablePartialDayTimeOffResponse"][];
            user: components["schemas"]["UserReference"];
        };
        EvaluatedShiftTradeResponseItem: {
            matchReview?: components["schemas"]["ShiftTradeMatchReviewResponse"];
            trade: components["schemas"]["ShiftTradeResponseItem"];
        };
        EvaluateShiftTradeListJobRequest: {
            managementUnitIds: string[];
            weekDates: string[];
        };
        EvaluateShiftTradeListJobResponseItem: {
            entities?: components["schemas"]["EvaluatedShiftTradeResponseItem"][];
        };
        FixedAvailability: {
            availabilityRange?: components["schemas"]["AvailabilityRange"];
            dateRange?: components["schemas"]["RequiredLocalDateRange"];
            daysOfWeek?: string[];
        };
        ForecastAbandonRateResponse: {
            percent?: number;
        };
        ForecastAverageSpeedOfAnswerResponse: {
            seconds?: number;
        };
        ForecastInputPlanningGroupData: {
            capacityPlanForecastMetrics: components["schemas"]["CapacityPlanForecastMetrics"];
            planningGroupId: string;
        };
        ForecastMetadata: {
            dateCreated?: string;
            dateStart?: string;
            forecastId?: string;
            intervalLengthInMinutes?: string;
            source?: string;
            timeZone?: string;
        };
        ForecastPlanningGroupData: {
            averageHandleTimeSecondsPerInterval: number[];
            offeredPerInterval: number[];
            planningGroupId: string;
        };
        ForecastPlanningGroupResponse: {
            id?: string;
            name?: string;
            routePaths?: components["schemas"]["RoutePathResponse"][];
            serviceGoalTemplate?: components["schemas"]["ForecastServiceGoalTemplateResponse"];
        };
        ForecastPlanningGroupsResponse: {
            businessUnitServiceGoalImpact?: components["schemas"]["WfmServiceGoalImpactSettings"];
            entities?: components["schemas"]["ForecastPlanningGroupResponse"][];
        };
        ForecastServiceGoalTemplateImpactOverrideResponse: {
            abandonRate?: components["schemas"]["WfmServiceGoalImpact"];
            averageSpeedOfAnswer?: components["schemas"]["WfmServiceGoalImpact"];
            serviceLevel?: components["schemas"]["WfmServiceGoalImpact"];
        };
        ForecastServiceGoalTemplateResponse: {
            abandonRate?: components["schemas"]["ForecastAbandonRateResponse"];
            averageSpeedOfAnswer?: components["schemas"]["ForecastAverageSpeedOfAnswerResponse"];
            impactOverride?: components["schemas"]["ForecastServiceGoalTemplateImpactOverrideResponse"];
            serviceLevel?: components["schemas"]["ForecastServiceLevelResponse"];
        };
        ForecastServiceLevelResponse: {
            percent?: number;
            seconds?: number;
        };
        ForecastSourceDayPointer: {
            dataKey?: string;
            date?: string;
            dayOfWeek?: string;
            fileName?: string;
            weight?: number;
        };
        GenerateBuForecastRequest: {
            canUseForScheduling?: boolean;
            description: string;
            weekCount?: number;
        };
        GetAgentsWorkPlansRequest: {
            agentIds: string[];
            startDate: string;
            weekCount: number;
        };
        GroupSettings: {
            maximumConcurrentSessions?: number;
            maximumGroupSize?: number;
            maximumTotalSessions?: number;
            minimumGroupSize?: number;
        };
        HeadcountForecast: {
            required: components["schemas"]["HeadcountInterval"][];
            requiredWithoutShrinkage: components["schemas"]["HeadcountInterval"][];
        };
        HeadcountInterval: {
            interval: string;
            value: number;
        };
        HistoricalAdherenceActuals: {
            actualActivityCategory?: string;
            actualSecondaryPresenceLookupId?: string;
            endOffsetSeconds?: number;
            startOffsetSeconds?: number;
        };
        HistoricalAdherenceDayMetrics: {
            actualLengthSecs?: number;
            adherencePercentage?: number;
            adherenceScheduleSecs?: number;
            conformanceActualSecs?: number;
            conformancePercentage?: number;
            conformanceScheduleSecs?: number;
            dayStartOffsetSecs?: number;
            exceptionCount?: number;
            exceptionDurationSecs?: number;
            impactSeconds?: number;
            scheduleLengthSecs?: number;
        };
        HistoricalAdherenceExceptionInfo: {
            actualActivityCategory?: string;
            actualActivityCodeId?: string;
            endOffsetSeconds?: number;
            impact?: string;
            routingStatus?: string;
            scheduledActivityCategory?: string;
            scheduledActivityCodeId?: string;
            scheduledSecondaryPresenceLookupIds?: string[];
            secondaryPresenceLookupId?: string;
            startOffsetSeconds?: number;
            systemPresence?: string;
        };
        HistoricalAdherenceQueryResult: {
            actuals?: components["schemas"]["HistoricalAdherenceActuals"][];
            actualsEndDate?: string;
            adherencePercentage?: number;
            conformancePercentage?: number;
            dayMetrics?: components["schemas"]["HistoricalAdherenceDayMetrics"][];
            endDate?: string;
            exceptionInfo?: components["schemas"]["HistoricalAdherenceExceptionInfo"][];
            impact?: string;
            managementUnitId?: string;
            startDate?: string;
            userId?: string;
        };
        HistoricalData: {
            daily?: components["schemas"]["Daily"];
            quarterHour?: components["schemas"]["QuarterHourly"];
        };
        HistoricalDataDeleteEntity: {
            requestId?: string;
            status?: string;
        };
        HistoricalDataDisallowedDeleteEntity: {
            reason?: string;
            requestId?: string;
        };
        HistoricalDataJobEntityStatus: {
            id?: string;
            selfUri?: string;
            state?: string;
        };
        HistoricalImportDeleteFilesJobRequest: {
            requestIds: string[];
        };
        HistoricalImportDeleteFilesJobResponse: {
            disallowedEntities?: components["schemas"]["HistoricalDataDisallowedDeleteEntity"][];
            entities?: components["schemas"]["HistoricalDataDeleteEntity"][];
            id?: string;
            selfUri?: string;
            state?: string;
        };
        HistoricalImportOverallDeleteStatusResponse: {
            entities?: components["schemas"]["HistoricalDataJobEntityStatus"][];
            status?: string;
        };
        HistoricalImportStatus: {
            active?: boolean;
            dateCreated?: string;
            dateImportEnded?: string;
            dateImportStarted?: string;
            dateModified?: string;
            error?: string;
            fileName?: string;
            fileSize?: number;
            requestId?: string;
            status?: string;
            type?: string;
        };
        HistoricalImportStatusJobResponse: {
            id?: string;
            importStatusResult?: components["schemas"]["HistoricalImportStatus"];
            selfUri?: string;
        };
        HistoricalImportStatusListing: {
            downloadUrl?: string;
            entities?: components["schemas"]["HistoricalImportStatus"][];
        };
        HistoricalShrinkageActivityCategoryResponse: {
            activityCategory?: string;
            shrinkageForActivityCategory?: components["schemas"]["HistoricalShrinkageAggregateResponse"];
            shrinkageForActivityCodes?: components["schemas"]["HistoricalShrinkageActivityCodeResponse"][];
        };
        HistoricalShrinkageActivityCodeResponse: {
            activityCodeId?: string;
            shrinkageForActivityCode?: components["schemas"]["HistoricalShrinkageAggregateResponse"];
        };
        HistoricalShrinkageAggregateResponse: {
            actualShrinkagePercent?: number;
            actualShrinkageSeconds?: number;
            paidShrinkageSeconds?: number;
            plannedShrinkageSeconds?: number;
            scheduledShrinkagePercent?: number;
            scheduledShrinkageSeconds?: number;
            unpaidShrinkageSeconds?: number;
            unplannedShrinkageSeconds?: number;
        };
        HistoricalShrinkageResult: {
            aggregatedShrinkage?: components["schemas"]["HistoricalShrinkageAggregateResponse"];
            businessUnitIds?: string[];
            endDate?: string;
            shrinkageForActivityCategories?: components["schemas"]["HistoricalShrinkageActivityCategoryResponse"][];
            startDate?: string;
            totalLoggedInDurationSeconds?: number;
            totalScheduledDurationSeconds?: number;
        };
        HistoricalShrinkageResultListing: {
            entities?: components["schemas"]["HistoricalShrinkageResult"][];
        };
        HrisTimeOffType: {
            hrisIntegrationId: string;
            id: string;
            name: string;
            secondaryId?: string;
        };
        HrisTimeOffTypeResponse: {
            id: string;
            name: string;
            secondaryId?: string;
        };
        HrisTimeOffTypesJobReference: {
            id?: string;
            selfUri?: string;
            status?: string;
        };
        HrisTimeOffTypesJobResponse: {
            entities?: components["schemas"]["HrisTimeOffTypeResponse"][];
            status?: string;
        };
        HrisTimeOffTypesResponse: {
            entities?: components["schemas"]["HrisTimeOffTypeResponse"][];
            job?: components["schemas"]["HrisTimeOffTypesJobReference"];
        };
        IgnoredActivityCategories: {
            values?: string[];
        };
        IgnoredActivityCodeIds: {
            values?: string[];
        };
        ImportForecastResponse: {
            operationId?: string;
            result?: components["schemas"]["BuShortTermForecast"];
            status?: string;
        };
        ImportForecastUploadResponse: {
            headers?: {
                [key: string]: string;
            };
            uploadBodySchema?: components["schemas"]["BuImportShortTermForecastSchema"];
            uploadKey?: string;
            url?: string;
        };
        ImportScheduleUploadResponse: {
            headers?: {
                [key: string]: string;
            };
            uploadBodySchema?: components["schemas"]["ImportScheduleUploadSchema"];
            uploadKey?: string;
            url?: string;
        };
        ImportScheduleUploadSchema: {
            agentSchedules?: components["schemas"]["BuImportAgentScheduleUploadSchema"][];
            description: string;
            headcountForecast?: components["schemas"]["BuHeadcountForecastBuPlanningGroupHeadcountForecastUploadSchema"];
            published?: boolean;
            shortTermForecast?: components["schemas"]["BuShortTermForecastReference"];
            weekCount: number;
        };
        InitiatingAlternativeShift: {
            id: string;
            startDate: string;
        };
        InitiatingShiftRequestItem: {
            id: string;
            schedule: components["schemas"]["BuScheduleReference"];
            weekDate: string;
        };
        IntradayPerformancePredictionData: {
            averageSpeedOfAnswerSeconds?: number;
            occupancyPercent?: number;
            serviceLevelPercent?: number;
        };
        IntradayPlanningGroupRequest: {
            businessUnitDate: string;
            categories: string[];
            intervalLengthMinutes?: number;
            planningGroupIds?: string[];
        };
        LanguageReference: {
            id?: string;
            selfUri?: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        ListAlternativeShiftTradesResponse: {
            job?: components["schemas"]["AlternativeShiftJobResponse"];
            result?: components["schemas"]["AlternativeShiftTradeListing"];
        };
        ListWrapperAgentWorkPlanField: {
            values?: string[];
        };
        ListWrapperAlternativeShiftBuSettingsActivityCategory: {
            values?: string[];
        };
        ListWrapperAlternativeShiftBuSettingsGranularity: {
            values?: string[];
        };
        ListWrapperBidGroupWorkPlanRequest: {
            values?: components["schemas"]["BidGroupWorkPlanRequest"][];
        };
        ListWrapperBidGroupWorkPlanRotationRequest: {
            values?: components["schemas"]["BidGroupWorkPlanRotationRequest"][];
        };
        ListWrapperFixedAvailability: {
            values?: components["schemas"]["FixedAvailability"][];
        };
        ListWrapperInteger: {
            values?: number[];
        };
        ListWrapperInterval: {
            values?: string[];
        };
        ListWrapperOverrideDate: {
            values?: components["schemas"]["OverrideDate"][];
        };
        ListWrapperPlanningGroupMinimumsRequest: {
            values?: components["schemas"]["PlanningGroupMinimumsRequest"][];
        };
        ListWrapperRequiredDateRange: {
            values?: components["schemas"]["RequiredDateRange"][];
        };
        ListWrapperScheduleSetRequest: {
            values?: components["schemas"]["ScheduleSetRequest"][];
        };
        ListWrapperSecondaryPresence: {
            values?: components["schemas"]["SecondaryPresence"][];
        };
        ListWrapperShiftStartVariance: {
            values?: components["schemas"]["ShiftStartVariance"][];
        };
        ListWrapperString: {
            values?: string[];
        };
        LocalDateRange: {
            endDate?: string;
            startDate?: string;
        };
        LongTermForecastPlanningGroupData: {
            averageHandleTimeSecondsPerDay: number[];
            offeredPerDay: number[];
            planningGroupId: string;
        };
        LongTermForecastResult: {
            planningGroups?: components["schemas"]["LongTermForecastPlanningGroupData"][];
            referenceStartDate?: string;
            weekCount?: number;
        };
        LongTermForecastResultResponse: {
            downloadUrl?: string;
            result?: components["schemas"]["LongTermForecastResult"];
        };
        LongTermRequirements: {
            dateGenerationStarted: string;
            forecastMetadata: components["schemas"]["ForecastMetadata"];
            months?: string[];
            requirementResults: components["schemas"]["PlanningGroupRequirementOutput"][];
        };
        LongTermRequirementsErrorDetail: {
            description: string;
            internalErrorCode: string;
        };
        LongTermRequirementsResponse: {
            downloadUrl?: string;
            errorCode?: string;
            longTermRequirements?: components["schemas"]["LongTermRequirements"];
            status: string;
        };
        LongTermRequirementsServiceGoal: {
            abandonRateGoalPercent: number;
            serviceLevelGoalPercent: number;
            serviceLevelObjectiveSeconds: number;
            targetAsaSec: number;
            useAbandonRateGoal: boolean;
            useAsaTarget: boolean;
            useServiceLevelTarget: boolean;
        };
        LongTermRequirementsServiceGoalDetail: {
            id: string;
            serviceGoals: components["schemas"]["LongTermRequirementsServiceGoal"];
        };
        /** @description Management Unit object for Workforce Management. */
        ManagementUnit: {
            businessUnit?: components["schemas"]["BusinessUnitReference"];
            /**
             * Format: date-time
             * @description The date and time at which this management unit was last modified. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateModified?: string;
            division?: components["schemas"]["DivisionReference"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            modifiedBy?: components["schemas"]["UserReference"];
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            settings?: components["schemas"]["ManagementUnitSettingsResponse"];
            /**
             * @description Start day of week for workforce management planning purposes
             * @enum {string}
             */
            startDayOfWeek?: "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday" | (string & {});
            /** @description The time zone for the management unit in standard Olson Format (See https://en.wikipedia.org/wiki/Tz_database) */
            timeZone?: string;
            /**
             * Format: int32
             * @description The version of the underlying ManagementUnit object. Useful for handling eventual consistency issues.  User must submit the current version they of the ManagementUnit in any write requests
             */
            version?: number;
        };
        ManagementUnitAvailabilitySettingsResponse: {
            enabled: boolean;
        };
        ManagementUnitListing: {
            entities?: components["schemas"]["ManagementUnit"][];
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
        ManagementUnitReference: {
            id?: string;
            selfUri?: string;
        };
        ManagementUnitSettingsRequest: {
            adherence?: components["schemas"]["AdherenceSettings"];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            scheduling?: components["schemas"]["SchedulingSettingsRequest"];
            shiftTrading?: components["schemas"]["ShiftTradeSettings"];
            shortTermForecasting?: components["schemas"]["ShortTermForecastingSettings"];
            timeOff?: components["schemas"]["TimeOffSettingsRequest"];
        };
        ManagementUnitSettingsResponse: {
            adherence?: components["schemas"]["AdherenceSettings"];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            scheduling?: components["schemas"]["SchedulingSettingsResponse"];
            shiftTrading?: components["schemas"]["ShiftTradeSettings"];
            shortTermForecasting?: components["schemas"]["ShortTermForecastingSettings"];
            timeOff?: components["schemas"]["TimeOffSettingsResponse"];
        };
        ManagementUnitUserListing: {
            managementUnit: components["schemas"]["ManagementUnitReference"];
            users: components["schemas"]["UserReference"][];
        };
        MatchShiftTradeJobRequest: {
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            receivingSchedule: components["schemas"]["ReceivingScheduleLookup"];
            receivingShiftId?: string;
            weekDate: string;
        };
        MatchShiftTradeRequest: {
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            receivingScheduleId: string;
            receivingShiftId?: string;
        };
        MatchShiftTradeResponse: {
            adminReviewViolations?: components["schemas"]["ShiftTradeMatchViolation"][];
            trade?: components["schemas"]["ShiftTradeResponse"];
            unevaluatedRules?: string[];
            violations?: components["schemas"]["ShiftTradeMatchViolation"][];
        };
        MinimumStaffingRequest: {
            applicableIntervals?: string;
            enabled?: boolean;
            minimumValue?: number;
            planningGroupOverrides?: components["schemas"]["ListWrapperPlanningGroupMinimumsRequest"];
        };
        MinimumStaffingResponse: {
            applicableIntervals: string;
            enabled: boolean;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            minimumValue: number;
            planningGroupOverrides: components["schemas"]["PlanningGroupMinimumsResponse"][];
        };
        ModelData: {
            downloadResult?: components["schemas"]["PlanningGroupModel"][];
            downloadUrls?: string[];
        };
        ModelMetaData: {
            downloadResult?: components["schemas"]["ModelMetaDataResult"];
            downloadUrls?: string[];
        };
        ModelMetaDataResult: {
            planningGroups?: components["schemas"]["PlanningGroupModel"][];
            sessionInfo?: components["schemas"]["SessionInfo"];
        };
        MonthlyPlanningPeriodSettings: {
            startDate: string;
        };
        MoveAgentResponse: {
            result?: string;
            user?: components["schemas"]["UserReference"];
        };
        MoveAgentsRequest: {
            destinationManagementUnitId?: string;
            userIds: string[];
        };
        MoveAgentsResponse: {
            destinationManagementUnit?: components["schemas"]["ManagementUnitReference"];
            requestingUser?: components["schemas"]["UserReference"];
            results?: components["schemas"]["MoveAgentResponse"][];
        };
        MoveManagementUnitRequest: {
            businessUnitId: string;
        };
        MoveManagementUnitResponse: {
            businessUnit?: components["schemas"]["BusinessUnitReference"];
            status?: string;
        };
        MuAgentQueueTimeRequest: {
            agentOnQueueTimes: components["schemas"]["AgentQueueTimeRequest"][];
            managementUnitId: string;
        };
        MuAgentsWorkPlansResult: {
            entities?: components["schemas"]["AgentWorkPlans"][];
            referenceStartWeekDate: string;
            workPlanLookup: {
                [key: string]: components["schemas"]["WorkPlanReference"];
            };
        };
        MuRescheduleResultWrapper: {
            agentSchedules?: components["schemas"]["BuAgentScheduleRescheduleResponse"][];
        };
        NotificationsResponse: {
            entities?: components["schemas"]["WfmUserNotification"][];
        };
        OpportunitiesResultWithPagination: {
            nextStartDate?: string;
            opportunities: components["schemas"]["OpportunityResult"][];
        };
        OpportunityEnrollment: {
            id?: string;
        };
        OpportunityEnrollmentCounts: {
            approved: number;
            denied: number;
            pending: number;
            withdrawn: number;
        };
        OpportunityReference: {
            id: string;
            selfUri?: string;
        };
        OpportunityResult: {
            activityCodeId: string;
            agentCount: number;
            approvalType: string;
            capacity: number;
            closedDate?: string;
            deadlineDate: string;
            description?: string;
            endDate: string;
            enrollmentCounts: components["schemas"]["OpportunityEnrollmentCounts"];
            enrollmentProcessingCount: number;
            id: string;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            name: string;
            openDate?: string;
            publishedDate?: string;
            selfUri?: string;
            startDate: string;
            status: string;
            systemMessageCode?: string;
        };
        OpportunityResultWithAgentIds: {
            activityCodeId: string;
            agentCount: number;
            agentIds?: string[];
            approvalType: string;
            capacity: number;
            closedDate?: string;
            deadlineDate: string;
            description?: string;
            endDate: string;
            enrollmentCounts: components["schemas"]["OpportunityEnrollmentCounts"];
            enrollmentProcessingCount: number;
            id: string;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            name: string;
            openDate?: string;
            publishedDate?: string;
            selfUri?: string;
            startDate: string;
            status: string;
            systemMessageCode?: string;
        };
        Outlier: {
            anomaly?: string;
            normalizedValue?: number;
            timestamp?: string;
        };
        OutlierData: {
            downloadResultTemplate?: components["schemas"]["OutlierResultTemplate"];
            downloadUrls?: string[];
        };
        OutlierResultBody: {
            outliers?: components["schemas"]["Outlier"][];
            planningGroupId?: string;
        };
        OutlierResultTemplate: {
            entities?: components["schemas"]["OutlierResultBody"][];
        };
        OverrideDate: {
            date: string;
            type: string;
        };
        PatchBuReschedulingOptionsManagementUnitRequest: {
            applied?: boolean;
            managementUnitId: string;
        };
        PatchBuReschedulingOptionsRequest: {
            managementUnits?: components["schemas"]["PatchBuReschedulingOptionsManagementUnitRequest"][];
        };
        PatchBuScheduleRunRequest: {
            reschedulingOptions?: components["schemas"]["PatchBuReschedulingOptionsRequest"];
        };
        PatchOpportunityRequest: {
            activityCodeId?: string;
            agentIds?: components["schemas"]["ListWrapperString"];
            approvalType?: string;
            capacity?: number;
            deadlineDate?: string;
            description?: components["schemas"]["ValueWrapperString"];
            endDate?: string;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            name?: string;
            openDate?: components["schemas"]["ValueWrapperInstant"];
            startDate?: string;
        };
        PatchShiftTradeRequest: {
            acceptableIntervals?: components["schemas"]["ListWrapperInterval"];
            expiration?: components["schemas"]["ValueWrapperDate"];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            receivingUserId?: components["schemas"]["ValueWrapperString"];
        };
        PendingAndApprovedOpportunityEnrollmentCounts: {
            approved: number;
            pending: number;
        };
        PerformancePredictionOutputs: {
            calculationIntervalLengthMinutes: number;
            calculationStartDate: string;
            planningGroupResults: components["schemas"]["PlanningGroupOutputs"][];
        };
        PerformancePredictionRecalculationResponse: {
            downloadResult?: components["schemas"]["PerformancePredictionOutputs"];
            downloadUrl?: string;
            operationId: string;
            state: string;
        };
        PerformancePredictionRecalculationUploadResponse: {
            headers?: {
                [key: string]: string;
            };
            uploadBodySchema?: components["schemas"]["PerformancePredictionUploadSchema"];
            uploadKey?: string;
            url?: string;
        };
        PerformancePredictionResponse: {
            downloadResult?: components["schemas"]["PerformancePredictionOutputs"];
            downloadUrl?: string;
            id: string;
            scheduleId: string;
            selfUri?: string;
            state: string;
            weekDate: string;
        };
        PerformancePredictionUploadSchema: {
            calculationStartDate: string;
            onQueueTimes: components["schemas"]["MuAgentQueueTimeRequest"][];
        };
        PlanningGroup: {
            id: string;
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            name?: string;
            routePaths?: components["schemas"]["RoutePathResponse"][];
            selfUri?: string;
            serviceGoalTemplate?: components["schemas"]["ServiceGoalTemplateReference"];
        };
        PlanningGroupList: {
            entities?: components["schemas"]["PlanningGroup"][];
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
        };
        PlanningGroupMinimumsRequest: {
            dayOfWeekMinimums: components["schemas"]["DayOfWeekMinimums"][];
            planningGroupId: string;
        };
        PlanningGroupMinimumsResponse: {
            dayOfWeekMinimums: components["schemas"]["DayOfWeekMinimums"][];
            planningGroup: components["schemas"]["PlanningGroupReference"];
        };
        PlanningGroupModel: {
            planningGroup?: string;
        };
        PlanningGroupOutputs: {
            abandonRatePerInterval: number[];
            averageSpeedOfAnswerSecondsPerInterval: number[];
            occupancyPerInterval: number[];
            planningGroupId: string;
            serviceLevelPerInterval: number[];
        };
        PlanningGroupReference: {
            id: string;
            selfUri?: string;
        };
        PlanningGroupRequirementOutput: {
            errorDetails?: components["schemas"]["LongTermRequirementsErrorDetail"][];
            id: string;
            intervals?: number[];
            serviceGoalDetails?: components["schemas"]["LongTermRequirementsServiceGoalDetail"];
        };
        PlanningGroupToStaffingGroupsListing: {
            entities?: components["schemas"]["PlanningGroupToStaffingGroupsResponse"][];
        };
        PlanningGroupToStaffingGroupsResponse: {
            planningGroup: components["schemas"]["PlanningGroupReference"];
            staffingGroups?: components["schemas"]["StaffingGroupReference"][];
        };
        PlanningPeriodSettings: {
            startDate: string;
            weekCount: number;
        };
        PlanningPeriodShiftConstraints: {
            enabled?: boolean;
            maximumCount?: number;
            minimumCount?: number;
        };
        PossibleWorkShiftsForWeek: {
            dailyPossibleShifts?: components["schemas"]["DailyPossibleShift"][];
            id?: number;
        };
        ProcessScheduleUpdateUploadRequest: {
            managementUnitIdsForAddedTeamUsers?: string[];
            teamIds?: string[];
            uploadKey: string;
        };
        QuarterHourly: {
            downloadResult?: components["schemas"]["ContinuousForecastTimeSeries"][];
            downloadUrls?: string[];
        };
        QueryAdherenceExplanationsResponse: {
            downloadUrl?: string;
            job?: components["schemas"]["AdherenceExplanationJobReference"];
            result?: components["schemas"]["AdherenceExplanationListing"];
        };
        QueryAgentScheduleUnavailableTimesRequest: {
            agentId: string;
            schedule: components["schemas"]["BuScheduleReference"];
        };
        QueryAgentScheduleUnavailableTimesResponse: {
            consideredInScheduleGeneration: boolean;
            scheduleGenerationUnavailableTimes: components["schemas"]["AgentScheduleUnavailableTime"][];
        };
        QueryAgentSchedulingPreferencesRequest: {
            endDate: string;
            startDate: string;
        };
        QueryAgentShiftTradeListJobRequest: {
            weekDates: string[];
        };
        QueryAgentsIntegrationsRequest: {
            agentIds: string[];
        };
        QueryAgentUnavailableTimesRequest: {
            endDate: string;
            startDate: string;
        };
        QueryAgentUnavailableTimesValidationJobResponse: {
            agent: components["schemas"]["UserReference"];
            error?: components["schemas"]["ErrorBody"];
            id?: string;
            result?: components["schemas"]["UnavailableTimesValidationResult"];
            selfUri?: string;
            status: string;
        };
        QueryAvailabilityManagementUnitsSettingsRequest: {
            managementUnitIds: string[];
        };
        QueryAvailabilityManagementUnitsSettingsResponse: {
            managementUnits: components["schemas"]["UnavailableTimesManagementUnitSettings"][];
        };
        QueryCapacityPlanStaffingGroupMetricChangeHistory: {
            queryEndDate?: string;
            staffingGroupIds: string[];
        };
        QueryEffectiveScheduleSetsRequest: {
            startDate: string;
            weekCount: number;
        };
        QueryEnrollmentOpportunityResult: {
            activityCodeId: string;
            capacity: number;
            deadlineDate: string;
            endDate: string;
            enrollmentCounts: components["schemas"]["PendingAndApprovedOpportunityEnrollmentCounts"];
            id?: string;
            name: string;
            startDate: string;
            status: string;
        };
        QueryExternalActivityOpportunitiesResponse: {
            externalActivities: components["schemas"]["QueryExternalActivityOpportunityResult"][];
        };
        QueryExternalActivityOpportunityResult: {
            id?: string;
            opportunityName?: string;
        };
        QueryOpportunitiesRequest: {
            range: components["schemas"]["RequiredDateRange"];
        };
        QueryOpportunitiesResponse: {
            downloadUrl?: string;
            result?: components["schemas"]["OpportunitiesResultWithPagination"];
        };
        QueryOpportunityEnrollmentMetadata: {
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            dateReviewed?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            reviewedBy?: components["schemas"]["UserReference"];
            version: number;
        };
        QueryOpportunityEnrollmentResult: {
            agent: components["schemas"]["UserReference"];
            denialCode?: string;
            id?: string;
            metadata: components["schemas"]["QueryOpportunityEnrollmentMetadata"];
            opportunityId: string;
            reviewNote?: string;
            schedule?: components["schemas"]["BuScheduleReference"];
            status: string;
            systemMessageCode?: string;
        };
        QueryOpportunityEnrollmentsRequest: {
            opportunityId?: string;
            range?: components["schemas"]["RequiredDateRange"];
        };
        QueryOpportunityEnrollmentsResponse: {
            downloadUrl?: string;
            result?: components["schemas"]["QueryOpportunityEnrollmentsResult"];
        };
        QueryOpportunityEnrollmentsResult: {
            enrollments: components["schemas"]["QueryOpportunityEnrollmentResult"][];
            nextStartDate?: string;
            opportunities?: components["schemas"]["QueryEnrollmentOpportunityResult"][];
        };
        QueryPlanningGroupToStaffingGroupsRequest: {
            planningGroupIds?: string[];
            staffingGroupIds?: string[];
        };
        QueryShiftTradeListJobRequest: {
            managementUnitIds: string[];
            userIds: string[];
            weekDates: string[];
        };
        QueryTimeOffIntegrationStatusRequest: {
            timeOffRequestLookups: components["schemas"]["TimeOffRequestLookup"][];
        };
        QueryTimeOffLimitValuesForGranularityRequest: {
            dateRanges: components["schemas"]["LocalDateRange"][];
        };
        QueryTimeOffLimitValuesRequest: {
            activityCodeId?: string;
            dateRanges: components["schemas"]["LocalDateRange"][];
            timeOffLimitId?: string;
        };
        QueryTimeOffLimitValuesResponse: {
            values?: components["schemas"]["TimeOffLimitValueRange"][];
        };
        QueryUserStaffingGroupListRequest: {
            userIds: string[];
        };
        QueryWaitlistPositionsRequest: {
            timeOffRequests: components["schemas"]["UserTimeOffRequestReference"][];
        };
        QueryWeekSummaryListJobRequest: {
            managementUnitIds: string[];
            weekDates: string[];
        };
        QueryWeekSummaryListJobResponseItem: {
            weeks: components["schemas"]["ShiftTradeWeekSummaryResponseItem"][];
        };
        QueueReference: {
            id?: string;
            selfUri?: string;
        };
        RealTimeAdherenceExplanation: {
            id?: string;
            lengthMinutes?: number;
            selfUri?: string;
            startDate?: string;
            status?: string;
        };
        ReceivingScheduleLookup: {
            id: string;
        };
        RecurrenceEndSettings: {
            lastDate?: string;
            noEndDate?: boolean;
        };
        RecurrencePeriod: {
            granularity: string;
            magnitude: number;
        };
        RecurrenceSettings: {
            endAfter: components["schemas"]["RecurrenceEndSettings"];
            minimumTimeBetweenOccurrences: components["schemas"]["RecurrencePeriod"];
            recurrencePeriod: components["schemas"]["RecurrencePeriod"];
        };
        RecurrenceSettingsBase: {
            endAfter: components["schemas"]["RecurrenceEndSettings"];
        };
        RequiredDateRange: {
            endDate: string;
            startDate: string;
        };
        RequiredLocalDateRange: {
            endDate: string;
            startDate: string;
        };
        ReschedulingManagementUnitResponse: {
            applied?: boolean;
            managementUnit?: components["schemas"]["ManagementUnitReference"];
        };
        ReschedulingOptionsRunResponse: {
            activityCodeIds?: string[];
            agentCount?: number;
            doNotChangeDailyPaidTime?: boolean;
            doNotChangeManuallyEditedShifts?: boolean;
            doNotChangeShiftStartTimes?: boolean;
            doNotChangeWeeklyPaidTime?: boolean;
            endDate?: string;
            existingSchedule?: components["schemas"]["BuScheduleReference"];
            managementUnits?: components["schemas"]["ReschedulingManagementUnitResponse"][];
            startDate?: string;
        };
        RoutePathRequest: {
            languageId?: string;
            mediaType: string;
            queueId: string;
            skillIds?: string[];
            sourcePlanningGroup?: components["schemas"]["SourcePlanningGroupRequest"];
        };
        RoutePathResponse: {
            language?: components["schemas"]["LanguageReference"];
            mediaType?: string;
            queue?: components["schemas"]["QueueReference"];
            skills?: components["schemas"]["RoutingSkillReference"][];
        };
        RoutingSkillReference: {
            id?: string;
            selfUri?: string;
        };
        ScheduleBid: {
            agentRankingType: string;
            bidType: string;
            bidWindowEndDate: string;
            bidWindowStartDate: string;
            effectiveDate: string;
            endDate?: string;
            endOverridesAndRotations: boolean;
            forecast?: components["schemas"]["BuShortTermForecastWeekReference"];
            id: string;
            metadata: components["schemas"]["WorkPlanBidMetadata"];
            name: string;
            publishedDate?: string;
            rankingTiebreakerType: string;
            selfUri?: string;
            status: string;
            weeksToSchedule: number;
        };
        ScheduleBidGroup: {
            agents: components["schemas"]["UserReference"][];
            downloadTemplate?: components["schemas"]["BidGroupScheduleSet"];
            downloadUrl?: string;
            managementUnit: components["schemas"]["ManagementUnitReference"];
            name: string;
            planningGroups: components["schemas"]["PlanningGroupReference"][];
            workPlanRotations?: components["schemas"]["BidGroupWorkPlanRotationResponse"][];
            workPlans?: components["schemas"]["WorkPlanReference"][];
        };
        ScheduleBidGroupCreate: {
            agentIds: string[];
            managementUnitId: string;
            name: string;
            planningGroupIds: string[];
            workPlanIds?: string[];
            workPlanRotations?: components["schemas"]["BidGroupWorkPlanRotationRequest"][];
        };
        ScheduleBidGroupReference: {
            id: string;
            selfUri?: string;
        };
        ScheduleBidGroupResponse: {
            id: string;
            metadata: components["schemas"]["WorkPlanBidMetadata"];
            scheduleBidGroup: components["schemas"]["ScheduleBidGroup"];
            selfUri?: string;
        };
        ScheduleBidGroupSummary: {
            agentCount: number;
            id: string;
            managementUnit: components["schemas"]["ManagementUnitReference"];
            name: string;
            planningGroupCount: number;
            scheduleSetError?: components["schemas"]["ScheduleSetError"];
            selfUri?: string;
            workPlanCount: number;
            workPlanRotationCount: number;
        };
        ScheduleBidGroupSummaryList: {
            scheduleBidGroupSummaries: components["schemas"]["ScheduleBidGroupSummary"][];
        };
        ScheduleBidGroupUpdate: {
            agentIds?: components["schemas"]["SetWrapperString"];
            managementUnitId?: string;
            name?: string;
            planningGroupIds?: components["schemas"]["SetWrapperString"];
            scheduleSets?: components["schemas"]["ListWrapperScheduleSetRequest"];
            workPlanIds?: components["schemas"]["SetWrapperString"];
            workPlanRotations?: components["schemas"]["ListWrapperBidGroupWorkPlanRotationRequest"];
        };
        ScheduleBidListResponse: {
            entities?: components["schemas"]["ScheduleBid"][];
        };
        ScheduleBidReference: {
            id: string;
            name?: string;
            selfUri?: string;
        };
        ScheduleBidScheduledActivity: {
            activityCategory: string;
            activityCodeId: string;
            description: string;
            lengthMinutes: number;
            paid?: boolean;
            startDate: string;
        };
        ScheduleBidScheduledShift: {
            activities: components["schemas"]["ScheduleBidScheduledActivity"][];
            lengthMinutes: number;
            startDate: string;
            workPlanId?: string;
            workPlanShiftId?: string;
        };
        ScheduleGenerationMessage: {
            arguments?: components["schemas"]["SchedulerMessageArgument"][];
            type?: string;
        };
        ScheduleGenerationResult: {
            failed?: boolean;
            messageCount?: number;
            messages?: components["schemas"]["ScheduleGenerationMessage"][];
            messageSeverities?: components["schemas"]["SchedulerMessageTypeSeverity"][];
            runId?: string;
        };
        ScheduleGenerationResultSummary: {
            failed?: boolean;
            messageCount?: number;
            messageSeverityCounts?: components["schemas"]["SchedulerMessageSeverityCount"][];
            runId?: string;
        };
        ScheduleGenerationWarning: {
            noNeedDays?: string[];
            shiftsTooCloseTogether?: boolean;
            unableToMeetMaxDays?: boolean;
            unableToMeetMaxPaidForTheWeek?: boolean;
            unableToMeetMinPaidForTheWeek?: boolean;
            unableToScheduleRequiredDays?: string[];
            userId?: string;
            userNotLicensed?: boolean;
        };
        ScheduleReferenceWithBusinessUnit: {
            businessUnit: components["schemas"]["BusinessUnitReference"];
            id: string;
            selfUri?: string;
            weekDate: string;
        };
        SchedulerMessageArgument: {
            type?: string;
            value?: string;
        };
        SchedulerMessageSeverityCount: {
            count?: number;
            severity?: string;
        };
        SchedulerMessageTypeSeverity: {
            severity?: string;
            type?: string;
        };
        ScheduleSetError: {
            errorCode: string;
            workPlanRotations?: components["schemas"]["WorkPlanRotationReference"][];
            workPlans?: components["schemas"]["WorkPlanReference"][];
        };
        ScheduleSetRequest: {
            overrideAgentCount?: number;
            scheduleSetId: string;
        };
        ScheduleUploadProcessingResponse: {
            operationId?: string;
            result?: components["schemas"]["BuScheduleMetadata"];
            status?: string;
        };
        ScheduleVisibilitySettingsRequest: {
            enabled?: boolean;
            futureWeeks?: number;
        };
        ScheduleVisibilitySettingsResponse: {
            enabled: boolean;
            futureWeeks: number;
        };
        SchedulingNoForecastOptionsRequest: {
            shiftLength?: string;
            shiftStart?: string;
        };
        SchedulingOptionsRequest: {
            activitySmoothingType?: string;
            induceScheduleVariability?: boolean;
            noForecastOptions?: components["schemas"]["SchedulingNoForecastOptionsRequest"];
        };
        SchedulingPeriod: {
            earliestStartDate: string;
            latestEndDate: string;
        };
        SchedulingPeriodBase: {
            latestEndDate: string;
        };
        SchedulingProcessingError: {
            description?: string;
            internalErrorCode?: string;
        };
        SchedulingSettingsRequest: {
            defaultShrinkagePercent?: number;
            maxOccupancyPercentForDeferredWork?: number;
            monthlyPlanningPeriod?: components["schemas"]["ValueWrapperMonthlyPlanningPeriodSettings"];
            planningPeriod?: components["schemas"]["ValueWrapperPlanningPeriodSettings"];
            scheduleVisibility?: components["schemas"]["ScheduleVisibilitySettingsRequest"];
            shrinkageOverrides?: components["schemas"]["ShrinkageOverrides"];
            startDayOfWeekend?: string;
        };
        SchedulingSettingsResponse: {
            defaultShrinkagePercent?: number;
            maxOccupancyPercentForDeferredWork?: number;
            monthlyPlanningPeriod?: components["schemas"]["MonthlyPlanningPeriodSettings"];
            planningPeriod?: components["schemas"]["PlanningPeriodSettings"];
            scheduleVisibility?: components["schemas"]["ScheduleVisibilitySettingsResponse"];
            shrinkageOverrides?: components["schemas"]["ShrinkageOverrides"];
            startDayOfWeekend?: string;
        };
        SchedulingStatusResponse: {
            errorDetails?: components["schemas"]["SchedulingProcessingError"][];
            id?: string;
            percentComplete?: number;
            schedulingResultUri?: string;
            status?: string;
        };
        SearchAlternativeShiftTradesRequest: {
            agentIds?: string[];
            managementUnitIds?: string[];
        };
        SearchShiftTradeResponse: {
            matchingReceivingShiftIds?: string[];
            preview?: components["schemas"]["ShiftTradePreviewResponse"];
            trade?: components["schemas"]["ShiftTradeResponse"];
        };
        SearchShiftTradesRequest: {
            receivingScheduleId: string;
            receivingShiftIds?: string[];
        };
        SearchShiftTradesResponse: {
            downloadUrl?: string;
            trades?: components["schemas"]["SearchShiftTradeResponse"][];
        };
        SearchUnmatchedShiftTradeListJobRequest: {
            managementUnitIds: string[];
            receivingSchedule: components["schemas"]["ReceivingScheduleLookup"];
            receivingShiftIds?: string[];
            weekDates: string[];
        };
        SearchUnmatchedShiftTradeListJobResponseItem: {
            trades: components["schemas"]["SearchUnmatchedShiftTradeResponseItem"][];
        };
        SearchUnmatchedShiftTradeResponseItem: {
            receivingShiftMatches: components["schemas"]["ShiftTradeMatchResponseItem"][];
            trade: components["schemas"]["ShiftTradeResponseItem"];
        };
        SecondaryPresence: {
            id: string;
            selfUri?: string;
        };
        SecondaryPresenceLookupItem: {
            lookupId?: string;
            secondaryPresence?: components["schemas"]["SecondaryPresence"];
        };
        ServiceGoalTemplate: {
            abandonRate?: components["schemas"]["BuAbandonRate"];
            averageSpeedOfAnswer?: components["schemas"]["BuAverageSpeedOfAnswer"];
            id: string;
            impactOverride?: components["schemas"]["ServiceGoalTemplateImpactOverride"];
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            name?: string;
            selfUri?: string;
            serviceLevel?: components["schemas"]["BuServiceLevel"];
        };
        ServiceGoalTemplateImpactOverride: {
            enabled: boolean;
            impact: components["schemas"]["WfmServiceGoalImpactSettings"];
        };
        ServiceGoalTemplateList: {
            entities?: components["schemas"]["ServiceGoalTemplate"][];
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
        };
        ServiceGoalTemplateReference: {
            id: string;
            selfUri?: string;
        };
        SessionFiles: {
            averageHandleTime?: components["schemas"]["SessionMetricData"];
            metaData?: components["schemas"]["SessionMetaData"];
            offered?: components["schemas"]["SessionMetricData"];
        };
        SessionInfo: {
            businessUnitId?: string;
            dateOfSession?: string;
            planningGroupsVersion?: number;
            sessionId?: string;
            version?: number;
        };
        SessionMetaData: {
            downloadResult?: components["schemas"]["SessionMetaDataResult"];
            downloadUrl?: string;
        };
        SessionMetaDataResult: {
            aggregateAverageHandleTimeHistoricalAvailability?: components["schemas"]["AggregateHistoricalAvailability"];
            aggregateOfferedHistoricalAvailability?: components["schemas"]["AggregateHistoricalAvailability"];
            dateForecastStart?: string;
            dateHistoricalStart?: string;
            sessionInfo?: components["schemas"]["SessionInfo"];
            snapshots?: components["schemas"]["Snapshots"][];
        };
        SessionMetricData: {
            computed?: components["schemas"]["ComputedData"];
            historical?: components["schemas"]["HistoricalData"];
            model?: components["schemas"]["ModelData"];
            modelMetaData?: components["schemas"]["ModelMetaData"];
            outliers?: components["schemas"]["OutlierData"];
        };
        SetTimeOffIntegrationStatusRequest: {
            integrationStatus: string;
        };
        SetTimeOffLimitValuesRequest: {
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            values?: components["schemas"]["TimeOffLimitRange"][];
        };
        SetWrapperDayOfWeek: {
            values?: string[];
        };
        SetWrapperRoutePathRequest: {
            values?: components["schemas"]["RoutePathRequest"][];
        };
        SetWrapperString: {
            values?: string[];
        };
        SetWrapperSyncTimeOffProperty: {
            values?: string[];
        };
        ShiftSet: {
            effectiveWorkPlan: components["schemas"]["ShiftSetEffectiveWorkPlan"];
            id: string;
            name: string;
            overrideAgentCount?: number;
            shifts: components["schemas"]["ScheduleBidScheduledShift"][];
            suggestedAgentCount: number;
        };
        ShiftSetEffectiveWorkPlan: {
            positionInRotation?: number;
            workPlanId?: string;
            workPlanRotationId?: string;
        };
        ShiftStartVariance: {
            applicableDays: string[];
            maxShiftStartVarianceMinutes: number;
        };
        ShiftTradeActivityPreviewResponse: {
            activityCodeId?: string;
            countsAsPaidTime?: boolean;
            externalActivityId?: string;
            externalActivityType?: string;
            lengthMinutes?: number;
            payableMinutes?: number;
            startDate?: string;
        };
        ShiftTradeActivityRule: {
            action: string;
            activityCategory: string;
            activityCodeIdReplacement?: string;
        };
        ShiftTradeAddTradeJobResponse: {
            addTradeResult?: components["schemas"]["ShiftTradeResponseItem"];
            downloadUrl?: string;
            error?: components["schemas"]["ErrorBody"];
            id: string;
            selfUri?: string;
            status: string;
            type: string;
        };
        ShiftTradeBulkUpdateTradeStateBuJobResponse: {
            bulkUpdateTradeStatesResult?: components["schemas"]["BulkUpdateShiftTradeStateResult"];
            downloadUrl?: string;
            error?: components["schemas"]["ErrorBody"];
            id: string;
            selfUri?: string;
            status: string;
            type: string;
        };
        ShiftTradeEvaluateTradesBuJobResponse: {
            downloadUrl?: string;
            error?: components["schemas"]["ErrorBody"];
            evaluateTradesResult?: components["schemas"]["EvaluateShiftTradeListJobResponseItem"];
            id: string;
            selfUri?: string;
            status: string;
            type: string;
        };
        ShiftTradeExternalActivityRule: {
            action: string;
            activityCodeIdReplacement?: string;
            externalActivityType: string;
        };
        ShiftTradeInitiatingSideResponseItem: {
            managementUnit: components["schemas"]["ManagementUnitReference"];
            schedule: components["schemas"]["ScheduleReferenceWithBusinessUnit"];
            shift: components["schemas"]["ShiftTradeShiftResponseItem"];
            user: components["schemas"]["UserReference"];
        };
        ShiftTradeListJobResponse: {
            entities?: components["schemas"]["ShiftTradeResponseItem"][];
        };
        ShiftTradeListResponse: {
            entities?: components["schemas"]["ShiftTradeResponse"][];
        };
        ShiftTradeMatchesSummaryResponse: {
            entities?: components["schemas"]["WeekShiftTradeMatchesSummaryResponse"][];
        };
        ShiftTradeMatchResponseItem: {
            preview: components["schemas"]["ShiftTradePreviewResponse"];
            shiftIds: string[];
        };
        ShiftTradeMatchReviewResponse: {
            adminReviewViolations?: components["schemas"]["ShiftTradeMatchViolation"][];
            initiatingUser?: components["schemas"]["ShiftTradeMatchReviewUserResponse"];
            receivingUser?: components["schemas"]["ShiftTradeMatchReviewUserResponse"];
            unevaluatedRules?: string[];
            violations?: components["schemas"]["ShiftTradeMatchViolation"][];
        };
        ShiftTradeMatchReviewUserResponse: {
            postTradeNewShift?: components["schemas"]["ShiftTradePreviewResponse"];
            postTradeSchedulePaidMinutes?: number;
            preTradeSchedulePaidMinutes?: number;
            weeklyMaximumPaidMinutes?: number;
            weeklyMinimumPaidMinutes?: number;
        };
        ShiftTradeMatchTradeJobResponse: {
            downloadUrl?: string;
            error?: components["schemas"]["ErrorBody"];
            id: string;
            matchTradeResult?: components["schemas"]["EvaluatedShiftTradeResponseItem"];
            selfUri?: string;
            status: string;
            type: string;
        };
        ShiftTradeMatchViolation: {
            params?: {
                [key: string]: string;
            };
            type?: string;
        };
        ShiftTradeNotification: {
            initiatingShiftDate?: string;
            initiatingUser?: components["schemas"]["UserReference"];
            newState?: string;
            oneSided?: boolean;
            receivingShiftDate?: string;
            receivingUser?: components["schemas"]["UserReference"];
            tradeId?: string;
            weekDate?: string;
        };
        ShiftTradePreviewResponse: {
            activities?: components["schemas"]["ShiftTradeActivityPreviewResponse"][];
        };
        ShiftTradeQueryAgentTradesJobResponse: {
            downloadUrl?: string;
            error?: components["schemas"]["ErrorBody"];
            id: string;
            queryAgentTradesResult?: components["schemas"]["ShiftTradeListJobResponse"];
            selfUri?: string;
            status: string;
            type: string;
        };
        ShiftTradeQueryTradesBuJobResponse: {
            downloadUrl?: string;
            error?: components["schemas"]["ErrorBody"];
            id: string;
            queryTradesResult?: components["schemas"]["ShiftTradeListJobResponse"];
            selfUri?: string;
            status: string;
            type: string;
        };
        ShiftTradeQueryWeekSummariesBuJobResponse: {
            downloadUrl?: string;
            error?: components["schemas"]["ErrorBody"];
            id: string;
            queryWeekSummariesResult?: components["schemas"]["QueryWeekSummaryListJobResponseItem"];
            selfUri?: string;
            status: string;
            type: string;
        };
        ShiftTradeReceivingSideResponseItem: {
            shift?: components["schemas"]["ShiftTradeShiftResponseItem"];
            user: components["schemas"]["UserReference"];
        };
        ShiftTradeResponse: {
            acceptableIntervals?: string[];
            expiration?: string;
            id?: string;
            initiatingShiftEnd?: string;
            initiatingShiftId?: string;
            initiatingShiftStart?: string;
            initiatingUser?: components["schemas"]["UserReference"];
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            oneSided?: boolean;
            receivingShiftEnd?: string;
            receivingShiftId?: string;
            receivingShiftStart?: string;
            receivingUser?: components["schemas"]["UserReference"];
            receivingWeekDate?: string;
            reviewedBy?: components["schemas"]["UserReference"];
            reviewedDate?: string;
            schedule?: components["schemas"]["BuScheduleReferenceForMuRoute"];
            state?: string;
            weekDate?: string;
        };
        ShiftTradeResponseItem: {
            acceptableIntervals: components["schemas"]["RequiredDateRange"][];
            expirationDate?: string;
            id: string;
            initiating: components["schemas"]["ShiftTradeInitiatingSideResponseItem"];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            oneSided: boolean;
            receiving?: components["schemas"]["ShiftTradeReceivingSideResponseItem"];
            reviewedBy?: components["schemas"]["UserReference"];
            reviewedDate?: string;
            state: string;
            target?: components["schemas"]["ShiftTradeTargetResponseItem"];
        };
        ShiftTradeSearchUnmatchedTradesBuJobResponse: {
            downloadUrl?: string;
            error?: components["schemas"]["ErrorBody"];
            id: string;
            searchUnmatchedTradesResult?: components["schemas"]["SearchUnmatchedShiftTradeListJobResponseItem"];
            selfUri?: string;
            status: string;
            type: string;
        };
        ShiftTradeSettings: {
            activityCategoryRules?: components["schemas"]["ShiftTradeActivityRule"][];
            allowDirectTrades?: boolean;
            autoReview?: boolean;
            enabled?: boolean;
            externalActivityRuleIgnoresActivityCategoryRule?: boolean;
            externalActivityRules?: components["schemas"]["ShiftTradeExternalActivityRule"][];
            maxTradeSpanWeeks?: number;
            maxTradesPerAgentPerWeek?: number;
            minHoursInFuture?: number;
            minMinutesBetweenShifts?: number;
            minMinutesBetweenShiftsViolations?: string;
            oneSided?: string;
            planningPeriodMaxPaidViolations?: string;
            planningPeriodMinPaidViolations?: string;
            requiresMatchingLanguages?: boolean;
            requiresMatchingPlanningGroups?: boolean;
            requiresMatchingQueues?: boolean;
            requiresMatchingSkills?: boolean;
            unequalPaid?: string;
            weeklyMaxPaidViolations?: string;
            weeklyMinPaidViolations?: string;
        };
        ShiftTradeShiftResponseItem: {
            endDate: string;
            id: string;
            startDate: string;
            weekDate: string;
        };
        ShiftTradeTargetRequestItem: {
            userId?: string;
        };
        ShiftTradeTargetResponseItem: {
            user?: components["schemas"]["UserReference"];
        };
        ShiftTradeUpdateTradeJobResponse: {
            downloadUrl?: string;
            error?: components["schemas"]["ErrorBody"];
            id: string;
            selfUri?: string;
            status: string;
            type: string;
            updateTradeResult?: components["schemas"]["ShiftTradeResponseItem"];
        };
        ShiftTradeUpdateTradeStateJobResponse: {
            downloadUrl?: string;
            error?: components["schemas"]["ErrorBody"];
            id: string;
            selfUri?: string;
            status: string;
            type: string;
            updateTradeStateResult?: components["schemas"]["BulkUpdateShiftTradeStateResultItem"];
        };
        ShiftTradeWeekSummaryResponseItem: {
            crossWeekReceivingMatchedCount: number;
            initiatingMatchedCount: number;
            weekDate: string;
        };
        ShortTermForecastingSettings: {
            defaultHistoryWeeks?: number;
        };
        ShortTermForecastReference: {
            description?: string;
            id: string;
            selfUri?: string;
            weekDate: string;
        };
        ShrinkageOverride: {
            intervalIndex: number;
            shrinkagePercent?: number;
        };
        ShrinkageOverrides: {
            clear?: boolean;
            values?: components["schemas"]["ShrinkageOverride"][];
        };
        SnapshotFiles: {
            averageHandleTime?: components["schemas"]["SnapshotMetricData"];
            metaData?: components["schemas"]["SnapshotMetaData"];
            offered?: components["schemas"]["SnapshotMetricData"];
        };
        SnapshotInfo: {
            businessUnitId?: string;
            dateSnapshot?: string;
            planningGroupsVersion?: number;
            snapshotId?: string;
            version?: number;
        };
        SnapshotMetaData: {
            downloadResult?: components["schemas"]["SnapshotMetaDataResult"];
            downloadUrl?: string;
        };
        SnapshotMetaDataResult: {
            dateForecastStart?: string;
            snapshotInfo?: components["schemas"]["SnapshotInfo"];
        };
        SnapshotMetricData: {
            quarterHour?: components["schemas"]["QuarterHourly"];
            weekly?: components["schemas"]["Weekly"];
        };
        Snapshots: {
            daysInPast?: number;
            id?: string;
        };
        SourcePlanningGroupRequest: {
            id: string;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
        };
        StaffingGroupAllocation: {
            attritionFullTimeEquivalentCount?: number[];
            attritionPercentages: number[];
            baseStartingFullTimeEquivalentCount?: number[];
            endOfMonthPlannedFullTimeEquivalentCount?: number[];
            extraTimeUnderTimeFullTimeEquivalentCount?: number[];
            netFullTimeEquivalentCount?: number[];
            newHiresFullTimeEquivalentCount?: number[];
            planningGroupIds?: string[];
            shrinkageFullTimeEquivalentCount?: number[];
            shrinkagePercentages: number[];
            staffingGroupId: string;
            staffingGroupPlannedFullTimeEquivalentCount?: number[];
            startingWeeklyFullTimeEquivalentCount: number;
            transfersFullTimeEquivalentCount?: number[];
        };
        StaffingGroupAllocationsResponseTemplate: {
            capacityPlanMetricsSummary?: components["schemas"]["CapacityPlanMetricsSummary"];
            months?: string[];
            planningGroupAllocations?: components["schemas"]["CapacityPlanningPlanningGroupAllocation"][];
            staffingGroupAllocations: components["schemas"]["StaffingGroupAllocation"][];
        };
        StaffingGroupFullTimeEquivalentContribution: {
            plannedFullTimeEquivalentContribution: number[];
            staffingGroupId: string;
        };
        StaffingGroupListing: {
            downloadUrl?: string;
            entities?: components["schemas"]["StaffingGroupResponse"][];
        };
        StaffingGroupMetricChangeResponse: {
            createdBy: components["schemas"]["UserReference"];
            createdDate: string;
            metric: string;
            notes?: string;
            numberOfWeeks: number;
            staffingGroups: components["schemas"]["StaffingGroupReference"][];
            transfersFullTimeEquivalent?: components["schemas"]["TransfersFullTimeEquivalent"];
            value: number;
            weekStartNumber: number;
        };
        StaffingGroupReference: {
            id: string;
            selfUri?: string;
        };
        StaffingGroupResponse: {
            id: string;
            managementUnit?: components["schemas"]["ManagementUnitReference"];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            name: string;
            planningGroups?: components["schemas"]["PlanningGroupReference"][];
            selfUri?: string;
            users?: components["schemas"]["UserReference"][];
        };
        StaffingRequirementResultResponseTemplate: {
            requirementResults: components["schemas"]["PlanningGroupRequirementOutput"][];
        };
        StaffingRequirementsPlanningGroupData: {
            effectiveStaffPerInterval?: number[];
            minimumStaffPerInterval?: number[];
            planningGroupId: string;
            staffingRequirementsPerInterval: number[];
        };
        TeamReference: {
            id?: string;
            selfUri?: string;
        };
        TimeOffBalanceJobReference: {
            id?: string;
            selfUri?: string;
            status?: string;
        };
        TimeOffBalanceJobResponse: {
            entities?: components["schemas"]["TimeOffBalanceResponse"][];
            status?: string;
        };
        TimeOffBalanceRequest: {
            activityCodeIds: string[];
            dateRanges?: components["schemas"]["LocalDateRange"][];
        };
        TimeOffBalanceResponse: {
            activityCodeId: string;
            balanceMinutesPerDay?: number[];
            hrisTimeOffTypeId: string;
            hrisTimeOffTypeSecondaryId?: string;
            startDate?: string;
        };
        TimeOffBalancesResponse: {
            entities?: components["schemas"]["TimeOffBalanceResponse"][];
            job?: components["schemas"]["TimeOffBalanceJobReference"];
        };
        TimeOffIntegrationStatusResponse: {
            integrationStatus: string;
            timeOffRequest: components["schemas"]["TimeOffRequestReference"];
        };
        TimeOffIntegrationStatusResponseListing: {
            entities?: components["schemas"]["TimeOffIntegrationStatusResponse"][];
        };
        TimeOffLimit: {
            defaultLimitMinutes?: number;
            granularity?: string;
            id: string;
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            selfUri?: string;
        };
        TimeOffLimitListing: {
            entities?: components["schemas"]["TimeOffLimit"][];
        };
        TimeOffLimitRange: {
            granularity: string;
            limitMinutesPerInterval: number[];
            startDate: string;
        };
        TimeOffLimitReference: {
            id: string;
            selfUri?: string;
        };
        TimeOffLimitValueRange: {
            allocatedMinutesPerInterval?: number[];
            granularity: string;
            limitMinutesPerInterval?: number[];
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            startDate: string;
            timeOffLimit?: components["schemas"]["TimeOffLimitReference"];
            waitlistedMinutesPerInterval?: number[];
            waitlistedRequestsPerInterval?: number[];
        };
        TimeOffLimitValues: {
            allocatedMinutes: number[];
            limitMinutes: number[];
            waitlistedMinutes: number[];
            waitlistedRequests: number[];
        };
        TimeOffPlan: {
            active?: boolean;
            activityCodeIds?: string[];
            autoApprovalRule?: string;
            daysBeforeStartToExpireFromWaitlist?: number;
            hrisTimeOffType?: components["schemas"]["HrisTimeOffType"];
            id: string;
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            name?: string;
            selfUri?: string;
            timeOffLimits?: components["schemas"]["TimeOffLimitReference"][];
        };
        TimeOffPlanBusinessUnitAssociation: {
            managementUnits?: components["schemas"]["ManagementUnitReference"][];
            staffingGroups?: components["schemas"]["StaffingGroupReference"][];
        };
        TimeOffPlanListing: {
            entities?: components["schemas"]["TimeOffPlan"][];
        };
        TimeOffPlanManagementUnitAssociation: {
            managementUnit: components["schemas"]["ManagementUnitReference"];
            staffingGroups?: components["schemas"]["StaffingGroupReference"][];
        };
        TimeOffRequestList: {
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            timeOffRequests?: components["schemas"]["TimeOffRequestResponse"][];
        };
        TimeOffRequestListing: {
            downloadUrl?: string;
            entities: components["schemas"]["TimeOffRequestListItem"][];
        };
        TimeOffRequestListItem: {
            activityCodeId: string;
            dailyDurationMinutes: number;
            durationMinutes: number[];
            fullDayEarliestStartOffsetMinutes: number[];
            fullDayLatestEndOffsetMinutes: number[];
            fullDayManagementUnitDates: string[];
            id: string;
            isFullDayRequest: boolean;
            markedAsRead?: boolean;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            notes: string;
            paid?: boolean;
            partialDayStartDateTimes: string[];
            payableMinutes: number[];
            reviewedBy?: components["schemas"]["UserReference"];
            reviewedDate?: string;
            selfUri?: string;
            status: string;
            submittedBy: components["schemas"]["UserReference"];
            submittedDate: string;
            substatus?: string;
            syncVersion: number;
            user: components["schemas"]["UserReference"];
        };
        TimeOffRequestLookup: {
            timeOffRequestId: string;
            userId: string;
        };
        TimeOffRequestNotification: {
            fullDayManagementUnitDates?: string[];
            isFullDayRequest?: boolean;
            partialDayStartDateTimes?: string[];
            status?: string;
            timeOffRequestId?: string;
            user?: components["schemas"]["UserReference"];
        };
        TimeOffRequestQueryBody: {
            dateRange?: components["schemas"]["DateRange"];
            ids?: string[];
            statuses?: string[];
            substatuses?: string[];
            teamIds?: string[];
            userIds?: string[];
        };
        TimeOffRequestReference: {
            id?: string;
            selfUri?: string;
        };
        TimeOffRequestResponse: {
            activityCodeId: string;
            dailyDurationMinutes: number;
            durationMinutes: number[];
            fullDayEarliestStartOffsetMinutes: number[];
            fullDayLatestEndOffsetMinutes: number[];
            fullDayManagementUnitDates: string[];
            id: string;
            isFullDayRequest: boolean;
            markedAsRead?: boolean;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            modifiedBy?: components["schemas"]["UserReference"];
            modifiedDate?: string;
            notes: string;
            paid?: boolean;
            partialDayStartDateTimes: string[];
            payableMinutes: number[];
            reviewedBy?: components["schemas"]["UserReference"];
            reviewedDate?: string;
            selfUri?: string;
            status: string;
            submittedBy: components["schemas"]["UserReference"];
            submittedDate: string;
            substatus?: string;
            syncVersion: number;
            user: components["schemas"]["UserReference"];
        };
        TimeOffSettingsRequest: {
            submissionEarliestDaysFromNow?: number;
            submissionLatestDate?: components["schemas"]["ValueWrapperLocalDate"];
            submissionLatestDaysFromNow?: number;
            submissionRangeEnforced?: boolean;
            submissionRangeType?: string;
        };
        TimeOffSettingsResponse: {
            submissionEarliestDaysFromNow?: number;
            submissionLatestDate?: string;
            submissionLatestDaysFromNow?: number;
            submissionRangeEnforced?: boolean;
            submissionRangeType?: string;
        };
        TransfersFullTimeEquivalent: {
            destinationStaffingGroupId?: string;
            transferType?: string;
        };
        UnavailableTime: {
            id?: string;
            notes?: string;
            timeSpan: components["schemas"]["WfmTimeSpan"];
        };
        UnavailableTimeListing: {
            entities?: components["schemas"]["UnavailableTime"][];
        };
        UnavailableTimesManagementUnitSettings: {
            enabled: boolean;
            managementUnit: components["schemas"]["ManagementUnitReference"];
        };
        UnavailableTimesValidationResult: {
            invalidWorkPlans: components["schemas"]["WorkPlanReference"][];
            valid: boolean;
            workPlanConstraintsViolationMessage?: components["schemas"]["WorkPlanConstraintsViolationMessage"];
        };
        UnavailableTimesViolationMessageArgument: {
            type: string;
            value: string;
        };
        UpdateActivityCodeRequest: {
            agentTimeOffSelectable?: boolean;
            category?: string;
            countsAsPaidTime?: boolean;
            countsAsWorkTime?: boolean;
            countsTowardShrinkage?: boolean;
            interruptible?: boolean;
            lengthInMinutes?: number;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            name?: string;
            plannedShrinkage?: boolean;
            planningGroupIds?: components["schemas"]["ListWrapperString"];
            secondaryPresences?: components["schemas"]["ListWrapperSecondaryPresence"];
            style?: components["schemas"]["ValueWrapperActivityCodeStyle"];
        };
        UpdateActivityPlanRequest: {
            activityCodeId?: string;
            attendeesSearchRule?: components["schemas"]["ValueWrapperUserSearchRule"];
            countsAsPaidTime?: boolean;
            description?: string;
            facilitatorsSearchRule?: components["schemas"]["ValueWrapperUserSearchRule"];
            fixedAvailability?: components["schemas"]["ListWrapperFixedAvailability"];
            groupSettings?: components["schemas"]["ValueWrapperGroupSettings"];
            lengthMinutes?: number;
            name?: string;
            optimizationObjective?: string;
            recurrenceSettings?: components["schemas"]["RecurrenceSettingsBase"];
            serviceGoalImpactOverrides?: components["schemas"]["ValueWrapperActivityPlanServiceGoalImpactOverrides"];
            state?: string;
            transitionTimeMinutes?: number;
            type?: string;
        };
        UpdateAdherenceExplanationStatusRequest: {
            status?: string;
        };
        UpdateAgentScheduleBiddingPreference: {
            agentScheduleBidPreferences: components["schemas"]["AgentScheduleBiddingPreferencePriority"][];
            submitted: boolean;
        };
        UpdateAgentSchedulingPreferencesRequest: {
            preferenceIdsToRemove?: string[];
            preferencesToAdd?: components["schemas"]["AgentSchedulingPreference"][];
        };
        UpdateAgentWorkPlanBiddingPreference: {
            agentWorkPlanBidPreferences: components["schemas"]["AgentWorkPlanBiddingPreferenceRequest"][];
            submitted: boolean;
        };
        UpdateAlternativeShiftBuSettingsRequest: {
            enabledGranularities?: components["schemas"]["ListWrapperAlternativeShiftBuSettingsGranularity"];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            minMinutesBeforeStartTime?: number;
            retainedActivityCategories?: components["schemas"]["ListWrapperAlternativeShiftBuSettingsActivityCategory"];
        };
        UpdateBusinessUnitRequest: {
            divisionId?: string;
            name?: string;
            settings?: components["schemas"]["UpdateBusinessUnitSettingsRequest"];
        };
        UpdateBusinessUnitSchedulingPreferencesSettingsRequest: {
            enabled?: boolean;
        };
        UpdateBusinessUnitSettingsRequest: {
            coaching?: components["schemas"]["BuActivitySettingsRequest"];
            learning?: components["schemas"]["BuActivitySettingsRequest"];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            notifications?: components["schemas"]["BuNotificationSettingsRequest"];
            scheduling?: components["schemas"]["BuSchedulingSettingsRequest"];
            shortTermForecasting?: components["schemas"]["BuShortTermForecastingSettings"];
            startDayOfWeek?: string;
            timeZone?: string;
        };
        UpdateCapacityPlanRequest: {
            description?: string;
            endBusinessUnitDate?: string;
            forecast?: components["schemas"]["ValueWrapperBuShortTermForecastReference"];
            fullTimeEquivalentWeeklyHours?: number;
            metadata: components["schemas"]["CapacityPlanMetadata"];
            name?: string;
            startBusinessUnitDate?: string;
            useLatestPlanningGroupStaffingGroupAssociation?: boolean;
        };
        UpdateManagementUnitRequest: {
            divisionId?: string;
            name?: string;
            settings?: components["schemas"]["ManagementUnitSettingsRequest"];
        };
        UpdateManagementUnitsSettingsRequest: {
            enabled?: boolean;
        };
        UpdateMuAgentRequest: {
            schedulable?: boolean;
            userId: string;
        };
        UpdateMuAgentsRequest: {
            entities?: components["schemas"]["UpdateMuAgentRequest"][];
        };
        UpdateMuAgentWorkPlanFailureResponse: {
            failure: string;
            notFoundWorkPlanId?: string;
            user: components["schemas"]["UserReference"];
        };
        UpdateMuAgentWorkPlanRequest: {
            userId: string;
            workPlanId?: components["schemas"]["ValueWrapperString"];
            workPlanOverrides?: components["schemas"]["WorkPlanOverrideListWrapperWorkPlanOverrideRequest"];
        };
        UpdateMuAgentWorkPlansBatchRequest: {
            entities?: components["schemas"]["UpdateMuAgentWorkPlanRequest"][];
        };
        UpdateMuAgentWorkPlansBatchResponse: {
            failures: components["schemas"]["UpdateMuAgentWorkPlanFailureResponse"][];
        };
        UpdateNotificationResponse: {
            id?: string;
            mutableGroupId?: string;
        };
        UpdateNotificationsRequest: {
            entities: components["schemas"]["WfmUserNotification"][];
        };
        UpdateNotificationsResponse: {
            entities?: components["schemas"]["UpdateNotificationResponse"][];
        };
        UpdatePlanningGroupRequest: {
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            name?: string;
            routePaths?: components["schemas"]["SetWrapperRoutePathRequest"];
            serviceGoalTemplateId?: string;
        };
        UpdateScheduleBid: {
            agentRankingType?: string;
            bidWindowEndDate?: string;
            bidWindowStartDate?: string;
            effectiveDate?: string;
            endOverridesAndRotations?: boolean;
            forecast?: components["schemas"]["BuShortTermForecastWeekReference"];
            name?: string;
            rankingTiebreakerType?: string;
            status?: string;
            weeksToSchedule?: number;
        };
        UpdateScheduleUploadResponse: {
            headers?: {
                [key: string]: string;
            };
            uploadBodySchema?: components["schemas"]["UpdateScheduleUploadSchema"];
            uploadKey?: string;
            url?: string;
        };
        UpdateScheduleUploadSchema: {
            agentSchedules?: components["schemas"]["BuUpdateAgentScheduleUploadSchema"][];
            description?: string;
            headcountForecast?: components["schemas"]["BuHeadcountForecastBuPlanningGroupHeadcountForecastUploadSchema"];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            published?: boolean;
            shortTermForecast?: components["schemas"]["BuShortTermForecastReference"];
        };
        UpdateServiceGoalTemplate: {
            abandonRate?: components["schemas"]["BuAbandonRate"];
            averageSpeedOfAnswer?: components["schemas"]["BuAverageSpeedOfAnswer"];
            impactOverride?: components["schemas"]["ServiceGoalTemplateImpactOverride"];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            name?: string;
            serviceLevel?: components["schemas"]["BuServiceLevel"];
        };
        UpdateShiftTradeJobRequest: {
            acceptableIntervals?: components["schemas"]["ListWrapperRequiredDateRange"];
            expirationDate?: components["schemas"]["ValueWrapperDate"];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            target?: components["schemas"]["ValueWrapperShiftTradeTargetRequestItem"];
            weekDate: string;
        };
        UpdateShiftTradeStateJobRequest: {
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            state: string;
            weekDate: string;
        };
        UpdateStaffingGroupRequest: {
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            name?: string;
            planningGroupIds?: components["schemas"]["SetWrapperString"];
            userIds?: components["schemas"]["SetWrapperString"];
        };
        UpdateTimeOffLimitRequest: {
            defaultLimitMinutes?: number;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
        };
        UpdateTimeOffPlanBusinessUnitAssociation: {
            managementUnitIds?: components["schemas"]["SetWrapperString"];
            staffingGroupIds?: components["schemas"]["SetWrapperString"];
        };
        UpdateTimeOffPlanManagementUnitAssociation: {
            staffingGroupIds?: components["schemas"]["SetWrapperString"];
        };
        UpdateTimeOffPlanRequest: {
            active?: boolean;
            activityCodeIds?: components["schemas"]["SetWrapperString"];
            autoApprovalRule?: string;
            daysBeforeStartToExpireFromWaitlist?: number;
            hrisTimeOffType?: components["schemas"]["ValueWrapperHrisTimeOffType"];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            name?: string;
            timeOffLimitIds?: components["schemas"]["SetWrapperString"];
        };
        UpdateUnavailableTime: {
            delete?: boolean;
            id?: string;
            notes?: string;
            timeSpan?: components["schemas"]["WfmTimeSpan"];
        };
        UpdateUnavailableTimesRequest: {
            entities: components["schemas"]["UpdateUnavailableTime"][];
        };
        UpdateWorkPlanBid: {
            agentRankingType?: string;
            bidWindowEndDate?: string;
            bidWindowStartDate?: string;
            effectiveDate?: string;
            endOverridesAndRotations?: boolean;
            forecast?: components["schemas"]["BuShortTermForecastWeekReference"];
            name?: string;
            rankingTiebreakerType?: string;
            status?: string;
            workPlanFieldsVisibleToAgents?: components["schemas"]["ListWrapperAgentWorkPlanField"];
        };
        UpdateWorkPlanRotationAgentRequest: {
            dateRange?: components["schemas"]["DateRangeWithOptionalEnd"];
            delete?: boolean;
            position?: number;
            userId: string;
        };
        UpdateWorkPlanRotationRequest: {
            agents?: components["schemas"]["UpdateWorkPlanRotationAgentRequest"][];
            dateRange?: components["schemas"]["DateRangeWithOptionalEnd"];
            enabled?: boolean;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            name?: string;
            pattern?: components["schemas"]["WorkPlanPatternRequest"];
        };
        UploadUrlRequestBody: {
            contentLengthBytes: number;
        };
        UserActivity: {
            activeQueueIds: string[];
            dateActiveQueuesChanged?: string;
            id: string;
            outOfOffice?: components["schemas"]["UserActivityOutOfOffice"];
            presence?: components["schemas"]["UserActivityAdherencePresence"];
            routingStatus?: components["schemas"]["UserActivityRoutingStatus"];
        };
        UserActivityAdherencePresence: {
            modifiedDate: string;
            presenceDefinition: components["schemas"]["UserActivityPresenceDefinition"];
            presenceMessage?: string;
        };
        UserActivityListing: {
            entities?: components["schemas"]["UserActivity"][];
        };
        UserActivityOutOfOffice: {
            active?: boolean;
            modifiedDate?: string;
        };
        UserActivityPresenceDefinition: {
            id: string;
            systemPresence: string;
        };
        UserActivityRoutingStatus: {
            startTime: string;
            status: string;
        };
        /** @description Request body for fetching the schedule for a group of users over a given time range */
        UserListScheduleRequestBody: {
            /**
             * Format: date-time
             * @description End of the range of schedules to fetch, in ISO-8601 format
             */
            endDate: string;
            loadFullWeeks?: boolean;
            /**
             * Format: date-time
             * @description Beginning of the range of schedules to fetch, in ISO-8601 format
             */
            startDate: string;
            /** @description The user ids for which to fetch schedules */
            userIds: string[];
        };
        UserNextActivityReminder: {
            activityCategory?: string;
            startDate?: string;
        };
        UserReference: {
            id?: string;
            selfUri?: string;
        };
        UsersActivityRequest: {
            userIds: string[];
        };
        /** @description A schedule for a single user over a given time range */
        UserSchedule: {
            delete?: boolean;
            /** @description Markers to indicate a full day time off request, relative to the management unit time zone */
            fullDayTimeOffMarkers?: components["schemas"]["UserScheduleFullDayTimeOffMarker"][];
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            /** @description The shifts that belong to this schedule */
            shifts?: components["schemas"]["UserScheduleShift"][];
            workPlanId?: string;
        };
        /** @description Represents a single activity in a user's shift */
        UserScheduleActivity: {
            /** @description The id for the activity code.  Look up a map of activity codes with the activities route */
            activityCodeId?: string;
            /** @description Whether this activity is paid */
            countsAsPaidTime?: boolean;
            /** @description Description for this activity */
            description?: string;
            /** @description Whether this activity spans a DST fallback */
            isDstFallback?: boolean;
            /**
             * Format: int32
             * @description Length in minutes for this activity
             */
            lengthInMinutes?: number;
            /**
             * Format: date-time
             * @description Start time in UTC for this activity, in ISO-8601 format
             */
            startDate?: string;
            timeOffRequestId?: string;
        };
        UserScheduleAdherence: {
            activeQueues?: components["schemas"]["QueueReference"][];
            activeQueuesModifiedTime?: string;
            /**
             * @description Activity in which the user is actually engaged
             * @enum {string}
             */
            readonly actualActivityCategory?: "OnQueueWork" | "Break" | "Meal" | "Meeting" | "OffQueueWork" | "TimeOff" | "Training" | "Unavailable" | "Unscheduled" | (string & {});
            adherenceExplanation?: components["schemas"]["RealTimeAdherenceExplanation"];
            /**
             * @description The user's current adherence state
             * @enum {string}
             */
            readonly adherenceState?: "InAdherence" | "OutOfAdherence" | "Unscheduled" | "Unknown" | (string & {});
            businessUnit?: components["schemas"]["BusinessUnitReference"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /**
             * @description The impact of the user's current adherenceState
             * @enum {string}
             */
            readonly impact?: "Positive" | "Negative" | "Neutral" | "Unknown" | (string & {});
            /** @description Whether the user is marked OutOfOffice */
            readonly isOutOfOffice?: boolean;
            managementUnit?: components["schemas"]["ManagementUnitReference"];
            name?: string;
            nextActivityReminders?: components["schemas"]["UserNextActivityReminder"][];
            /** @description Organization Secondary Presence Id. */
            readonly organizationSecondaryPresenceId?: string;
            presenceUpdateTime?: string;
            removedFromManagementUnit?: boolean;
            /**
             * @description Actual underlying routing status, used to determine whether a user is actually in adherence when OnQueue
             * @enum {string}
             */
            readonly routingStatus?: "OFF_QUEUE" | "IDLE" | "INTERACTING" | "NOT_RESPONDING" | "COMMUNICATING" | (string & {});
            /**
             * @description Activity for which the user is scheduled
             * @enum {string}
             */
            readonly scheduledActivityCategory?: "OnQueueWork" | "Break" | "Meal" | "Meeting" | "OffQueueWork" | "TimeOff" | "Training" | "Unavailable" | "Unscheduled" | (string & {});
            scheduledActivityCode?: components["schemas"]["ActivityCodeSummary"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            suppressOnTimeReminder?: boolean;
            /**
             * @description Actual underlying system presence value
             * @enum {string}
             */
            readonly systemPresence?: "Available" | "Away" | "Busy" | "Offline" | "Idle" | "OnQueue" | "Meal" | "Training" | "Meeting" | "Break" | (string & {});
            team?: components["schemas"]["TeamReference"];
            /** @description Time when the user entered the current adherenceState in ISO-8601 format */
            readonly timeOfAdherenceChange?: string;
            user?: components["schemas"]["UserReference"];
        };
        UserScheduleAdherenceListing: {
            downloadUrl?: string;
            entities?: components["schemas"]["UserScheduleAdherence"][];
        };
        /** @description Container object to hold a map of user schedules */
        UserScheduleContainer: {
            /** @description The reference time zone used for the management unit */
            managementUnitTimeZone?: string;
            publishedSchedules?: components["schemas"]["WeekScheduleReference"][];
            /** @description Map of user id to user schedule */
            userSchedules?: {
                [key: string]: components["schemas"]["UserSchedule"];
            };
        };
        /** @description Marker to indicate an approved full day time off request */
        UserScheduleFullDayTimeOffMarker: {
            /** @description The id for the activity code.  Look up a map of activity codes with the activities route */
            activityCodeId?: string;
            delete?: boolean;
            /** @description The description associated with the time off request that this marker corresponds to */
            description?: string;
            /** @description Whether this is paid time off */
            isPaid?: boolean;
            /**
             * Format: int32
             * @description The length in minutes of this time off marker
             */
            lengthInMinutes?: number;
            /** @description The date associated with the time off request that this marker corresponds to.  Date only, in ISO-8601 format */
            managementUnitDate?: string;
        };
        /** @description Single shift in a user's schedule */
        UserScheduleShift: {
            /** @description List of activities in this shift */
            activities?: components["schemas"]["UserScheduleActivity"][];
            delete?: boolean;
            id?: string;
            /**
             * Format: int32
             * @description Length of this shift in minutes
             */
            lengthInMinutes?: number;
            manuallyEdited?: boolean;
            /**
             * Format: date-time
             * @description Start time in UTC for this shift. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startDate?: string;
            weekSchedule?: components["schemas"]["WeekScheduleReference"];
        };
        UserSearchRule: {
            parts: components["schemas"]["UserSearchRulePart"][];
        };
        UserSearchRulePart: {
            ids: string[];
            operation: string;
            selector: string;
        };
        UserStaffingGroupListing: {
            downloadUrl?: string;
            entities?: components["schemas"]["UserStaffingGroupResponse"][];
        };
        UserStaffingGroupResponse: {
            endDate?: string;
            staffingGroup?: components["schemas"]["StaffingGroupReference"];
            startDate?: string;
            user?: components["schemas"]["UserReference"];
        };
        UserTimeOffIntegrationStatusResponse: {
            integrationStatus: string;
            timeOffRequest: components["schemas"]["TimeOffRequestReference"];
            user: components["schemas"]["UserReference"];
        };
        UserTimeOffIntegrationStatusResponseListing: {
            entities?: components["schemas"]["UserTimeOffIntegrationStatusResponse"][];
        };
        UserTimeOffRequestReference: {
            id?: string;
            selfUri?: string;
            user: components["schemas"]["UserReference"];
        };
        ValidateAgentUnavailableTimesRequest: {
            unavailableTimes: components["schemas"]["UpdateUnavailableTime"][];
            validationWeekDate: string;
        };
        ValidateAgentUnavailableTimesResponse: {
            id?: string;
            result?: components["schemas"]["UnavailableTimesValidationResult"];
            status: string;
        };
        ValidateWorkPlanMessages: {
            constraintConflictMessage?: components["schemas"]["ConstraintConflictMessage"];
            violationMessages?: components["schemas"]["WorkPlanConfigurationViolationMessage"][];
        };
        ValidateWorkPlanResponse: {
            messages?: components["schemas"]["ValidateWorkPlanMessages"];
            valid?: boolean;
            workPlan?: components["schemas"]["WorkPlanReference"];
        };
        ValidationServiceAsyncResponse: {
            id?: string;
            selfUri?: string;
        };
        ValidationServiceRequest: {
            dateImportEnded: string;
            uploadKey: string;
        };
        ValueWrapperActivityCodeStyle: {
            value?: components["schemas"]["ActivityCodeStyle"];
        };
        ValueWrapperActivityPlanServiceGoalImpactOverrides: {
            value?: components["schemas"]["ActivityPlanServiceGoalImpactOverrides"];
        };
        ValueWrapperBuShortTermForecastReference: {
            value?: components["schemas"]["BuShortTermForecastReference"];
        };
        ValueWrapperDate: {
            value?: string;
        };
        ValueWrapperGroupSettings: {
            value?: components["schemas"]["GroupSettings"];
        };
        ValueWrapperHrisTimeOffType: {
            value?: components["schemas"]["HrisTimeOffType"];
        };
        ValueWrapperInstant: {
            value?: string;
        };
        ValueWrapperInteger: {
            value?: number;
        };
        ValueWrapperLocalDate: {
            value?: string;
        };
        ValueWrapperMonthlyPlanningPeriodSettings: {
            value?: components["schemas"]["MonthlyPlanningPeriodSettings"];
        };
        ValueWrapperPlanningPeriodSettings: {
            value?: components["schemas"]["PlanningPeriodSettings"];
        };
        ValueWrapperShiftTradeTargetRequestItem: {
            value?: components["schemas"]["ShiftTradeTargetRequestItem"];
        };
        ValueWrapperString: {
            value?: string;
        };
        ValueWrapperUserSearchRule: {
            value?: components["schemas"]["UserSearchRule"];
        };
        WaitlistPosition: {
            date?: string;
            timeOffLimit?: components["schemas"]["TimeOffLimitReference"];
            timeOffRequest?: components["schemas"]["TimeOffRequestReference"];
            waitlistPosition?: number;
        };
        WaitlistPositionListing: {
            entities?: components["schemas"]["WaitlistPosition"][];
        };
        Weekly: {
            downloadResult?: components["schemas"]["ContinuousForecastTimeSeries"][];
            downloadUrl?: string;
        };
        WeekSchedule: {
            agentSchedulesVersion?: number;
            description?: string;
            generationResults?: components["schemas"]["WeekScheduleGenerationResult"];
            headcountForecast?: components["schemas"]["HeadcountForecast"];
            id: string;
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            published?: boolean;
            selfUri?: string;
            shortTermForecast?: components["schemas"]["ShortTermForecastReference"];
            userSchedules?: {
                [key: string]: components["schemas"]["UserSchedule"];
            };
            weekDate?: string;
        };
        WeekScheduleGenerationResult: {
            agentWarningCount?: number;
            agentWarnings?: components["schemas"]["ScheduleGenerationWarning"][];
            failed?: boolean;
            runId?: string;
        };
        WeekScheduleListItemResponse: {
            description?: string;
            generationResults?: components["schemas"]["WeekScheduleGenerationResult"];
            id: string;
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            published?: boolean;
            selfUri?: string;
            shortTermForecast?: components["schemas"]["ShortTermForecastReference"];
            weekDate?: string;
        };
        WeekScheduleListResponse: {
            entities?: components["schemas"]["WeekScheduleListItemResponse"][];
        };
        WeekScheduleReference: {
            id: string;
            selfUri?: string;
            weekDate?: string;
        };
        WeekScheduleResponse: {
            downloadUrl?: string;
            result?: components["schemas"]["WeekSchedule"];
        };
        WeekShiftTradeListResponse: {
            downloadUrl?: string;
            entities?: components["schemas"]["WeekShiftTradeResponse"][];
        };
        WeekShiftTradeMatchesSummaryResponse: {
            count?: number;
            crossWeekReceivingCount?: number;
            weekDate?: string;
        };
        WeekShiftTradeResponse: {
            matchReview?: components["schemas"]["ShiftTradeMatchReviewResponse"];
            trade?: components["schemas"]["ShiftTradeResponse"];
        };
        WfmAgent: {
            acceptDirectShiftTrades?: boolean;
            id: string;
            languages?: components["schemas"]["LanguageReference"][];
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            queues?: components["schemas"]["QueueReference"][];
            schedulable?: boolean;
            selfUri?: string;
            skills?: components["schemas"]["RoutingSkillReference"][];
            user?: components["schemas"]["UserReference"];
            workPlan?: components["schemas"]["WorkPlanReference"];
            workPlanOverrides?: components["schemas"]["WorkPlanOverride"][];
            workPlanRotation?: components["schemas"]["WorkPlanRotationReference"];
        };
        WfmAgentHistoricalAdherenceJobReference: {
            id?: string;
            selfUri?: string;
            status?: string;
        };
        WfmAgentHistoricalAdherenceResponse: {
            downloadUrls?: string[];
            job: components["schemas"]["WfmAgentHistoricalAdherenceJobReference"];
            result?: components["schemas"]["WfmAgentHistoricalAdherenceResult"];
        };
        WfmAgentHistoricalAdherenceResult: {
            actuals?: components["schemas"]["HistoricalAdherenceActuals"][];
            adherencePercentage?: number;
            calculationsCompletedDate: string;
            conformancePercentage?: number;
            dayMetrics: components["schemas"]["AgentAdherenceDayMetrics"][];
            endDate: string;
            exceptionInfo?: components["schemas"]["HistoricalAdherenceExceptionInfo"][];
            impact: string;
            scheduledActivities?: components["schemas"]["AgentAdherenceScheduledActivity"][];
            secondaryPresenceLookupItems: components["schemas"]["SecondaryPresenceLookupItem"][];
            startDate: string;
            targetAdherencePercentage: number;
            user?: components["schemas"]["UserReference"];
        };
        WfmEntityMetadata: {
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            modifiedBy?: components["schemas"]["UserReference"];
        };
        WfmForecastModificationIntervalOffsetValue: {
            intervalIndex: number;
            value: number;
        };
        WfmHistoricalAdherenceBulkItem: {
            endDate: string;
            includeActuals?: boolean;
            includeExceptions?: boolean;
            managementUnitId: string;
            startDate: string;
            userIds?: string[];
        };
        WfmHistoricalAdherenceBulkJobReference: {
            id?: string;
            selfUri?: string;
            status?: string;
        };
        WfmHistoricalAdherenceBulkQuery: {
            items: components["schemas"]["WfmHistoricalAdherenceBulkItem"][];
            timeZone: string;
        };
        WfmHistoricalAdherenceBulkResponse: {
            downloadResult?: components["schemas"]["WfmHistoricalAdherenceBulkResult"];
            downloadUrls?: string[];
            job?: components["schemas"]["WfmHistoricalAdherenceBulkJobReference"];
        };
        WfmHistoricalAdherenceBulkResult: {
            endDate?: string;
            lookupIdToSecondaryPresenceId?: {
                [key: string]: string;
            };
            managementUnitId?: string;
            startDate?: string;
            userResults?: components["schemas"]["WfmHistoricalAdherenceBulkUserResult"][];
        };
        WfmHistoricalAdherenceBulkUserDayMetrics: {
            actualLengthSeconds?: number;
            adherencePercentage?: number;
            adherenceScheduleSeconds?: number;
            conformanceActualSeconds?: number;
            conformancePercentage?: number;
            conformanceScheduleSeconds?: number;
            dayStartOffsetSeconds?: number;
            exceptionCount?: number;
            exceptionDurationSeconds?: number;
            impactSeconds?: number;
            scheduleLengthSeconds?: number;
        };
        WfmHistoricalAdherenceBulkUserResult: {
            actuals?: components["schemas"]["HistoricalAdherenceActuals"][];
            adherencePercentage?: number;
            conformancePercentage?: number;
            dayMetrics?: components["schemas"]["WfmHistoricalAdherenceBulkUserDayMetrics"][];
            exceptionInfo?: components["schemas"]["HistoricalAdherenceExceptionInfo"][];
            impact?: string;
            userId?: string;
        };
        /** @description Query to request a historical adherence report from Workforce Management Service */
        WfmHistoricalAdherenceQuery: {
            /**
             * Format: date-time
             * @description End of the date range to query in ISO-8601 format
             */
            endDate?: string;
            includeExceptions?: boolean;
            /**
             * Format: date-time
             * @description Beginning of the date range to query in ISO-8601 format
             */
            startDate: string;
            teamIds?: string[];
            /** @description The time zone to use for returned results in olson format (See https://www.ibm.com/developerworks/aix/library/au-aix-posix/) */
            timeZone?: string;
            /** @description The userIds to report on */
            userIds?: string[];
        };
        WfmHistoricalAdherenceQueryForAgent: {
            endDate?: string;
            startDate: string;
            timeZone?: string;
        };
        WfmHistoricalAdherenceQueryForTeams: {
            endDate?: string;
            includeExceptions?: boolean;
            startDate: string;
            timeZone: string;
            userIds?: string[];
        };
        /** @description Response for Historical Adherence Query, intended to tell the client what to listen for on a notification topic */
        WfmHistoricalAdherenceResponse: {
            downloadResult?: components["schemas"]["WfmHistoricalAdherenceResultWrapper"];
            /** @description The uri to query to GET the results of the Historical Adherence query. This will return unpopulated but will be populated in the notification */
            downloadUrl?: string;
            downloadUrls?: string[];
            /** @description The query ID to listen for */
            id?: string;
            /**
             * @description The state of the adherence query
             * @enum {string}
             */
            queryState?: "Processing" | "Complete" | "Error" | (string & {});
        };
        WfmHistoricalAdherenceResultWrapper: {
            data?: components["schemas"]["HistoricalAdherenceQueryResult"][];
            entityId?: string;
            lookupIdToSecondaryPresenceId?: {
                [key: string]: string;
            };
        };
        WfmHistoricalShrinkageRequest: {
            endDate?: string;
            granularity?: string;
            startDate: string;
            timeZone?: string;
        };
        WfmHistoricalShrinkageResponse: {
            downloadResult?: components["schemas"]["HistoricalShrinkageResultListing"];
            downloadUrls?: string[];
            operationId?: string;
            state?: string;
        };
        WfmHistoricalShrinkageTeamsRequest: {
            endDate?: string;
            granularity?: string;
            startDate: string;
            timeZone: string;
        };
        WfmIntegrationListing: {
            entities?: components["schemas"]["WfmIntegrationResponse"][];
        };
        WfmIntegrationReference: {
            id?: string;
            selfUri?: string;
        };
        WfmIntegrationResponse: {
            active: boolean;
            id?: string;
            name?: string;
            selfUri?: string;
        };
        WfmIntradayPlanningGroupListing: {
            entities?: components["schemas"]["ForecastPlanningGroupResponse"][];
            noDataReason?: string;
        };
        WfmProcessUploadRequest: {
            uploadKey: string;
        };
        WfmServiceGoalImpact: {
            decreaseByPercent: number;
            increaseByPercent: number;
        };
        WfmServiceGoalImpactSettings: {
            abandonRate: components["schemas"]["WfmServiceGoalImpact"];
            averageSpeedOfAnswer: components["schemas"]["WfmServiceGoalImpact"];
            serviceLevel: components["schemas"]["WfmServiceGoalImpact"];
        };
        WfmTimeSpan: {
            lengthMinutes: number;
            startDate: string;
        };
        WfmUserEntityListing: {
            entities?: components["schemas"]["UserReference"][];
        };
        WfmUserNotification: {
            adherenceExplanation?: components["schemas"]["AdherenceExplanationNotification"];
            agentNotification?: boolean;
            alternativeShift?: components["schemas"]["AlternativeShiftNotification"];
            id: string;
            markedAsRead: boolean;
            mutableGroupId: string;
            otherNotificationIdsInGroup?: string[];
            shiftTrade?: components["schemas"]["ShiftTradeNotification"];
            timeOffRequest?: components["schemas"]["TimeOffRequestNotification"];
            timestamp?: string;
            type?: string;
        };
        WfmVersionedEntityMetadata: {
            createdBy?: components["schemas"]["UserReference"];
            dateCreated?: string;
            dateModified?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            version: number;
        };
        WorkPlan: {
            agentCount?: number;
            agents?: components["schemas"]["DeletableUserReference"][];
            constrainMaximumConsecutiveWorkingDays?: boolean;
            constrainMaximumConsecutiveWorkingWeekends?: boolean;
            constrainMaximumWorkingWeekendsPerPlanningPeriod?: boolean;
            constrainMinimumTimeBetweenShifts?: boolean;
            constrainPaidTimeGranularity?: boolean;
            constrainWeeklyPaidTime?: boolean;
            enabled?: boolean;
            flexibleWeeklyPaidTime?: boolean;
            id: string;
            maximumConsecutiveWorkingDays?: number;
            maximumConsecutiveWorkingWeekends?: number;
            maximumDays?: number;
            maximumDaysOffPerPlanningPeriod?: number;
            maximumPaidMinutesPerPlanningPeriod?: number;
            maximumWorkingWeekendsPerPlanningPeriod?: number;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            minimumConsecutiveNonWorkingMinutesPerWeek?: number;
            minimumDaysOffPerPlanningPeriod?: number;
            minimumPaidMinutesPerPlanningPeriod?: number;
            minimumShiftStartDistanceMinutes?: number;
            minimumTimeBetweenShiftsMinutes?: number;
            minimumWorkingDaysPerWeek?: number;
            name?: string;
            optionalDays?: components["schemas"]["SetWrapperDayOfWeek"];
            paidTimeGranularityMinutes?: number;
            selfUri?: string;
            shifts?: components["schemas"]["WorkPlanShift"][];
            shiftStartVariancePeriod?: string;
            shiftStartVariances?: components["schemas"]["ListWrapperShiftStartVariance"];
            shiftStartVarianceType?: string;
            valid?: boolean;
            weeklyExactPaidMinutes?: number;
            weeklyMaximumPaidMinutes?: number;
            weeklyMinimumPaidMinutes?: number;
        };
        WorkPlanActivity: {
            activityCodeId?: string;
            countsAsContiguousWorkTime?: boolean;
            countsAsPaidTime?: boolean;
            delete?: boolean;
            description?: string;
            earliestStartTimeMinutes?: number;
            exactStartTimeMinutes?: number;
            flexibleStartTime?: boolean;
            id?: string;
            latestStartTimeMinutes?: number;
            lengthMinutes?: number;
            maximumLengthFromShiftEndMinutes?: number;
            minimumLengthFromShiftEndMinutes?: number;
            minimumLengthFromShiftStartMinutes?: number;
            startTimeIncrementMinutes?: number;
            startTimeIsRelativeToShiftStart?: boolean;
            validationId?: string;
        };
        WorkPlanBid: {
            agentRankingType: string;
            bidType: string;
            bidWindowEndDate: string;
            bidWindowStartDate: string;
            effectiveDate: string;
            endOverridesAndRotations: boolean;
            forecast?: components["schemas"]["BuShortTermForecastWeekReference"];
            id: string;
            metadata?: components["schemas"]["WorkPlanBidMetadata"];
            name: string;
            publishedDate?: string;
            rankingTiebreakerType: string;
            selfUri?: string;
            status: string;
            workPlanFieldsVisibleToAgents: string[];
        };
        WorkPlanBidGroup: {
            agents: components["schemas"]["UserReference"][];
            managementUnit: components["schemas"]["ManagementUnitReference"];
            name: string;
            planningGroups: components["schemas"]["PlanningGroupReference"][];
            workPlans: components["schemas"]["BidGroupWorkPlanResponse"][];
        };
        WorkPlanBidGroupCreate: {
            agentIds: string[];
            managementUnitId: string;
            name: string;
            planningGroupIds: string[];
            workPlans: components["schemas"]["BidGroupWorkPlanRequest"][];
        };
        WorkPlanBidGroupResponse: {
            id: string;
            metadata?: components["schemas"]["WorkPlanBidMetadata"];
            selfUri?: string;
            workPlanBidGroup?: components["schemas"]["WorkPlanBidGroup"];
        };
        WorkPlanBidGroupSummary: {
            agentCount: number;
            id: string;
            managementUnit: components["schemas"]["ManagementUnitReference"];
            name: string;
            planningGroupCount: number;
            selfUri?: string;
            workPlanCount: number;
        };
        WorkPlanBidGroupSummaryList: {
            workPlanBidGroupSummaryList: components["schemas"]["WorkPlanBidGroupSummary"][];
        };
        WorkPlanBidGroupUpdate: {
            agentIds?: components["schemas"]["ListWrapperString"];
            managementUnitId?: string;
            name?: string;
            planningGroupIds?: components["schemas"]["ListWrapperString"];
            workPlans?: components["schemas"]["ListWrapperBidGroupWorkPlanRequest"];
        };
        WorkPlanBidListResponse: {
            entities?: components["schemas"]["WorkPlanBid"][];
        };
        WorkPlanBidMetadata: {
            createdBy: components["schemas"]["UserReference"];
            createdDate: string;
            modifiedBy?: components["schemas"]["UserReference"];
            modifiedDate?: string;
        };
        WorkPlanBidRanks: {
            biddingTieBreaker?: string;
            id?: string;
            selfUri?: string;
            workPlanBiddingPerformance?: number;
        };
        WorkPlanConfigurationViolationMessage: {
            arguments?: components["schemas"]["WorkPlanValidationMessageArgument"][];
            severity?: string;
            type?: string;
        };
        WorkPlanConstraintConflictMessage: {
            arguments?: components["schemas"]["WorkPlanValidationMessageArgument"][];
            type?: string;
        };
        WorkPlanConstraintMessage: {
            arguments?: components["schemas"]["WorkPlanValidationMessageArgument"][];
            type?: string;
        };
        WorkPlanConstraintsViolationMessage: {
            fixableConstraintsMessages: components["schemas"]["WorkPlanConstraintViolationMessage"][];
            type: string;
        };
        WorkPlanConstraintViolationMessage: {
            arguments: components["schemas"]["UnavailableTimesViolationMessageArgument"][];
            type: string;
        };
        WorkPlanListItemResponse: {
            agentCount?: number;
            agents?: components["schemas"]["DeletableUserReference"][];
            constrainMaximumConsecutiveWorkingDays?: boolean;
            constrainMaximumConsecutiveWorkingWeekends?: boolean;
            constrainMaximumWorkingWeekendsPerPlanningPeriod?: boolean;
            constrainMinimumTimeBetweenShifts?: boolean;
            constrainPaidTimeGranularity?: boolean;
            constrainWeeklyPaidTime?: boolean;
            enabled?: boolean;
            flexibleWeeklyPaidTime?: boolean;
            id: string;
            maximumConsecutiveWorkingDays?: number;
            maximumConsecutiveWorkingWeekends?: number;
            maximumDays?: number;
            maximumDaysOffPerPlanningPeriod?: number;
            maximumPaidMinutesPerPlanningPeriod?: number;
            maximumWorkingWeekendsPerPlanningPeriod?: number;
            metadata: components["schemas"]["WfmVersionedEntityMetadata"];
            minimumConsecutiveNonWorkingMinutesPerWeek?: number;
            minimumDaysOffPerPlanningPeriod?: number;
            minimumPaidMinutesPerPlanningPeriod?: number;
            minimumShiftStartDistanceMinutes?: number;
            minimumTimeBetweenShiftsMinutes?: number;
            minimumWorkingDaysPerWeek?: number;
            name?: string;
            optionalDays?: components["schemas"]["SetWrapperDayOfWeek"];
            paidTimeGranularityMinutes?: number;
            selfUri?: string;
            shifts?: components["schemas"]["WorkPlanShift"][];
            shiftStartVariancePeriod?: string;
            shiftStartVariances?: components["schemas"]["ListWrapperShiftStartVariance"];
            shiftStartVarianceType?: string;
            valid?: boolean;
            weeklyExactPaidMinutes?: number;
            weeklyMaximumPaidMinutes?: number;
            weeklyMinimumPaidMinutes?: number;
        };
        WorkPlanListResponse: {
            entities?: components["schemas"]["WorkPlanListItemResponse"][];
        };
        WorkPlanOverride: {
            startDate: string;
            weekCount: number;
            workPlan: components["schemas"]["WorkPlanReference"];
        };
        WorkPlanOverrideListWrapperWorkPlanOverrideRequest: {
            deleteAll?: boolean;
            values?: components["schemas"]["WorkPlanOverrideRequest"][];
        };
        WorkPlanOverrideRequest: {
            action?: string;
            startDate: string;
            weekCount?: number;
            workPlanId?: string;
        };
        WorkPlanPatternRequest: {
            workPlanIds: string[];
        };
        WorkPlanPatternResponse: {
            workPlans?: components["schemas"]["WorkPlanReference"][];
        };
        WorkPlanReference: {
            id?: string;
            managementUnit?: components["schemas"]["ManagementUnitReference"];
            selfUri?: string;
        };
        WorkPlanRotationAgentResponse: {
            dateRange?: components["schemas"]["DateRangeWithOptionalEnd"];
            position?: number;
            user?: components["schemas"]["UserReference"];
        };
        WorkPlanRotationListResponse: {
            entities?: components["schemas"]["WorkPlanRotationResponse"][];
        };
        WorkPlanRotationReference: {
            id: string;
            selfUri?: string;
        };
        WorkPlanRotationResponse: {
            agentCount?: number;
            agents?: components["schemas"]["WorkPlanRotationAgentResponse"][];
            dateRange?: components["schemas"]["DateRangeWithOptionalEnd"];
            enabled?: boolean;
            id: string;
            metadata?: components["schemas"]["WfmVersionedEntityMetadata"];
            name?: string;
            pattern?: components["schemas"]["WorkPlanPatternResponse"];
            selfUri?: string;
        };
        WorkPlanShift: {
            activities?: components["schemas"]["WorkPlanActivity"][];
            constrainContiguousWorkTime?: boolean;
            constrainDayOff?: boolean;
            constrainEarliestStopTime?: boolean;
            constrainLatestStopTime?: boolean;
            constrainStopTime?: boolean;
            dayOffRule?: string;
            days?: components["schemas"]["SetWrapperDayOfWeek"];
            delete?: boolean;
            earliestStartTimeMinutesFromMidnight?: number;
            earliestStopTimeMinutesFromMidnight?: number;
            exactPaidTimeMinutes?: number;
            exactStartTimeMinutesFromMidnight?: number;
            flexiblePaidTime?: boolean;
            flexibleStartTime?: boolean;
            id?: string;
            latestStartTimeMinutesFromMidnight?: number;
            latestStopTimeMinutesFromMidnight?: number;
            maximumContiguousWorkTimeMinutes?: number;
            maximumPaidTimeMinutes?: number;
            minimumContiguousWorkTimeMinutes?: number;
            minimumPaidTimeMinutes?: number;
            name: string;
            planningPeriodConstraints?: components["schemas"]["PlanningPeriodShiftConstraints"];
            startIncrementMinutes?: number;
            validationId?: string;
        };
        WorkPlanValidationMessageArgument: {
            type?: string;
            value?: string;
        };
        WorkPlanValidationRequest: {
            agentCount?: number;
            agents?: components["schemas"]["DeletableUserReference"][];
            constrainMaximumConsecutiveWorkingDays?: boolean;
            constrainMaximumConsecutiveWorkingWeekends?: boolean;
            constrainMaximumWorkingWeekendsPerPlanningPeriod?: boolean;
            constrainMinimumTimeBetweenShifts?: boolean;
            constrainPaidTimeGranularity?: boolean;
            constrainWeeklyPaidTime?: boolean;
            enabled?: boolean;
            flexibleWeeklyPaidTime?: boolean;
            id: string;
            maximumConsecutiveWorkingDays?: number;
            maximumConsecutiveWorkingWeekends?: number;
            maximumDays?: number;
            maximumDaysOffPerPlanningPeriod?: number;
            maximumPaidMinutesPerPlanningPeriod?: number;
            maximumWorkingWeekendsPerPlanningPeriod?: number;
            minimumConsecutiveNonWorkingMinutesPerWeek?: number;
            minimumDaysOffPerPlanningPeriod?: number;
            minimumPaidMinutesPerPlanningPeriod?: number;
            minimumShiftStartDistanceMinutes?: number;
            minimumTimeBetweenShiftsMinutes?: number;
            minimumWorkingDaysPerWeek?: number;
            name?: string;
            optionalDays?: components["schemas"]["SetWrapperDayOfWeek"];
            paidTimeGranularityMinutes?: number;
            selfUri?: string;
            shifts?: components["schemas"]["WorkPlanShift"][];
            shiftStartVariancePeriod?: string;
            shiftStartVariances?: components["schemas"]["ListWrapperShiftStartVariance"];
            shiftStartVarianceType?: string;
            valid?: boolean;
            weeklyExactPaidMinutes?: number;
            weeklyMaximumPaidMinutes?: number;
            weeklyMinimumPaidMinutes?: number;
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
export type SchemaActivityCode = components['schemas']['ActivityCode'];
export type SchemaActivityCodeContainer = components['schemas']['ActivityCodeContainer'];
export type SchemaActivityCodeReference = components['schemas']['ActivityCodeReference'];
export type SchemaActivityCodesReference = components['schemas']['ActivityCodesReference'];
export type SchemaActivityCodeStyle = components['schemas']['ActivityCodeStyle'];
export type SchemaActivityCodeSummary = components['schemas']['ActivityCodeSummary'];
export type SchemaActivityPlanAbandonRateImpactOverride = components['schemas']['ActivityPlanAbandonRateImpactOverride'];
export type SchemaActivityPlanAsaImpactOverride = components['schemas']['ActivityPlanAsaImpactOverride'];
export type SchemaActivityPlanJobException = components['schemas']['ActivityPlanJobException'];
export type SchemaActivityPlanJobListing = components['schemas']['ActivityPlanJobListing'];
export type SchemaActivityPlanJobResponse = components['schemas']['ActivityPlanJobResponse'];
export type SchemaActivityPlanListing = components['schemas']['ActivityPlanListing'];
export type SchemaActivityPlanListItem = components['schemas']['ActivityPlanListItem'];
export type SchemaActivityPlanOccurrenceReference = components['schemas']['ActivityPlanOccurrenceReference'];
export type SchemaActivityPlanOccurrenceSessionsUsersStructureReference = components['schemas']['ActivityPlanOccurrenceSessionsUsersStructureReference'];
export type SchemaActivityPlanReference = components['schemas']['ActivityPlanReference'];
export type SchemaActivityPlanResponse = components['schemas']['ActivityPlanResponse'];
export type SchemaActivityPlanRunJobResponse = components['schemas']['ActivityPlanRunJobResponse'];
export type SchemaActivityPlanServiceGoalImpactOverrides = components['schemas']['ActivityPlanServiceGoalImpactOverrides'];
export type SchemaActivityPlanServiceLevelImpactOverride = components['schemas']['ActivityPlanServiceLevelImpactOverride'];
export type SchemaActivityPlanSessionStructureReference = components['schemas']['ActivityPlanSessionStructureReference'];
export type SchemaActivityPlanStructureWithOccurrenceSessionsUsersReference = components['schemas']['ActivityPlanStructureWithOccurrenceSessionsUsersReference'];
export type SchemaAddAdherenceExplanationAdminRequest = components['schemas']['AddAdherenceExplanationAdminRequest'];
export type SchemaAddAdherenceExplanationAgentRequest = components['schemas']['AddAdherenceExplanationAgentRequest'];
export type SchemaAddOpportunityBody = components['schemas']['AddOpportunityBody'];
export type SchemaAddShiftTradeJobRequest = components['schemas']['AddShiftTradeJobRequest'];
export type SchemaAddShiftTradeRequest = components['schemas']['AddShiftTradeRequest'];
export type SchemaAddWorkPlanRotationAgentRequest = components['schemas']['AddWorkPlanRotationAgentRequest'];
export type SchemaAddWorkPlanRotationRequest = components['schemas']['AddWorkPlanRotationRequest'];
export type SchemaAdherenceExplanationAsyncResponse = components['schemas']['AdherenceExplanationAsyncResponse'];
export type SchemaAdherenceExplanationJob = components['schemas']['AdherenceExplanationJob'];
export type SchemaAdherenceExplanationJobReference = components['schemas']['AdherenceExplanationJobReference'];
export type SchemaAdherenceExplanationListing = components['schemas']['AdherenceExplanationListing'];
export type SchemaAdherenceExplanationListingAgentQueryResponse = components['schemas']['AdherenceExplanationListingAgentQueryResponse'];
export type SchemaAdherenceExplanationListingBuQueryResponse = components['schemas']['AdherenceExplanationListingBuQueryResponse'];
export type SchemaAdherenceExplanationNotification = components['schemas']['AdherenceExplanationNotification'];
export type SchemaAdherenceExplanationResponse = components['schemas']['AdherenceExplanationResponse'];
export type SchemaAdherenceSettings = components['schemas']['AdherenceSettings'];
export type SchemaAdminAgentScheduleBidBiddingPreference = components['schemas']['AdminAgentScheduleBidBiddingPreference'];
export type SchemaAdminAgentScheduleBidPreferenceResponse = components['schemas']['AdminAgentScheduleBidPreferenceResponse'];
export type SchemaAdminAgentScheduleSetPreferences = components['schemas']['AdminAgentScheduleSetPreferences'];
export type SchemaAdminAgentWorkPlanBiddingPreference = components['schemas']['AdminAgentWorkPlanBiddingPreference'];
export type SchemaAdminAgentWorkPlanPreferenceResponse = components['schemas']['AdminAgentWorkPlanPreferenceResponse'];
export type SchemaAdminBulkUpdateAlternativeShiftTradeState = components['schemas']['AdminBulkUpdateAlternativeShiftTradeState'];
export type SchemaAdminBulkUpdateAlternativeShiftTradeStateRequest = components['schemas']['AdminBulkUpdateAlternativeShiftTradeStateRequest'];
export type SchemaAdminTimeOffRequestPatch = components['schemas']['AdminTimeOffRequestPatch'];
export type SchemaAgentAddOpportunityEnrollment = components['schemas']['AgentAddOpportunityEnrollment'];
export type SchemaAgentAdherenceDayMetrics = components['schemas']['AgentAdherenceDayMetrics'];
export type SchemaAgentAdherenceScheduledActivity = components['schemas']['AgentAdherenceScheduledActivity'];
export type SchemaAgentAssignedScheduleSetList = components['schemas']['AgentAssignedScheduleSetList'];
export type SchemaAgentAssignedShiftSet = components['schemas']['AgentAssignedShiftSet'];
export type SchemaAgentBidScheduleSetOverrideRequest = components['schemas']['AgentBidScheduleSetOverrideRequest'];
export type SchemaAgentBidWorkPlanOverrideRequest = components['schemas']['AgentBidWorkPlanOverrideRequest'];
export type SchemaAgentBulkAddOpportunityEnrollment = components['schemas']['AgentBulkAddOpportunityEnrollment'];
export type SchemaAgentBulkAddOpportunityEnrollmentResult = components['schemas']['AgentBulkAddOpportunityEnrollmentResult'];
export type SchemaAgentBulkAddOpportunityEnrollmentsRequest = components['schemas']['AgentBulkAddOpportunityEnrollmentsRequest'];
export type SchemaAgentBulkAddOpportunityEnrollmentsResponse = components['schemas']['AgentBulkAddOpportunityEnrollmentsResponse'];
export type SchemaAgentBulkStatusUpdateOpportunityEnrollmentsRequest = components['schemas']['AgentBulkStatusUpdateOpportunityEnrollmentsRequest'];
export type SchemaAgentBulkStatusUpdateOpportunityEnrollmentsResponse = components['schemas']['AgentBulkStatusUpdateOpportunityEnrollmentsResponse'];
export type SchemaAgentBusinessUnitOpportunities = components['schemas']['AgentBusinessUnitOpportunities'];
export type SchemaAgentCountRange = components['schemas']['AgentCountRange'];
export type SchemaAgentEffectiveBid = components['schemas']['AgentEffectiveBid'];
export type SchemaAgentIntegrationAssociationRequest = components['schemas']['AgentIntegrationAssociationRequest'];
export type SchemaAgentIntegrationAssociationResponse = components['schemas']['AgentIntegrationAssociationResponse'];
export type SchemaAgentIntegrationsRequest = components['schemas']['AgentIntegrationsRequest'];
export type SchemaAgentIntegrationsResponse = components['schemas']['AgentIntegrationsResponse'];
export type SchemaAgentManagementUnitReference = components['schemas']['AgentManagementUnitReference'];
export type SchemaAgentMuQueryResponse = components['schemas']['AgentMuQueryResponse'];
export type SchemaAgentMuScheduleItem = components['schemas']['AgentMuScheduleItem'];
export type SchemaAgentMuScheduleQuery = components['schemas']['AgentMuScheduleQuery'];
export type SchemaAgentMuScheduleResult = components['schemas']['AgentMuScheduleResult'];
export type SchemaAgentMuScheduleShift = components['schemas']['AgentMuScheduleShift'];
export type SchemaAgentOpportunityEnrollmentResult = components['schemas']['AgentOpportunityEnrollmentResult'];
export type SchemaAgentPossibleWorkShiftsRequest = components['schemas']['AgentPossibleWorkShiftsRequest'];
export type SchemaAgentPossibleWorkShiftsResponse = components['schemas']['AgentPossibleWorkShiftsResponse'];
export type SchemaAgentQueryAdherenceExplanationsRequest = components['schemas']['AgentQueryAdherenceExplanationsRequest'];
export type SchemaAgentQueryAdherenceExplanationsResponse = components['schemas']['AgentQueryAdherenceExplanationsResponse'];
export type SchemaAgentQueryOpportunities = components['schemas']['AgentQueryOpportunities'];
export type SchemaAgentQueryOpportunitiesResponse = components['schemas']['AgentQueryOpportunitiesResponse'];
export type SchemaAgentQueryOpportunityResult = components['schemas']['AgentQueryOpportunityResult'];
export type SchemaAgentQueueTimeRequest = components['schemas']['AgentQueueTimeRequest'];
export type SchemaAgentsBidAssignedScheduleSetOverrideRequest = components['schemas']['AgentsBidAssignedScheduleSetOverrideRequest'];
export type SchemaAgentsBidAssignedWorkPlanOverrideRequest = components['schemas']['AgentsBidAssignedWorkPlanOverrideRequest'];
export type SchemaAgentScheduleBid = components['schemas']['AgentScheduleBid'];
export type SchemaAgentScheduleBiddingPreferencePriority = components['schemas']['AgentScheduleBiddingPreferencePriority'];
export type SchemaAgentScheduleBiddingPreferenceResponse = components['schemas']['AgentScheduleBiddingPreferenceResponse'];
export type SchemaAgentScheduleBids = components['schemas']['AgentScheduleBids'];
export type SchemaAgentScheduleBidScheduleSetResponse = components['schemas']['AgentScheduleBidScheduleSetResponse'];
export type SchemaAgentScheduleShiftActivity = components['schemas']['AgentScheduleShiftActivity'];
export type SchemaAgentScheduleUnavailableTime = components['schemas']['AgentScheduleUnavailableTime'];
export type SchemaAgentSchedulingPreference = components['schemas']['AgentSchedulingPreference'];
export type SchemaAgentSchedulingPreferenceListing = components['schemas']['AgentSchedulingPreferenceListing'];
export type SchemaAgentsEffectiveScheduleSetResponse = components['schemas']['AgentsEffectiveScheduleSetResponse'];
export type SchemaAgentsIntegrationsListing = components['schemas']['AgentsIntegrationsListing'];
export type SchemaAgentsWorkPlansResponse = components['schemas']['AgentsWorkPlansResponse'];
export type SchemaAgentTimeOffRequestPatch = components['schemas']['AgentTimeOffRequestPatch'];
export type SchemaAgentUpdateAlternativeShiftTradeRequest = components['schemas']['AgentUpdateAlternativeShiftTradeRequest'];
export type SchemaAgentWorkPlan = components['schemas']['AgentWorkPlan'];
export type SchemaAgentWorkPlanActivity = components['schemas']['AgentWorkPlanActivity'];
export type SchemaAgentWorkPlanBid = components['schemas']['AgentWorkPlanBid'];
export type SchemaAgentWorkPlanBiddingPreference = components['schemas']['AgentWorkPlanBiddingPreference'];
export type SchemaAgentWorkPlanBiddingPreferenceRequest = components['schemas']['AgentWorkPlanBiddingPreferenceRequest'];
export type SchemaAgentWorkPlanBiddingPreferenceResponse = components['schemas']['AgentWorkPlanBiddingPreferenceResponse'];
export type SchemaAgentWorkPlanBids = components['schemas']['AgentWorkPlanBids'];
export type SchemaAgentWorkPlanListResponse = components['schemas']['AgentWorkPlanListResponse'];
export type SchemaAgentWorkPlans = components['schemas']['AgentWorkPlans'];
export type SchemaAgentWorkPlanShift = components['schemas']['AgentWorkPlanShift'];
export type SchemaAggregatedExportJobRequest = components['schemas']['AggregatedExportJobRequest'];
export type SchemaAggregatedExportSnapshotJobRequest = components['schemas']['AggregatedExportSnapshotJobRequest'];
export type SchemaAggregatedHistoricalExportJobResponse = components['schemas']['AggregatedHistoricalExportJobResponse'];
export type SchemaAggregatedHistoricalExportJobStatus = components['schemas']['AggregatedHistoricalExportJobStatus'];
export type SchemaAggregatedSessionExportJobResponse = components['schemas']['AggregatedSessionExportJobResponse'];
export type SchemaAggregatedSessionExportJobStatus = components['schemas']['AggregatedSessionExportJobStatus'];
export type SchemaAggregatedSnapshotExportJobResponse = components['schemas']['AggregatedSnapshotExportJobResponse'];
export type SchemaAggregatedSnapshotExportJobStatus = components['schemas']['AggregatedSnapshotExportJobStatus'];
export type SchemaAggregateHistoricalAvailability = components['schemas']['AggregateHistoricalAvailability'];
export type SchemaAlternativeShiftAgentScheduledShift = components['schemas']['AlternativeShiftAgentScheduledShift'];
export type SchemaAlternativeShiftAsyncResponse = components['schemas']['AlternativeShiftAsyncResponse'];
export type SchemaAlternativeShiftBulkUpdateTradesResponseTemplate = components['schemas']['AlternativeShiftBulkUpdateTradesResponseTemplate'];
export type SchemaAlternativeShiftBuSettingsResponse = components['schemas']['AlternativeShiftBuSettingsResponse'];
export type SchemaAlternativeShiftJobReference = components['schemas']['AlternativeShiftJobReference'];
export type SchemaAlternativeShiftJobResponse = components['schemas']['AlternativeShiftJobResponse'];
export type SchemaAlternativeShiftNotification = components['schemas']['AlternativeShiftNotification'];
export type SchemaAlternativeShiftOffersRequest = components['schemas']['AlternativeShiftOffersRequest'];
export type SchemaAlternativeShiftOffersViewResponseTemplate = components['schemas']['AlternativeShiftOffersViewResponseTemplate'];
export type SchemaAlternativeShiftScheduleLookup = components['schemas']['AlternativeShiftScheduleLookup'];
export type SchemaAlternativeShiftSearchOffersRequest = components['schemas']['AlternativeShiftSearchOffersRequest'];
export type SchemaAlternativeShiftTradeBulkUpdateTemplateItem = components['schemas']['AlternativeShiftTradeBulkUpdateTemplateItem'];
export type SchemaAlternativeShiftTradeListing = components['schemas']['AlternativeShiftTradeListing'];
export type SchemaAlternativeShiftTradeResponse = components['schemas']['AlternativeShiftTradeResponse'];
export type SchemaAlternativeShiftTradesViewResponseTemplate = components['schemas']['AlternativeShiftTradesViewResponseTemplate'];
export type SchemaAssignedAgentDetails = components['schemas']['AssignedAgentDetails'];
export type SchemaAsyncForecastOperationResult = components['schemas']['AsyncForecastOperationResult'];
export type SchemaAsyncIntradayResponse = components['schemas']['AsyncIntradayResponse'];
export type SchemaAvailabilityRange = components['schemas']['AvailabilityRange'];
export type SchemaAvailableTimeOffRange = components['schemas']['AvailableTimeOffRange'];
export type SchemaAvailableTimeOffRequest = components['schemas']['AvailableTimeOffRequest'];
export type SchemaAvailableTimeOffResponse = components['schemas']['AvailableTimeOffResponse'];
export type SchemaBidGroupScheduleSet = components['schemas']['BidGroupScheduleSet'];
export type SchemaBidGroupWorkPlanRequest = components['schemas']['BidGroupWorkPlanRequest'];
export type SchemaBidGroupWorkPlanResponse = components['schemas']['BidGroupWorkPlanResponse'];
export type SchemaBidGroupWorkPlanRotationRequest = components['schemas']['BidGroupWorkPlanRotationRequest'];
export type SchemaBidGroupWorkPlanRotationResponse = components['schemas']['BidGroupWorkPlanRotationResponse'];
export type SchemaBuAbandonRate = components['schemas']['BuAbandonRate'];
export type SchemaBuActivitySettingsRequest = components['schemas']['BuActivitySettingsRequest'];
export type SchemaBuActivitySettingsResponse = components['schemas']['BuActivitySettingsResponse'];
export type SchemaBuAgentScheduleActivity = components['schemas']['BuAgentScheduleActivity'];
export type SchemaBuAgentScheduleHistoryChange = components['schemas']['BuAgentScheduleHistoryChange'];
export type SchemaBuAgentScheduleHistoryChangeMetadata = components['schemas']['BuAgentScheduleHistoryChangeMetadata'];
export type SchemaBuAgentScheduleHistoryDeletedChange = components['schemas']['BuAgentScheduleHistoryDeletedChange'];
export type SchemaBuAgentScheduleHistoryDroppedChange = components['schemas']['BuAgentScheduleHistoryDroppedChange'];
export type SchemaBuAgentScheduleHistoryResponse = components['schemas']['BuAgentScheduleHistoryResponse'];
export type SchemaBuAgentSchedulePublishedScheduleReference = components['schemas']['BuAgentSchedulePublishedScheduleReference'];
export type SchemaBuAgentScheduleQueryResponse = components['schemas']['BuAgentScheduleQueryResponse'];
export type SchemaBuAgentScheduleRescheduleResponse = components['schemas']['BuAgentScheduleRescheduleResponse'];
export type SchemaBuAgentScheduleSearchResponse = components['schemas']['BuAgentScheduleSearchResponse'];
export type SchemaBuAgentScheduleShift = components['schemas']['BuAgentScheduleShift'];
export type SchemaBuAgentScheduleShiftRequest = components['schemas']['BuAgentScheduleShiftRequest'];
export type SchemaBuAgentSchedulesQueryResponse = components['schemas']['BuAgentSchedulesQueryResponse'];
export type SchemaBuAgentSchedulesSearchResponse = components['schemas']['BuAgentSchedulesSearchResponse'];
export type SchemaBuAgentScheduleUpdate = components['schemas']['BuAgentScheduleUpdate'];
export type SchemaBuAlternativeShiftJobResponse = components['schemas']['BuAlternativeShiftJobResponse'];
export type SchemaBuAsyncAgentSchedulesQueryResponse = components['schemas']['BuAsyncAgentSchedulesQueryResponse'];
export type SchemaBuAsyncAgentSchedulesSearchResponse = components['schemas']['BuAsyncAgentSchedulesSearchResponse'];
export type SchemaBuAsyncScheduleResponse = components['schemas']['BuAsyncScheduleResponse'];
export type SchemaBuAsyncScheduleRunResponse = components['schemas']['BuAsyncScheduleRunResponse'];
export type SchemaBuAverageSpeedOfAnswer = components['schemas']['BuAverageSpeedOfAnswer'];
export type SchemaBuConvertTimeOffGranularityLimitJobListing = components['schemas']['BuConvertTimeOffGranularityLimitJobListing'];
export type SchemaBuConvertTimeOffLimitGranularityJobProgress = components['schemas']['BuConvertTimeOffLimitGranularityJobProgress'];
export type SchemaBuConvertTimeOffLimitGranularityJobRequest = components['schemas']['BuConvertTimeOffLimitGranularityJobRequest'];
export type SchemaBuConvertTimeOffLimitGranularityJobResponse = components['schemas']['BuConvertTimeOffLimitGranularityJobResponse'];
export type SchemaBuCopyScheduleRequest = components['schemas']['BuCopyScheduleRequest'];
export type SchemaBuCreateBlankScheduleRequest = components['schemas']['BuCreateBlankScheduleRequest'];
export type SchemaBuCreateTimeOffLimitRequest = components['schemas']['BuCreateTimeOffLimitRequest'];
export type SchemaBuCreateTimeOffPlanRequest = components['schemas']['BuCreateTimeOffPlanRequest'];
export type SchemaBuCurrentAgentScheduleSearchResponse = components['schemas']['BuCurrentAgentScheduleSearchResponse'];
export type SchemaBuForecastGenerationPlanningGroupResult = components['schemas']['BuForecastGenerationPlanningGroupResult'];
export type SchemaBuForecastGenerationResult = components['schemas']['BuForecastGenerationResult'];
export type SchemaBuForecastModificationResponse = components['schemas']['BuForecastModificationResponse'];
export type SchemaBuForecastResult = components['schemas']['BuForecastResult'];
export type SchemaBuForecastResultResponse = components['schemas']['BuForecastResultResponse'];
export type SchemaBuForecastStaffingRequirementsResult = components['schemas']['BuForecastStaffingRequirementsResult'];
export type SchemaBuForecastStaffingRequirementsResultResponse = components['schemas']['BuForecastStaffingRequirementsResultResponse'];
export type SchemaBuForecastTimeSeriesResult = components['schemas']['BuForecastTimeSeriesResult'];
export type SchemaBuFullDayTimeOffMarker = components['schemas']['BuFullDayTimeOffMarker'];
export type SchemaBuGenerateScheduleRequest = components['schemas']['BuGenerateScheduleRequest'];
export type SchemaBuGetCurrentAgentScheduleRequest = components['schemas']['BuGetCurrentAgentScheduleRequest'];
export type SchemaBuHeadcountForecastBuPlanningGroupHeadcountForecastResult = components['schemas']['BuHeadcountForecastBuPlanningGroupHeadcountForecastResult'];
export type SchemaBuHeadcountForecastBuPlanningGroupHeadcountForecastUploadSchema = components['schemas']['BuHeadcountForecastBuPlanningGroupHeadcountForecastUploadSchema'];
export type SchemaBuHeadcountForecastResponse = components['schemas']['BuHeadcountForecastResponse'];
export type SchemaBuImportAgentScheduleUploadSchema = components['schemas']['BuImportAgentScheduleUploadSchema'];
export type SchemaBuImportShortTermForecastSchema = components['schemas']['BuImportShortTermForecastSchema'];
export type SchemaBuImportTimeOffLimitValue = components['schemas']['BuImportTimeOffLimitValue'];
export type SchemaBuImportTimeOffLimitValuesRequest = components['schemas']['BuImportTimeOffLimitValuesRequest'];
export type SchemaBuImportTimeOffLimitValuesSchema = components['schemas']['BuImportTimeOffLimitValuesSchema'];
export type SchemaBuImportTimeOffLimitValuesUploadResponse = components['schemas']['BuImportTimeOffLimitValuesUploadResponse'];
export type SchemaBuIntradayDataGroup = components['schemas']['BuIntradayDataGroup'];
export type SchemaBuIntradayForecastData = components['schemas']['BuIntradayForecastData'];
export type SchemaBuIntradayResponse = components['schemas']['BuIntradayResponse'];
export type SchemaBuIntradayScheduleData = components['schemas']['BuIntradayScheduleData'];
export type SchemaBuListAlternativeShiftTradesResponse = components['schemas']['BuListAlternativeShiftTradesResponse'];
export type SchemaBulkAddOpportunitiesRequest = components['schemas']['BulkAddOpportunitiesRequest'];
export type SchemaBulkAddOpportunitiesResponse = components['schemas']['BulkAddOpportunitiesResponse'];
export type SchemaBulkOpportunitiesEnrollmentResult = components['schemas']['BulkOpportunitiesEnrollmentResult'];
export type SchemaBulkOpportunitiesError = components['schemas']['BulkOpportunitiesError'];
export type SchemaBulkOpportunitiesExternalActivitiesRequest = components['schemas']['BulkOpportunitiesExternalActivitiesRequest'];
export type SchemaBulkOpportunitiesReferenceResult = components['schemas']['BulkOpportunitiesReferenceResult'];
export type SchemaBulkOpportunitiesRequest = components['schemas']['BulkOpportunitiesRequest'];
export type SchemaBulkOpportunitiesStatusUpdateRequest = components['schemas']['BulkOpportunitiesStatusUpdateRequest'];
export type SchemaBulkOpportunitiesStatusUpdateResponse = components['schemas']['BulkOpportunitiesStatusUpdateResponse'];
export type SchemaBulkOpportunityEnrollmentsStatusUpdateRequest = components['schemas']['BulkOpportunityEnrollmentsStatusUpdateRequest'];
export type SchemaBulkPublishOpportunitiesResponse = components['schemas']['BulkPublishOpportunitiesResponse'];
export type SchemaBulkRemoveOpportunitiesResponse = components['schemas']['BulkRemoveOpportunitiesResponse'];
export type SchemaBulkRemoveOpportunitiesResult = components['schemas']['BulkRemoveOpportunitiesResult'];
export type SchemaBulkShiftTradeStateUpdateRequest = components['schemas']['BulkShiftTradeStateUpdateRequest'];
export type SchemaBulkUpdateActivityCodeRequest = components['schemas']['BulkUpdateActivityCodeRequest'];
export type SchemaBulkUpdateActivityCodeRequestItem = components['schemas']['BulkUpdateActivityCodeRequestItem'];
export type SchemaBulkUpdateActivityCodeResponse = components['schemas']['BulkUpdateActivityCodeResponse'];
export type SchemaBulkUpdateOpportunityEnrollmentsStatusResponse = components['schemas']['BulkUpdateOpportunityEnrollmentsStatusResponse'];
export type SchemaBulkUpdateShiftTradeListJobRequest = components['schemas']['BulkUpdateShiftTradeListJobRequest'];
export type SchemaBulkUpdateShiftTradeStateRequestItem = components['schemas']['BulkUpdateShiftTradeStateRequestItem'];
export type SchemaBulkUpdateShiftTradeStateResponse = components['schemas']['BulkUpdateShiftTradeStateResponse'];
export type SchemaBulkUpdateShiftTradeStateResult = components['schemas']['BulkUpdateShiftTradeStateResult'];
export type SchemaBulkUpdateShiftTradeStateResultItem = components['schemas']['BulkUpdateShiftTradeStateResultItem'];
export type SchemaBuManagementUnitScheduleSummary = components['schemas']['BuManagementUnitScheduleSummary'];
export type SchemaBuNotificationSettingsRequest = components['schemas']['BuNotificationSettingsRequest'];
export type SchemaBuNotificationSettingsResponse = components['schemas']['BuNotificationSettingsResponse'];
export type SchemaBuPlanningGroupHeadcountForecastResult = components['schemas']['BuPlanningGroupHeadcountForecastResult'];
export type SchemaBuPlanningGroupHeadcountForecastUploadSchema = components['schemas']['BuPlanningGroupHeadcountForecastUploadSchema'];
export type SchemaBuQueryAdherenceExplanationsRequest = components['schemas']['BuQueryAdherenceExplanationsRequest'];
export type SchemaBuQueryAdherenceExplanationsResponse = components['schemas']['BuQueryAdherenceExplanationsResponse'];
export type SchemaBuQueryAgentSchedulesRequest = components['schemas']['BuQueryAgentSchedulesRequest'];
export type SchemaBuRescheduleAgentScheduleResult = components['schemas']['BuRescheduleAgentScheduleResult'];
export type SchemaBuRescheduleRequest = components['schemas']['BuRescheduleRequest'];
export type SchemaBuRescheduleResult = components['schemas']['BuRescheduleResult'];
export type SchemaBuScheduleListing = components['schemas']['BuScheduleListing'];
export type SchemaBuScheduleListItem = components['schemas']['BuScheduleListItem'];
export type SchemaBuScheduleMetadata = components['schemas']['BuScheduleMetadata'];
export type SchemaBuScheduleNotificationsCategorySettings = components['schemas']['BuScheduleNotificationsCategorySettings'];
export type SchemaBuScheduleNotificationsSettingsRequest = components['schemas']['BuScheduleNotificationsSettingsRequest'];
export type SchemaBuScheduleNotificationsSettingsResponse = components['schemas']['BuScheduleNotificationsSettingsResponse'];
export type SchemaBuScheduleReference = components['schemas']['BuScheduleReference'];
export type SchemaBuScheduleReferenceForMuRoute = components['schemas']['BuScheduleReferenceForMuRoute'];
export type SchemaBuSchedulerSettingsRequest = components['schemas']['BuSchedulerSettingsRequest'];
export type SchemaBuSchedulerSettingsResponse = components['schemas']['BuSchedulerSettingsResponse'];
export type SchemaBuScheduleRun = components['schemas']['BuScheduleRun'];
export type SchemaBuScheduleRunListing = components['schemas']['BuScheduleRunListing'];
export type SchemaBuSchedulingSettingsRequest = components['schemas']['BuSchedulingSettingsRequest'];
export type SchemaBuSchedulingSettingsResponse = components['schemas']['BuSchedulingSettingsResponse'];
export type SchemaBuSearchAgentSchedulesRequest = components['schemas']['BuSearchAgentSchedulesRequest'];
export type SchemaBuServiceLevel = components['schemas']['BuServiceLevel'];
export type SchemaBuSetTimeOffLimitValuesRequest = components['schemas']['BuSetTimeOffLimitValuesRequest'];
export type SchemaBuShortTermForecast = components['schemas']['BuShortTermForecast'];
export type SchemaBuShortTermForecastingSettings = components['schemas']['BuShortTermForecastingSettings'];
export type SchemaBuShortTermForecastListing = components['schemas']['BuShortTermForecastListing'];
export type SchemaBuShortTermForecastListItem = components['schemas']['BuShortTermForecastListItem'];
export type SchemaBuShortTermForecastReference = components['schemas']['BuShortTermForecastReference'];
export type SchemaBuShortTermForecastWeekReference = components['schemas']['BuShortTermForecastWeekReference'];
export type SchemaBusinessUnitActivityCode = components['schemas']['BusinessUnitActivityCode'];
export type SchemaBusinessUnitActivityCodeListing = components['schemas']['BusinessUnitActivityCodeListing'];
export type SchemaBusinessUnitListing = components['schemas']['BusinessUnitListing'];
export type SchemaBusinessUnitListItem = components['schemas']['BusinessUnitListItem'];
export type SchemaBusinessUnitReference = components['schemas']['BusinessUnitReference'];
export type SchemaBusinessUnitResponse = components['schemas']['BusinessUnitResponse'];
export type SchemaBusinessUnitSchedulingPreferencesSettingsResponse = components['schemas']['BusinessUnitSchedulingPreferencesSettingsResponse'];
export type SchemaBusinessUnitSettingsResponse = components['schemas']['BusinessUnitSettingsResponse'];
export type SchemaBuTimeOffLimitListing = components['schemas']['BuTimeOffLimitListing'];
export type SchemaBuTimeOffLimitRange = components['schemas']['BuTimeOffLimitRange'];
export type SchemaBuTimeOffLimitReference = components['schemas']['BuTimeOffLimitReference'];
export type SchemaBuTimeOffLimitResponse = components['schemas']['BuTimeOffLimitResponse'];
export type SchemaBuTimeOffLimitValueRange = components['schemas']['BuTimeOffLimitValueRange'];
export type SchemaBuTimeOffLimitValues = components['schemas']['BuTimeOffLimitValues'];
export type SchemaBuTimeOffLimitValuesForGranularityResponse = components['schemas']['BuTimeOffLimitValuesForGranularityResponse'];
export type SchemaBuTimeOffLimitValuesImportUploadUrlRequest = components['schemas']['BuTimeOffLimitValuesImportUploadUrlRequest'];
export type SchemaBuTimeOffLimitValuesResponse = components['schemas']['BuTimeOffLimitValuesResponse'];
export type SchemaBuTimeOffPlanListing = components['schemas']['BuTimeOffPlanListing'];
export type SchemaBuTimeOffPlanResponse = components['schemas']['BuTimeOffPlanResponse'];
export type SchemaBuUpdateAgentScheduleShift = components['schemas']['BuUpdateAgentScheduleShift'];
export type SchemaBuUpdateAgentScheduleUploadSchema = components['schemas']['BuUpdateAgentScheduleUploadSchema'];
export type SchemaBuUpdateTimeOffPlanRequest = components['schemas']['BuUpdateTimeOffPlanRequest'];
export type SchemaBuUserListing = components['schemas']['BuUserListing'];
export type SchemaCalendarUrlResponse = components['schemas']['CalendarUrlResponse'];
export type SchemaCapacityPlanDeleteRequest = components['schemas']['CapacityPlanDeleteRequest'];
export type SchemaCapacityPlanForecastInputsResponse = components['schemas']['CapacityPlanForecastInputsResponse'];
export type SchemaCapacityPlanForecastInputsTemplate = components['schemas']['CapacityPlanForecastInputsTemplate'];
export type SchemaCapacityPlanForecastMetrics = components['schemas']['CapacityPlanForecastMetrics'];
export type SchemaCapacityPlanListItem = components['schemas']['CapacityPlanListItem'];
export type SchemaCapacityPlanMetadata = components['schemas']['CapacityPlanMetadata'];
export type SchemaCapacityPlanMetricsSummary = components['schemas']['CapacityPlanMetricsSummary'];
export type SchemaCapacityPlanningPlanningGroupAllocation = components['schemas']['CapacityPlanningPlanningGroupAllocation'];
export type SchemaCapacityPlanReference = components['schemas']['CapacityPlanReference'];
export type SchemaCapacityPlanRequest = components['schemas']['CapacityPlanRequest'];
export type SchemaCapacityPlanResponse = components['schemas']['CapacityPlanResponse'];
export type SchemaCapacityPlansListResponse = components['schemas']['CapacityPlansListResponse'];
export type SchemaCapacityPlanStaffingGroupAllocationsResponse = components['schemas']['CapacityPlanStaffingGroupAllocationsResponse'];
export type SchemaCapacityPlanStaffingGroupMetricChangeHistoryListResponse = components['schemas']['CapacityPlanStaffingGroupMetricChangeHistoryListResponse'];
export type SchemaCapacityPlanStaffingGroupMetricChangeResponse = components['schemas']['CapacityPlanStaffingGroupMetricChangeResponse'];
export type SchemaCapacityPlanStaffingRequirementResult = components['schemas']['CapacityPlanStaffingRequirementResult'];
export type SchemaComputedData = components['schemas']['ComputedData'];
export type SchemaConstraintConflictMessage = components['schemas']['ConstraintConflictMessage'];
export type SchemaContinuousForecastGetSessionResponse = components['schemas']['ContinuousForecastGetSessionResponse'];
export type SchemaContinuousForecastSessionResponse = components['schemas']['ContinuousForecastSessionResponse'];
export type SchemaContinuousForecastSnapshotResponse = components['schemas']['ContinuousForecastSnapshotResponse'];
export type SchemaContinuousForecastTimeSeries = components['schemas']['ContinuousForecastTimeSeries'];
export type SchemaContinuousForecastWeeks = components['schemas']['ContinuousForecastWeeks'];
export type SchemaCopyBuForecastRequest = components['schemas']['CopyBuForecastRequest'];
export type SchemaCopyCapacityPlanRequest = components['schemas']['CopyCapacityPlanRequest'];
export type SchemaCopyScheduleBid = components['schemas']['CopyScheduleBid'];
export type SchemaCopyWorkPlan = components['schemas']['CopyWorkPlan'];
export type SchemaCopyWorkPlanBid = components['schemas']['CopyWorkPlanBid'];
export type SchemaCopyWorkPlanRotationRequest = components['schemas']['CopyWorkPlanRotationRequest'];
export type SchemaCreateActivityCodeRequest = components['schemas']['CreateActivityCodeRequest'];
export type SchemaCreateActivityPlanRequest = components['schemas']['CreateActivityPlanRequest'];
export type SchemaCreateAdminTimeOffRequest = components['schemas']['CreateAdminTimeOffRequest'];
export type SchemaCreateAgentTimeOffRequest = components['schemas']['CreateAgentTimeOffRequest'];
export type SchemaCreateAlternativeShiftTradeRequest = components['schemas']['CreateAlternativeShiftTradeRequest'];
export type SchemaCreateBusinessUnitRequest = components['schemas']['CreateBusinessUnitRequest'];
export type SchemaCreateBusinessUnitSettingsRequest = components['schemas']['CreateBusinessUnitSettingsRequest'];
export type SchemaCreateCapacityPlanStaffingGroupMetricChangeRequest = components['schemas']['CreateCapacityPlanStaffingGroupMetricChangeRequest'];
export type SchemaCreateManagementUnitApiRequest = components['schemas']['CreateManagementUnitApiRequest'];
export type SchemaCreateManagementUnitSettingsRequest = components['schemas']['CreateManagementUnitSettingsRequest'];
export type SchemaCreatePlanningGroupRequest = components['schemas']['CreatePlanningGroupRequest'];
export type SchemaCreateScheduleBid = components['schemas']['CreateScheduleBid'];
export type SchemaCreateServiceGoalTemplate = components['schemas']['CreateServiceGoalTemplate'];
export type SchemaCreateStaffingGroupAllocation = components['schemas']['CreateStaffingGroupAllocation'];
export type SchemaCreateStaffingGroupRequest = components['schemas']['CreateStaffingGroupRequest'];
export type SchemaCreateTimeOffLimitRequest = components['schemas']['CreateTimeOffLimitRequest'];
export type SchemaCreateTimeOffPlanBusinessUnitAssociation = components['schemas']['CreateTimeOffPlanBusinessUnitAssociation'];
export type SchemaCreateTimeOffPlanManagementUnitAssociation = components['schemas']['CreateTimeOffPlanManagementUnitAssociation'];
export type SchemaCreateTimeOffPlanRequest = components['schemas']['CreateTimeOffPlanRequest'];
export type SchemaCreateWorkPlan = components['schemas']['CreateWorkPlan'];
export type SchemaCreateWorkPlanActivity = components['schemas']['CreateWorkPlanActivity'];
export type SchemaCreateWorkPlanBid = components['schemas']['CreateWorkPlanBid'];
export type SchemaCreateWorkPlanShift = components['schemas']['CreateWorkPlanShift'];
export type SchemaCsvExportErrorDetails = components['schemas']['CsvExportErrorDetails'];
export type SchemaCurrentUserScheduleRequestBody = components['schemas']['CurrentUserScheduleRequestBody'];
export type SchemaCurrentUserTimeOffIntegrationStatusRequest = components['schemas']['CurrentUserTimeOffIntegrationStatusRequest'];
export type SchemaDaily = components['schemas']['Daily'];
export type SchemaDailyPossibleShift = components['schemas']['DailyPossibleShift'];
export type SchemaDateRange = components['schemas']['DateRange'];
export type SchemaDateRangeWithOptionalEnd = components['schemas']['DateRangeWithOptionalEnd'];
export type SchemaDayOfWeekMinimums = components['schemas']['DayOfWeekMinimums'];
export type SchemaDecisionMetricsData = components['schemas']['DecisionMetricsData'];
export type SchemaDecisionMetricsJobReference = components['schemas']['DecisionMetricsJobReference'];
export type SchemaDecisionMetricsResponse = components['schemas']['DecisionMetricsResponse'];
export type SchemaDecisionMetricsUpdateError = components['schemas']['DecisionMetricsUpdateError'];
export type SchemaDecisionMetricsUpdateJobRequest = components['schemas']['DecisionMetricsUpdateJobRequest'];
export type SchemaDecisionMetricsUpdateJobResponse = components['schemas']['DecisionMetricsUpdateJobResponse'];
export type SchemaDecisionMetricsUploadData = components['schemas']['DecisionMetricsUploadData'];
export type SchemaDecisionMetricsUploadResponse = components['schemas']['DecisionMetricsUploadResponse'];
export type SchemaDecisionMetricsUploadSchema = components['schemas']['DecisionMetricsUploadSchema'];
export type SchemaDeletableUserReference = components['schemas']['DeletableUserReference'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDivisionReference = components['schemas']['DivisionReference'];
export type SchemaEntityListing = components['schemas']['EntityListing'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaEstimateAvailableFullDayTimeOffRequest = components['schemas']['EstimateAvailableFullDayTimeOffRequest'];
export type SchemaEstimateAvailableFullDayTimeOffResponse = components['schemas']['EstimateAvailableFullDayTimeOffResponse'];
export type SchemaEstimateAvailablePartialDayTimeOffRequest = components['schemas']['EstimateAvailablePartialDayTimeOffRequest'];
export type SchemaEstimateAvailablePartialDayTimeOffResponse = components['schemas']['EstimateAvailablePartialDayTimeOffResponse'];
export type SchemaEstimateAvailableTimeOffRequest = components['schemas']['EstimateAvailableTimeOffRequest'];
export type SchemaEstimateAvailableTimeOffResponse = components['schemas']['EstimateAvailableTimeOffResponse'];
export type SchemaEvaluatedShiftTradeResponseItem = components['schemas']['EvaluatedShiftTradeResponseItem'];
export type SchemaEvaluateShiftTradeListJobRequest = components['schemas']['EvaluateShiftTradeListJobRequest'];
export type SchemaEvaluateShiftTradeListJobResponseItem = components['schemas']['EvaluateShiftTradeListJobResponseItem'];
export type SchemaFixedAvailability = components['schemas']['FixedAvailability'];
export type SchemaForecastAbandonRateResponse = components['schemas']['ForecastAbandonRateResponse'];
export type SchemaForecastAverageSpeedOfAnswerResponse = components['schemas']['ForecastAverageSpeedOfAnswerResponse'];
export type SchemaForecastInputPlanningGroupData = components['schemas']['ForecastInputPlanningGroupData'];
export type SchemaForecastMetadata = components['schemas']['ForecastMetadata'];
export type SchemaForecastPlanningGroupData = components['schemas']['ForecastPlanningGroupData'];
export type SchemaForecastPlanningGroupResponse = components['schemas']['ForecastPlanningGroupResponse'];
export type SchemaForecastPlanningGroupsResponse = components['schemas']['ForecastPlanningGroupsResponse'];
export type SchemaForecastServiceGoalTemplateImpactOverrideResponse = components['schemas']['ForecastServiceGoalTemplateImpactOverrideResponse'];
export type SchemaForecastServiceGoalTemplateResponse = components['schemas']['ForecastServiceGoalTemplateResponse'];
export type SchemaForecastServiceLevelResponse = components['schemas']['ForecastServiceLevelResponse'];
export type SchemaForecastSourceDayPointer = components['schemas']['ForecastSourceDayPointer'];
export type SchemaGenerateBuForecastRequest = components['schemas']['GenerateBuForecastRequest'];
export type SchemaGetAgentsWorkPlansRequest = components['schemas']['GetAgentsWorkPlansRequest'];
export type SchemaGroupSettings = components['schemas']['GroupSettings'];
export type SchemaHeadcountForecast = components['schemas']['HeadcountForecast'];
export type SchemaHeadcountInterval = components['schemas']['HeadcountInterval'];
export type SchemaHistoricalAdherenceActuals = components['schemas']['HistoricalAdherenceActuals'];
export type SchemaHistoricalAdherenceDayMetrics = components['schemas']['HistoricalAdherenceDayMetrics'];
export type SchemaHistoricalAdherenceExceptionInfo = components['schemas']['HistoricalAdherenceExceptionInfo'];
export type SchemaHistoricalAdherenceQueryResult = components['schemas']['HistoricalAdherenceQueryResult'];
export type SchemaHistoricalData = components['schemas']['HistoricalData'];
export type SchemaHistoricalDataDeleteEntity = components['schemas']['HistoricalDataDeleteEntity'];
export type SchemaHistoricalDataDisallowedDeleteEntity = components['schemas']['HistoricalDataDisallowedDeleteEntity'];
export type SchemaHistoricalDataJobEntityStatus = components['schemas']['HistoricalDataJobEntityStatus'];
export type SchemaHistoricalImportDeleteFilesJobRequest = components['schemas']['HistoricalImportDeleteFilesJobRequest'];
export type SchemaHistoricalImportDeleteFilesJobResponse = components['schemas']['HistoricalImportDeleteFilesJobResponse'];
export type SchemaHistoricalImportOverallDeleteStatusResponse = components['schemas']['HistoricalImportOverallDeleteStatusResponse'];
export type SchemaHistoricalImportStatus = components['schemas']['HistoricalImportStatus'];
export type SchemaHistoricalImportStatusJobResponse = components['schemas']['HistoricalImportStatusJobResponse'];
export type SchemaHistoricalImportStatusListing = components['schemas']['HistoricalImportStatusListing'];
export type SchemaHistoricalShrinkageActivityCategoryResponse = components['schemas']['HistoricalShrinkageActivityCategoryResponse'];
export type SchemaHistoricalShrinkageActivityCodeResponse = components['schemas']['HistoricalShrinkageActivityCodeResponse'];
export type SchemaHistoricalShrinkageAggregateResponse = components['schemas']['HistoricalShrinkageAggregateResponse'];
export type SchemaHistoricalShrinkageResult = components['schemas']['HistoricalShrinkageResult'];
export type SchemaHistoricalShrinkageResultListing = components['schemas']['HistoricalShrinkageResultListing'];
export type SchemaHrisTimeOffType = components['schemas']['HrisTimeOffType'];
export type SchemaHrisTimeOffTypeResponse = components['schemas']['HrisTimeOffTypeResponse'];
export type SchemaHrisTimeOffTypesJobReference = components['schemas']['HrisTimeOffTypesJobReference'];
export type SchemaHrisTimeOffTypesJobResponse = components['schemas']['HrisTimeOffTypesJobResponse'];
export type SchemaHrisTimeOffTypesResponse = components['schemas']['HrisTimeOffTypesResponse'];
export type SchemaIgnoredActivityCategories = components['schemas']['IgnoredActivityCategories'];
export type SchemaIgnoredActivityCodeIds = components['schemas']['IgnoredActivityCodeIds'];
export type SchemaImportForecastResponse = components['schemas']['ImportForecastResponse'];
export type SchemaImportForecastUploadResponse = components['schemas']['ImportForecastUploadResponse'];
export type SchemaImportScheduleUploadResponse = components['schemas']['ImportScheduleUploadResponse'];
export type SchemaImportScheduleUploadSchema = components['schemas']['ImportScheduleUploadSchema'];
export type SchemaInitiatingAlternativeShift = components['schemas']['InitiatingAlternativeShift'];
export type SchemaInitiatingShiftRequestItem = components['schemas']['InitiatingShiftRequestItem'];
export type SchemaIntradayPerformancePredictionData = components['schemas']['IntradayPerformancePredictionData'];
export type SchemaIntradayPlanningGroupRequest = components['schemas']['IntradayPlanningGroupRequest'];
export type SchemaLanguageReference = components['schemas']['LanguageReference'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaListAlternativeShiftTradesResponse = components['schemas']['ListAlternativeShiftTradesResponse'];
export type SchemaListWrapperAgentWorkPlanField = components['schemas']['ListWrapperAgentWorkPlanField'];
export type SchemaListWrapperAlternativeShiftBuSettingsActivityCategory = components['schemas']['ListWrapperAlternativeShiftBuSettingsActivityCategory'];
export type SchemaListWrapperAlternativeShiftBuSettingsGranularity = components['schemas']['ListWrapperAlternativeShiftBuSettingsGranularity'];
export type SchemaListWrapperBidGroupWorkPlanRequest = components['schemas']['ListWrapperBidGroupWorkPlanRequest'];
export type SchemaListWrapperBidGroupWorkPlanRotationRequest = components['schemas']['ListWrapperBidGroupWorkPlanRotationRequest'];
export type SchemaListWrapperFixedAvailability = components['schemas']['ListWrapperFixedAvailability'];
export type SchemaListWrapperInteger = components['schemas']['ListWrapperInteger'];
export type SchemaListWrapperInterval = components['schemas']['ListWrapperInterval'];
export type SchemaListWrapperOverrideDate = components['schemas']['ListWrapperOverrideDate'];
export type SchemaListWrapperPlanningGroupMinimumsRequest = components['schemas']['ListWrapperPlanningGroupMinimumsRequest'];
export type SchemaListWrapperRequiredDateRange = components['schemas']['ListWrapperRequiredDateRange'];
export type SchemaListWrapperScheduleSetRequest = components['schemas']['ListWrapperScheduleSetRequest'];
export type SchemaListWrapperSecondaryPresence = components['schemas']['ListWrapperSecondaryPresence'];
export type SchemaListWrapperShiftStartVariance = components['schemas']['ListWrapperShiftStartVariance'];
export type SchemaListWrapperString = components['schemas']['ListWrapperString'];
export type SchemaLocalDateRange = components['schemas']['LocalDateRange'];
export type SchemaLongTermForecastPlanningGroupData = components['schemas']['LongTermForecastPlanningGroupData'];
export type SchemaLongTermForecastResult = components['schemas']['LongTermForecastResult'];
export type SchemaLongTermForecastResultResponse = components['schemas']['LongTermForecastResultResponse'];
export type SchemaLongTermRequirements = components['schemas']['LongTermRequirements'];
export type SchemaLongTermRequirementsErrorDetail = components['schemas']['LongTermRequirementsErrorDetail'];
export type SchemaLongTermRequirementsResponse = components['schemas']['LongTermRequirementsResponse'];
export type SchemaLongTermRequirementsServiceGoal = components['schemas']['LongTermRequirementsServiceGoal'];
export type SchemaLongTermRequirementsServiceGoalDetail = components['schemas']['LongTermRequirementsServiceGoalDetail'];
export type SchemaManagementUnit = components['schemas']['ManagementUnit'];
export type SchemaManagementUnitAvailabilitySettingsResponse = components['schemas']['ManagementUnitAvailabilitySettingsResponse'];
export type SchemaManagementUnitListing = components['schemas']['ManagementUnitListing'];
export type SchemaManagementUnitReference = components['schemas']['ManagementUnitReference'];
export type SchemaManagementUnitSettingsRequest = components['schemas']['ManagementUnitSettingsRequest'];
export type SchemaManagementUnitSettingsResponse = components['schemas']['ManagementUnitSettingsResponse'];
export type SchemaManagementUnitUserListing = components['schemas']['ManagementUnitUserListing'];
export type SchemaMatchShiftTradeJobRequest = components['schemas']['MatchShiftTradeJobRequest'];
export type SchemaMatchShiftTradeRequest = components['schemas']['MatchShiftTradeRequest'];
export type SchemaMatchShiftTradeResponse = components['schemas']['MatchShiftTradeResponse'];
export type SchemaMinimumStaffingRequest = components['schemas']['MinimumStaffingRequest'];
export type SchemaMinimumStaffingResponse = components['schemas']['MinimumStaffingResponse'];
export type SchemaModelData = components['schemas']['ModelData'];
export type SchemaModelMetaData = components['schemas']['ModelMetaData'];
export type SchemaModelMetaDataResult = components['schemas']['ModelMetaDataResult'];
export type SchemaMonthlyPlanningPeriodSettings = components['schemas']['MonthlyPlanningPeriodSettings'];
export type SchemaMoveAgentResponse = components['schemas']['MoveAgentResponse'];
export type SchemaMoveAgentsRequest = components['schemas']['MoveAgentsRequest'];
export type SchemaMoveAgentsResponse = components['schemas']['MoveAgentsResponse'];
export type SchemaMoveManagementUnitRequest = components['schemas']['MoveManagementUnitRequest'];
export type SchemaMoveManagementUnitResponse = components['schemas']['MoveManagementUnitResponse'];
export type SchemaMuAgentQueueTimeRequest = components['schemas']['MuAgentQueueTimeRequest'];
export type SchemaMuAgentsWorkPlansResult = components['schemas']['MuAgentsWorkPlansResult'];
export type SchemaMuRescheduleResultWrapper = components['schemas']['MuRescheduleResultWrapper'];
export type SchemaNotificationsResponse = components['schemas']['NotificationsResponse'];
export type SchemaOpportunitiesResultWithPagination = components['schemas']['OpportunitiesResultWithPagination'];
export type SchemaOpportunityEnrollment = components['schemas']['OpportunityEnrollment'];
export type SchemaOpportunityEnrollmentCounts = components['schemas']['OpportunityEnrollmentCounts'];
export type SchemaOpportunityReference = components['schemas']['OpportunityReference'];
export type SchemaOpportunityResult = components['schemas']['OpportunityResult'];
export type SchemaOpportunityResultWithAgentIds = components['schemas']['OpportunityResultWithAgentIds'];
export type SchemaOutlier = components['schemas']['Outlier'];
export type SchemaOutlierData = components['schemas']['OutlierData'];
export type SchemaOutlierResultBody = components['schemas']['OutlierResultBody'];
export type SchemaOutlierResultTemplate = components['schemas']['OutlierResultTemplate'];
export type SchemaOverrideDate = components['schemas']['OverrideDate'];
export type SchemaPatchBuReschedulingOptionsManagementUnitRequest = components['schemas']['PatchBuReschedulingOptionsManagementUnitRequest'];
export type SchemaPatchBuReschedulingOptionsRequest = components['schemas']['PatchBuReschedulingOptionsRequest'];
export type SchemaPatchBuScheduleRunRequest = components['schemas']['PatchBuScheduleRunRequest'];
export type SchemaPatchOpportunityRequest = components['schemas']['PatchOpportunityRequest'];
export type SchemaPatchShiftTradeRequest = components['schemas']['PatchShiftTradeRequest'];
export type SchemaPendingAndApprovedOpportunityEnrollmentCounts = components['schemas']['PendingAndApprovedOpportunityEnrollmentCounts'];
export type SchemaPerformancePredictionOutputs = components['schemas']['PerformancePredictionOutputs'];
export type SchemaPerformancePredictionRecalculationResponse = components['schemas']['PerformancePredictionRecalculationResponse'];
export type SchemaPerformancePredictionRecalculationUploadResponse = components['schemas']['PerformancePredictionRecalculationUploadResponse'];
export type SchemaPerformancePredictionResponse = components['schemas']['PerformancePredictionResponse'];
export type SchemaPerformancePredictionUploadSchema = components['schemas']['PerformancePredictionUploadSchema'];
export type SchemaPlanningGroup = components['schemas']['PlanningGroup'];
export type SchemaPlanningGroupList = components['schemas']['PlanningGroupList'];
export type SchemaPlanningGroupMinimumsRequest = components['schemas']['PlanningGroupMinimumsRequest'];
export type SchemaPlanningGroupMinimumsResponse = components['schemas']['PlanningGroupMinimumsResponse'];
export type SchemaPlanningGroupModel = components['schemas']['PlanningGroupModel'];
export type SchemaPlanningGroupOutputs = components['schemas']['PlanningGroupOutputs'];
export type SchemaPlanningGroupReference = components['schemas']['PlanningGroupReference'];
export type SchemaPlanningGroupRequirementOutput = components['schemas']['PlanningGroupRequirementOutput'];
export type SchemaPlanningGroupToStaffingGroupsListing = components['schemas']['PlanningGroupToStaffingGroupsListing'];
export type SchemaPlanningGroupToStaffingGroupsResponse = components['schemas']['PlanningGroupToStaffingGroupsResponse'];
export type SchemaPlanningPeriodSettings = components['schemas']['PlanningPeriodSettings'];
export type SchemaPlanningPeriodShiftConstraints = components['schemas']['PlanningPeriodShiftConstraints'];
export type SchemaPossibleWorkShiftsForWeek = components['schemas']['PossibleWorkShiftsForWeek'];
export type SchemaProcessScheduleUpdateUploadRequest = components['schemas']['ProcessScheduleUpdateUploadRequest'];
export type SchemaQuarterHourly = components['schemas']['QuarterHourly'];
export type SchemaQueryAdherenceExplanationsResponse = components['schemas']['QueryAdherenceExplanationsResponse'];
export type SchemaQueryAgentScheduleUnavailableTimesRequest = components['schemas']['QueryAgentScheduleUnavailableTimesRequest'];
export type SchemaQueryAgentScheduleUnavailableTimesResponse = components['schemas']['QueryAgentScheduleUnavailableTimesResponse'];
export type SchemaQueryAgentSchedulingPreferencesRequest = components['schemas']['QueryAgentSchedulingPreferencesRequest'];
export type SchemaQueryAgentShiftTradeListJobRequest = components['schemas']['QueryAgentShiftTradeListJobRequest'];
export type SchemaQueryAgentsIntegrationsRequest = components['schemas']['QueryAgentsIntegrationsRequest'];
export type SchemaQueryAgentUnavailableTimesRequest = components['schemas']['QueryAgentUnavailableTimesRequest'];
export type SchemaQueryAgentUnavailableTimesValidationJobResponse = components['schemas']['QueryAgentUnavailableTimesValidationJobResponse'];
export type SchemaQueryAvailabilityManagementUnitsSettingsRequest = components['schemas']['QueryAvailabilityManagementUnitsSettingsRequest'];
export type SchemaQueryAvailabilityManagementUnitsSettingsResponse = components['schemas']['QueryAvailabilityManagementUnitsSettingsResponse'];
export type SchemaQueryCapacityPlanStaffingGroupMetricChangeHistory = components['schemas']['QueryCapacityPlanStaffingGroupMetricChangeHistory'];
export type SchemaQueryEffectiveScheduleSetsRequest = components['schemas']['QueryEffectiveScheduleSetsRequest'];
export type SchemaQueryEnrollmentOpportunityResult = components['schemas']['QueryEnrollmentOpportunityResult'];
export type SchemaQueryExternalActivityOpportunitiesResponse = components['schemas']['QueryExternalActivityOpportunitiesResponse'];
export type SchemaQueryExternalActivityOpportunityResult = components['schemas']['QueryExternalActivityOpportunityResult'];
export type SchemaQueryOpportunitiesRequest = components['schemas']['QueryOpportunitiesRequest'];
export type SchemaQueryOpportunitiesResponse = components['schemas']['QueryOpportunitiesResponse'];
export type SchemaQueryOpportunityEnrollmentMetadata = components['schemas']['QueryOpportunityEnrollmentMetadata'];
export type SchemaQueryOpportunityEnrollmentResult = components['schemas']['QueryOpportunityEnrollmentResult'];
export type SchemaQueryOpportunityEnrollmentsRequest = components['schemas']['QueryOpportunityEnrollmentsRequest'];
export type SchemaQueryOpportunityEnrollmentsResponse = components['schemas']['QueryOpportunityEnrollmentsResponse'];
export type SchemaQueryOpportunityEnrollmentsResult = components['schemas']['QueryOpportunityEnrollmentsResult'];
export type SchemaQueryPlanningGroupToStaffingGroupsRequest = components['schemas']['QueryPlanningGroupToStaffingGroupsRequest'];
export type SchemaQueryShiftTradeListJobRequest = components['schemas']['QueryShiftTradeListJobRequest'];
export type SchemaQueryTimeOffIntegrationStatusRequest = components['schemas']['QueryTimeOffIntegrationStatusRequest'];
export type SchemaQueryTimeOffLimitValuesForGranularityRequest = components['schemas']['QueryTimeOffLimitValuesForGranularityRequest'];
export type SchemaQueryTimeOffLimitValuesRequest = components['schemas']['QueryTimeOffLimitValuesRequest'];
export type SchemaQueryTimeOffLimitValuesResponse = components['schemas']['QueryTimeOffLimitValuesResponse'];
export type SchemaQueryUserStaffingGroupListRequest = components['schemas']['QueryUserStaffingGroupListRequest'];
export type SchemaQueryWaitlistPositionsRequest = components['schemas']['QueryWaitlistPositionsRequest'];
export type SchemaQueryWeekSummaryListJobRequest = components['schemas']['QueryWeekSummaryListJobRequest'];
export type SchemaQueryWeekSummaryListJobResponseItem = components['schemas']['QueryWeekSummaryListJobResponseItem'];
export type SchemaQueueReference = components['schemas']['QueueReference'];
export type SchemaRealTimeAdherenceExplanation = components['schemas']['RealTimeAdherenceExplanation'];
export type SchemaReceivingScheduleLookup = components['schemas']['ReceivingScheduleLookup'];
export type SchemaRecurrenceEndSettings = components['schemas']['RecurrenceEndSettings'];
export type SchemaRecurrencePeriod = components['schemas']['RecurrencePeriod'];
export type SchemaRecurrenceSettings = components['schemas']['RecurrenceSettings'];
export type SchemaRecurrenceSettingsBase = components['schemas']['RecurrenceSettingsBase'];
export type SchemaRequiredDateRange = components['schemas']['RequiredDateRange'];
export type SchemaRequiredLocalDateRange = components['schemas']['RequiredLocalDateRange'];
export type SchemaReschedulingManagementUnitResponse = components['schemas']['ReschedulingManagementUnitResponse'];
export type SchemaReschedulingOptionsRunResponse = components['schemas']['ReschedulingOptionsRunResponse'];
export type SchemaRoutePathRequest = components['schemas']['RoutePathRequest'];
export type SchemaRoutePathResponse = components['schemas']['RoutePathResponse'];
export type SchemaRoutingSkillReference = components['schemas']['RoutingSkillReference'];
export type SchemaScheduleBid = components['schemas']['ScheduleBid'];
export type SchemaScheduleBidGroup = components['schemas']['ScheduleBidGroup'];
export type SchemaScheduleBidGroupCreate = components['schemas']['ScheduleBidGroupCreate'];
export type SchemaScheduleBidGroupReference = components['schemas']['ScheduleBidGroupReference'];
export type SchemaScheduleBidGroupResponse = components['schemas']['ScheduleBidGroupResponse'];
export type SchemaScheduleBidGroupSummary = components['schemas']['ScheduleBidGroupSummary'];
export type SchemaScheduleBidGroupSummaryList = components['schemas']['ScheduleBidGroupSummaryList'];
export type SchemaScheduleBidGroupUpdate = components['schemas']['ScheduleBidGroupUpdate'];
export type SchemaScheduleBidListResponse = components['schemas']['ScheduleBidListResponse'];
export type SchemaScheduleBidReference = components['schemas']['ScheduleBidReference'];
export type SchemaScheduleBidScheduledActivity = components['schemas']['ScheduleBidScheduledActivity'];
export type SchemaScheduleBidScheduledShift = components['schemas']['ScheduleBidScheduledShift'];
export type SchemaScheduleGenerationMessage = components['schemas']['ScheduleGenerationMessage'];
export type SchemaScheduleGenerationResult = components['schemas']['ScheduleGenerationResult'];
export type SchemaScheduleGenerationResultSummary = components['schemas']['ScheduleGenerationResultSummary'];
export type SchemaScheduleGenerationWarning = components['schemas']['ScheduleGenerationWarning'];
export type SchemaScheduleReferenceWithBusinessUnit = components['schemas']['ScheduleReferenceWithBusinessUnit'];
export type SchemaSchedulerMessageArgument = components['schemas']['SchedulerMessageArgument'];
export type SchemaSchedulerMessageSeverityCount = components['schemas']['SchedulerMessageSeverityCount'];
export type SchemaSchedulerMessageTypeSeverity = components['schemas']['SchedulerMessageTypeSeverity'];
export type SchemaScheduleSetError = components['schemas']['ScheduleSetError'];
export type SchemaScheduleSetRequest = components['schemas']['ScheduleSetRequest'];
export type SchemaScheduleUploadProcessingResponse = components['schemas']['ScheduleUploadProcessingResponse'];
export type SchemaScheduleVisibilitySettingsRequest = components['schemas']['ScheduleVisibilitySettingsRequest'];
export type SchemaScheduleVisibilitySettingsResponse = components['schemas']['ScheduleVisibilitySettingsResponse'];
export type SchemaSchedulingNoForecastOptionsRequest = components['schemas']['SchedulingNoForecastOptionsRequest'];
export type SchemaSchedulingOptionsRequest = components['schemas']['SchedulingOptionsRequest'];
export type SchemaSchedulingPeriod = components['schemas']['SchedulingPeriod'];
export type SchemaSchedulingPeriodBase = components['schemas']['SchedulingPeriodBase'];
export type SchemaSchedulingProcessingError = components['schemas']['SchedulingProcessingError'];
export type SchemaSchedulingSettingsRequest = components['schemas']['SchedulingSettingsRequest'];
export type SchemaSchedulingSettingsResponse = components['schemas']['SchedulingSettingsResponse'];
export type SchemaSchedulingStatusResponse = components['schemas']['SchedulingStatusResponse'];
export type SchemaSearchAlternativeShiftTradesRequest = components['schemas']['SearchAlternativeShiftTradesRequest'];
export type SchemaSearchShiftTradeResponse = components['schemas']['SearchShiftTradeResponse'];
export type SchemaSearchShiftTradesRequest = components['schemas']['SearchShiftTradesRequest'];
export type SchemaSearchShiftTradesResponse = components['schemas']['SearchShiftTradesResponse'];
export type SchemaSearchUnmatchedShiftTradeListJobRequest = components['schemas']['SearchUnmatchedShiftTradeListJobRequest'];
export type SchemaSearchUnmatchedShiftTradeListJobResponseItem = components['schemas']['SearchUnmatchedShiftTradeListJobResponseItem'];
export type SchemaSearchUnmatchedShiftTradeResponseItem = components['schemas']['SearchUnmatchedShiftTradeResponseItem'];
export type SchemaSecondaryPresence = components['schemas']['SecondaryPresence'];
export type SchemaSecondaryPresenceLookupItem = components['schemas']['SecondaryPresenceLookupItem'];
export type SchemaServiceGoalTemplate = components['schemas']['ServiceGoalTemplate'];
export type SchemaServiceGoalTemplateImpactOverride = components['schemas']['ServiceGoalTemplateImpactOverride'];
export type SchemaServiceGoalTemplateList = components['schemas']['ServiceGoalTemplateList'];
export type SchemaServiceGoalTemplateReference = components['schemas']['ServiceGoalTemplateReference'];
export type SchemaSessionFiles = components['schemas']['SessionFiles'];
export type SchemaSessionInfo = components['schemas']['SessionInfo'];
export type SchemaSessionMetaData = components['schemas']['SessionMetaData'];
export type SchemaSessionMetaDataResult = components['schemas']['SessionMetaDataResult'];
export type SchemaSessionMetricData = components['schemas']['SessionMetricData'];
export type SchemaSetTimeOffIntegrationStatusRequest = components['schemas']['SetTimeOffIntegrationStatusRequest'];
export type SchemaSetTimeOffLimitValuesRequest = components['schemas']['SetTimeOffLimitValuesRequest'];
export type SchemaSetWrapperDayOfWeek = components['schemas']['SetWrapperDayOfWeek'];
export type SchemaSetWrapperRoutePathRequest = components['schemas']['SetWrapperRoutePathRequest'];
export type SchemaSetWrapperString = components['schemas']['SetWrapperString'];
export type SchemaSetWrapperSyncTimeOffProperty = components['schemas']['SetWrapperSyncTimeOffProperty'];
export type SchemaShiftSet = components['schemas']['ShiftSet'];
export type SchemaShiftSetEffectiveWorkPlan = components['schemas']['ShiftSetEffectiveWorkPlan'];
export type SchemaShiftStartVariance = components['schemas']['ShiftStartVariance'];
export type SchemaShiftTradeActivityPreviewResponse = components['schemas']['ShiftTradeActivityPreviewResponse'];
export type SchemaShiftTradeActivityRule = components['schemas']['ShiftTradeActivityRule'];
export type SchemaShiftTradeAddTradeJobResponse = components['schemas']['ShiftTradeAddTradeJobResponse'];
export type SchemaShiftTradeBulkUpdateTradeStateBuJobResponse = components['schemas']['ShiftTradeBulkUpdateTradeStateBuJobResponse'];
export type SchemaShiftTradeEvaluateTradesBuJobResponse = components['schemas']['ShiftTradeEvaluateTradesBuJobResponse'];
export type SchemaShiftTradeExternalActivityRule = components['schemas']['ShiftTradeExternalActivityRule'];
export type SchemaShiftTradeInitiatingSideResponseItem = components['schemas']['ShiftTradeInitiatingSideResponseItem'];
export type SchemaShiftTradeListJobResponse = components['schemas']['ShiftTradeListJobResponse'];
export type SchemaShiftTradeListResponse = components['schemas']['ShiftTradeListResponse'];
export type SchemaShiftTradeMatchesSummaryResponse = components['schemas']['ShiftTradeMatchesSummaryResponse'];
export type SchemaShiftTradeMatchResponseItem = components['schemas']['ShiftTradeMatchResponseItem'];
export type SchemaShiftTradeMatchReviewResponse = components['schemas']['ShiftTradeMatchReviewResponse'];
export type SchemaShiftTradeMatchReviewUserResponse = components['schemas']['ShiftTradeMatchReviewUserResponse'];
export type SchemaShiftTradeMatchTradeJobResponse = components['schemas']['ShiftTradeMatchTradeJobResponse'];
export type SchemaShiftTradeMatchViolation = components['schemas']['ShiftTradeMatchViolation'];
export type SchemaShiftTradeNotification = components['schemas']['ShiftTradeNotification'];
export type SchemaShiftTradePreviewResponse = components['schemas']['ShiftTradePreviewResponse'];
export type SchemaShiftTradeQueryAgentTradesJobResponse = components['schemas']['ShiftTradeQueryAgentTradesJobResponse'];
export type SchemaShiftTradeQueryTradesBuJobResponse = components['schemas']['ShiftTradeQueryTradesBuJobResponse'];
export type SchemaShiftTradeQueryWeekSummariesBuJobResponse = components['schemas']['ShiftTradeQueryWeekSummariesBuJobResponse'];
export type SchemaShiftTradeReceivingSideResponseItem = components['schemas']['ShiftTradeReceivingSideResponseItem'];
export type SchemaShiftTradeResponse = components['schemas']['ShiftTradeResponse'];
export type SchemaShiftTradeResponseItem = components['schemas']['ShiftTradeResponseItem'];
export type SchemaShiftTradeSearchUnmatchedTradesBuJobResponse = components['schemas']['ShiftTradeSearchUnmatchedTradesBuJobResponse'];
export type SchemaShiftTradeSettings = components['schemas']['ShiftTradeSettings'];
export type SchemaShiftTradeShiftResponseItem = components['schemas']['ShiftTradeShiftResponseItem'];
export type SchemaShiftTradeTargetRequestItem = components['schemas']['ShiftTradeTargetRequestItem'];
export type SchemaShiftTradeTargetResponseItem = components['schemas']['ShiftTradeTargetResponseItem'];
export type SchemaShiftTradeUpdateTradeJobResponse = components['schemas']['ShiftTradeUpdateTradeJobResponse'];
export type SchemaShiftTradeUpdateTradeStateJobResponse = components['schemas']['ShiftTradeUpdateTradeStateJobResponse'];
export type SchemaShiftTradeWeekSummaryResponseItem = components['schemas']['ShiftTradeWeekSummaryResponseItem'];
export type SchemaShortTermForecastingSettings = components['schemas']['ShortTermForecastingSettings'];
export type SchemaShortTermForecastReference = components['schemas']['ShortTermForecastReference'];
export type SchemaShrinkageOverride = components['schemas']['ShrinkageOverride'];
export type SchemaShrinkageOverrides = components['schemas']['ShrinkageOverrides'];
export type SchemaSnapshotFiles = components['schemas']['SnapshotFiles'];
export type SchemaSnapshotInfo = components['schemas']['SnapshotInfo'];
export type SchemaSnapshotMetaData = components['schemas']['SnapshotMetaData'];
export type SchemaSnapshotMetaDataResult = components['schemas']['SnapshotMetaDataResult'];
export type SchemaSnapshotMetricData = components['schemas']['SnapshotMetricData'];
export type SchemaSnapshots = components['schemas']['Snapshots'];
export type SchemaSourcePlanningGroupRequest = components['schemas']['SourcePlanningGroupRequest'];
export type SchemaStaffingGroupAllocation = components['schemas']['StaffingGroupAllocation'];
export type SchemaStaffingGroupAllocationsResponseTemplate = components['schemas']['StaffingGroupAllocationsResponseTemplate'];
export type SchemaStaffingGroupFullTimeEquivalentContribution = components['schemas']['StaffingGroupFullTimeEquivalentContribution'];
export type SchemaStaffingGroupListing = components['schemas']['StaffingGroupListing'];
export type SchemaStaffingGroupMetricChangeResponse = components['schemas']['StaffingGroupMetricChangeResponse'];
export type SchemaStaffingGroupReference = components['schemas']['StaffingGroupReference'];
export type SchemaStaffingGroupResponse = components['schemas']['StaffingGroupResponse'];
export type SchemaStaffingRequirementResultResponseTemplate = components['schemas']['StaffingRequirementResultResponseTemplate'];
export type SchemaStaffingRequirementsPlanningGroupData = components['schemas']['StaffingRequirementsPlanningGroupData'];
export type SchemaTeamReference = components['schemas']['TeamReference'];
export type SchemaTimeOffBalanceJobReference = components['schemas']['TimeOffBalanceJobReference'];
export type SchemaTimeOffBalanceJobResponse = components['schemas']['TimeOffBalanceJobResponse'];
export type SchemaTimeOffBalanceRequest = components['schemas']['TimeOffBalanceRequest'];
export type SchemaTimeOffBalanceResponse = components['schemas']['TimeOffBalanceResponse'];
export type SchemaTimeOffBalancesResponse = components['schemas']['TimeOffBalancesResponse'];
export type SchemaTimeOffIntegrationStatusResponse = components['schemas']['TimeOffIntegrationStatusResponse'];
export type SchemaTimeOffIntegrationStatusResponseListing = components['schemas']['TimeOffIntegrationStatusResponseListing'];
export type SchemaTimeOffLimit = components['schemas']['TimeOffLimit'];
export type SchemaTimeOffLimitListing = components['schemas']['TimeOffLimitListing'];
export type SchemaTimeOffLimitRange = components['schemas']['TimeOffLimitRange'];
export type SchemaTimeOffLimitReference = components['schemas']['TimeOffLimitReference'];
export type SchemaTimeOffLimitValueRange = components['schemas']['TimeOffLimitValueRange'];
export type SchemaTimeOffLimitValues = components['schemas']['TimeOffLimitValues'];
export type SchemaTimeOffPlan = components['schemas']['TimeOffPlan'];
export type SchemaTimeOffPlanBusinessUnitAssociation = components['schemas']['TimeOffPlanBusinessUnitAssociation'];
export type SchemaTimeOffPlanListing = components['schemas']['TimeOffPlanListing'];
export type SchemaTimeOffPlanManagementUnitAssociation = components['schemas']['TimeOffPlanManagementUnitAssociation'];
export type SchemaTimeOffRequestList = components['schemas']['TimeOffRequestList'];
export type SchemaTimeOffRequestListing = components['schemas']['TimeOffRequestListing'];
export type SchemaTimeOffRequestListItem = components['schemas']['TimeOffRequestListItem'];
export type SchemaTimeOffRequestLookup = components['schemas']['TimeOffRequestLookup'];
export type SchemaTimeOffRequestNotification = components['schemas']['TimeOffRequestNotification'];
export type SchemaTimeOffRequestQueryBody = components['schemas']['TimeOffRequestQueryBody'];
export type SchemaTimeOffRequestReference = components['schemas']['TimeOffRequestReference'];
export type SchemaTimeOffRequestResponse = components['schemas']['TimeOffRequestResponse'];
export type SchemaTimeOffSettingsRequest = components['schemas']['TimeOffSettingsRequest'];
export type SchemaTimeOffSettingsResponse = components['schemas']['TimeOffSettingsResponse'];
export type SchemaTransfersFullTimeEquivalent = components['schemas']['TransfersFullTimeEquivalent'];
export type SchemaUnavailableTime = components['schemas']['UnavailableTime'];
export type SchemaUnavailableTimeListing = components['schemas']['UnavailableTimeListing'];
export type SchemaUnavailableTimesManagementUnitSettings = components['schemas']['UnavailableTimesManagementUnitSettings'];
export type SchemaUnavailableTimesValidationResult = components['schemas']['UnavailableTimesValidationResult'];
export type SchemaUnavailableTimesViolationMessageArgument = components['schemas']['UnavailableTimesViolationMessageArgument'];
export type SchemaUpdateActivityCodeRequest = components['schemas']['UpdateActivityCodeRequest'];
export type SchemaUpdateActivityPlanRequest = components['schemas']['UpdateActivityPlanRequest'];
export type SchemaUpdateAdherenceExplanationStatusRequest = components['schemas']['UpdateAdherenceExplanationStatusRequest'];
export type SchemaUpdateAgentScheduleBiddingPreference = components['schemas']['UpdateAgentScheduleBiddingPreference'];
export type SchemaUpdateAgentSchedulingPreferencesRequest = components['schemas']['UpdateAgentSchedulingPreferencesRequest'];
export type SchemaUpdateAgentWorkPlanBiddingPreference = components['schemas']['UpdateAgentWorkPlanBiddingPreference'];
export type SchemaUpdateAlternativeShiftBuSettingsRequest = components['schemas']['UpdateAlternativeShiftBuSettingsRequest'];
export type SchemaUpdateBusinessUnitRequest = components['schemas']['UpdateBusinessUnitRequest'];
export type SchemaUpdateBusinessUnitSchedulingPreferencesSettingsRequest = components['schemas']['UpdateBusinessUnitSchedulingPreferencesSettingsRequest'];
export type SchemaUpdateBusinessUnitSettingsRequest = components['schemas']['UpdateBusinessUnitSettingsRequest'];
export type SchemaUpdateCapacityPlanRequest = components['schemas']['UpdateCapacityPlanRequest'];
export type SchemaUpdateManagementUnitRequest = components['schemas']['UpdateManagementUnitRequest'];
export type SchemaUpdateManagementUnitsSettingsRequest = components['schemas']['UpdateManagementUnitsSettingsRequest'];
export type SchemaUpdateMuAgentRequest = components['schemas']['UpdateMuAgentRequest'];
export type SchemaUpdateMuAgentsRequest = components['schemas']['UpdateMuAgentsRequest'];
export type SchemaUpdateMuAgentWorkPlanFailureResponse = components['schemas']['UpdateMuAgentWorkPlanFailureResponse'];
export type SchemaUpdateMuAgentWorkPlanRequest = components['schemas']['UpdateMuAgentWorkPlanRequest'];
export type SchemaUpdateMuAgentWorkPlansBatchRequest = components['schemas']['UpdateMuAgentWorkPlansBatchRequest'];
export type SchemaUpdateMuAgentWorkPlansBatchResponse = components['schemas']['UpdateMuAgentWorkPlansBatchResponse'];
export type SchemaUpdateNotificationResponse = components['schemas']['UpdateNotificationResponse'];
export type SchemaUpdateNotificationsRequest = components['schemas']['UpdateNotificationsRequest'];
export type SchemaUpdateNotificationsResponse = components['schemas']['UpdateNotificationsResponse'];
export type SchemaUpdatePlanningGroupRequest = components['schemas']['UpdatePlanningGroupRequest'];
export type SchemaUpdateScheduleBid = components['schemas']['UpdateScheduleBid'];
export type SchemaUpdateScheduleUploadResponse = components['schemas']['UpdateScheduleUploadResponse'];
export type SchemaUpdateScheduleUploadSchema = components['schemas']['UpdateScheduleUploadSchema'];
export type SchemaUpdateServiceGoalTemplate = components['schemas']['UpdateServiceGoalTemplate'];
export type SchemaUpdateShiftTradeJobRequest = components['schemas']['UpdateShiftTradeJobRequest'];
export type SchemaUpdateShiftTradeStateJobRequest = components['schemas']['UpdateShiftTradeStateJobRequest'];
export type SchemaUpdateStaffingGroupRequest = components['schemas']['UpdateStaffingGroupRequest'];
export type SchemaUpdateTimeOffLimitRequest = components['schemas']['UpdateTimeOffLimitRequest'];
export type SchemaUpdateTimeOffPlanBusinessUnitAssociation = components['schemas']['UpdateTimeOffPlanBusinessUnitAssociation'];
export type SchemaUpdateTimeOffPlanManagementUnitAssociation = components['schemas']['UpdateTimeOffPlanManagementUnitAssociation'];
export type SchemaUpdateTimeOffPlanRequest = components['schemas']['UpdateTimeOffPlanRequest'];
export type SchemaUpdateUnavailableTime = components['schemas']['UpdateUnavailableTime'];
export type SchemaUpdateUnavailableTimesRequest = components['schemas']['UpdateUnavailableTimesRequest'];
export type SchemaUpdateWorkPlanBid = components['schemas']['UpdateWorkPlanBid'];
export type SchemaUpdateWorkPlanRotationAgentRequest = components['schemas']['UpdateWorkPlanRotationAgentRequest'];
export type SchemaUpdateWorkPlanRotationRequest = components['schemas']['UpdateWorkPlanRotationRequest'];
export type SchemaUploadUrlRequestBody = components['schemas']['UploadUrlRequestBody'];
export type SchemaUserActivity = components['schemas']['UserActivity'];
export type SchemaUserActivityAdherencePresence = components['schemas']['UserActivityAdherencePresence'];
export type SchemaUserActivityListing = components['schemas']['UserActivityListing'];
export type SchemaUserActivityOutOfOffice = components['schemas']['UserActivityOutOfOffice'];
export type SchemaUserActivityPresenceDefinition = components['schemas']['UserActivityPresenceDefinition'];
export type SchemaUserActivityRoutingStatus = components['schemas']['UserActivityRoutingStatus'];
export type SchemaUserListScheduleRequestBody = components['schemas']['UserListScheduleRequestBody'];
export type SchemaUserNextActivityReminder = components['schemas']['UserNextActivityReminder'];
export type SchemaUserReference = components['schemas']['UserReference'];
export type SchemaUsersActivityRequest = components['schemas']['UsersActivityRequest'];
export type SchemaUserSchedule = components['schemas']['UserSchedule'];
export type SchemaUserScheduleActivity = components['schemas']['UserScheduleActivity'];
export type SchemaUserScheduleAdherence = components['schemas']['UserScheduleAdherence'];
export type SchemaUserScheduleAdherenceListing = components['schemas']['UserScheduleAdherenceListing'];
export type SchemaUserScheduleContainer = components['schemas']['UserScheduleContainer'];
export type SchemaUserScheduleFullDayTimeOffMarker = components['schemas']['UserScheduleFullDayTimeOffMarker'];
export type SchemaUserScheduleShift = components['schemas']['UserScheduleShift'];
export type SchemaUserSearchRule = components['schemas']['UserSearchRule'];
export type SchemaUserSearchRulePart = components['schemas']['UserSearchRulePart'];
export type SchemaUserStaffingGroupListing = components['schemas']['UserStaffingGroupListing'];
export type SchemaUserStaffingGroupResponse = components['schemas']['UserStaffingGroupResponse'];
export type SchemaUserTimeOffIntegrationStatusResponse = components['schemas']['UserTimeOffIntegrationStatusResponse'];
export type SchemaUserTimeOffIntegrationStatusResponseListing = components['schemas']['UserTimeOffIntegrationStatusResponseListing'];
export type SchemaUserTimeOffRequestReference = components['schemas']['UserTimeOffRequestReference'];
export type SchemaValidateAgentUnavailableTimesRequest = components['schemas']['ValidateAgentUnavailableTimesRequest'];
export type SchemaValidateAgentUnavailableTimesResponse = components['schemas']['ValidateAgentUnavailableTimesResponse'];
export type SchemaValidateWorkPlanMessages = components['schemas']['ValidateWorkPlanMessages'];
export type SchemaValidateWorkPlanResponse = components['schemas']['ValidateWorkPlanResponse'];
export type SchemaValidationServiceAsyncResponse = components['schemas']['ValidationServiceAsyncResponse'];
export type SchemaValidationServiceRequest = components['schemas']['ValidationServiceRequest'];
export type SchemaValueWrapperActivityCodeStyle = components['schemas']['ValueWrapperActivityCodeStyle'];
export type SchemaValueWrapperActivityPlanServiceGoalImpactOverrides = components['schemas']['ValueWrapperActivityPlanServiceGoalImpactOverrides'];
export type SchemaValueWrapperBuShortTermForecastReference = components['schemas']['ValueWrapperBuShortTermForecastReference'];
export type SchemaValueWrapperDate = components['schemas']['ValueWrapperDate'];
export type SchemaValueWrapperGroupSettings = components['schemas']['ValueWrapperGroupSettings'];
export type SchemaValueWrapperHrisTimeOffType = components['schemas']['ValueWrapperHrisTimeOffType'];
export type SchemaValueWrapperInstant = components['schemas']['ValueWrapperInstant'];
export type SchemaValueWrapperInteger = components['schemas']['ValueWrapperInteger'];
export type SchemaValueWrapperLocalDate = components['schemas']['ValueWrapperLocalDate'];
export type SchemaValueWrapperMonthlyPlanningPeriodSettings = components['schemas']['ValueWrapperMonthlyPlanningPeriodSettings'];
export type SchemaValueWrapperPlanningPeriodSettings = components['schemas']['ValueWrapperPlanningPeriodSettings'];
export type SchemaValueWrapperShiftTradeTargetRequestItem = components['schemas']['ValueWrapperShiftTradeTargetRequestItem'];
export type SchemaValueWrapperString = components['schemas']['ValueWrapperString'];
export type SchemaValueWrapperUserSearchRule = components['schemas']['ValueWrapperUserSearchRule'];
export type SchemaWaitlistPosition = components['schemas']['WaitlistPosition'];
export type SchemaWaitlistPositionListing = components['schemas']['WaitlistPositionListing'];
export type SchemaWeekly = components['schemas']['Weekly'];
export type SchemaWeekSchedule = components['schemas']['WeekSchedule'];
export type SchemaWeekScheduleGenerationResult = components['schemas']['WeekScheduleGenerationResult'];
export type SchemaWeekScheduleListItemResponse = components['schemas']['WeekScheduleListItemResponse'];
export type SchemaWeekScheduleListResponse = components['schemas']['WeekScheduleListResponse'];
export type SchemaWeekScheduleReference = components['schemas']['WeekScheduleReference'];
export type SchemaWeekScheduleResponse = components['schemas']['WeekScheduleResponse'];
export type SchemaWeekShiftTradeListResponse = components['schemas']['WeekShiftTradeListResponse'];
export type SchemaWeekShiftTradeMatchesSummaryResponse = components['schemas']['WeekShiftTradeMatchesSummaryResponse'];
export type SchemaWeekShiftTradeResponse = components['schemas']['WeekShiftTradeResponse'];
export type SchemaWfmAgent = components['schemas']['WfmAgent'];
export type SchemaWfmAgentHistoricalAdherenceJobReference = components['schemas']['WfmAgentHistoricalAdherenceJobReference'];
export type SchemaWfmAgentHistoricalAdherenceResponse = components['schemas']['WfmAgentHistoricalAdherenceResponse'];
export type SchemaWfmAgentHistoricalAdherenceResult = components['schemas']['WfmAgentHistoricalAdherenceResult'];
export type SchemaWfmEntityMetadata = components['schemas']['WfmEntityMetadata'];
export type SchemaWfmForecastModificationIntervalOffsetValue = components['schemas']['WfmForecastModificationIntervalOffsetValue'];
export type SchemaWfmHistoricalAdherenceBulkItem = components['schemas']['WfmHistoricalAdherenceBulkItem'];
export type SchemaWfmHistoricalAdherenceBulkJobReference = components['schemas']['WfmHistoricalAdherenceBulkJobReference'];
export type SchemaWfmHistoricalAdherenceBulkQuery = components['schemas']['WfmHistoricalAdherenceBulkQuery'];
export type SchemaWfmHistoricalAdherenceBulkResponse = components['schemas']['WfmHistoricalAdherenceBulkResponse'];
export type SchemaWfmHistoricalAdherenceBulkResult = components['schemas']['WfmHistoricalAdherenceBulkResult'];
export type SchemaWfmHistoricalAdherenceBulkUserDayMetrics = components['schemas']['WfmHistoricalAdherenceBulkUserDayMetrics'];
export type SchemaWfmHistoricalAdherenceBulkUserResult = components['schemas']['WfmHistoricalAdherenceBulkUserResult'];
export type SchemaWfmHistoricalAdherenceQuery = components['schemas']['WfmHistoricalAdherenceQuery'];
export type SchemaWfmHistoricalAdherenceQueryForAgent = components['schemas']['WfmHistoricalAdherenceQueryForAgent'];
export type SchemaWfmHistoricalAdherenceQueryForTeams = components['schemas']['WfmHistoricalAdherenceQueryForTeams'];
export type SchemaWfmHistoricalAdherenceResponse = components['schemas']['WfmHistoricalAdherenceResponse'];
export type SchemaWfmHistoricalAdherenceResultWrapper = components['schemas']['WfmHistoricalAdherenceResultWrapper'];
export type SchemaWfmHistoricalShrinkageRequest = components['schemas']['WfmHistoricalShrinkageRequest'];
export type SchemaWfmHistoricalShrinkageResponse = components['schemas']['WfmHistoricalShrinkageResponse'];
export type SchemaWfmHistoricalShrinkageTeamsRequest = components['schemas']['WfmHistoricalShrinkageTeamsRequest'];
export type SchemaWfmIntegrationListing = components['schemas']['WfmIntegrationListing'];
export type SchemaWfmIntegrationReference = components['schemas']['WfmIntegrationReference'];
export type SchemaWfmIntegrationResponse = components['schemas']['WfmIntegrationResponse'];
export type SchemaWfmIntradayPlanningGroupListing = components['schemas']['WfmIntradayPlanningGroupListing'];
export type SchemaWfmProcessUploadRequest = components['schemas']['WfmProcessUploadRequest'];
export type SchemaWfmServiceGoalImpact = components['schemas']['WfmServiceGoalImpact'];
export type SchemaWfmServiceGoalImpactSettings = components['schemas']['WfmServiceGoalImpactSettings'];
export type SchemaWfmTimeSpan = components['schemas']['WfmTimeSpan'];
export type SchemaWfmUserEntityListing = components['schemas']['WfmUserEntityListing'];
export type SchemaWfmUserNotification = components['schemas']['WfmUserNotification'];
export type SchemaWfmVersionedEntityMetadata = components['schemas']['WfmVersionedEntityMetadata'];
export type SchemaWorkPlan = components['schemas']['WorkPlan'];
export type SchemaWorkPlanActivity = components['schemas']['WorkPlanActivity'];
export type SchemaWorkPlanBid = components['schemas']['WorkPlanBid'];
export type SchemaWorkPlanBidGroup = components['schemas']['WorkPlanBidGroup'];
export type SchemaWorkPlanBidGroupCreate = components['schemas']['WorkPlanBidGroupCreate'];
export type SchemaWorkPlanBidGroupResponse = components['schemas']['WorkPlanBidGroupResponse'];
export type SchemaWorkPlanBidGroupSummary = components['schemas']['WorkPlanBidGroupSummary'];
export type SchemaWorkPlanBidGroupSummaryList = components['schemas']['WorkPlanBidGroupSummaryList'];
export type SchemaWorkPlanBidGroupUpdate = components['schemas']['WorkPlanBidGroupUpdate'];
export type SchemaWorkPlanBidListResponse = components['schemas']['WorkPlanBidListResponse'];
export type SchemaWorkPlanBidMetadata = components['schemas']['WorkPlanBidMetadata'];
export type SchemaWorkPlanBidRanks = components['schemas']['WorkPlanBidRanks'];
export type SchemaWorkPlanConfigurationViolationMessage = components['schemas']['WorkPlanConfigurationViolationMessage'];
export type SchemaWorkPlanConstraintConflictMessage = components['schemas']['WorkPlanConstraintConflictMessage'];
export type SchemaWorkPlanConstraintMessage = components['schemas']['WorkPlanConstraintMessage'];
export type SchemaWorkPlanConstraintsViolationMessage = components['schemas']['WorkPlanConstraintsViolationMessage'];
export type SchemaWorkPlanConstraintViolationMessage = components['schemas']['WorkPlanConstraintViolationMessage'];
export type SchemaWorkPlanListItemResponse = components['schemas']['WorkPlanListItemResponse'];
export type SchemaWorkPlanListResponse = components['schemas']['WorkPlanListResponse'];
export type SchemaWorkPlanOverride = components['schemas']['WorkPlanOverride'];
export type SchemaWorkPlanOverrideListWrapperWorkPlanOverrideRequest = components['schemas']['WorkPlanOverrideListWrapperWorkPlanOverrideRequest'];
export type SchemaWorkPlanOverrideRequest = components['schemas']['WorkPlanOverrideRequest'];
export type SchemaWorkPlanPatternRequest = components['schemas']['WorkPlanPatternRequest'];
export type SchemaWorkPlanPatternResponse = components['schemas']['WorkPlanPatternResponse'];
export type SchemaWorkPlanReference = components['schemas']['WorkPlanReference'];
export type SchemaWorkPlanRotationAgentResponse = components['schemas']['WorkPlanRotationAgentResponse'];
export type SchemaWorkPlanRotationListResponse = components['schemas']['WorkPlanRotationListResponse'];
export type SchemaWorkPlanRotationReference = components['schemas']['WorkPlanRotationReference'];
export type SchemaWorkPlanRotationResponse = components['schemas']['WorkPlanRotationResponse'];
export type SchemaWorkPlanShift = components['schemas']['WorkPlanShift'];
export type SchemaWorkPlanValidationMessageArgument = components['schemas']['WorkPlanValidationMessageArgument'];
export type SchemaWorkPlanValidationRequest = components['schemas']['WorkPlanValidationRequest'];
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
    getWorkforcemanagementAdherence: {
        parameters: {
            query: {
                /** @description User Id(s) for which to fetch current schedule adherence information.  Min 1, Max of 100 userIds per request */
                userId: string[];
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
                    "application/json": components["schemas"]["UserScheduleAdherence"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAdherenceExplanations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAdherenceExplanationAgentRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdherenceExplanationAsyncResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementAdherenceExplanation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the explanation to update */
                explanationId: string;
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
                    "application/json": components["schemas"]["AdherenceExplanationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementAdherenceExplanationsJob: {
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
                    "application/json": components["schemas"]["AdherenceExplanationJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAdherenceExplanationsQuery: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentQueryAdherenceExplanationsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryAdherenceExplanationsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAdherenceHistoricalBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WfmHistoricalAdherenceBulkQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WfmHistoricalAdherenceBulkResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementAdherenceHistoricalBulkJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the job to get */
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
                    "application/json": components["schemas"]["WfmHistoricalAdherenceBulkResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementAdherenceHistoricalJob: {
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
                    "application/json": components["schemas"]["WfmHistoricalAdherenceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAgents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveAgentsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveAgentsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAgentAdherenceExplanations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the agent to query */
                agentId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAdherenceExplanationAdminRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdherenceExplanationAsyncResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementAgentAdherenceExplanation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the agent to query */
                agentId: string;
                /** @description The ID of the explanation to update */
                explanationId: string;
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
                    "application/json": components["schemas"]["AdherenceExplanationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementAgentAdherenceExplanation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the agent to query */
                agentId: string;
                /** @description The ID of the explanation to update */
                explanationId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAdherenceExplanationStatusRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdherenceExplanationAsyncResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAgentAdherenceExplanationsQuery: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the agent to query */
                agentId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentQueryAdherenceExplanationsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentQueryAdherenceExplanationsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putWorkforcemanagementAgentIntegrationsHris: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the agent */
                agentId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentIntegrationsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentIntegrationsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementAgentManagementunit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the agent to look up */
                agentId: string;
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
                    "application/json": components["schemas"]["AgentManagementUnitReference"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAgentSchedulingpreferencesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the agent */
                agentId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryAgentSchedulingPreferencesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSchedulingPreferenceListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAgentUnavailabletimesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the agent */
                agentId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryAgentUnavailableTimesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableTimeListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAgentsIntegrationsHrisQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryAgentsIntegrationsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentsIntegrationsListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAgentsMeAdherenceHistoricalJobs: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand with. wfm:AgentHistoricalAdherenceConformance:view permission is required for conformance, and wfm:agentSchedule:view permission is required for scheduledActivities. */
                expand?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WfmHistoricalAdherenceQueryForAgent"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WfmAgentHistoricalAdherenceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementAgentsMeAdherenceHistoricalJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the job to get */
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
                    "application/json": components["schemas"]["WfmAgentHistoricalAdherenceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementAgentsMeManagementunit: {
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
                    "application/json": components["schemas"]["AgentManagementUnitReference"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAgentsMePossibleworkshifts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentPossibleWorkShiftsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentPossibleWorkShiftsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAgentsOpportunitiesEnrollmentsBulkAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentBulkAddOpportunityEnrollmentsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentBulkAddOpportunityEnrollmentsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAgentsOpportunitiesEnrollmentsBulkStatusesUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentBulkStatusUpdateOpportunityEnrollmentsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentBulkStatusUpdateOpportunityEnrollmentsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAgentsOpportunitiesQuery: {
        parameters: {
            query?: {
                /** @description List of resources to expand */
                expand?: string;
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryOpportunitiesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentQueryOpportunitiesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAgentschedulesManagementunitsMine: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentMuScheduleQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentMuQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAgentschedulesMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuGetCurrentAgentScheduleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuCurrentAgentScheduleSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAlternativeshiftsOffersJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlternativeShiftOffersRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlternativeShiftAsyncResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementAlternativeshiftsOffersJob: {
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
                    "application/json": components["schemas"]["AlternativeShiftJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAlternativeshiftsOffersSearchJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlternativeShiftSearchOffersRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlternativeShiftAsyncResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementAlternativeshiftsOffersSearchJob: {
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
                    "application/json": components["schemas"]["AlternativeShiftJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementAlternativeshiftsSettings: {
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
                    "application/json": components["schemas"]["AlternativeShiftBuSettingsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementAlternativeshiftsTrades: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification.  For testing/app development purposes */
                forceAsync?: boolean;
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
                    "application/json": components["schemas"]["ListAlternativeShiftTradesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementAlternativeshiftsTrades: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAlternativeShiftTradeRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlternativeShiftTradeResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementAlternativeshiftsTrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the alternative shift trade */
                tradeId: string;
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
                    "application/json": components["schemas"]["AlternativeShiftTradeResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementAlternativeshiftsTrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the alternative shift trade */
                tradeId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentUpdateAlternativeShiftTradeRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlternativeShiftTradeResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementAlternativeshiftsTradesJob: {
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
                    "application/json": components["schemas"]["AlternativeShiftJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementAlternativeshiftsTradesStateJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminBulkUpdateAlternativeShiftTradeStateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlternativeShiftAsyncResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementAlternativeshiftsTradesStateJob: {
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
                    "application/json": components["schemas"]["AlternativeShiftJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunits: {
        parameters: {
            query?: {
                /** @description If specified, the list of business units belonging to the specified division will be returned */
                divisionId?: string;
                /** @description If specified, the list of business units for which the user is authorized to use the requested feature will be returned */
                feature?: string;
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
                    "application/json": components["schemas"]["BusinessUnitListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunits: {
        parameters: {
            query?: {
                /** @description Whether to include scheduling default message severities */
                includeSchedulingDefaultMessageSeverities?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBusinessUnitRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessUnitResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunit: {
        parameters: {
            query?: {
                /** @description Include to access additional data on the business unit */
                expand?: string[];
                /** @description Whether to include scheduling default message severities */
                includeSchedulingDefaultMessageSeverities?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit, or 'mine' for the business unit of the logged-in user. */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["BusinessUnitResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementBusinessunit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit, or 'mine' for the business unit of the logged-in user. */
                businessUnitId: string;
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
    patchWorkforcemanagementBusinessunit: {
        parameters: {
            query?: {
                /** @description Whether to include scheduling default message severities */
                includeSchedulingDefaultMessageSeverities?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit, or 'mine' for the business unit of the logged-in user. */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBusinessUnitRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessUnitResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitActivitycodes: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit, or 'mine' for the business unit of the logged-in user. */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["BusinessUnitActivityCodeListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitActivitycodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit, or 'mine' for the business unit of the logged-in user. */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActivityCodeRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessUnitActivityCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitActivitycode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the activity code to fetch */
                activityCodeId: string;
                /** @description The ID of the business unit, or 'mine' for the business unit of the logged-in user. */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["BusinessUnitActivityCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementBusinessunitActivitycode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the activity code to delete */
                activityCodeId: string;
                /** @description The ID of the business unit, or 'mine' for the business unit of the logged-in user. */
                businessUnitId: string;
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
    patchWorkforcemanagementBusinessunitActivitycode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the activity code to update */
                activityCodeId: string;
                /** @description The ID of the business unit, or 'mine' for the business unit of the logged-in user. */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActivityCodeRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessUnitActivityCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementBusinessunitActivitycodesBulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit, or 'mine' for the business unit of the logged-in user. */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkUpdateActivityCodeRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkUpdateActivityCodeResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitActivityplans: {
        parameters: {
            query?: {
                /** @description Optionally filter by activity plan state */
                state?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ActivityPlanListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitActivityplans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActivityPlanRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPlanResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitActivityplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the activity plan to fetch */
                activityPlanId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ActivityPlanResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementBusinessunitActivityplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the activity plan to update */
                activityPlanId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActivityPlanRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPlanResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitActivityplanRunsJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the activity plan to run */
                activityPlanId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ActivityPlanRunJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitActivityplanRunsJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the activity plan associated with the run job */
                activityPlanId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the activity plan run job */
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
                    "application/json": components["schemas"]["ActivityPlanJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitActivityplansJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ActivityPlanJobListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitAdherenceExplanationsQuery: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuQueryAdherenceExplanationsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuQueryAdherenceExplanationsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitAgentschedulesSearch: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuSearchAgentSchedulesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuAsyncAgentSchedulesSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitAlternativeshiftsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["AlternativeShiftBuSettingsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementBusinessunitAlternativeshiftsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAlternativeShiftBuSettingsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlternativeShiftBuSettingsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitAlternativeshiftsTrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the alternative shift trade */
                tradeId: string;
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
                    "application/json": components["schemas"]["AlternativeShiftTradeResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitAlternativeshiftsTradesSearch: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification.  For testing/app development purposes */
                forceAsync?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchAlternativeShiftTradesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuListAlternativeShiftTradesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitAlternativeshiftsTradesSearchJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["BuAlternativeShiftJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitCapacityplanningLongtermrequirementsAutomaticbestmethodWeekForecast: {
        parameters: {
            query?: {
                /** @description Granularity to access staffing requirements data, defaults to weekly */
                granularity?: string;
            };
            header?: never;
            path: {
                businessUnitId: string;
                /** @description forecastId of forecast */
                forecastId: string;
                /** @description weekDateId of forecast, format yyyy-MM-dd. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
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
                    "application/json": components["schemas"]["LongTermRequirementsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitCapacityplanningLongtermrequirementsAutomaticbestmethodWeekForecastForceregenerate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                businessUnitId: string;
                /** @description forecastId of forecast */
                forecastId: string;
                /** @description weekDateId of forecast, format yyyy-MM-dd. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
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
                    "application/json": components["schemas"]["LongTermRequirementsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitCapacityplans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["CapacityPlansListResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitCapacityplans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CapacityPlanRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityPlanResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitCapacityplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the capacity plan */
                capacityPlanId: string;
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
                    "application/json": components["schemas"]["CapacityPlanResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementBusinessunitCapacityplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the capacity plan */
                capacityPlanId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCapacityPlanRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityPlanResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitCapacityplanCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the capacity plan */
                capacityPlanId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyCapacityPlanRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityPlanResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitCapacityplanForecast: {
        parameters: {
            query?: {
                /** @description Granularity to access capacity plan forecast data, defaults to weekly */
                granularity?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the capacity plan */
                capacityPlanId: string;
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
                    "application/json": components["schemas"]["CapacityPlanForecastInputsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitCapacityplanRequirementGenerate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the capacity plan */
                capacityPlanId: string;
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
                    "application/json": components["schemas"]["CapacityPlanStaffingRequirementResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitCapacityplanStaffinggroupallocations: {
        parameters: {
            query?: {
                /** @description Granularity to access staffing group data, defaults to weekly */
                granularity?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the capacity plan */
                capacityPlanId: string;
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
                    "application/json": components["schemas"]["CapacityPlanStaffingGroupAllocationsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitCapacityplanStaffinggroupallocations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the capacity plan */
                capacityPlanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCapacityPlanStaffingGroupMetricChangeRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityPlanStaffingGroupMetricChangeResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementBusinessunitCapacityplanStaffinggroupallocationshistory: {
        parameters: {
            query?: {
                /** @description The date to delete records that are created on or before this date in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                beforeDateId?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the capacity plan */
                capacityPlanId: string;
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
    postWorkforcemanagementBusinessunitCapacityplanStaffinggroupallocationshistoryQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the capacity plan */
                capacityPlanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryCapacityPlanStaffingGroupMetricChangeHistory"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityPlanStaffingGroupMetricChangeHistoryListResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitCapacityplanStaffingrequirements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the capacity plan */
                capacityPlanId: string;
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
                    "application/json": components["schemas"]["CapacityPlanStaffingRequirementResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitCapacityplansBulkRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CapacityPlanDeleteRequest"];
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
    getWorkforcemanagementBusinessunitDecisionmetricsJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the update job */
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
                    "application/json": components["schemas"]["DecisionMetricsUpdateJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitDecisionmetricsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionMetricsUpdateJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionMetricsUpdateJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitDecisionmetricsUpdateUploadurl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadUrlRequestBody"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionMetricsUploadResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitIntraday: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification.  For testing/app development purposes */
                forceAsync?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntradayPlanningGroupRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncIntradayResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitIntradayPlanninggroups: {
        parameters: {
            query: {
                /** @description yyyy-MM-dd date string interpreted in the configured business unit time zone. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                date: string;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["WfmIntradayPlanningGroupListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitMainforecastContinuousforecastSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ContinuousForecastGetSessionResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitMainforecastContinuousforecastSessionSessionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ContinuousForecastSessionResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitMainforecastContinuousforecastSessionSessionIdSnapshotSnapshotId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                businessUnitId: string;
                sessionId: string;
                snapshotId: string;
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
                    "application/json": components["schemas"]["ContinuousForecastSnapshotResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitMainforecastContinuousforecastSessionExportForecastJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AggregatedExportJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregatedSessionExportJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitMainforecastContinuousforecastSessionExportForecastJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The job ID */
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
                    "application/json": components["schemas"]["AggregatedSessionExportJobStatus"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitMainforecastContinuousforecastSessionExportHistoricalJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AggregatedExportJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregatedHistoricalExportJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitMainforecastContinuousforecastSessionExportHistoricalJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The job ID */
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
                    "application/json": components["schemas"]["AggregatedHistoricalExportJobStatus"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitMainforecastContinuousforecastSessionExportSnapshotJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AggregatedExportSnapshotJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregatedSnapshotExportJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitMainforecastContinuousforecastSessionExportSnapshotJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The job ID */
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
                    "application/json": components["schemas"]["AggregatedSnapshotExportJobStatus"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitManagementunits: {
        parameters: {
            query?: {
                /** @description If specified, the list of management units belonging to the specified division will be returned */
                divisionId?: string;
                /** @description If specified, the list of management units for which the user is authorized to use the requested feature will be returned */
                feature?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit, or 'mine' for the business unit of the logged-in user. */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ManagementUnitListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitMinimumstaffingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["MinimumStaffingResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementBusinessunitMinimumstaffingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MinimumStaffingRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinimumStaffingResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitOpportunity: {
        parameters: {
            query?: {
                /** @description List of resources to expand */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the opportunity */
                opportunityId: string;
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
                    "application/json": components["schemas"]["OpportunityResultWithAgentIds"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementBusinessunitOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the opportunity */
                opportunityId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchOpportunityRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitOpportunitiesBulkAdd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAddOpportunitiesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkAddOpportunitiesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitOpportunitiesBulkPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkOpportunitiesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPublishOpportunitiesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitOpportunitiesBulkRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkOpportunitiesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkRemoveOpportunitiesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitOpportunitiesBulkStatusesUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkOpportunitiesStatusUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkOpportunitiesStatusUpdateResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitOpportunitiesEnrollmentsBulkStatusesUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkOpportunityEnrollmentsStatusUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkUpdateOpportunityEnrollmentsStatusResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitOpportunitiesEnrollmentsQuery: {
        parameters: {
            query?: {
                /** @description List of resources to expand */
                expand?: string;
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryOpportunityEnrollmentsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryOpportunityEnrollmentsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitOpportunitiesExternalactivitiesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkOpportunitiesExternalActivitiesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryExternalActivityOpportunitiesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitOpportunitiesQuery: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryOpportunitiesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryOpportunitiesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitPlanninggroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit. */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["PlanningGroupList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitPlanninggroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit. */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanningGroupRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningGroup"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitPlanninggroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit. */
                businessUnitId: string;
                /** @description The ID of a planning group to fetch */
                planningGroupId: string;
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
                    "application/json": components["schemas"]["PlanningGroup"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementBusinessunitPlanninggroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit. */
                businessUnitId: string;
                /** @description The ID of a planning group to delete */
                planningGroupId: string;
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
    patchWorkforcemanagementBusinessunitPlanninggroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit. */
                businessUnitId: string;
                /** @description The ID of a planning group to update */
                planningGroupId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlanningGroupRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningGroup"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitSchedulebids: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ScheduleBidListResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitSchedulebids: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description The schedule bid to be created */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScheduleBid"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleBid"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitSchedulebid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the schedule bid */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ScheduleBid"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementBusinessunitSchedulebid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the schedule bid */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
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
    patchWorkforcemanagementBusinessunitSchedulebid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the schedule bid */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description The schedule bid to be updated */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateScheduleBid"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleBid"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitSchedulebidCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the schedule bid to copy */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyScheduleBid"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleBid"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitSchedulebidGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the schedule bid associated with the bid groups */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleBidGroupCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleBidGroupResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitSchedulebidGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule Bid Group id */
                bidGroupId: string;
                /** @description The ID of the schedule bid associated with the bid groups */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ScheduleBidGroupResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementBusinessunitSchedulebidGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule Bid Group id */
                bidGroupId: string;
                /** @description The ID of the schedule bid associated with the bid groups */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
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
    patchWorkforcemanagementBusinessunitSchedulebidGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule Bid Group id */
                bidGroupId: string;
                /** @description The ID of the schedule bid associated with the bid groups */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleBidGroupUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleBidGroupResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitSchedulebidGroupPreferences: {
        parameters: {
            query?: {
                /** @description Include to fetch agents' preferences with priorities */
                expand?: string[];
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the schedule bid group */
                bidGroupId: string;
                /** @description The ID of the schedule bid associated with the bid groups */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["AdminAgentScheduleBidPreferenceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementBusinessunitSchedulebidGroupPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the schedule bid group */
                bidGroupId: string;
                /** @description The ID of the schedule bid associated with the bid groups */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentsBidAssignedScheduleSetOverrideRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAgentScheduleBidPreferenceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitSchedulebidGroupsSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the schedule bid associated with the bid groups */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ScheduleBidGroupSummaryList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitSchedulebidsEffectiveschedulesets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryEffectiveScheduleSetsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentsEffectiveScheduleSetResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitSchedulerSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["BuSchedulerSettingsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementBusinessunitSchedulerSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuSchedulerSettingsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuSchedulerSettingsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitSchedulingRuns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["BuScheduleRunListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitSchedulingRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the schedule run */
                runId: string;
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
                    "application/json": components["schemas"]["BuScheduleRun"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementBusinessunitSchedulingRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the schedule run */
                runId: string;
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
    patchWorkforcemanagementBusinessunitSchedulingRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the schedule run */
                runId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchBuScheduleRunRequest"];
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
    getWorkforcemanagementBusinessunitSchedulingRunResult: {
        parameters: {
            query: {
                /** @description The fields to expand. Omitting will return an empty response */
                expand: string[];
                /** @description The IDs of the management units for which to fetch the reschedule results */
                managementUnitIds: string[];
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the schedule run */
                runId: string;
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
                    "application/json": components["schemas"]["BuRescheduleResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitSchedulingpreferencesSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["BusinessUnitSchedulingPreferencesSettingsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementBusinessunitSchedulingpreferencesSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBusinessUnitSchedulingPreferencesSettingsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessUnitSchedulingPreferencesSettingsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitServicegoaltemplates: {
        parameters: {
            query?: {
                /** @description Include to access additional data on the service goal template */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The ID of the business unit. */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ServiceGoalTemplateList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitServicegoaltemplates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit. */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceGoalTemplate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceGoalTemplate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitServicegoaltemplate: {
        parameters: {
            query?: {
                /** @description Include to access additional data on the service goal template */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The ID of the business unit. */
                businessUnitId: string;
                /** @description The ID of a service goal template to fetch */
                serviceGoalTemplateId: string;
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
                    "application/json": components["schemas"]["ServiceGoalTemplate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementBusinessunitServicegoaltemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit. */
                businessUnitId: string;
                /** @description The ID of the service goal template to delete */
                serviceGoalTemplateId: string;
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
    patchWorkforcemanagementBusinessunitServicegoaltemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit. */
                businessUnitId: string;
                /** @description The ID of a service goal template to update */
                serviceGoalTemplateId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateServiceGoalTemplate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceGoalTemplate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitShifttradingTradesEvaluateJobs: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluateShiftTradeListJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftTradeEvaluateTradesBuJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitShifttradingTradesEvaluateJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ShiftTradeEvaluateTradesBuJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitShifttradingTradesQueryJobs: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryShiftTradeListJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftTradeQueryTradesBuJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitShifttradingTradesQueryJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ShiftTradeQueryTradesBuJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitShifttradingTradesStateBulkJobs: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkUpdateShiftTradeListJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftTradeBulkUpdateTradeStateBuJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitShifttradingTradesStateBulkJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ShiftTradeBulkUpdateTradeStateBuJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitShifttradingUnmatchedSearchJobs: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchUnmatchedShiftTradeListJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftTradeSearchUnmatchedTradesBuJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitShifttradingUnmatchedSearchJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ShiftTradeSearchUnmatchedTradesBuJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitShifttradingWeeksSummaryJobs: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryWeekSummaryListJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftTradeQueryWeekSummariesBuJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitShifttradingWeeksSummaryJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["ShiftTradeQueryWeekSummariesBuJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitStaffinggroups: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
                /** @description The ID of the management unit to get management unit specific staffing groups */
                managementUnitId?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["StaffingGroupListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitStaffinggroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaffingGroupRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffingGroupResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitStaffinggroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the staffing group to fetch */
                staffingGroupId: string;
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
                    "application/json": components["schemas"]["StaffingGroupResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementBusinessunitStaffinggroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the staffing group to delete */
                staffingGroupId: string;
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
    patchWorkforcemanagementBusinessunitStaffinggroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the staffing group to update */
                staffingGroupId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaffingGroupRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffingGroupResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitStaffinggroupsPlanninggroupsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryPlanningGroupToStaffingGroupsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningGroupToStaffingGroupsListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitStaffinggroupsQuery: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent via download service */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryUserStaffingGroupListRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserStaffingGroupListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitTimeofflimits: {
        parameters: {
            query?: {
                /** @description The ID of the management unit to get management unit specific time-off limit objects */
                managementUnitId?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["BuTimeOffLimitListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitTimeofflimits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuCreateTimeOffLimitRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuTimeOffLimitResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitTimeofflimit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the time-off limit to fetch */
                timeOffLimitId: string;
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
                    "application/json": components["schemas"]["BuTimeOffLimitResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementBusinessunitTimeofflimit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the time-off limit object to delete */
                timeOffLimitId: string;
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
    postWorkforcemanagementBusinessunitTimeofflimitGranularityconversion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the time-off limit */
                timeOffLimitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuConvertTimeOffLimitGranularityJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuConvertTimeOffLimitGranularityJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitTimeofflimitGranularityconversionJobs: {
        parameters: {
            query?: {
                /** @description Status to filter the list of jobs */
                statuses?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the time-off limit */
                timeOffLimitId: string;
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
                    "application/json": components["schemas"]["BuConvertTimeOffGranularityLimitJobListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitTimeofflimitGranularityconversionJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the convert time off limit granularity job */
                jobId: string;
                /** @description The ID of the time-off limit */
                timeOffLimitId: string;
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
                    "application/json": components["schemas"]["BuConvertTimeOffLimitGranularityJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putWorkforcemanagementBusinessunitTimeofflimitValues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the time-off limit object to set values for */
                timeOffLimitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuSetTimeOffLimitValuesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuTimeOffLimitResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitTimeofflimitValuesImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the time-off limit object to set limit values for */
                timeOffLimitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuImportTimeOffLimitValuesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuTimeOffLimitResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitTimeofflimitValuesImportUploadurl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the time-off limit object to set values for */
                timeOffLimitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuTimeOffLimitValuesImportUploadUrlRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuImportTimeOffLimitValuesUploadResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitTimeofflimitValuesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the time-off limit */
                timeOffLimitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryTimeOffLimitValuesForGranularityRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuTimeOffLimitValuesForGranularityResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitTimeofflimitsValuesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryTimeOffLimitValuesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuTimeOffLimitValuesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitTimeoffplans: {
        parameters: {
            query?: {
                /** @description Include to access additional data for the time-off plans */
                expand?: string[];
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
                /** @description The ID of the management unit to get management unit specific staffing groups */
                managementUnitId?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["BuTimeOffPlanListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitTimeoffplans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuCreateTimeOffPlanRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuTimeOffPlanResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitTimeoffplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the time-off plan to fetch */
                timeOffPlanId: string;
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
                    "application/json": components["schemas"]["BuTimeOffPlanResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementBusinessunitTimeoffplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the time-off plan to delete */
                timeOffPlanId: string;
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
    patchWorkforcemanagementBusinessunitTimeoffplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the time-off plan to update */
                timeOffPlanId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuUpdateTimeOffPlanRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuTimeOffPlanResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitUnavailabletimesSchedulesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryAgentScheduleUnavailableTimesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryAgentScheduleUnavailableTimesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitUnavailabletimesSettingsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryAvailabilityManagementUnitsSettingsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryAvailabilityManagementUnitsSettingsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitUsers: {
        parameters: {
            query?: {
                /** @description The IDs of the management units for which to retrieve users */
                managementUnitIds?: string[];
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["BuUserListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWeekShorttermforecasts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit to which the forecast belongs */
                businessUnitId: string;
                /** @description The week start date of the forecast in yyyy-MM-dd format or 'recent' (without quotes) to fetch recent forecasts */
                weekDateId: string;
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
                    "application/json": components["schemas"]["BuShortTermForecastListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWeekShorttermforecast: {
        parameters: {
            query?: {
                /** @description Include to access additional data on the forecast */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The ID of the business unit to which the forecast belongs */
                businessUnitId: string;
                /** @description The ID of the forecast */
                forecastId: string;
                /** @description The week start date of the forecast in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
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
                    "application/json": components["schemas"]["BuShortTermForecast"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementBusinessunitWeekShorttermforecast: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit to which the forecast belongs */
                businessUnitId: string;
                /** @description The ID of the forecast */
                forecastId: string;
                /** @description The week start date of the forecast in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
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
    postWorkforcemanagementBusinessunitWeekShorttermforecastCopy: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification.  For testing/app development purposes */
                forceAsync?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit to which the forecast belongs */
                businessUnitId: string;
                /** @description The ID of the forecast to copy */
                forecastId: string;
                /** @description The week start date of the forecast in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyBuForecastRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncForecastOperationResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWeekShorttermforecastData: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent via download service.  For testing/app development purposes */
                forceDownloadService?: boolean;
                /** @description The week number to fetch (for multi-week forecasts) */
                weekNumber?: number;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit to which the forecast belongs */
                businessUnitId: string;
                /** @description The ID of the forecast */
                forecastId: string;
                /** @description The week start date of the forecast in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
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
                    "application/json": components["schemas"]["BuForecastResultResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWeekShorttermforecastGenerationresults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit to which the forecast belongs */
                businessUnitId: string;
                /** @description The ID of the forecast */
                forecastId: string;
                /** @description The week start date of the forecast in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
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
                    "application/json": components["schemas"]["BuForecastGenerationResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWeekShorttermforecastLongtermforecastdata: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent via download service.  For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit to which the forecast belongs */
                businessUnitId: string;
                /** @description The ID of the forecast */
                forecastId: string;
                /** @description The week start date of the forecast in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
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
                    "application/json": components["schemas"]["LongTermForecastResultResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWeekShorttermforecastPlanninggroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit to which the forecast belongs */
                businessUnitId: string;
                /** @description The ID of the forecast */
                forecastId: string;
                /** @description The week start date of the forecast in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
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
                    "application/json": components["schemas"]["ForecastPlanningGroupsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWeekShorttermforecastStaffingrequirement: {
        parameters: {
            query?: {
                /** @description Expand to include minimum staffing values in (staffing requirement response or applied to base staffing requirement values) */
                expand?: string[];
                /** @description The week numbers to fetch (for multi-week forecasts) staffing requirements. Returns all week data if the list is not specified */
                weekNumbers?: string[];
            };
            header?: never;
            path: {
                /** @description The ID of the business unit to which the forecast belongs */
                businessUnitId: string;
                /** @description The ID of the forecast */
                forecastId: string;
                /** @description The week start date of the forecast in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
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
                    "application/json": components["schemas"]["BuForecastStaffingRequirementsResultResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWeekShorttermforecastsGenerate: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification.  For testing/app development purposes */
                forceAsync?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit to which the forecast belongs */
                businessUnitId: string;
                /** @description The week start date of the forecast in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateBuForecastRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncForecastOperationResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWeekShorttermforecastsImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit to which the forecast belongs */
                businessUnitId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WfmProcessUploadRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportForecastResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWeekShorttermforecastsImportUploadurl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit to which the forecast belongs */
                businessUnitId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadUrlRequestBody"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportForecastUploadResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWeekSchedules: {
        parameters: {
            query?: {
                /** @description If weekId == 'recent', specify the earliest schedule start week date (inclusive) to include in the 'recent' range, in yyyy-MM-dd format. Ignored if weekId != 'recent'. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                earliestWeekDate?: string;
                /** @description expand */
                expand?: string;
                /** @description includeOnlyPublished */
                includeOnlyPublished?: boolean;
                /** @description If weekId == 'recent', specify the latest schedule start week date (inclusive) to include in the 'recent' range, in yyyy-MM-dd format. Ignored if weekId != 'recent'. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                latestWeekDate?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description First day of schedule week in yyyy-MM-dd format, or 'recent' (without quotes) to get recent schedules */
                weekId: string;
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
                    "application/json": components["schemas"]["BuScheduleListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWeekSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuCreateBlankScheduleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuScheduleMetadata"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWeekSchedule: {
        parameters: {
            query?: {
                /** @description expand */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the schedule */
                scheduleId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekId: string;
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
                    "application/json": components["schemas"]["BuScheduleMetadata"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementBusinessunitWeekSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the schedule */
                scheduleId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekId: string;
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
                    "application/json": components["schemas"]["BuAsyncScheduleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWeekScheduleAgentschedulesQuery: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the schedule */
                scheduleId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuQueryAgentSchedulesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuAsyncAgentSchedulesQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWeekScheduleCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the schedule to copy */
                scheduleId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuCopyScheduleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuAsyncScheduleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWeekScheduleGenerationresults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the schedule */
                scheduleId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekId: string;
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
                    "application/json": components["schemas"]["ScheduleGenerationResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWeekScheduleHeadcountforecast: {
        parameters: {
            query?: {
                /** @description Whether to force the result to come via download url.  For testing purposes only */
                forceDownload?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the schedule */
                scheduleId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekId: string;
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
                    "application/json": components["schemas"]["BuHeadcountForecastResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWeekScheduleHistoryAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description THe ID of the agent */
                agentId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the schedule */
                scheduleId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekId: string;
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
                    "application/json": components["schemas"]["BuAgentScheduleHistoryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWeekSchedulePerformancepredictions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit to which the performance prediction belongs */
                businessUnitId: string;
                /** @description The ID of the schedule the performance prediction belongs to */
                scheduleId: string;
                /** @description First day of schedule week in yyyy-MM-dd format */
                weekId: string;
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
                    "application/json": components["schemas"]["PerformancePredictionResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWeekSchedulePerformancepredictionsRecalculations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit to which the performance prediction belongs */
                businessUnitId: string;
                /** @description The ID of the schedule the performance prediction belongs to */
                scheduleId: string;
                /** @description First day of schedule week in yyyy-MM-dd format */
                weekId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WfmProcessUploadRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformancePredictionRecalculationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWeekSchedulePerformancepredictionsRecalculation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit to which the performance prediction belongs */
                businessUnitId: string;
                /** @description The ID of the recalculation request */
                recalculationId: string;
                /** @description The ID of the schedule the recalculation belongs to */
                scheduleId: string;
                /** @description First day of schedule week in yyyy-MM-dd format */
                weekId: string;
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
                    "application/json": components["schemas"]["PerformancePredictionRecalculationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWeekSchedulePerformancepredictionsRecalculationsUploadurl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit to which the performance prediction belongs */
                businessUnitId: string;
                /** @description The ID of the schedule the performance prediction belongs to */
                scheduleId: string;
                /** @description First day of schedule week in yyyy-MM-dd format */
                weekId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadUrlRequestBody"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformancePredictionRecalculationUploadResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWeekScheduleReschedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the schedule */
                scheduleId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuRescheduleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuAsyncScheduleRunResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWeekScheduleUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the schedule */
                scheduleId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProcessScheduleUpdateUploadRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuAsyncScheduleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWeekScheduleUpdateUploadurl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description The ID of the schedule */
                scheduleId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadUrlRequestBody"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateScheduleUploadResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWeekSchedulesGenerate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuGenerateScheduleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuAsyncScheduleRunResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWeekSchedulesImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WfmProcessUploadRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleUploadProcessingResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWeekSchedulesImportUploadurl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadUrlRequestBody"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportScheduleUploadResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWorkplanbids: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["WorkPlanBidListResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWorkplanbids: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description The work plan bid to be created */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkPlanBid"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPlanBid"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWorkplanbid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the workplanbid */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["WorkPlanBid"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementBusinessunitWorkplanbid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the work plan bid */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
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
    patchWorkforcemanagementBusinessunitWorkplanbid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the workplanbid */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description The work plan bid to be updated */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkPlanBid"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPlanBid"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWorkplanbidCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the work plan bid to copy */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyWorkPlanBid"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPlanBid"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementBusinessunitWorkplanbidGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The work plan bid id of the bid groups */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkPlanBidGroupCreate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPlanBidGroupResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWorkplanbidGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Work Plan Bid Group id */
                bidGroupId: string;
                /** @description The work plan bid id of the bid groups */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["WorkPlanBidGroupResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementBusinessunitWorkplanbidGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Work Plan Bid Group id */
                bidGroupId: string;
                /** @description The work plan bid id of the bid groups */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
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
    patchWorkforcemanagementBusinessunitWorkplanbidGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Work Plan Bid Group id */
                bidGroupId: string;
                /** @description The work plan bid id of the bid groups */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkPlanBidGroupUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPlanBidGroupResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWorkplanbidGroupPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the work plan bid group */
                bidGroupId: string;
                /** @description The work plan bid id of the bid groups */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["AdminAgentWorkPlanPreferenceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementBusinessunitWorkplanbidGroupPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the work plan bid group */
                bidGroupId: string;
                /** @description The work plan bid id of the bid groups */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentsBidAssignedWorkPlanOverrideRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAgentWorkPlanPreferenceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitWorkplanbidGroupsSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The work plan bid id of the bid groups */
                bidId: string;
                /** @description The ID of the business unit */
                businessUnitId: string;
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
                    "application/json": components["schemas"]["WorkPlanBidGroupSummaryList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementBusinessunitsDivisionviews: {
        parameters: {
            query?: {
                /** @description The divisionIds to filter by. If omitted, will return business units in all divisions */
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
                    "application/json": components["schemas"]["BusinessUnitListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementCalendarDataIcs: {
        parameters: {
            query: {
                /** @description The id of the ics-formatted calendar */
                calendarId: string;
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
                    "text/calendar": string;
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementCalendarUrlIcs: {
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
                    "application/json": components["schemas"]["CalendarUrlResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementCalendarUrlIcs: {
        parameters: {
            query?: {
                /** @description A language tag (which is sometimes referred to as a locale identifier) to use to localize default activity code names in the ics-formatted calendar */
                language?: string;
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
                    "application/json": components["schemas"]["CalendarUrlResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementCalendarUrlIcs: {
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
    getWorkforcemanagementHistoricaldataBulkRemoveJobs: {
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
                    "application/json": components["schemas"]["HistoricalImportOverallDeleteStatusResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementHistoricaldataBulkRemoveJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HistoricalImportDeleteFilesJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoricalImportDeleteFilesJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementHistoricaldataBulkRemoveJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job ID of the historical data delete request */
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
                    "application/json": components["schemas"]["HistoricalImportDeleteFilesJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementHistoricaldataImportstatus: {
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
                    "application/json": components["schemas"]["HistoricalImportStatusListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementHistoricaldataImportstatusJobId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job Id of the historical data import request */
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
                    "application/json": components["schemas"]["HistoricalImportStatusJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementHistoricaldataValidate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidationServiceRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationServiceAsyncResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementIntegrationsHris: {
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
                    "application/json": components["schemas"]["WfmIntegrationListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementIntegrationsHriTimeofftypesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the HRIS integration for which time off types are queried. */
                hrisIntegrationId: string;
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
                    "application/json": components["schemas"]["HrisTimeOffTypesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementIntegrationsHrisTimeofftypesJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the job. */
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
                    "application/json": components["schemas"]["HrisTimeOffTypesJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunits: {
        parameters: {
            query?: {
                /** @description If specified, the list of management units belonging to the specified division will be returned */
                divisionId?: string;
                /** @description Deprecated, expand settings on the single MU route */
                expand?: string;
                /** @description If specified, the list of management units for which the user is authorized to use the requested feature will be returned */
                feature?: string;
                /** @description Deprecated, paging is not supported */
                pageNumber?: number;
                /** @description Deprecated, paging is not supported */
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
                    "application/json": components["schemas"]["ManagementUnitListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateManagementUnitApiRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagementUnit"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunit: {
        parameters: {
            query?: {
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
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
                    "application/json": components["schemas"]["ManagementUnit"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementManagementunit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
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
    patchWorkforcemanagementManagementunit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateManagementUnitRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagementUnit"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitActivitycodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
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
                    "application/json": components["schemas"]["ActivityCodeContainer"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitAdherence: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent via download service.  For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the management unit */
                managementUnitId: string;
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
                    "application/json": components["schemas"]["UserScheduleAdherenceListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementManagementunitAgents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMuAgentsRequest"];
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
    getWorkforcemanagementManagementunitAgent: {
        parameters: {
            query?: {
                /** @description Excludes all capabilities of the agent such as queues, languages, and skills */
                excludeCapabilities?: boolean;
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The agent id */
                agentId: string;
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
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
                    "application/json": components["schemas"]["WfmAgent"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitAgentShifttrades: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent id */
                agentId: string;
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
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
                    "application/json": components["schemas"]["ShiftTradeListResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementManagementunitAgentsWorkplansBulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMuAgentWorkPlansBatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateMuAgentWorkPlansBatchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitAgentsWorkplansQuery: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetAgentsWorkPlansRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentsWorkPlansResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitAgentschedulesSearch: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuSearchAgentSchedulesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuAsyncAgentSchedulesSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitDecisionmetrics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit */
                managementUnitId: string;
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
                    "application/json": components["schemas"]["DecisionMetricsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitHistoricaladherencequery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WfmHistoricalAdherenceQuery"];
            };
        };
        responses: {
            /** @description Processing request */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WfmHistoricalAdherenceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitMove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveManagementUnitRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveManagementUnitResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitSchedulesSearch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserListScheduleRequestBody"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserScheduleContainer"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitShifttradesMatched: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
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
                    "application/json": components["schemas"]["ShiftTradeMatchesSummaryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitShifttradesUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
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
                    "application/json": components["schemas"]["WfmUserEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitShrinkageJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WfmHistoricalShrinkageRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WfmHistoricalShrinkageResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitTimeofflimits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit. */
                managementUnitId: string;
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
                    "application/json": components["schemas"]["TimeOffLimitListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitTimeofflimits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit. */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTimeOffLimitRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffLimit"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitTimeofflimit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit. */
                managementUnitId: string;
                /** @description The ID of the time off limit to fetch */
                timeOffLimitId: string;
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
                    "application/json": components["schemas"]["TimeOffLimit"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementManagementunitTimeofflimit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit. */
                managementUnitId: string;
                /** @description The ID of the time off limit object to delete */
                timeOffLimitId: string;
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
    patchWorkforcemanagementManagementunitTimeofflimit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit. */
                managementUnitId: string;
                /** @description The id of time off limit object to update */
                timeOffLimitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTimeOffLimitRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffLimit"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putWorkforcemanagementManagementunitTimeofflimitValues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit. */
                managementUnitId: string;
                /** @description The ID of the time off limit object to set values for */
                timeOffLimitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetTimeOffLimitValuesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffLimit"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitTimeofflimitsValuesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit. */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryTimeOffLimitValuesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryTimeOffLimitValuesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitTimeoffplans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit */
                managementUnitId: string;
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
                    "application/json": components["schemas"]["TimeOffPlanListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitTimeoffplans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTimeOffPlanRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffPlan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitTimeoffplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit */
                managementUnitId: string;
                /** @description The ID of the time off plan to fetch */
                timeOffPlanId: string;
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
                    "application/json": components["schemas"]["TimeOffPlan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementManagementunitTimeoffplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit */
                managementUnitId: string;
                /** @description The ID of the time off plan to delete */
                timeOffPlanId: string;
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
    patchWorkforcemanagementManagementunitTimeoffplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit */
                managementUnitId: string;
                /** @description The ID of the time off plan to update */
                timeOffPlanId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTimeOffPlanRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffPlan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitTimeoffrequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAdminTimeOffRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffRequestList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementManagementunitTimeoffrequestUserIntegrationstatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit. */
                managementUnitId: string;
                /** @description The ID of the time off request. */
                timeOffRequestId: string;
                /** @description The ID of user to whom the time off request belongs. */
                userId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetTimeOffIntegrationStatusRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserTimeOffIntegrationStatusResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitTimeoffrequestsIntegrationstatusQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit. */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryTimeOffIntegrationStatusRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserTimeOffIntegrationStatusResponseListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitTimeoffrequestsQuery: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TimeOffRequestQueryBody"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffRequestListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitTimeoffrequestsWaitlistpositionsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit. */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryWaitlistPositionsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistPositionListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementManagementunitUnavailabletimesSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateManagementUnitsSettingsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagementUnitAvailabilitySettingsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
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
                    "application/json": components["schemas"]["WfmUserEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitUserTimeoffbalanceJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit */
                managementUnitId: string;
                /** @description The ID of the user */
                userId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TimeOffBalanceRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffBalancesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitUserTimeoffrequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The userId to whom the Time Off Request applies. */
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
                    "application/json": components["schemas"]["TimeOffRequestList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitUserTimeoffrequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description Time Off Request Id */
                timeOffRequestId: string;
                /** @description The userId to whom the Time Off Request applies. */
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
                    "application/json": components["schemas"]["TimeOffRequestResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementManagementunitUserTimeoffrequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The id of the time off request to update */
                timeOffRequestId: string;
                /** @description The id of the user the requested time off request belongs to */
                userId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminTimeOffRequestPatch"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffRequestResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitUserTimeoffrequestTimeoffbalanceJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit. */
                managementUnitId: string;
                /** @description The time off request id. */
                timeOffRequestId: string;
                /** @description The userId to whom the time off request applies. */
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
                    "application/json": components["schemas"]["TimeOffBalancesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitUserTimeoffrequestTimeofflimits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit. */
                managementUnitId: string;
                /** @description The ID of the time off request, which dates and activityCodeId determine limit values to retrieve */
                timeOffRequestId: string;
                /** @description The userId to whom the time off request applies. */
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
                    "application/json": components["schemas"]["QueryTimeOffLimitValuesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitUserTimeoffrequestsEstimate: {
        parameters: {
            query?: {
                /** @description Limit response to the specified field */
                includeOnly?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the management unit */
                managementUnitId: string;
                /** @description The id of the user for whom the time off request estimate is requested */
                userId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EstimateAvailableTimeOffRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstimateAvailableTimeOffResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitWeekShifttrades: {
        parameters: {
            query?: {
                /** @description Whether to evaluate the matches for violations */
                evaluateMatches?: boolean;
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
                /** @description Whether to include all shift trades with either the initiating shift or the receiving shift in the week */
                includeCrossWeekShifts?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The start week date of the initiating shift in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
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
                    "application/json": components["schemas"]["WeekShiftTradeListResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitWeekShifttrades: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The start week date of the initiating shift in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddShiftTradeRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftTradeResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementManagementunitWeekShifttrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The ID of the shift trade to update */
                tradeId: string;
                /** @description The start week date of the initiating shift in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchShiftTradeRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftTradeResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitWeekShifttradeMatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The ID of the shift trade to update */
                tradeId: string;
                /** @description The start week date of the initiating shift in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MatchShiftTradeRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchShiftTradeResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitWeekShifttradesSearch: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The start week date of the initiating shift in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchShiftTradesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchShiftTradesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitWeekShifttradesStateBulk: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification.  For testing/app development purposes */
                forceAsync?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The start week date of the initiating shift in yyyy-MM-dd format. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                weekDateId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkShiftTradeStateUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkUpdateShiftTradeStateResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitWeekSchedules: {
        parameters: {
            query?: {
                /** @description The start date of the earliest week to query in yyyy-MM-dd format */
                earliestWeekDate?: string;
                /** @description Return only published schedules */
                includeOnlyPublished?: boolean;
                /** @description The start date of the latest week to query in yyyy-MM-dd format */
                latestWeekDate?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. */
                weekId: string;
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
                    "application/json": components["schemas"]["WeekScheduleListResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitWeekSchedule: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand */
                expand?: string;
                /** @description Force the result of this operation to be sent via download service.  For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The ID of the schedule to fetch */
                scheduleId: string;
                /** @description First day of schedule week in yyyy-MM-dd format. */
                weekId: string;
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
                    "application/json": components["schemas"]["WeekScheduleResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitWorkplanrotations: {
        parameters: {
            query?: {
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
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
                    "application/json": components["schemas"]["WorkPlanRotationListResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitWorkplanrotations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddWorkPlanRotationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPlanRotationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitWorkplanrotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The ID of the work plan rotation to fetch */
                workPlanRotationId: string;
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
                    "application/json": components["schemas"]["WorkPlanRotationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementManagementunitWorkplanrotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The ID of the work plan rotation to be deleted */
                workPlanRotationId: string;
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
    patchWorkforcemanagementManagementunitWorkplanrotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The ID of the work plan rotation to update */
                workPlanRotationId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkPlanRotationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPlanRotationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitWorkplanrotationCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The ID of the work plan rotation to create a copy */
                workPlanRotationId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyWorkPlanRotationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPlanRotationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitWorkplans: {
        parameters: {
            query?: {
                /** @description Exclude specific data on the work plans from the response */
                exclude?: string[];
                /** @description Include to access additional data on the work plans */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
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
                    "application/json": components["schemas"]["WorkPlanListResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitWorkplans: {
        parameters: {
            query?: {
                /** @description Allows to create work plan even if the validation result is invalid */
                validationMode?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkPlan"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPlan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitWorkplan: {
        parameters: {
            query?: {
                /** @description limit response to the specified fields */
                includeOnly?: string[];
            };
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The ID of the work plan to fetch */
                workPlanId: string;
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
                    "application/json": components["schemas"]["WorkPlan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteWorkforcemanagementManagementunitWorkplan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The ID of the work plan to delete */
                workPlanId: string;
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
    patchWorkforcemanagementManagementunitWorkplan: {
        parameters: {
            query?: {
                /** @description Allows to update work plan even if validation result is invalid */
                validationMode?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The ID of the work plan to update */
                workPlanId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkPlan"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPlan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitWorkplanCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The ID of the work plan to create a copy */
                workPlanId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyWorkPlan"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPlan"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementManagementunitWorkplanValidate: {
        parameters: {
            query?: {
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The ID of the management unit, or 'mine' for the management unit of the logged-in user. */
                managementUnitId: string;
                /** @description The ID of the work plan to validate. For new work plan, use the word 'new' for the ID. */
                workPlanId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkPlanValidationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidateWorkPlanResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementManagementunitsDivisionviews: {
        parameters: {
            query?: {
                /** @description The divisionIds to filter by. If omitted, will return all divisions */
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
                    "application/json": components["schemas"]["ManagementUnitListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementNotifications: {
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
                    "application/json": components["schemas"]["NotificationsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementNotificationsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateNotificationsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementSchedulebids: {
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
                    "application/json": components["schemas"]["AgentScheduleBids"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementSchedulebidPreference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the schedule bid */
                bidId: string;
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
                    "application/json": components["schemas"]["AgentScheduleBiddingPreferenceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putWorkforcemanagementSchedulebidPreference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the schedule bid */
                bidId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgentScheduleBiddingPreference"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentScheduleBiddingPreferenceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementSchedulebidSchedulesets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the schedule bid */
                bidId: string;
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
                    "application/json": components["schemas"]["AgentScheduleBidScheduleSetResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CurrentUserScheduleRequestBody"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserScheduleContainer"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementSchedulingjob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the scheduling job */
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
                    "application/json": components["schemas"]["SchedulingStatusResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementSchedulingpreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgentSchedulingPreferencesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSchedulingPreferenceListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementSchedulingpreferencesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryAgentSchedulingPreferencesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSchedulingPreferenceListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementSchedulingpreferencesSettings: {
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
                    "application/json": components["schemas"]["BusinessUnitSchedulingPreferencesSettingsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementShifttrades: {
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
                    "application/json": components["schemas"]["ShiftTradeListResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementShifttradingTradeJobs: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the shift trade to update */
                tradeId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateShiftTradeJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftTradeUpdateTradeJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementShifttradingTradeJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the job */
                jobId: string;
                /** @description The ID of the shift trade to update */
                tradeId: string;
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
                    "application/json": components["schemas"]["ShiftTradeUpdateTradeJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementShifttradingTradeMatchJobs: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the shift trade to match */
                tradeId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MatchShiftTradeJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftTradeMatchTradeJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementShifttradingTradeMatchJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the job */
                jobId: string;
                /** @description The ID of the shift trade to update */
                tradeId: string;
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
                    "application/json": components["schemas"]["ShiftTradeMatchTradeJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementShifttradingTradeStateJobs: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the shift trade to update state */
                tradeId: string;
            };
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateShiftTradeStateJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftTradeUpdateTradeStateJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementShifttradingTradeStateJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the job */
                jobId: string;
                /** @description The ID of the shift trade to update */
                tradeId: string;
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
                    "application/json": components["schemas"]["ShiftTradeUpdateTradeStateJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementShifttradingTradesJobs: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddShiftTradeJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftTradeAddTradeJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementShifttradingTradesJob: {
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
                    "application/json": components["schemas"]["ShiftTradeAddTradeJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementShifttradingTradesMineQueryJobs: {
        parameters: {
            query?: {
                /** @description Force the result of this operation to be sent asynchronously via notification. For testing/app development purposes */
                forceAsync?: boolean;
                /** @description Force the result of this operation to be sent via download service. For testing/app development purposes */
                forceDownloadService?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryAgentShiftTradeListJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftTradeQueryAgentTradesJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementShifttradingTradesMineQueryJob: {
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
                    "application/json": components["schemas"]["ShiftTradeQueryAgentTradesJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementShrinkageJob: {
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
                    "application/json": components["schemas"]["WfmHistoricalShrinkageResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementTeamAdherence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the team */
                teamId: string;
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
                    "application/json": components["schemas"]["UserScheduleAdherenceListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementTeamAdherenceHistorical: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the team */
                teamId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WfmHistoricalAdherenceQueryForTeams"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WfmHistoricalAdherenceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementTeamShrinkageJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the team */
                teamId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WfmHistoricalShrinkageTeamsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WfmHistoricalShrinkageResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementTimeoffbalanceJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TimeOffBalanceRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffBalancesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementTimeoffbalanceJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the job. */
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
                    "application/json": components["schemas"]["TimeOffBalanceJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementTimeofflimitsAvailableQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvailableTimeOffRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailableTimeOffResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementTimeoffrequests: {
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
                    "application/json": components["schemas"]["TimeOffRequestList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementTimeoffrequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgentTimeOffRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffRequestResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementTimeoffrequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the time off request */
                timeOffRequestId: string;
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
                    "application/json": components["schemas"]["TimeOffRequestResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementTimeoffrequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the time off request */
                timeOffRequestId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentTimeOffRequestPatch"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffRequestResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementTimeoffrequestWaitlistpositions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the time off request */
                timeOffRequestId: string;
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
                    "application/json": components["schemas"]["WaitlistPositionListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementTimeoffrequestsEstimate: {
        parameters: {
            query?: {
                /** @description Limit response to the specified field */
                includeOnly?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EstimateAvailableTimeOffRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstimateAvailableTimeOffResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementTimeoffrequestsIntegrationstatusQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CurrentUserTimeOffIntegrationStatusRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffIntegrationStatusResponseListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementUnavailabletimes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUnavailableTimesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableTimeListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementUnavailabletimesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryAgentUnavailableTimesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableTimeListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementUnavailabletimesSettings: {
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
                    "application/json": components["schemas"]["ManagementUnitAvailabilitySettingsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementUnavailabletimesValidationJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidateAgentUnavailableTimesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidateAgentUnavailableTimesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementUnavailabletimesValidationJob: {
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
                    "application/json": components["schemas"]["QueryAgentUnavailableTimesValidationJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementUserWorkplanbidranks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The userId to whom the work plan bid ranks apply. */
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
                    "application/json": components["schemas"]["WorkPlanBidRanks"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementUserWorkplanbidranks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The userId to whom the work plan bid ranks apply. */
                userId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkPlanBidRanks"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPlanBidRanks"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postWorkforcemanagementUsersActivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsersActivityRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserActivityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementUsersWorkplanbidranksBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Users */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkPlanBidRanks"][];
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
    getWorkforcemanagementWorkplanbids: {
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
                    "application/json": components["schemas"]["AgentWorkPlanBids"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementWorkplanbidPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the work plan bid */
                bidId: string;
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
                    "application/json": components["schemas"]["AgentWorkPlanBiddingPreferenceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchWorkforcemanagementWorkplanbidPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the work plan bid */
                bidId: string;
            };
            cookie?: never;
        };
        /** @description body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgentWorkPlanBiddingPreference"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentWorkPlanBiddingPreferenceResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getWorkforcemanagementWorkplanbidWorkplans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the work plan bid */
                bidId: string;
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
                    "application/json": components["schemas"]["AgentWorkPlanListResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
