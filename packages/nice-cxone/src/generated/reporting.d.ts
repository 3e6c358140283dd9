// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/reporting/openapi.yaml (sha256 5024254b69a71075)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area reporting` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { CxoneApi, CxoneClient } from '../create-cxone-client.js';

/**
 * reporting (35 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const reporting = reportingApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export declare function reportingApi(client: CxoneClient): CxoneApi<paths>;

export interface paths {
    "/inContactAPI/services/v34.0/agents/{agentId}/interaction-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Contact history for an Agent */
        get: operations["getAgentsByAgentIdInteractionHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/interaction-recent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns info on Recent Contacts */
        get: operations["getAgentsByAgentIdInteractionRecent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/login-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns State duration for an Agent */
        get: operations["getAgentsByAgentIdLoginHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns performance summary for a specific agent */
        get: operations["getAgentsByAgentIdPerformance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/state-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns State duration for an Agent */
        get: operations["getAgentsByAgentIdStateHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/interaction-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Contact history for all Agents */
        get: operations["getAgentsInteractionHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a performance summary of all Agents */
        get: operations["getAgentsPerformance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/state-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns State duration for all Agents */
        get: operations["getAgentsStateHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns details for all Contacts */
        get: operations["getContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Contacts details */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/{contactId}/custom-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Contact Custom Data */
        get: operations["getContactsByContactIdCustomData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/{contactId}/hierarchy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List of associated contacts by ID */
        get: operations["getContactsByContactIdHierarchy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/{contactId}/sms-transcripts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns SMS Transcripts for a contactId */
        get: operations["getContactsByContactIdSmsTranscripts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/{contactId}/state-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Contact State History */
        get: operations["getContactsByContactIdStateHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Completed Contacts */
        get: operations["getCompletedContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/custom-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This method will return any custom data by date range of maximum 15 days */
        get: operations["getContactsCustomData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/sms-transcripts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns SMS Transcripts for a date range and transport code */
        get: operations["getContactsSmsTranscripts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/state-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns State duration for all Agents */
        get: operations["getContactsStateHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/report-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of Reporting Jobs */
        get: operations["getReportJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/report-jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a Reporting Job */
        get: operations["getReportJobsByJobId"];
        put?: never;
        /** Start a Custom Reporting Job */
        post: operations["postReportJobsByJobId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/report-jobs/datadownload/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generates a link to a datadownload report */
        post: operations["postReportJobsDatadownloadByReportId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of Custom Reports */
        get: operations["getReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/sla-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns single SLA summary for specified skill */
        get: operations["getSkillsBySkillIdSlaSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns statistics for a Skill */
        get: operations["getSkillsBySkillIdSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/sla-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns SLA summary for all Skills */
        get: operations["getSkillsSlaSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns statistics for all Skills */
        get: operations["getSkillsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/teams/{teamId}/performance-total": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns performance summary of a Team */
        get: operations["getTeamsByTeamIdPerformanceTotal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/teams/performance-total": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns performance summary of all Teams */
        get: operations["getTeamsPerformanceTotal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/wfm-data/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns agent metadata */
        get: operations["getWfmDataAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/wfm-data/agents/schedule-adherence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns adherence statistics */
        get: operations["getWfmDataAgentsScheduleAdherence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/wfm-data/agents/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns scorecard statistics */
        get: operations["getWfmDataAgentsScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/wfm-data/skills/agent-performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns agent-performance */
        get: operations["getWfmDataSkillsAgentPerformance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/wfm-data/skills/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns contact statistics for WFM */
        get: operations["getWfmDataSkillsContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/wfm-data/skills/dialer-contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns dailer contact statistics */
        get: operations["getWfmDataSkillsDialerContacts"];
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
        /** @description GET /contacts/{contactId} for a contact in progress (`ReportingReporting_contactActive`; the source names the property holding the contact `contactId`). */
        ActiveContactDetail: {
            businessUnitId?: number;
            contactId?: components["schemas"]["ReportedActiveContact"];
            lastPollTime?: string;
        };
        ActiveContactReport: {
            _links?: components["schemas"]["Links"];
            businessUnitId?: number;
            contacts?: components["schemas"]["ReportedActiveContact"][];
            lastPollTime?: string;
            totalRecords?: number;
        };
        AgentStateHistory: {
            _links?: components["schemas"]["Links"];
            agentStateHistory?: {
                agentId?: number;
                agentSessionId?: number;
                agentStateId?: number;
                agentStateName?: string;
                contactId?: number;
                duration?: string;
                fromAddress?: string;
                isNaturalCalling?: boolean;
                isOutbound?: boolean;
                mediaTypeId?: number;
                mediaTypeName?: string;
                outStateDescription?: number;
                outStateId?: number;
                skillId?: number;
                skillName?: string;
                startDate?: string;
                stateIndex?: number;
                stationId?: number;
                stationName?: string;
                teamId?: number;
                toAddress?: string;
            }[];
            businessUnitId?: number;
            lastPollTime?: string;
            totalRecords?: number;
        };
        CompletedContact: {
            abandoned?: boolean;
            abandonSeconds?: number;
            acwSeconds?: number;
            agentId?: number;
            agentSeconds?: number;
            analyticsProcessedDate?: string;
            callbackTime?: number;
            campaignId?: number;
            campaignName?: string;
            conferenceSeconds?: number;
            contactId?: number;
            contactStartDate?: string;
            dateACWWarehoused?: string;
            dateContactWarehoused?: string;
            dispositionNotes?: string;
            divisionNo?: number;
            endReason?: string;
            firstName?: string;
            fromAddress?: string;
            highProficiency?: number;
            holdCount?: number;
            holdSeconds?: number;
            inQueueSeconds?: number;
            isAnalyticsProcessed?: boolean;
            isLogged?: boolean;
            isOutbound?: boolean;
            isRefused?: boolean;
            isShortAbandon?: boolean;
            isTakeover?: boolean;
            lastName?: string;
            lastUpdateTime?: string;
            lowProficiency?: number;
            masterContactId?: number;
            mediaSubTypeId?: number;
            mediaSubTypeName?: string;
            mediaTypeId?: number;
            mediaTypeName?: string;
            pointOfContactId?: number;
            pointOfContactName?: string;
            postQueueSeconds?: number;
            preQueueSeconds?: number;
            primaryDispositionId?: number;
            refuseReason?: string;
            refuseTime?: string;
            releaseSeconds?: number;
            routingAttribute?: number;
            routingTime?: number;
            secondaryDispositionId?: number;
            serviceLevelFlag?: number;
            skillId?: number;
            skillName?: string;
            tags?: {
                [key: string]: unknown;
            }[];
            teamId?: number;
            teamName?: string;
            toAddress?: string;
            totalDurationSeconds?: number;
            transferIndicatorId?: number;
            transferIndicatorName?: string;
        };
        /** @description GET /contacts/{contactId} for a completed contact (`ReportingReporting_contactCompeleted`). */
        CompletedContactDetail: {
            businessUnitId?: number;
            contactId?: components["schemas"]["ReportedCompletedContact"];
            lastPollTime?: string;
        };
        CompletedContactList: {
            _links?: components["schemas"]["Links"];
            businessUnitId?: number;
            completedContacts?: components["schemas"]["CompletedContact"][];
            lastPollTime?: string;
            totalRecords?: number;
        };
        CompletedContactReport: {
            _links?: components["schemas"]["Links"];
            businessUnitId?: number;
            contacts?: components["schemas"]["ReportedCompletedContact"][];
            lastPollTime?: string;
            totalRecords?: number;
        };
        /** @description The error body of the CXone APIs (OAuth errors may say `error_description` instead). */
        ErrorResponse: {
            error?: string;
            errorDescription?: string;
        };
        /** @description Paging links of a listing (`_links`). */
        Links: {
            next?: string;
            previous?: string;
            self?: string;
        };
        /** @description An active contact as the reporting API returns it (`ReportingReporting_contactsActive`). */
        ReportedActiveContact: {
            agentId?: number;
            agentStartDate?: string;
            campaignId?: number;
            campaignName?: string;
            contactId?: number;
            contactStartDate?: number;
            contactStateCategory?: string;
            digitalContactStateId?: number;
            digitalContactStateName?: string;
            fileName?: string;
            firstName?: string;
            fromAddress?: string;
            highProficiency?: number;
            holdCount?: number;
            isLogged?: boolean;
            isOutbound?: boolean;
            isTakeover?: boolean;
            lastName?: string;
            lastUpdateTime?: string;
            lowProficiency?: number;
            masterContactId?: number;
            mediaSubTypeId?: number;
            mediaSubTypeName?: string;
            mediaTypeId?: number;
            mediaTypeName?: string;
            pointOfContactId?: number;
            pointOfContactName?: string;
            routingAttribute?: number;
            skillId?: number;
            skillName?: string;
            stateId?: number;
            stateName?: string;
            targetAgentId?: number;
            teamId?: number;
            teamName?: string;
            toAddress?: string;
            transferIndicatorId?: number;
            transferIndicatorName?: string;
        };
        /** @description A completed contact as the reporting API returns it (`ReportingReporting_contactsCompeleted`). */
        ReportedCompletedContact: {
            abandoned?: boolean;
            abandonSeconds?: number;
            acwSeconds?: number;
            agentId?: number;
            agentSeconds?: number;
            analyticsProcessedDate?: string;
            callbackTime?: number;
            campaignId?: number;
            campaignName?: string;
            conferenceSeconds?: number;
            contactId?: number;
            contactStartDate?: string;
            dateACWWarehoused?: string;
            dateContactWarehoused?: string;
            digitalContactStateId?: number;
            digitalContactStateName?: string;
            dispositionNotes?: string;
            endReason?: string;
            firstName?: string;
            fromAddress?: string;
            highProficiency?: number;
            holdCount?: number;
            holdSeconds?: number;
            inQueueSeconds?: number;
            isActive?: boolean;
            isAnalyticsProcessed?: boolean;
            isLogged?: boolean;
            isOutbound?: boolean;
            isRefused?: boolean;
            isShortAbandon?: boolean;
            isTakeover?: boolean;
            isWarehoused?: boolean;
            lastName?: string;
            lastUpdateTime?: string;
            lowProficiency?: number;
            masterContactId?: number;
            mediaSubTypeId?: number;
            mediaSubTypeName?: string;
            mediaTypeId?: number;
            mediaTypeName?: string;
            pointOfContactId?: number;
            pointOfContactName?: number;
            postQueueSeconds?: number;
            preQueueSeconds?: number;
            primaryDispositionId?: number;
            refuseReason?: string;
            refuseTime?: number;
            releaseSeconds?: number;
            routingAttribute?: number;
            routingTime?: number;
            secondaryDispositionId?: number;
            serviceLevelFlag?: number;
            skillId?: number;
            skillName?: string;
            stateId?: number;
            stateName?: string;
            tags?: {
                [key: string]: unknown;
            }[];
            teamId?: number;
            teamName?: string;
            toAddress?: string;
            totalDurationSeconds?: number;
            transferIndicatorId?: number;
            transferIndicatorName?: number;
        };
        ServiceLevelSummary: {
            BusinessUnitId?: number;
            ContactsOutOfSLA?: number;
            ContactsWithinSLA?: number;
            ServiceLevel?: number;
            SkillId?: number;
            SkillName?: string;
            TotalContacts?: number;
        };
        SkillSummary: {
            abandonCount?: number;
            abandonRate?: number;
            agentsAcw?: number;
            agentsAvailable?: number;
            agentsIdle?: number;
            agentsLoggedIn?: number;
            agentsUnavailable?: number;
            agentsWorking?: number;
            averageHandleTime?: string;
            averageInqueueTime?: string;
            averageSpeedToAnswer?: string;
            averageTalkTime?: string;
            averageWrapTime?: string;
            businessUnitId?: number;
            businessUnitName?: string;
            campaignId?: number;
            campaignName?: string;
            connects?: number;
            connectsAHT?: string;
            contactsActive?: number;
            contactsHandled?: number;
            contactsOffered?: number;
            contactsOutOfSLA?: number;
            contactsQueued?: number;
            contactsWithinSLA?: number;
            dials?: number;
            holdTime?: string;
            isOutbound?: boolean;
            longestQueueDur?: string;
            mediaTypeId?: number;
            mediaTypeName?: string;
            queueCount?: number;
            rightPartyConnects?: number;
            rightPartyConnectsAHT?: string;
            serviceLevel?: number;
            serviceLevelGoal?: number;
            serviceLevelThreshold?: number;
            skillId?: number;
            skillName?: string;
            totalContactTime?: string;
        };
        TeamPerformanceTotal: {
            acwTime?: string;
            agentOffered?: number;
            availableTime?: string;
            avgAvailableTime?: string;
            avgUnavailableTime?: string;
            consultTime?: string;
            inboundAvgTalkTime?: string;
            inboundHandled?: number;
            inboundTalkTime?: string;
            inboundTime?: string;
            loginTime?: string;
            occupancy?: number;
            outboundAvgTalkTime?: string;
            outboundHandled?: number;
            outboundTalkTime?: string;
            outboundTime?: string;
            percentRefused?: number;
            refused?: number;
            teamId?: number;
            totalAvgHandled?: number;
            totalAvgHandleTime?: string;
            totalAvgTalkTime?: string;
            totalHandled?: number;
            totalTalkTime?: string;
            unavailableTime?: string;
            workingRate?: number;
        };
        WfmAgentStateRecord: {
            agentId?: number;
            agentSessionId?: number;
            agentStateId?: number;
            businessUnitId?: number;
            businessUnitName?: string;
            duration?: number;
            outStateDescription?: string;
            outStateId?: number;
            skillId?: number;
            startDate?: string;
            stateIndex?: number;
        };
    };
    responses: {
        /** @description A parameter is invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The user behind the token lacks the permission for this operation. Retrying does not help. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Nothing changed since `updatedSince`. */
        NotModified: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Temporarily unavailable. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too many requests; the request was not processed. `Retry-After` may be absent (back off). */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The token is missing */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before retrying; not reliably sent by CXone. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type SchemaActiveContactDetail = components['schemas']['ActiveContactDetail'];
export type SchemaActiveContactReport = components['schemas']['ActiveContactReport'];
export type SchemaAgentStateHistory = components['schemas']['AgentStateHistory'];
export type SchemaCompletedContact = components['schemas']['CompletedContact'];
export type SchemaCompletedContactDetail = components['schemas']['CompletedContactDetail'];
export type SchemaCompletedContactList = components['schemas']['CompletedContactList'];
export type SchemaCompletedContactReport = components['schemas']['CompletedContactReport'];
export type SchemaErrorResponse = components['schemas']['ErrorResponse'];
export type SchemaLinks = components['schemas']['Links'];
export type SchemaReportedActiveContact = components['schemas']['ReportedActiveContact'];
export type SchemaReportedCompletedContact = components['schemas']['ReportedCompletedContact'];
export type SchemaServiceLevelSummary = components['schemas']['ServiceLevelSummary'];
export type SchemaSkillSummary = components['schemas']['SkillSummary'];
export type SchemaTeamPerformanceTotal = components['schemas']['TeamPerformanceTotal'];
export type SchemaWfmAgentStateRecord = components['schemas']['WfmAgentStateRecord'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotModified = components['responses']['NotModified'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    getAgentsByAgentIdInteractionHistory: {
        parameters: {
            query: {
                endDate: string;
                fields?: string;
                mediaSubTypeId?: number;
                mediaTypeId: number;
                orderBy?: string;
                skip?: number;
                startDate: string;
                top?: number;
                updatedSince?: string;
            };
            header?: never;
            path: {
                agentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        businessUnitId?: number;
                        contactStates?: {
                            agentId?: number;
                            campaignId?: number;
                            campaignName?: string;
                            contactId?: number;
                            contactStartDate?: string;
                            fileName?: string;
                            firstName?: string;
                            fromAddr?: string;
                            isOutbound?: boolean;
                            lastName?: string;
                            lastUpdateTime?: string;
                            masterContactId?: number;
                            mediaTypeId?: number;
                            mediaTypeName?: string;
                            pointOfContact?: string;
                            primaryDispositionId?: string;
                            secondaryDispositionId?: string;
                            skillId?: number;
                            skillName?: string;
                            targetAgentId?: number;
                            teamId?: number;
                            teamName?: string;
                            toAddr?: string;
                            transferIndicatorId?: number;
                            /** @enum {string} */
                            transferIndicatorName?: "None" | "ReSkill" | "ReAgent" | "Consult" | "TakeOver" | "External";
                        }[];
                        lastPollTime?: string;
                    };
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsByAgentIdInteractionRecent: {
        parameters: {
            query: {
                endDate: string;
                fields?: string;
                mediaTypeId?: number;
                startDate: string;
                top?: number;
            };
            header?: never;
            path: {
                agentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resultSet?: {
                            agentId?: number;
                            contactData?: {
                                [key: string]: unknown;
                            }[];
                            firstName?: string;
                            lastName?: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsByAgentIdLoginHistory: {
        parameters: {
            query: {
                endDate: string;
                fields?: string;
                orderBy?: string;
                searchString?: string;
                skip?: number;
                startDate: string;
                top?: number;
            };
            header?: never;
            path: {
                agentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _links?: components["schemas"]["Links"];
                        agentLogins?: {
                            loginDate?: string;
                            stationCallerId?: string;
                            stationId?: number;
                            stationName?: string;
                            stationPhoneNumber?: string;
                        }[];
                        businessUnitId?: number;
                        lastPollTime?: string;
                        totalRecords?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsByAgentIdPerformance: {
        parameters: {
            query: {
                endDate: string;
                fields?: string;
                startDate: string;
            };
            header?: never;
            path: {
                agentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agentPerformance?: {
                            acwTime?: string;
                            agentId?: number;
                            agentOffered?: number;
                            availableTime?: string;
                            consultTime?: number;
                            inboundAvgTalkTime?: string;
                            inboundHandled?: number;
                            inboundTalkTime?: string;
                            inboundTime?: number;
                            loginTime?: string;
                            occupancy?: number;
                            outboundAvgTalkTime?: string;
                            outboundHandled?: number;
                            outboundTalkTime?: string;
                            outboundTime?: string;
                            percentRefused?: number;
                            refused?: number;
                            teamId?: number;
                            totalAvgHandleTime?: string;
                            totalAvgTalkTime?: string;
                            totalHandled?: number;
                            totalTalkTime?: string;
                            unavailableTime?: string;
                            workingRate?: number;
                        }[];
                        businessUnitId?: number;
                        lastPollTime?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsByAgentIdStateHistory: {
        parameters: {
            query?: {
                endDate?: string;
                fields?: string;
                mediaTypeId?: string;
                orderBy?: string;
                outboundStrategy?: string;
                searchString?: string;
                skip?: number;
                startDate?: string;
                top?: number;
                updatedSince?: string;
            };
            header?: never;
            path: {
                agentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentStateHistory"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsInteractionHistory: {
        parameters: {
            query?: {
                endDate?: string;
                fields?: string;
                mediaSubTypeId?: number;
                mediaTypeId?: number;
                orderBy?: string;
                skip?: number;
                startDate?: string;
                top?: number;
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _links?: {
                            next?: string;
                            previous?: string;
                            self: string;
                        };
                        businessUnitId?: number;
                        contactStates?: {
                            agentId?: number;
                            campaignId?: number;
                            campaignName?: string;
                            contactId?: number;
                            contactStartDate?: string;
                            fileName?: string;
                            firstName?: string;
                            fromAddr?: string;
                            isOutbound?: boolean;
                            lastName?: string;
                            lastUpdateTime?: string;
                            masterContactId?: number;
                            mediaSubTypeId?: number;
                            mediaSubTypeName?: string;
                            mediaTypeId?: number;
                            mediaTypeName?: string;
                            pointOfContact?: string;
                            primaryDispositionId?: number;
                            secondaryDispositionId?: number;
                            skillId?: number;
                            skillName?: string;
                            targetAgentId?: number;
                            teamId?: number;
                            teamName?: string;
                            toAddr?: string;
                            transferIndicatorId?: number;
                        }[];
                        lastPollTime?: string;
                        totalRecords?: number;
                    };
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsPerformance: {
        parameters: {
            query: {
                endDate: string;
                fields?: string;
                startDate: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agentPerformance?: {
                            acwTime?: string;
                            agentId?: number;
                            agentOffered?: number;
                            availableTime?: string;
                            consultTime?: string;
                            inboundAvgTalkTime?: string;
                            inboundHandled?: number;
                            inboundTalkTime?: string;
                            inboundTime?: string;
                            loginTime?: string;
                            occupancy?: number;
                            outboundAvgTalkTime?: string;
                            outboundHandled?: number;
                            outboundTalkTime?: string;
                            outboundTime?: string;
                            percentRefused?: number;
                            refused?: number;
                            teamId?: number;
                            totalAvgHandleTime?: string;
                            totalAvgTalkTime?: string;
                            totalHandled?: number;
                            totalTalkTime?: string;
                            unavailableTime?: string;
                            workingRate?: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsStateHistory: {
        parameters: {
            query?: {
                endDate?: string;
                fields?: string;
                mediaTypeId?: string;
                orderBy?: string;
                outboundStrategy?: string;
                searchString?: string;
                skip?: number;
                startDate?: string;
                top?: number;
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentStateHistory"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContacts: {
        parameters: {
            query?: {
                endDate?: string;
                fields?: string;
                orderBy?: string;
                skip?: number;
                startDate?: string;
                top?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActiveContactReport"] | components["schemas"]["CompletedContactReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContact: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                contactId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActiveContactDetail"] | components["schemas"]["CompletedContactDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactsByContactIdCustomData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contactCustomData?: {
                            name?: string;
                            value?: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactsByContactIdHierarchy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        childContacts?: {
                            contactId?: number;
                            endTime?: string;
                            startTime?: string;
                        }[];
                        masterContactId?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactsByContactIdSmsTranscripts: {
        parameters: {
            query: {
                endDate: string;
                skip?: number;
                startDate: string;
                top?: number;
                transportCode: string;
            };
            header?: never;
            path: {
                contactId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _links?: components["schemas"]["Links"];
                        businessUnitId?: number;
                        smsTranscripts?: {
                            from?: string;
                            messageBody?: string;
                            messageStart?: string;
                        }[];
                        totalRecords?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactsByContactIdStateHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contactStateHistory?: {
                            agentId?: number;
                            contactId?: string;
                            contactStateId?: number;
                            contactStateName?: string;
                            digitalContactStateId?: string;
                            digitalContactStateName?: string;
                            divisionNo?: number;
                            duration?: string;
                            isWarehoused?: boolean;
                            skillId?: number;
                            skillName?: string;
                            startDate?: string;
                            stateIndex?: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCompletedContacts: {
        parameters: {
            query?: {
                agentId?: number;
                analyticsProcessed?: boolean;
                campaignId?: number;
                endDate?: string;
                fields?: string;
                fromAddress?: string;
                isLogged?: boolean;
                isRefused?: boolean;
                isTakeover?: boolean;
                mediaSubTypeId?: number;
                mediaSubTypeName?: string;
                mediaTypeId?: number;
                orderBy?: string;
                skillId?: number;
                skip?: number;
                startDate?: string;
                tags?: boolean;
                teamId?: number;
                toAddress?: string;
                top?: number;
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletedContactList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactsCustomData: {
        parameters: {
            query: {
                endDate?: string;
                skip?: number;
                startDate: string;
                top?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _links?: components["schemas"]["Links"];
                        businessUnitId?: number;
                        ContactCustomData?: {
                            contactId?: number;
                            name?: string;
                            value?: string;
                        }[];
                        lastPollTime?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactsSmsTranscripts: {
        parameters: {
            query: {
                agentId: number;
                endDate: string;
                orderBy?: string;
                skip?: number;
                startDate: string;
                top?: number;
                transportCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _links?: components["schemas"]["Links"];
                        businessUnitId?: number;
                        smsTranscripts?: {
                            contactId?: number;
                            from?: string;
                            messageBody?: string;
                            messageStart?: string;
                        }[];
                        totalRecords?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactsStateHistory: {
        parameters: {
            query: {
                endDate: string;
                orderBy?: string;
                skip?: number;
                startDate: string;
                top?: number;
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _links?: {
                            next?: string;
                            previous?: string;
                            self: string;
                        };
                        businessUnit?: number;
                        contactStateHistory?: {
                            agentId?: number;
                            contactId?: string;
                            contactStateId?: number;
                            contactStateName?: string;
                            digitalContactStateId?: string;
                            digitalContactStateName?: string;
                            duration?: string;
                            isWarehoused?: boolean;
                            skillId?: number;
                            skillName?: string;
                            startDate?: string;
                            stateIndex?: number;
                        }[];
                        lastPollTime?: string;
                        totalRecords?: number;
                    };
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getReportJobs: {
        parameters: {
            query?: {
                fields?: string;
                jobSpan?: number;
                jobStatus?: string;
                reportId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        completedJobs?: {
                            deleteTime?: string;
                            fileName?: string;
                            jobEnd?: string;
                            jobId?: number;
                            jobStart?: string;
                            reportId?: number;
                            reportName?: string;
                            resultFileURL?: string;
                        }[];
                        runningJobs?: {
                            jobId?: number;
                            jobStart?: string;
                            reportId?: number;
                            reportName?: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getReportJobsByJobId: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                jobId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleteTime?: string;
                        fileName?: string;
                        jobEnd?: string;
                        jobId?: number;
                        jobStart?: string;
                        reportId?: number;
                        reportName?: string;
                        resultFileURL?: string;
                        state?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postReportJobsByJobId: {
        parameters: {
            query?: {
                appendDate?: boolean;
                deleteAfter?: number;
                fileType?: "CSV" | "PDF" | "XML" | "Excel";
                includeHeaders?: boolean;
                overwrite?: boolean;
            };
            header?: never;
            path: {
                /** @description The reportId (the source names this segment `{reportId}`; another operation on this path names it `{jobId}`). */
                jobId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobId?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postReportJobsDatadownloadByReportId: {
        parameters: {
            query: {
                endDate: string;
                fileName?: string;
                includeHeaders?: boolean;
                saveAsFile?: boolean;
                startDate: string;
            };
            header?: never;
            path: {
                reportId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errorMessage?: string;
                        file?: string;
                        fileName?: string;
                        fileType?: string;
                        URI?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getReports: {
        parameters: {
            query?: {
                reportType?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reports?: {
                            businessUnitId?: number;
                            reportDescription?: string;
                            reportId?: number;
                            reportName?: string;
                            reportSubType?: string;
                            reportType?: string;
                            url?: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsBySkillIdSlaSummary: {
        parameters: {
            query: {
                endDate: string;
                startDate: string;
            };
            header?: never;
            path: {
                skillId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        serviceLevelSummaries?: components["schemas"]["ServiceLevelSummary"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsBySkillIdSummary: {
        parameters: {
            query: {
                endDate: string;
                fields?: string;
                startDate: string;
            };
            header?: never;
            path: {
                skillId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        skillSummaries?: components["schemas"]["SkillSummary"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsSlaSummary: {
        parameters: {
            query: {
                endDate: string;
                skip?: number;
                startDate: string;
                top?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _links?: components["schemas"]["Links"];
                        serviceLevelSummaries?: components["schemas"]["ServiceLevelSummary"][];
                        totalRecords?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsSummary: {
        parameters: {
            query: {
                endDate: string;
                fields?: string;
                isOutbound?: boolean;
                mediaTypeId?: number;
                startDate: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        skillSummaries?: components["schemas"]["SkillSummary"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTeamsByTeamIdPerformanceTotal: {
        parameters: {
            query: {
                endDate: string;
                fields?: string;
                startDate: string;
            };
            header?: never;
            path: {
                teamId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        teamPerformanceTotal?: components["schemas"]["TeamPerformanceTotal"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTeamsPerformanceTotal: {
        parameters: {
            query: {
                endDate: string;
                fields?: string;
                startDate: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        teamPerformanceTotal?: components["schemas"]["TeamPerformanceTotal"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWfmDataAgents: {
        parameters: {
            query: {
                endDate: string;
                fields?: string;
                startDate: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        wfM_Data_Agents?: {
                            agentNo?: number;
                            businessUnitId?: number;
                            businessUnitName?: string;
                            createDate?: string;
                            firstName?: string;
                            lastName?: string;
                            middleName?: string;
                            modDateTime?: string;
                            ntLoginName?: string;
                            productId?: number;
                            status?: string;
                            teamName?: string;
                            teamNo?: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWfmDataAgentsScheduleAdherence: {
        parameters: {
            query: {
                endDate: string;
                fields?: string;
                startDate: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agentStateHistory?: components["schemas"]["WfmAgentStateRecord"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWfmDataAgentsScorecards: {
        parameters: {
            query: {
                endDate: string;
                fields?: string;
                startDate: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agentStateHistory?: components["schemas"]["WfmAgentStateRecord"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWfmDataSkillsAgentPerformance: {
        parameters: {
            query: {
                endDate: string;
                fields?: string;
                startDate: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agentId?: number;
                        businessUnitId?: number;
                        businessUnitName?: string;
                        firstName?: string;
                        halfHour?: number;
                        lastName?: string;
                        skillId?: number;
                        skillName?: string;
                        totalACWTime?: number;
                        totalHandled?: number;
                        totalHandledTime?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWfmDataSkillsContacts: {
        parameters: {
            query: {
                endDate: string;
                fields?: string;
                mediaTypeId: number;
                startDate: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abandonCount?: number;
                        averageHandleTime?: number;
                        averageSpeedOfAnswer?: number;
                        businessUnitId?: number;
                        businessUnitName?: string;
                        intervalStartDate?: string;
                        isOutbound?: boolean;
                        mediaTypeId?: number;
                        MediaTypeName?: string;
                        serviceLevel?: number;
                        skillId?: number;
                        skillName?: string;
                        totalContacts?: number;
                        totalContactTime?: number;
                        totalHandled?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWfmDataSkillsDialerContacts: {
        parameters: {
            query: {
                endDate: string;
                fields?: string;
                mediaTypeId: number;
                startDate: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        wfM_OB_StatsV9?: {
                            abandons?: number;
                            businessUnitId?: number;
                            businessUnitName?: string;
                            connects?: number;
                            connectsAHT?: number;
                            dials?: number;
                            intervalStartDate?: string;
                            mediaTypeId?: number;
                            mediaTypeName?: string;
                            rightPartyConnects?: number;
                            rightPartyConnectsAHT?: number;
                            skillId?: number;
                            skillName?: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
