// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/outbound/openapi.yaml (sha256 ce8c2e4b333865bf)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area outbound` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Outbound (177 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const outbound = outboundApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function outboundApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/outbound/attemptlimits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query attempt limits list
         * @permissions ANY: `outbound:attemptLimits:view`
         */
        get: operations["getOutboundAttemptlimits"];
        put?: never;
        /**
         * Create attempt limits
         * @permissions ANY: `outbound:attemptLimits:add`
         */
        post: operations["postOutboundAttemptlimits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/attemptlimits/{attemptLimitsId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get attempt limits
         * @permissions ANY: `outbound:attemptLimits:view`
         */
        get: operations["getOutboundAttemptlimit"];
        /**
         * Update attempt limits
         * @permissions ANY: `outbound:attemptLimits:edit`
         */
        put: operations["putOutboundAttemptlimit"];
        post?: never;
        /**
         * Delete attempt limits
         * @permissions ANY: `outbound:attemptLimits:delete`
         */
        delete: operations["deleteOutboundAttemptlimit"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/callabletimesets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query callable time set list
         * @permissions ANY: `outbound:callableTimeSet:view`
         */
        get: operations["getOutboundCallabletimesets"];
        put?: never;
        /**
         * Create callable time set
         * @permissions ANY: `outbound:callableTimeSet:add`
         */
        post: operations["postOutboundCallabletimesets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/callabletimesets/{callableTimeSetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get callable time set
         * @permissions ANY: `outbound:callableTimeSet:view`
         */
        get: operations["getOutboundCallabletimeset"];
        /**
         * Update callable time set
         * @permissions ANY: `outbound:callableTimeSet:edit`
         */
        put: operations["putOutboundCallabletimeset"];
        post?: never;
        /**
         * Delete callable time set
         * @permissions ANY: `outbound:callableTimeSet:delete`
         */
        delete: operations["deleteOutboundCallabletimeset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/callanalysisresponsesets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query a list of dialer call analysis response sets.
         * @permissions ANY: `outbound:responseSet:view`
         */
        get: operations["getOutboundCallanalysisresponsesets"];
        put?: never;
        /**
         * Create a dialer call analysis response set.
         * @permissions ANY: `outbound:responseSet:add`
         */
        post: operations["postOutboundCallanalysisresponsesets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/callanalysisresponsesets/{callAnalysisSetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a dialer call analysis response set.
         * @permissions ANY: `outbound:responseSet:view`
         */
        get: operations["getOutboundCallanalysisresponseset"];
        /**
         * Update a dialer call analysis response set.
         * @permissions ANY: `outbound:responseSet:edit`
         */
        put: operations["putOutboundCallanalysisresponseset"];
        post?: never;
        /**
         * Delete a dialer call analysis response set.
         * @permissions ANY: `outbound:responseSet:delete`
         */
        delete: operations["deleteOutboundCallanalysisresponseset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaignrules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query Campaign Rule list
         * @permissions ANY: `outbound:campaignRule:view`
         */
        get: operations["getOutboundCampaignrules"];
        put?: never;
        /**
         * Create Campaign Rule
         * @permissions ANY: `outbound:campaignRule:add`
         */
        post: operations["postOutboundCampaignrules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaignrules/{campaignRuleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Campaign Rule
         * @permissions ANY: `outbound:campaignRule:view`
         */
        get: operations["getOutboundCampaignrule"];
        /**
         * Update Campaign Rule
         * @permissions ANY: `outbound:campaignRule:edit`
         */
        put: operations["putOutboundCampaignrule"];
        post?: never;
        /**
         * Delete Campaign Rule
         * @permissions ANY: `outbound:campaignRule:delete`
         */
        delete: operations["deleteOutboundCampaignrule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query a list of dialer campaigns.
         * @permissions ANY: `outbound:campaign:view`
         */
        get: operations["getOutboundCampaigns"];
        put?: never;
        /**
         * Create a campaign.
         * @permissions ANY: `outbound:campaign:add`
         */
        post: operations["postOutboundCampaigns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get dialer campaign.
         * @permissions ANY: `outbound:campaign:view`
         */
        get: operations["getOutboundCampaign"];
        /**
         * Update a campaign.
         * @permissions ALL: `outbound:campaign:edit`
         */
        put: operations["putOutboundCampaign"];
        post?: never;
        /**
         * Delete a campaign.
         * @permissions ANY: `outbound:campaign:delete`
         */
        delete: operations["deleteOutboundCampaign"];
        options?: never;
        head?: never;
        /**
         * Update a campaign.
         * @permissions ALL: `outbound:campaign:edit`
         */
        patch: operations["patchOutboundCampaign"];
        trace?: never;
    };
    "/api/v2/outbound/campaigns/{campaignId}/agentownedmappingpreview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initiate request for a preview of how agents will be mapped to this campaign's contact list.
         * @permissions ALL: all of `outbound:campaign:view`, `outbound:contact:view`, `directory:user:view`
         */
        post: operations["postOutboundCampaignAgentownedmappingpreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/{campaignId}/agentownedmappingpreview/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a preview of how agents will be mapped to this campaign's contact list.
         * @permissions ALL: all of `outbound:campaign:view`, `outbound:contact:view`, `routing:queue:view`
         */
        get: operations["getOutboundCampaignAgentownedmappingpreviewResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/{campaignId}/agents/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Send notification that an agent's state changed
         * @description New agent state.
         * @permissions none required
         */
        put: operations["putOutboundCampaignAgent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/{campaignId}/callback/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule a Callback for a Dialer Campaign (Deprecated)
         * @description This endpoint is deprecated and may have unexpected results. Please use "/conversations/{conversationId}/participants/{participantId}/callbacks instead."
         * @deprecated This endpoint is deprecated and may have unexpected results.
         * @permissions none required
         */
        post: operations["postOutboundCampaignCallbackSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/{campaignId}/diagnostics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get campaign diagnostics
         * @permissions ANY: `outbound:campaign:view`
         */
        get: operations["getOutboundCampaignDiagnostics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/{campaignId}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get dialer campaign interactions.
         * @permissions ANY: `outbound:campaign:view`
         */
        get: operations["getOutboundCampaignInteractions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/{campaignId}/linedistribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get line distribution information for campaigns using same Edge Group or Site as given campaign
         * @permissions ANY: `outbound:lineDistribution:view`
         */
        get: operations["getOutboundCampaignLinedistribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/{campaignId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get campaign progress
         * @permissions ANY: `outbound:campaign:view`
         */
        get: operations["getOutboundCampaignProgress"];
        put?: never;
        post?: never;
        /**
         * Reset campaign progress and recycle the campaign
         * @permissions ANY: any one of `outbound:campaign:edit`, `outbound:campaign:recycle`
         */
        delete: operations["deleteOutboundCampaignProgress"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/{campaignId}/skillcombinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the remaining and total contact count for each skill combination in a skills campaign
         * @permissions ANY: `outbound:campaign:view`
         */
        get: operations["getOutboundCampaignSkillcombinations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/{campaignId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the campaign
         * @permissions ANY: `outbound:campaign:start`
         */
        post: operations["postOutboundCampaignStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/{campaignId}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get statistics about a Dialer Campaign
         * @permissions ANY: `outbound:campaign:view`
         */
        get: operations["getOutboundCampaignStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/{campaignId}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop the campaign
         * @permissions ANY: `outbound:campaign:stop`
         */
        post: operations["postOutboundCampaignStop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query across all types of campaigns by division
         * @permissions ANY: any one of `outbound:campaign:view`, `outbound:messagingCampaign:view`, `outbound:emailCampaign:view`, `outbound:whatsAppCampaign:view`
         */
        get: operations["getOutboundCampaignsAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/all/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query across all types of campaigns
         * @permissions ANY: any one of `outbound:campaign:search`, `outbound:messagingCampaign:search`, `outbound:emailCampaign:search`, `outbound:whatsAppCampaign:search`
         */
        get: operations["getOutboundCampaignsAllDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query a list of basic Campaign information objects
         * @description This returns a simplified version of a Campaign, consisting of name and division.
         * @permissions ALL: `outbound:campaign:search`
         */
        get: operations["getOutboundCampaignsDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/divisionviews/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a basic Campaign information object
         * @description This returns a simplified version of a Campaign, consisting of name and division.
         * @permissions ALL: `outbound:campaign:search`
         */
        get: operations["getOutboundCampaignsDivisionview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/performance/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get performance data for a list of campaigns
         * @permissions ANY: any one of `outbound:performance:view`, `outbound:campaign:view`
         */
        post: operations["postOutboundCampaignsPerformanceQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/campaigns/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get progress for a list of campaigns
         * @permissions ANY: `outbound:campaign:view`
         */
        post: operations["postOutboundCampaignsProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlistfilters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query Contact list filters
         * @permissions ANY: `outbound:contactListFilter:view`
         */
        get: operations["getOutboundContactlistfilters"];
        put?: never;
        /**
         * Create Contact List Filter
         * @permissions ANY: `outbound:contactListFilter:add`
         */
        post: operations["postOutboundContactlistfilters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlistfilters/{contactListFilterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Contact list filter
         * @permissions ANY: `outbound:contactListFilter:view`
         */
        get: operations["getOutboundContactlistfilter"];
        /**
         * Update Contact List Filter
         * @permissions ANY: `outbound:contactListFilter:edit`
         */
        put: operations["putOutboundContactlistfilter"];
        post?: never;
        /**
         * Delete Contact List Filter
         * @permissions ANY: `outbound:contactListFilter:delete`
         */
        delete: operations["deleteOutboundContactlistfilter"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlistfilters/bulk/retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve multiple contact list filters
         * @permissions ANY: `outbound:contactListFilter:view`
         */
        post: operations["postOutboundContactlistfiltersBulkRetrieve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlistfilters/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a preview of the output of a contact list filter
         * @permissions ANY: `outbound:contact:view`
         */
        post: operations["postOutboundContactlistfiltersPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query a list of contact lists.
         * @description Any ContactList field can be used as a query parameter to filter results. Multiple values can be specified for a field, and filter type prefixes can be used inline. Example: dateCreated=greaterthan:2025-01-01T00:00:00.000Z&dateCreated=lessthan:2027-01-01T00:00:00.000Z. See https://developer.genesys.cloud/routing/outbound/filter-type for available filter types.
         * @permissions ANY: `outbound:contactList:view`
         */
        get: operations["getOutboundContactlists"];
        put?: never;
        /**
         * Create a contact List.
         * @permissions ANY: `outbound:contactList:add`
         */
        post: operations["postOutboundContactlists"];
        /**
         * Delete multiple contact lists.
         * @permissions ANY: `outbound:contactList:delete`
         */
        delete: operations["deleteOutboundContactlists"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/{contactListId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a dialer contact list.
         * @permissions ANY: `outbound:contactList:view`
         */
        get: operations["getOutboundContactlist"];
        /**
         * Update a contact list.
         * @permissions ANY: `outbound:contactList:edit`
         */
        put: operations["putOutboundContactlist"];
        post?: never;
        /**
         * Delete a contact list.
         * @permissions ANY: `outbound:contactList:delete`
         */
        delete: operations["deleteOutboundContactlist"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/{contactListId}/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deletes all contacts out of a list. All outstanding recalls or rule-scheduled callbacks for non-preview campaigns configured with the contactlist will be cancelled.
         * @permissions ANY: `outbound:contact:delete`
         */
        post: operations["postOutboundContactlistClear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/{contactListId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add contacts to a contact list.
         * @permissions ANY: `outbound:contact:add`
         */
        post: operations["postOutboundContactlistContacts"];
        /**
         * Delete contacts from a contact list. Only contacts that are not in use by any campaign will be deleted
         * @permissions ANY: `outbound:contact:delete`
         */
        delete: operations["deleteOutboundContactlistContacts"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/{contactListId}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact.
         * @permissions ANY: `outbound:contact:view`
         */
        get: operations["getOutboundContactlistContact"];
        /**
         * Update a contact.
         * @permissions ANY: `outbound:contact:edit`
         */
        put: operations["putOutboundContactlistContact"];
        post?: never;
        /**
         * Delete a contact.
         * @permissions ANY: `outbound:contact:delete`
         */
        delete: operations["deleteOutboundContactlistContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/{contactListId}/contacts/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get contacts from a contact list.
         * @permissions ANY: `outbound:contact:view`
         */
        post: operations["postOutboundContactlistContactsBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/{contactListId}/contacts/bulk/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get 10 most recent bulk operation jobs associated with contact list.
         * @permissions ANY: `outbound:contactList:view`
         */
        get: operations["getOutboundContactlistContactsBulkJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/{contactListId}/contacts/bulk/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get bulk operation job.
         * @permissions ANY: `outbound:contactList:view`
         */
        get: operations["getOutboundContactlistContactsBulkJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/{contactListId}/contacts/bulk/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an async job to delete contacts using a filter.
         * @permissions ANY: `outbound:contact:delete`
         */
        post: operations["postOutboundContactlistContactsBulkRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/{contactListId}/contacts/bulk/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an async job to bulk edit contacts.
         * @permissions ANY: `outbound:contact:edit`
         */
        post: operations["postOutboundContactlistContactsBulkUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/{contactListId}/contacts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query contacts from a contact list.
         * @permissions ANY: `outbound:contact:view`
         */
        post: operations["postOutboundContactlistContactsSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/{contactListId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the URI of a contact list export.
         * @permissions ALL: all of `outbound:contact:view`, `outbound:contactList:view`
         */
        get: operations["getOutboundContactlistExport"];
        put?: never;
        /**
         * Initiate the export of a contact list.
         * @description Returns 200 if received OK.
         * @permissions ALL: all of `outbound:contact:view`, `outbound:contactList:view`
         */
        post: operations["postOutboundContactlistExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/{contactListId}/importstatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get dialer contactList import status.
         * @permissions ANY: `outbound:contactList:view`
         */
        get: operations["getOutboundContactlistImportstatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/{contactListId}/timezonemappingpreview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview the result of applying Automatic Time Zone Mapping to a contact list
         * @permissions ANY: `outbound:contactList:view`
         */
        get: operations["getOutboundContactlistTimezonemappingpreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/bulk/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk update contact lists.
         * @description A maximum of 100 contact lists can be updated per request.
         *
         *     Required permissions: not documented in platform-client-sdk-python 257.1.0 or platform-client-sdk-javascript 259.0.0.
         */
        post: operations["postOutboundContactlistsBulkUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query a list of simplified contact list objects.
         * @description This return a simplified version of contact lists, consisting of the name, division, column names, phone columns, import status, and size.
         * @permissions ALL: `outbound:contactList:search`
         */
        get: operations["getOutboundContactlistsDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/divisionviews/{contactListId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a basic ContactList information object
         * @description This returns a simplified version of a ContactList, consisting of the name, division, column names, phone columns, import status, and size.
         * @permissions ALL: `outbound:contactList:search`
         */
        get: operations["getOutboundContactlistsDivisionview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlists/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate presigned upload URL for contact list.
         * @permissions ANY: `outbound:contactList:upload`
         */
        post: operations["postOutboundContactlistsUploads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlisttemplates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query a list of contact list templates
         * @permissions ANY: `outbound:contactListTemplate:view`
         */
        get: operations["getOutboundContactlisttemplates"];
        put?: never;
        /**
         * Create Contact List Template
         * @permissions ANY: `outbound:contactListTemplate:add`
         */
        post: operations["postOutboundContactlisttemplates"];
        /**
         * Delete multiple contact list templates.
         * @permissions ANY: `outbound:contactListTemplate:delete`
         */
        delete: operations["deleteOutboundContactlisttemplates"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlisttemplates/{contactListTemplateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Contact List Template
         * @permissions ANY: `outbound:contactListTemplate:view`
         */
        get: operations["getOutboundContactlisttemplate"];
        /**
         * Update a contact list template.
         * @permissions ANY: `outbound:contactListTemplate:edit`
         */
        put: operations["putOutboundContactlisttemplate"];
        post?: never;
        /**
         * Delete Contact List Template
         * @permissions ANY: `outbound:contactListTemplate:delete`
         */
        delete: operations["deleteOutboundContactlisttemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlisttemplates/bulk/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add multiple contact list templates
         * @permissions ANY: `outbound:contactListTemplate:add`
         */
        post: operations["postOutboundContactlisttemplatesBulkAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/contactlisttemplates/bulk/retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get multiple contact list templates
         * @permissions ANY: `outbound:contactListTemplate:view`
         */
        post: operations["postOutboundContactlisttemplatesBulkRetrieve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/conversations/{conversationId}/dnc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add phone numbers to a Dialer DNC list.
         * @permissions ANY: `outbound:dnc:add`
         */
        post: operations["postOutboundConversationDnc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/diagnostics/campaigns/{campaignId}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get diagnostic summary for a single campaign
         * @permissions ANY: `outbound:campaignDiagnostic:view`
         */
        get: operations["getOutboundDiagnosticsCampaignSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/digitalrulesets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query a list of Outbound Digital Rule Sets
         * @permissions ANY: `outbound:digitalRuleSet:view`
         */
        get: operations["getOutboundDigitalrulesets"];
        put?: never;
        /**
         * Create an Outbound Digital Rule Set
         * @permissions ANY: `outbound:digitalRuleSet:add`
         */
        post: operations["postOutboundDigitalrulesets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/digitalrulesets/{digitalRuleSetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Outbound Digital Rule Set
         * @permissions ANY: `outbound:digitalRuleSet:view`
         */
        get: operations["getOutboundDigitalruleset"];
        /**
         * Update an Outbound Digital Rule Set
         * @permissions ANY: `outbound:digitalRuleSet:edit`
         */
        put: operations["putOutboundDigitalruleset"];
        post?: never;
        /**
         * Delete an Outbound Digital Rule Set
         * @permissions ANY: `outbound:digitalRuleSet:delete`
         */
        delete: operations["deleteOutboundDigitalruleset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/dnclists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query dialer DNC lists
         * @permissions ANY: `outbound:dncList:view`
         */
        get: operations["getOutboundDnclists"];
        put?: never;
        /**
         * Create dialer DNC list
         * @permissions ANY: `outbound:dncList:add`
         */
        post: operations["postOutboundDnclists"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/dnclists/{dncListId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get dialer DNC list
         * @permissions ANY: `outbound:dncList:view`
         */
        get: operations["getOutboundDnclist"];
        /**
         * Update dialer DNC list
         * @permissions ANY: `outbound:dncList:edit`
         */
        put: operations["putOutboundDnclist"];
        post?: never;
        /**
         * Delete dialer DNC list
         * @permissions ANY: `outbound:dncList:delete`
         */
        delete: operations["deleteOutboundDnclist"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/dnclists/{dncListId}/customexclusioncolumns": {
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
         * Deletes all or expired custom exclusion column entries from a DNC list.
         * @description This operation is only for Internal DNC lists of custom exclusion column entries
         * @permissions ANY: `outbound:dnc:delete`
         */
        delete: operations["deleteOutboundDnclistCustomexclusioncolumns"];
        options?: never;
        head?: never;
        /**
         * Add entries to or delete entries from a DNC list.
         * @description Only Internal DNC lists may be deleted from
         * @permissions ANY: `outbound:dnc:edit`
         */
        patch: operations["patchOutboundDnclistCustomexclusioncolumns"];
        trace?: never;
    };
    "/api/v2/outbound/dnclists/{dncListId}/emailaddresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add email addresses to a DNC list.
         * @description Only Internal DNC lists may be appended to
         * @permissions ANY: `outbound:dnc:add`
         */
        post: operations["postOutboundDnclistEmailaddresses"];
        /**
         * Deletes all or expired email addresses from a DNC list.
         * @description This operation is Only for Internal DNC lists of email addresses
         * @permissions ANY: `outbound:dnc:delete`
         */
        delete: operations["deleteOutboundDnclistEmailaddresses"];
        options?: never;
        head?: never;
        /**
         * Add emails to or Delete emails from a DNC list.
         * @description Only Internal DNC lists may be added to or deleted from
         * @permissions ANY: `outbound:dnc:edit`
         */
        patch: operations["patchOutboundDnclistEmailaddresses"];
        trace?: never;
    };
    "/api/v2/outbound/dnclists/{dncListId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the URI of a DNC list export.
         * @permissions ALL: all of `outbound:dnc:view`, `outbound:dncList:view`
         */
        get: operations["getOutboundDnclistExport"];
        put?: never;
        /**
         * Initiate the export of a dnc list.
         * @description Returns 200 if received OK.
         * @permissions ALL: all of `outbound:dnc:view`, `outbound:dncList:view`
         */
        post: operations["postOutboundDnclistExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/dnclists/{dncListId}/importstatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get dialer dncList import status.
         * @permissions ANY: `outbound:dncList:view`
         */
        get: operations["getOutboundDnclistImportstatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/dnclists/{dncListId}/phonenumbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add phone numbers to a DNC list.
         * @description Only Internal DNC lists may be appended to
         * @permissions ANY: `outbound:dnc:add`
         */
        post: operations["postOutboundDnclistPhonenumbers"];
        /**
         * Deletes all or expired phone numbers from a DNC list.
         * @description This operation is Only for Internal DNC lists of phone numbers
         * @permissions ANY: `outbound:dnc:delete`
         */
        delete: operations["deleteOutboundDnclistPhonenumbers"];
        options?: never;
        head?: never;
        /**
         * Add numbers to or delete numbers from a DNC list.
         * @description Only Internal DNC lists may be added to deleted from
         * @permissions ANY: `outbound:dnc:edit`
         */
        patch: operations["patchOutboundDnclistPhonenumbers"];
        trace?: never;
    };
    "/api/v2/outbound/dnclists/{dncListId}/whatsappnumbers": {
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
         * Deletes all or expired whatsApp numbers from a DNC list.
         * @description This operation is only for Internal DNC lists of whatsApp numbers
         * @permissions ANY: `outbound:dnc:delete`
         */
        delete: operations["deleteOutboundDnclistWhatsappnumbers"];
        options?: never;
        head?: never;
        /**
         * Add entries to or delete entries from a DNC list.
         * @description Only Internal DNC lists may be deleted from
         * @permissions ANY: `outbound:dnc:edit`
         */
        patch: operations["patchOutboundDnclistWhatsappnumbers"];
        trace?: never;
    };
    "/api/v2/outbound/dnclists/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query a list of simplified dnc list objects.
         * @description This return a simplified version of dnc lists, consisting of the name, division, import status, and size.
         * @permissions ALL: `outbound:dncList:search`
         */
        get: operations["getOutboundDnclistsDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/dnclists/divisionviews/{dncListId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a basic DncList information object
         * @description This returns a simplified version of a DncList, consisting of the name, division, import status, and size.
         * @permissions ALL: `outbound:dncList:search`
         */
        get: operations["getOutboundDnclistsDivisionview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/dnclists/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate presigned upload URL for dnc list.
         * @permissions ANY: `outbound:dncList:upload`
         */
        post: operations["postOutboundDnclistsUploads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query Event Logs
         * @permissions ANY: `outbound:eventLog:view`
         */
        get: operations["getOutboundEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Dialer Event
         * @permissions ANY: `outbound:eventLog:view`
         */
        get: operations["getOutboundEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/filespecificationtemplates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query File Specification Templates
         * @permissions ANY: `outbound:fileSpecificationTemplate:view`
         */
        get: operations["getOutboundFilespecificationtemplates"];
        put?: never;
        /**
         * Create File Specification Template
         * @permissions ANY: `outbound:fileSpecificationTemplate:add`
         */
        post: operations["postOutboundFilespecificationtemplates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/filespecificationtemplates/{fileSpecificationTemplateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get File Specification Template
         * @permissions ANY: `outbound:fileSpecificationTemplate:view`
         */
        get: operations["getOutboundFilespecificationtemplate"];
        /**
         * Update File Specification Template
         * @permissions ANY: `outbound:fileSpecificationTemplate:edit`
         */
        put: operations["putOutboundFilespecificationtemplate"];
        post?: never;
        /**
         * Delete File Specification Template
         * @permissions ANY: `outbound:fileSpecificationTemplate:delete`
         */
        delete: operations["deleteOutboundFilespecificationtemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/filespecificationtemplates/bulk": {
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
         * Delete multiple file specification templates.
         * @permissions ANY: `outbound:fileSpecificationTemplate:delete`
         */
        delete: operations["deleteOutboundFilespecificationtemplatesBulk"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/importtemplates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query Import Templates
         * @permissions ANY: `outbound:importTemplate:view`
         */
        get: operations["getOutboundImporttemplates"];
        put?: never;
        /**
         * Create Import Template
         * @permissions ANY: `outbound:importTemplate:add`
         */
        post: operations["postOutboundImporttemplates"];
        /**
         * Delete multiple import templates.
         * @permissions ANY: `outbound:importTemplate:delete`
         */
        delete: operations["deleteOutboundImporttemplates"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/importtemplates/{importTemplateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Import Template
         * @permissions ANY: `outbound:importTemplate:view`
         */
        get: operations["getOutboundImporttemplate"];
        /**
         * Update Import Template
         * @permissions ANY: `outbound:importTemplate:edit`
         */
        put: operations["putOutboundImporttemplate"];
        post?: never;
        /**
         * Delete Import Template
         * @permissions ANY: `outbound:importTemplate:delete`
         */
        delete: operations["deleteOutboundImporttemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/importtemplates/{importTemplateId}/importstatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the import status for an import template.
         * @permissions ANY: `outbound:importTemplate:view`
         */
        get: operations["getOutboundImporttemplateImportstatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/importtemplates/bulk/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add multiple import templates
         * @permissions ANY: `outbound:importTemplate:add`
         */
        post: operations["postOutboundImporttemplatesBulkAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/messagingcampaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query a list of Messaging Campaigns
         * @permissions ANY: any one of `outbound:messagingCampaign:view`, `outbound:emailCampaign:view`, `outbound:whatsAppCampaign:view`
         */
        get: operations["getOutboundMessagingcampaigns"];
        put?: never;
        /**
         * Create a Messaging Campaign
         * @permissions ANY: any one of `outbound:messagingCampaign:add`, `outbound:emailCampaign:add`, `outbound:whatsAppCampaign:add`
         */
        post: operations["postOutboundMessagingcampaigns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/messagingcampaigns/{messagingCampaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Outbound Messaging Campaign
         * @permissions ANY: any one of `outbound:messagingCampaign:view`, `outbound:emailCampaign:view`, `outbound:whatsAppCampaign:view`
         */
        get: operations["getOutboundMessagingcampaign"];
        /**
         * Update an Outbound Messaging Campaign
         * @permissions ANY: any one of `outbound:messagingCampaign:edit`, `outbound:emailCampaign:edit`, `outbound:whatsAppCampaign:edit`
         */
        put: operations["putOutboundMessagingcampaign"];
        post?: never;
        /**
         * Delete an Outbound Messaging Campaign
         * @permissions ANY: any one of `outbound:messagingCampaign:delete`, `outbound:emailCampaign:delete`, `outbound:whatsAppCampaign:delete`
         */
        delete: operations["deleteOutboundMessagingcampaign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/messagingcampaigns/{messagingCampaignId}/diagnostics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get messaging campaign diagnostics
         * @permissions ANY: any one of `outbound:messagingCampaign:view`, `outbound:emailCampaign:view`, `outbound:whatsAppCampaign:view`
         */
        get: operations["getOutboundMessagingcampaignDiagnostics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/messagingcampaigns/{messagingCampaignId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get messaging campaign's progress
         * @permissions ANY: any one of `outbound:messagingCampaign:view`, `outbound:emailCampaign:view`, `outbound:whatsAppCampaign:view`
         */
        get: operations["getOutboundMessagingcampaignProgress"];
        put?: never;
        post?: never;
        /**
         * Reset messaging campaign progress and recycle the messaging campaign
         * @description Documented permissions are applicable based on campaign type.
         * @permissions ANY: any one of `outbound:messagingCampaign:edit`, `outbound:messagingCampaign:recycle`, `outbound:emailCampaign:edit`, `outbound:emailCampaign:recycle`, `outbound:whatsAppCampaign:edit`, `outbound:whatsAppCampaign:recycle`
         */
        delete: operations["deleteOutboundMessagingcampaignProgress"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/messagingcampaigns/{messagingCampaignId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the campaign
         * @description Documented permissions are applicable based on campaign type.
         * @permissions ANY: any one of `outbound:messagingCampaign:start`, `outbound:emailCampaign:start`, `outbound:whatsAppCampaign:start`
         */
        post: operations["postOutboundMessagingcampaignStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/messagingcampaigns/{messagingCampaignId}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop the campaign
         * @description Documented permissions are applicable based on campaign type.
         * @permissions ANY: any one of `outbound:messagingCampaign:stop`, `outbound:emailCampaign:stop`, `outbound:whatsAppCampaign:stop`
         */
        post: operations["postOutboundMessagingcampaignStop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/messagingcampaigns/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query a list of basic Messaging Campaign information objects
         * @description This returns a listing of simplified Messaging Campaigns, each consisting of id, name, and division.
         * @permissions ANY: any one of `outbound:messagingCampaign:search`, `outbound:emailCampaign:search`, `outbound:whatsAppCampaign:search`
         */
        get: operations["getOutboundMessagingcampaignsDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/messagingcampaigns/divisionviews/{messagingCampaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a basic Messaging Campaign information object
         * @description This returns a simplified version of a Messaging Campaign, consisting of id, name, and division.
         * @permissions ANY: any one of `outbound:messagingCampaign:search`, `outbound:emailCampaign:search`, `outbound:whatsAppCampaign:search`
         */
        get: operations["getOutboundMessagingcampaignsDivisionview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/messagingcampaigns/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get progress for a list of messaging campaigns
         * @permissions ANY: any one of `outbound:messagingCampaign:view`, `outbound:emailCampaign:view`, `outbound:whatsAppCampaign:view`
         */
        post: operations["postOutboundMessagingcampaignsProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/rulesets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query a list of Rule Sets.
         * @permissions ANY: `outbound:ruleSet:view`
         */
        get: operations["getOutboundRulesets"];
        put?: never;
        /**
         * Create a Rule Set.
         * @permissions ANY: `outbound:ruleSet:add`
         */
        post: operations["postOutboundRulesets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/rulesets/{ruleSetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Rule Set by ID.
         * @permissions ANY: `outbound:ruleSet:view`
         */
        get: operations["getOutboundRuleset"];
        /**
         * Update a Rule Set.
         * @permissions ANY: `outbound:ruleSet:edit`
         */
        put: operations["putOutboundRuleset"];
        post?: never;
        /**
         * Delete a Rule Set.
         * @permissions ANY: `outbound:ruleSet:delete`
         */
        delete: operations["deleteOutboundRuleset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/schedules/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query for a list of dialer campaign schedules.
         * @permissions ANY: any one of `outbound:schedule:view`, `outbound:campaign:viewSchedule`
         */
        get: operations["getOutboundSchedulesCampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/schedules/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a dialer campaign schedule.
         * @permissions ANY: any one of `outbound:schedule:view`, `outbound:campaign:viewSchedule`
         */
        get: operations["getOutboundSchedulesCampaign"];
        /**
         * Update a new campaign schedule.
         * @permissions ANY: any one of `outbound:schedule:edit`, `outbound:campaign:editSchedule`
         */
        put: operations["putOutboundSchedulesCampaign"];
        post?: never;
        /**
         * Delete a dialer campaign schedule.
         * @permissions ANY: any one of `outbound:schedule:delete`, `outbound:campaign:deleteSchedule`
         */
        delete: operations["deleteOutboundSchedulesCampaign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/schedules/emailcampaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query for a list of email campaign schedules.
         * @permissions ANY: any one of `outbound:emailCampaignSchedule:view`, `outbound:emailCampaign:viewSchedule`
         */
        get: operations["getOutboundSchedulesEmailcampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/schedules/emailcampaigns/{emailCampaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an email campaign schedule.
         * @permissions ANY: any one of `outbound:emailCampaignSchedule:view`, `outbound:emailCampaign:viewSchedule`
         */
        get: operations["getOutboundSchedulesEmailcampaign"];
        /**
         * Update an email campaign schedule.
         * @permissions ANY: any one of `outbound:emailCampaignSchedule:edit`, `outbound:emailCampaign:editSchedule`
         */
        put: operations["putOutboundSchedulesEmailcampaign"];
        post?: never;
        /**
         * Delete an email campaign schedule.
         * @permissions ANY: any one of `outbound:emailCampaignSchedule:delete`, `outbound:emailCampaign:deleteSchedule`
         */
        delete: operations["deleteOutboundSchedulesEmailcampaign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/schedules/messagingcampaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query for a list of messaging campaign schedules.
         * @permissions ANY: any one of `outbound:messagingCampaignSchedule:view`, `outbound:messagingCampaign:viewSchedule`
         */
        get: operations["getOutboundSchedulesMessagingcampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/schedules/messagingcampaigns/{messagingCampaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a messaging campaign schedule.
         * @permissions ANY: any one of `outbound:messagingCampaignSchedule:view`, `outbound:messagingCampaign:viewSchedule`
         */
        get: operations["getOutboundSchedulesMessagingcampaign"];
        /**
         * Update a new messaging campaign schedule.
         * @permissions ANY: any one of `outbound:messagingCampaignSchedule:edit`, `outbound:messagingCampaign:editSchedule`
         */
        put: operations["putOutboundSchedulesMessagingcampaign"];
        post?: never;
        /**
         * Delete a messaging campaign schedule.
         * @permissions ANY: any one of `outbound:messagingCampaignSchedule:delete`, `outbound:messagingCampaign:deleteSchedule`
         */
        delete: operations["deleteOutboundSchedulesMessagingcampaign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/schedules/sequences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query for a list of dialer sequence schedules.
         * @permissions ANY: any one of `outbound:schedule:view`, `outbound:campaignSequenceSchedule:view`
         */
        get: operations["getOutboundSchedulesSequences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/schedules/sequences/{sequenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a dialer sequence schedule.
         * @permissions ANY: any one of `outbound:schedule:view`, `outbound:campaignSequenceSchedule:view`
         */
        get: operations["getOutboundSchedulesSequence"];
        /**
         * Update a new sequence schedule.
         * @permissions ANY: any one of `outbound:schedule:edit`, `outbound:campaignSequenceSchedule:edit`
         */
        put: operations["putOutboundSchedulesSequence"];
        post?: never;
        /**
         * Delete a dialer sequence schedule.
         * @permissions ANY: any one of `outbound:schedule:delete`, `outbound:campaignSequenceSchedule:delete`
         */
        delete: operations["deleteOutboundSchedulesSequence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/schedules/whatsappcampaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query for a list of WhatsApp campaign schedules.
         * @permissions ANY: any one of `outbound:whatsAppCampaignSchedule:view`, `outbound:whatsAppCampaign:viewSchedule`
         */
        get: operations["getOutboundSchedulesWhatsappcampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/schedules/whatsappcampaigns/{whatsAppCampaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a WhatsApp campaign schedule.
         * @permissions ANY: any one of `outbound:whatsAppCampaignSchedule:view`, `outbound:whatsAppCampaign:viewSchedule`
         */
        get: operations["getOutboundSchedulesWhatsappcampaign"];
        /**
         * Update a WhatsApp campaign schedule.
         * @permissions ANY: any one of `outbound:whatsAppCampaignSchedule:edit`, `outbound:whatsAppCampaign:editSchedule`
         */
        put: operations["putOutboundSchedulesWhatsappcampaign"];
        post?: never;
        /**
         * Delete a WhatsApp campaign schedule.
         * @permissions ANY: any one of `outbound:whatsAppCampaignSchedule:delete`, `outbound:whatsAppCampaign:deleteSchedule`
         */
        delete: operations["deleteOutboundSchedulesWhatsappcampaign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/sequences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query a list of dialer campaign sequences.
         * @permissions ANY: `outbound:campaignSequence:view`
         */
        get: operations["getOutboundSequences"];
        put?: never;
        /**
         * Create a new campaign sequence.
         * @permissions ANY: `outbound:campaignSequence:add`
         */
        post: operations["postOutboundSequences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/sequences/{sequenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a dialer campaign sequence.
         * @permissions ANY: `outbound:campaignSequence:view`
         */
        get: operations["getOutboundSequence"];
        /**
         * Update a new campaign sequence.
         * @permissions ANY: `outbound:campaignSequence:edit`
         */
        put: operations["putOutboundSequence"];
        post?: never;
        /**
         * Delete a dialer campaign sequence.
         * @permissions ANY: `outbound:campaignSequence:delete`
         */
        delete: operations["deleteOutboundSequence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/outbound/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the outbound settings for this organization
         * @permissions ANY: `outbound:settings:view`
         */
        get: operations["getOutboundSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the outbound settings for this organization
         * @permissions ANY: `outbound:settings:edit`
         */
        patch: operations["patchOutboundSettings"];
        trace?: never;
    };
    "/api/v2/outbound/wrapupcodemappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Dialer wrap up code mapping.
         * @permissions ANY: `outbound:wrapUpCodeMapping:view`
         */
        get: operations["getOutboundWrapupcodemappings"];
        /**
         * Update the Dialer wrap up code mapping.
         * @permissions ANY: `outbound:wrapUpCodeMapping:edit`
         */
        put: operations["putOutboundWrapupcodemappings"];
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
        Address: {
            /** @description The displayable address. This field is acquired from the Address Normalization Table.  The addressRaw could have gone through some transformations, such as only using the numeric portion, before being run through the Address Normalization Table. */
            addressDisplayable?: string;
            /** @description The normalized address. This field is acquired from the Address Normalization Table.  The addressRaw could have gone through some transformations, such as only using the numeric portion, before being run through the Address Normalization Table. */
            addressNormalized?: string;
            /** @description The address as close to the bits on the wire as possible. */
            addressRaw?: string;
            /** @description This will be nameRaw if present, or a locality lookup of the address field otherwise. */
            name?: string;
            /** @description The name as close to the bits on the wire as possible. */
            nameRaw?: string;
        };
        AddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        AdjustableLiveSpeakerDetection: {
            eventName?: string;
            isPersonLikely?: boolean;
            lineConnected?: boolean;
            mode?: string;
            preconnectDuration?: string;
            totalRingbacks?: number;
        };
        AfterCallWork: {
            endTime?: string;
            startTime?: string;
            state?: string;
        };
        Agent: {
            /** @description The current stage for this agent */
            stage?: string;
        };
        AgentOwnedMappingPreview: {
            agentOwnedColumn?: string;
            email?: string;
            exists?: boolean;
            isQueueMember?: boolean;
            recordCount?: number;
            userId?: string;
        };
        AgentOwnedMappingPreviewListing: {
            entities?: components["schemas"]["AgentOwnedMappingPreview"][];
        };
        AgentOwnedRouting: {
            enableAgentOwnedCallbacks?: boolean;
            maxOwnedCallbackDelayHours?: number;
            maxOwnedCallbackHours?: number;
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
        Alteration: {
            end?: string;
            start?: string;
            type?: string;
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
        AppendToDncActionSettings: {
            expirationDuration?: string;
            expire: boolean;
            listType?: string;
        };
        AssistanceCondition: {
            operator?: string;
            topicIds?: string[];
        };
        Attachment: {
            attachmentId?: string;
            /** Format: int32 */
            contentLength?: number;
            contentType?: string;
            contentUri?: string;
            inlineImage?: boolean;
            name?: string;
        };
        AttemptLimits: {
            /**
             * Format: date-time
             * @description Creation time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /**
             * Format: date-time
             * @description Last modified time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** Format: int32 */
            maxAttemptsPerContact?: number;
            /** Format: int32 */
            maxAttemptsPerNumber?: number;
            name?: string;
            /** @description Configuration for recall attempts */
            recallEntries?: {
                [key: string]: components["schemas"]["RecallEntry"];
            };
            /**
             * @description After how long the number of attempts will be set back to 0
             * @enum {string}
             */
            resetPeriod?: "NEVER" | "TODAY" | (string & {});
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @description The timezone is necessary to define when "today" starts and ends */
            timeZoneId?: string;
            /**
             * Format: int32
             * @description Required for updates, must match the version number of the most recent update
             */
            version?: number;
        };
        AttemptLimitsEntityListing: {
            entities?: components["schemas"]["AttemptLimits"][];
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
        AtzmTimeSlot: {
            earliestCallableTime?: string;
            latestCallableTime?: string;
        };
        AtzmTimeSlotWithTimeZone: {
            earliestCallableTime?: string;
            latestCallableTime?: string;
            timeZoneId?: string;
        };
        AutomaticTimeZoneMappingSettings: {
            callableWindows?: components["schemas"]["CallableWindow"][];
            supportedCountries?: string[];
        };
        Biography: {
            biography?: string;
            education?: components["schemas"]["Education"][];
            hobbies?: string[];
            interests?: string[];
            spouse?: string;
        };
        BulkEntityErrorContactList: {
            code?: string;
            details?: components["schemas"]["BulkErrorDetail"][];
            entity?: components["schemas"]["ContactList"];
            message?: string;
            retryable?: boolean;
            status?: number;
        };
        BulkErrorDetail: {
            fieldName?: string;
            message?: string;
            value?: string;
        };
        BulkResponseResultContactListContactListBulkEntityErrorContactList: {
            entity?: components["schemas"]["ContactList"];
            error?: components["schemas"]["BulkEntityErrorContactList"];
            id?: string;
            status?: number;
            success?: boolean;
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
        CallableContactsDiagnostic: {
            attemptLimits?: components["schemas"]["DomainEntityRef"];
            callableTimeSet?: components["schemas"]["DomainEntityRef"];
            /** @description Do not call lists for the campaign */
            readonly dncLists?: components["schemas"]["DomainEntityRef"][];
            /** @description Rule sets for the campaign */
            readonly ruleSets?: components["schemas"]["DomainEntityRef"][];
        };
        CallableTime: {
            name?: string;
            /** @description intervals for which it is acceptable to place outbound calls */
            timeSlots: components["schemas"]["CampaignTimeSlot"][];
            /** @description time zone identifier to be applied to the time slots; for example Africa/Abidjan */
            timeZoneId: string;
        };
        CallableTimeSet: {
            /** @description list of time/timezone groupings for which it is acceptable to place outbound calls */
            callableTimes: components["schemas"]["CallableTime"][];
            /**
             * Format: date-time
             * @description Creation time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /**
             * Format: date-time
             * @description Last modified time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: int32
             * @description Required for updates, must match the version number of the most recent update
             */
            version?: number;
        };
        CallableTimeSetEntityListing: {
            entities?: components["schemas"]["CallableTimeSet"][];
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
        CallableWindow: {
            mapped?: components["schemas"]["AtzmTimeSlot"];
            unmapped?: components["schemas"]["AtzmTimeSlotWithTimeZone"];
        };
        CallbackBasic: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            /** @description The id of the config for automatically placing the callback (and handling the disposition). If null, the callback will not be placed automatically but routed to an agent as per normal. */
            automatedCallbackConfigId?: string;
            /** @description The phone number(s) to use to place the callback. */
            callbackNumbers?: string[];
            /**
             * Format: date-time
             * @description The timestamp when this communication is scheduled in the provider clock. If this value is missing it indicates the callback will be placed immediately. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            callbackScheduledTime?: string;
            /** @description The name of the user requesting a callback. */
            callbackUserName?: string;
            callerId?: string;
            callerIdName?: string;
            /**
             * Format: date-time
             * @description The timestamp when this communication was connected in the cloud clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            dialerPreview?: components["schemas"]["DialerPreview"];
            /**
             * @description The direction of the call
             * @enum {string}
             */
            direction?: "inbound" | "outbound" | (string & {});
            /**
             * Format: date-time
             * @description The timestamp when this communication disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            disconnectedTime?: string;
            /**
             * @description System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "timeout" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | "uncallable" | (string & {});
            externalCampaign?: boolean;
            /** @description True if this call is held and the person on this side hears silence. */
            held?: boolean;
            /** @description A globally unique identifier for this communication. */
            id?: string;
            initialState?: string;
            /** @description The id of the peer communication corresponding to a matching leg for this communication. */
            peerId?: string;
            /** @description The source provider for the callback. */
            provider?: string;
            queueMediaSettings?: components["schemas"]["ConversationQueueMediaSettings"];
            /** @description The UUID of the script to use. */
            scriptId?: string;
            /** @description The time line of the participant's callback, divided into activity segments. */
            segments?: components["schemas"]["Segment"][];
            /** @description True if the ability to skip a callback should be enabled. */
            skipEnabled?: boolean;
            startAlertingTime?: string;
            /**
             * Format: date-time
             * @description The timestamp the callback was placed on hold in the cloud clock if the callback is currently on hold. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startHoldTime?: string;
            /**
             * @description The connection state of this communication.
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "scheduled" | "none" | (string & {});
            /**
             * Format: int32
             * @description The number of seconds before the system automatically places a call for a callback.  0 means the automatic placement is disabled.
             */
            timeoutSeconds?: number;
            voicemail?: components["schemas"]["Voicemail"];
            wrapup?: components["schemas"]["Wrapup"];
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
        CallBasic: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            agentAssistantId?: string;
            clientIpAddress?: string;
            /** @description True if this call is held and the person on this side hears hold music. */
            confined?: boolean;
            /**
             * Format: date-time
             * @description The timestamp when this communication was connected in the cloud clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /**
             * @description The direction of the call
             * @enum {string}
             */
            direction?: "inbound" | "outbound" | (string & {});
            /**
             * Format: date-time
             * @description The timestamp when this communication disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            disconnectedTime?: string;
            /** @description List of reasons that this call was disconnected. This will be set once the call disconnects. */
            disconnectReasons?: components["schemas"]["DisconnectReason"][];
            /**
             * @description System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "timeout" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | "uncallable" | (string & {});
            disposition?: components["schemas"]["Disposition"];
            /** @description If call is an outbound fax of a document from content management, then this is the id in content management. */
            documentId?: string;
            errorInfo?: components["schemas"]["ErrorInfo"];
            faxStatus?: components["schemas"]["FaxStatus"];
            /** @description True if this call is held and the person on this side hears silence. */
            held?: boolean;
            /** @description A globally unique identifier for this communication. */
            id?: string;
            initialState?: string;
            /** @description True if this call is muted so that remote participants can't hear any audio from this end. */
            muted?: boolean;
            other?: components["schemas"]["Address"];
            /** @description The id of the peer communication corresponding to a matching leg for this communication. */
            peerId?: string;
            /** @description The source provider for the call. */
            provider?: string;
            queueMediaSettings?: components["schemas"]["ConversationQueueMediaSettings"];
            recordersState?: components["schemas"]["RecordersState"];
            /** @description True if this call is being recorded. */
            recording?: boolean;
            /** @description A globally unique identifier for the recording associated with this call. */
            recordingId?: string;
            /**
             * @description State of recording on this call.
             * @enum {string}
             */
            recordingState?: "none" | "active" | "paused" | (string & {});
            /** @description The UUID of the script to use. */
            scriptId?: string;
            securePause?: boolean;
            /** @description The time line of the participant's call, divided into activity segments. */
            segments?: components["schemas"]["Segment"][];
            self?: components["schemas"]["Address"];
            startAlertingTime?: string;
            /**
             * Format: date-time
             * @description The timestamp the call was placed on hold in the cloud clock if the call is currently on hold. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startHoldTime?: string;
            /**
             * @description The connection state of this communication.
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "converting" | "uploading" | "transmitting" | "none" | (string & {});
            transferSource?: string;
            /** @description User to User Information (UUI) data managed by SIP session application. */
            uuiData?: string;
            wrapup?: components["schemas"]["Wrapup"];
        };
        CallRecord: {
            /**
             * Format: date-time
             * @description Timestamp of the last attempt to reach this number. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly lastAttempt?: string;
            /** @description Result of the last attempt to reach this number */
            readonly lastResult?: string;
        };
        Campaign: {
            /**
             * Format: double
             * @description the targeted abandon rate percentage
             */
            abandonRate?: number;
            agentOwnedColumn?: string;
            alwaysRunning?: boolean;
            callableTimeSet?: components["schemas"]["DomainEntityRef"];
            /** @description The language the edge will use to analyse the call */
            callAnalysisLanguage?: string;
            callAnalysisResponseSet?: components["schemas"]["DomainEntityRef"];
            callbackAutoAnswer?: boolean;
            /** @description caller id phone number to be displayed on the outbound call */
            callerAddress: string;
            /** @description caller id name to be displayed on the outbound call */
            callerName: string;
            /**
             * @description status of the campaign; can be set to 'on' or 'off'
             * @enum {string}
             */
            campaignStatus?: "on" | "stopping" | "off" | "complete" | "invalid" | (string & {});
            contactList: components["schemas"]["DomainEntityRef"];
            /** @description Filter defining a subset of contacts from the contact list to be dialed */
            contactListFilters?: components["schemas"]["DomainEntityRef"][];
            contactSort?: components["schemas"]["ContactSort"];
            /** @description column prioritized information determining the order in which the contacts will be dialed */
            contactSorts?: components["schemas"]["ContactSort"][];
            /**
             * Format: date-time
             * @description Creation time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /**
             * Format: date-time
             * @description Last modified time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            diagnosticsSettings?: components["schemas"]["DiagnosticsSettings"];
            /**
             * @description dialing mode of the campaign
             * @enum {string}
             */
            dialingMode: "agentless" | "preview" | "power" | "predictive" | "progressive" | (string & {});
            division?: components["schemas"]["DomainEntityRef"];
            /** @description identifiers of the do not call lists */
            dncLists?: components["schemas"]["DomainEntityRef"][];
            dynamicContactQueueingSettings?: components["schemas"]["DynamicContactQueueingSettings"];
            dynamicLineBalancingSettings?: components["schemas"]["DynamicLineBalancingSettings"];
            edgeGroup?: components["schemas"]["DomainEntityRef"];
            /** @description a list of current error conditions associated with the campaign */
            readonly errors?: components["schemas"]["RestErrorDetail"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            maxCallsPerAgent?: number;
            maxCallsPerAgentDecimal?: number;
            name: string;
            /**
             * Format: int32
             * @description for non-preview campaigns, how long to wait before dispositioning as 'no-answer', default 30 seconds
             */
            noAnswerTimeout?: number;
            /**
             * Format: int32
             * @description for agentless campaigns, the number of outbound lines to be concurrently dialed
             */
            outboundLineCount?: number;
            /** @description the contact list phone columns to be called for the campaign */
            phoneColumns: components["schemas"]["PhoneColumn"][];
            preciseDialingEnabled?: boolean;
            previewAutoEnd?: boolean;
            /**
             * Format: int64
             * @description for preview campaigns, number of seconds before a call will be automatically placed. A value of 0 indicates no automatic placement of calls
             */
            previewTimeOutSeconds?: number;
            /**
             * Format: int32
             * @description The priority of this campaign relative to other campaigns
             */
            priority?: number;
            queue?: components["schemas"]["DomainEntityRef"];
            /** @description identifiers of the rule sets */
            ruleSets?: components["schemas"]["DomainEntityRef"][];
            script?: components["schemas"]["DomainEntityRef"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            site?: components["schemas"]["DomainEntityRef"];
            skillColumns?: string[];
            /** @description for preview campaigns, indicator of whether the agent can skip a preview without placing a call */
            skipPreviewDisabled?: boolean;
            /**
             * Format: int32
             * @description Required for updates, must match the version number of the most recent update
             */
            version?: number;
        };
        CampaignBusinessCategoryMetrics: {
            failureCount?: number;
            neutralCount?: number;
            successCount?: number;
        };
        CampaignDiagnosticCampaignHealthState: {
            dateEnd?: string;
            dateStart?: string;
            state?: string;
        };
        CampaignDiagnosticCampaignState: {
            dateEnd?: string;
            dateStart?: string;
            dialingMode?: string;
            state?: string;
        };
        CampaignDiagnosticConfigChange: {
            action?: string;
            date?: string;
            field?: string;
            value?: string;
        };
        CampaignDiagnostics: {
            callableContacts?: components["schemas"]["CallableContactsDiagnostic"];
            campaignErrors?: components["schemas"]["RestErrorDetail"][];
            campaignSkillStatistics?: components["schemas"]["CampaignSkillStatistics"];
            effectiveIdleAgents?: number;
            filteredOutContactsCount?: number;
            idleAgents?: number;
            linesUtilization?: components["schemas"]["CampaignLinesUtilization"];
            numberOfContactsCalled?: number;
            /**
             * Format: int32
             * @description Current number of outstanding interactions on the campaign
             */
            readonly outstandingInteractionsCount?: number;
            queueUtilizationDiagnostic?: components["schemas"]["QueueUtilizationDiagnostic"];
            /** @description Information regarding the campaign's rule sets */
            readonly ruleSetDiagnostics?: components["schemas"]["RuleSetDiagnostic"][];
            scheduledInteractionsCount?: number;
            timeZoneRescheduledCallsCount?: number;
            totalNumberOfContacts?: number;
        };
        CampaignDiagnosticSummary: {
            campaignHealthStates?: components["schemas"]["CampaignDiagnosticCampaignHealthState"][];
            campaignId?: string;
            campaignInfo?: components["schemas"]["CampaignDiagnosticWindow"][];
            campaignStates?: components["schemas"]["CampaignDiagnosticCampaignState"][];
            configChanges?: components["schemas"]["CampaignDiagnosticConfigChange"][];
            dateEnd?: string;
            dateStart?: string;
        };
        CampaignDiagnosticWindow: {
            dateEnd?: string;
            dateStart?: string;
            state?: string;
        };
        CampaignDivisionView: {
            division?: components["schemas"]["Division"];
            id?: string;
            name?: string;
            selfUri?: string;
        };
        CampaignDivisionViewListing: {
            entities?: components["schemas"]["CampaignDivisionView"][];
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
        CampaignEntityListing: {
            entities?: components["schemas"]["Campaign"][];
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
        CampaignInteraction: {
            /** @description Boolean value if there is an active preview call on the interaction */
            activePreviewCall?: boolean;
            agent?: components["schemas"]["DomainEntityRef"];
            callerAddress?: string;
            callerName?: string;
            /**
             * Format: date-time
             * @description The time when the agent or system places the call. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            callPlacedTime?: string;
            /**
             * Format: date-time
             * @description The time when the agent was connected to the call. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            callRoutedTime?: string;
            campaign?: components["schemas"]["DomainEntityRef"];
            contact?: components["schemas"]["DomainEntityRef"];
            conversation?: components["schemas"]["ConversationBasic"];
            /**
             * Format: date-time
             * @description The time when dialer created the interaction. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            creationTime?: string;
            destinationAddress?: string;
            /** @description conversation participant id that is the dialer system participant to monitor the call from dialer perspective */
            dialerSystemParticipantId?: string;
            dialingMode?: string;
            /**
             * @description Describes what happened with call analysis for instance: disposition.classification.callable.person, disposition.classification.callable.noanswer
             * @enum {string}
             */
            disposition?: "DISCONNECT" | "LIVE_VOICE" | "BUSY" | "MACHINE" | "NO_ANSWER" | "SIT_CALLABLE" | "SIT_UNCALLABLE" | "FAX" | (string & {});
            id?: string;
            /**
             * Format: date-time
             * @description The time when the last preview of the interaction was wrapped up. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            lastActivePreviewWrapupTime?: string;
            /**
             * Format: date-time
             * @description The time when the customer and routing participant are connected. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            previewConnectedTime?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            previewPopDeliveredTime?: string;
            queue?: components["schemas"]["DomainEntityRef"];
            script?: components["schemas"]["DomainEntityRef"];
            /** @description Any skills that are attached to the call for routing */
            skills?: components["schemas"]["DomainEntityRef"][];
        };
        CampaignInteractions: {
            campaign?: components["schemas"]["DomainEntityRef"];
            interactingInteractions?: components["schemas"]["CampaignInteraction"][];
            pendingInteractions?: components["schemas"]["CampaignInteraction"][];
            previewingInteractions?: components["schemas"]["CampaignInteraction"][];
            proceedingInteractions?: components["schemas"]["CampaignInteraction"][];
            scheduledInteractions?: components["schemas"]["CampaignInteraction"][];
        };
        CampaignLinesUtilization: {
            assignedOutboundLines?: number;
            totalAvailableOutboundLines?: number;
        };
        CampaignOutboundLinesAllocation: {
            campaign?: components["schemas"]["DomainEntityRef"];
            campaignWeight?: number;
            legacyWeight?: boolean;
            linesAssigned?: number;
        };
        CampaignOutboundLinesDistribution: {
            availableOutboundLines?: number;
            campaign?: components["schemas"]["AddressableEntityRef"];
            campaignsWithDynamicallyAllocatedLines?: components["schemas"]["CampaignOutboundLinesAllocation"][];
            campaignsWithReservedLines?: components["schemas"]["CampaignOutboundLinesReservation"][];
            maxLineUtilization?: number;
            maxOutboundLineCount?: number;
            reservedLines?: number;
        };
        CampaignOutboundLinesReservation: {
            campaign?: components["schemas"]["DomainEntityRef"];
            linesReserved?: number;
        };
        CampaignPatchRequest: {
            abandonRate?: number;
            dynamicLineBalancingSettings?: components["schemas"]["DynamicLineBalancingSettingsPatchRequest"];
            maxCallsPerAgent?: number;
            outboundLineCount?: number;
            queue?: components["schemas"]["AddressableEntityRef"];
        };
        CampaignPerformanceData: {
            adjustedCallsPerAgent?: number;
            businessCategoryMetrics?: components["schemas"]["CampaignBusinessCategoryMetrics"];
            campaign: components["schemas"]["DomainEntityRef"];
            campaignStatus?: string;
            contactRate?: components["schemas"]["CampaignPerformanceDataContactRate"];
            dialingMode?: string;
            division?: components["schemas"]["AddressableEntityRef"];
            effectiveIdleAgents?: number;
            idleAgents?: number;
            linesUtilization?: components["schemas"]["CampaignLinesUtilization"];
            outstandingCalls?: number;
            progress?: components["schemas"]["CampaignPerformanceDataProgress"];
            rightPartyContactsCount?: number;
            scheduledCalls?: number;
        };
        CampaignPerformanceDataContactRate: {
            connectRatio?: number;
        };
        CampaignPerformanceDataListing: {
            entities?: components["schemas"]["CampaignPerformanceData"][];
        };
        CampaignPerformanceDataProgress: {
            percentage?: number;
        };
        CampaignProgress: {
            campaign: components["schemas"]["DomainEntityRef"];
            contactList: components["schemas"]["DomainEntityRef"];
            /**
             * Format: int64
             * @description Number of contacts processed during the campaign
             */
            readonly numberOfContactsCalled?: number;
            numberOfContactsMessaged?: number;
            numberOfContactsSkipped?: {
                [key: string]: number;
            };
            /**
             * Format: int64
             * @description Percentage of contacts processed during the campaign
             */
            readonly percentage?: number;
            /**
             * Format: int64
             * @description Total number of contacts in the campaign
             */
            readonly totalNumberOfContacts?: number;
        };
        CampaignRule: {
            /** @description the list of actions that are executed if the conditions are satisfied */
            campaignRuleActions: components["schemas"]["CampaignRuleAction"][];
            /** @description the list of conditions the are evaluated */
            campaignRuleConditions: components["schemas"]["CampaignRuleCondition"][];
            campaignRuleEntities: components["schemas"]["CampaignRuleEntities"];
            campaignRuleProcessing?: string;
            conditionGroups?: components["schemas"]["CampaignRuleConditionGroup"][];
            /**
             * Format: date-time
             * @description Creation time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /**
             * Format: date-time
             * @description Last modified time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            enabled?: boolean;
            executionSettings?: components["schemas"]["CampaignRuleExecutionSettings"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            matchAnyConditions?: boolean;
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            timeZoneId?: string;
            /**
             * Format: int32
             * @description Required for updates, must match the version number of the most recent update
             */
            version?: number;
            warnings?: components["schemas"]["CampaignRuleWarning"][];
        };
        CampaignRuleAction: {
            /** @enum {string} */
            actionType: "turnOnCampaign" | "turnOffCampaign" | "turnOnSequence" | "turnOffSequence" | "setCampaignPriority" | "recycleCampaign" | "setCampaignDialingMode" | (string & {});
            campaignRuleActionEntities: components["schemas"]["CampaignRuleActionEntities"];
            id?: string;
            parameters?: components["schemas"]["CampaignRuleParameters"];
        };
        CampaignRuleActionEntities: {
            campaigns?: components["schemas"]["DomainEntityRef"][];
            emailCampaigns?: components["schemas"]["DomainEntityRef"][];
            sequences?: components["schemas"]["DomainEntityRef"][];
            smsCampaigns?: components["schemas"]["DomainEntityRef"][];
            useTriggeringEntity?: boolean;
        };
        CampaignRuleCampaignRunTimeSettings: {
            includeWaitingTime?: boolean;
        };
        CampaignRuleCampaignWaitTimeSettings: {
            waitType: string;
        };
        CampaignRuleCondition: {
            campaignRunTimeSettings?: components["schemas"]["CampaignRuleCampaignRunTimeSettings"];
            campaignWaitTimeSettings?: components["schemas"]["CampaignRuleCampaignWaitTimeSettings"];
            /** @enum {string} */
            conditionType: "campaignProgress" | "campaignAgents" | (string & {});
            dateTimeParameters?: components["schemas"]["CampaignRuleDateTimeConditionParameters"];
            id?: string;
            parameters: components["schemas"]["CampaignRuleParameters"];
        };
        CampaignRuleConditionGroup: {
            conditions: components["schemas"]["CampaignRuleCondition"][];
            matchAnyConditions: boolean;
        };
        CampaignRuleDateTimeConditionParameters: {
            dayOfMonth?: components["schemas"]["CampaignRuleDayOfMonthParameters"];
            dayOfWeek?: components["schemas"]["CampaignRuleDayOfWeekParameters"];
            inverted?: boolean;
            specificDate?: components["schemas"]["CampaignRuleSpecificDateParameters"];
            timeOfDay?: components["schemas"]["CampaignRuleTimeOfDayParameters"];
            weekDayOfMonth?: components["schemas"]["CampaignRuleWeekDayOfMonthParameters"];
        };
        CampaignRuleDayOfMonthInterval: {
            max?: string;
            min?: string;
        };
        CampaignRuleDayOfMonthParameters: {
            inSet?: string[];
            interval?: components["schemas"]["CampaignRuleDayOfMonthInterval"];
            thresholdValue?: string;
        };
        CampaignRuleDayOfWeekInterval: {
            max?: number;
            min?: number;
        };
        CampaignRuleDayOfWeekParameters: {
            inSet?: number[];
            interval?: components["schemas"]["CampaignRuleDayOfWeekInterval"];
        };
        CampaignRuleEntities: {
            campaigns?: components["schemas"]["DomainEntityRef"][];
            emailCampaigns?: components["schemas"]["DomainEntityRef"][];
            sequences?: components["schemas"]["DomainEntityRef"][];
            smsCampaigns?: components["schemas"]["DomainEntityRef"][];
        };
        CampaignRuleEntityListing: {
            entities?: components["schemas"]["CampaignRule"][];
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
        CampaignRuleExecutionSettings: {
            frequency: string;
            timeZoneId?: string;
        };
        CampaignRuleParameters: {
            abandonRate?: number;
            /**
             * @description The dialing mode to set the campaign to. Reqired for 'set campaign dialing mode' actions
             * @enum {string}
             */
            dialingMode?: "agentless" | "preview" | "power" | "predictive" | "progressive" | (string & {});
            emailContentTemplate?: components["schemas"]["DomainEntityRef"];
            emailMessagesPerMinute?: number;
            forDuration?: string;
            maxCallsPerAgent?: number;
            messagesPerMinute?: number;
            /**
             * @description The operator for comparison. Required for all campaign rule conditions
             * @enum {string}
             */
            operator?: "equals" | "greaterThan" | "greaterThanEqualTo" | "lessThan" | "lessThanEqualTo" | (string & {});
            outboundLineCount?: number;
            /**
             * @description The priority to set the campaign to. Required for 'set campaign priority' actions
             * @enum {string}
             */
            priority?: "1" | "2" | "3" | "4" | "5" | (string & {});
            queue?: components["schemas"]["DomainEntityRef"];
            relativeWeight?: number;
            smsContentTemplate?: components["schemas"]["DomainEntityRef"];
            smsMessagesPerMinute?: number;
            /** @description The value for comparison. Required for all campaign rule conditions */
            value?: string;
        };
        CampaignRuleSpecificDateInterval: {
            max?: string;
            min?: string;
        };
        CampaignRuleSpecificDateParameters: {
            includeYear?: boolean;
            interval?: components["schemas"]["CampaignRuleSpecificDateInterval"];
            thresholdValue?: string;
        };
        CampaignRuleTimeOfDayInterval: {
            max?: string;
            min?: string;
        };
        CampaignRuleTimeOfDayParameters: {
            interval?: components["schemas"]["CampaignRuleTimeOfDayInterval"];
            thresholdValue?: string;
        };
        CampaignRuleWarning: {
            code: string;
            message: string;
            params?: components["schemas"]["CampaignRuleWarningParameters"];
        };
        CampaignRuleWarningParameters: {
            actionId?: string;
            actionType?: string;
            conditionId?: string;
            conditionType?: string;
        };
        CampaignRuleWeekDayOfMonth: {
            dayOfWeek: number;
            month?: number;
            occurrence?: number;
        };
        CampaignRuleWeekDayOfMonthInterval: {
            max: components["schemas"]["CampaignRuleWeekDayOfMonth"];
            min: components["schemas"]["CampaignRuleWeekDayOfMonth"];
        };
        CampaignRuleWeekDayOfMonthParameters: {
            interval?: components["schemas"]["CampaignRuleWeekDayOfMonthInterval"];
            thresholdValue?: components["schemas"]["CampaignRuleWeekDayOfMonth"];
        };
        CampaignSchedule: {
            campaign: components["schemas"]["DivisionedDomainEntityRef"];
            /**
             * Format: date-time
             * @description Creation time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /**
             * Format: date-time
             * @description Last modified time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description a list of start and end times */
            intervals: components["schemas"]["ScheduleInterval"][];
            name?: string;
            recurrences?: components["schemas"]["Reoccurrence"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @description time zone identifier to be applied to the intervals; for example Africa/Abidjan */
            timeZone?: string;
            /**
             * Format: int32
             * @description Required for updates, must match the version number of the most recent update
             */
            version?: number;
        };
        CampaignSequence: {
            /** @description the ordered list of campaign identifiers */
            campaigns: components["schemas"]["DomainEntityRef"][];
            /**
             * Format: int32
             * @description the zero-based index of the current campaign in the campaigns list
             */
            readonly currentCampaign: number;
            /**
             * Format: date-time
             * @description Creation time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /**
             * Format: date-time
             * @description Last modified time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /** @description indicates if a sequence is to repeat from the beginning after the last campaign completes; default is false */
            repeat?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description status of the sequence
             * @enum {string}
             */
            status: "on" | "off" | "complete" | (string & {});
            /** @description if a sequence has unexpectedly stopped, this message provides the reason */
            readonly stopMessage?: string;
            /**
             * Format: int32
             * @description Required for updates, must match the version number of the most recent update
             */
            version?: number;
        };
        CampaignSequenceEntityListing: {
            entities?: components["schemas"]["CampaignSequence"][];
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
        CampaignSkillStatistics: {
            eligibleSkilledAgents?: number;
            skillCombinations?: number;
        };
        CampaignStats: {
            /**
             * Format: double
             * @description Calls per agent adjusted by pace
             */
            readonly adjustedCallsPerAgent?: number;
            businessCategoryMetrics?: components["schemas"]["CampaignBusinessCategoryMetrics"];
            contactRate?: components["schemas"]["ConnectRate"];
            /**
             * Format: double
             * @description Number of effective available agents not currently being utilized
             */
            readonly effectiveIdleAgents?: number;
            filteredOutContactsCount?: number;
            /**
             * Format: int32
             * @description Number of available agents not currently being utilized
             */
            readonly idleAgents?: number;
            linesUtilization?: components["schemas"]["CampaignLinesUtilization"];
            /**
             * Format: int32
             * @description Number of campaign calls currently ongoing
             */
            readonly outstandingCalls?: number;
            rightPartyContactsCount?: number;
            /**
             * Format: int32
             * @description Number of campaign calls currently scheduled
             */
            readonly scheduledCalls?: number;
            timeZoneRescheduledCalls?: number;
            validAttempts?: number;
        };
        CampaignTimeSlot: {
            /**
             * Format: int32
             * @description must be within [1-7], representing Monday through Sunday
             */
            day: number;
            /** @description interval start time as an ISO-8601 string. For example: HH:mm:ss */
            startTime: string;
            /** @description interval stop time as an ISO-8601 string. For example: HH:mm:ss */
            stopTime: string;
        };
        CannedResponseLibraries: {
            libraryIds?: string[];
            mode?: string;
        };
        Chat: {
            jabberId?: string;
        };
        Cobrowsesession: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            /** @description This value identifies the role of the co-browse client within the co-browse session (a client is a sharer or a viewer). */
            cobrowseRole?: string;
            /** @description The co-browse session ID. */
            cobrowseSessionId?: string;
            /**
             * Format: date-time
             * @description The timestamp when this communication was connected in the cloud clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /** @description ID of co-browse participants for which this client has been granted control (list is empty if this client cannot control any shared pages). */
            controlling?: string[];
            /**
             * Format: date-time
             * @description The timestamp when this communication disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            disconnectedTime?: string;
            /**
             * @description System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "timeout" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transport.failure" | "error" | "peer" | "other" | "spam" | "uncallable" | (string & {});
            /** @description A globally unique identifier for this communication. */
            id?: string;
            initialState?: string;
            /** @description The id of the peer communication corresponding to a matching leg for this communication. */
            peerId?: string;
            /** @description The source provider for the co-browse session. */
            provider?: string;
            /**
             * Format: date-time
             * @description The time when the provider event which triggered this conversation update happened in the corrected provider clock (milliseconds since 1970-01-01 00:00:00 UTC). Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            providerEventTime?: string;
            /** @description The time line of the participant's call, divided into activity segments. */
            segments?: components["schemas"]["Segment"][];
            self?: components["schemas"]["Address"];
            startAlertingTime?: string;
            /**
             * @description The connection state of this communication.
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "scheduled" | "none" | (string & {});
            /** @description The URL that can be used to open co-browse session in web browser. */
            viewerUrl?: string;
            wrapup?: components["schemas"]["Wrapup"];
        };
        Column: {
            columnName?: string;
            columnNumber?: number;
            length?: number;
            startPosition?: number;
        };
        ColumnDataTypeSpecification: {
            columnDataType?: string;
            columnName?: string;
            max?: number;
            maxLength?: number;
            min?: number;
        };
        ColumnStatus: {
            contactable?: boolean;
        };
        CommonCampaign: {
            division?: components["schemas"]["Division"];
            id?: string;
            mediaType?: string;
            name?: string;
            selfUri?: string;
        };
        CommonCampaignDivisionView: {
            division?: components["schemas"]["Division"];
            id?: string;
            mediaType?: string;
            name?: string;
            selfUri?: string;
        };
        CommonCampaignDivisionViewEntityListing: {
            entities?: components["schemas"]["CommonCampaignDivisionView"][];
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
        CommonCampaignEntityListing: {
            entities?: components["schemas"]["CommonCampaign"][];
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
        Condition: {
            agentWrapupField?: string;
            /** @description An attribute name associated with the condition (applies only to certain rule conditions) */
            attributeName?: string;
            callAnalysisResultField?: string;
            /** @description List of wrap-up code identifiers (used only in conditions of type 'wrapupCondition') */
            codes?: string[];
            contactColumnToDataActionFieldMappings?: components["schemas"]["ContactColumnToDataActionFieldMapping"][];
            contactIdField?: string;
            dataAction?: components["schemas"]["DomainEntityRef"];
            dataNotFoundResolution?: boolean;
            /** @description Indicates whether to evaluate for the opposite of the stated condition; default is false */
            inverted?: boolean;
            matchAnyConditions?: boolean;
            /**
             * @description An operation type for condition evaluation
             * @enum {string}
             */
            operator?: "EQUALS" | "LESS_THAN" | "LESS_THAN_EQUALS" | "GREATER_THAN" | "GREATER_THAN_EQUALS" | "CONTAINS" | "BEGINS_WITH" | "ENDS_WITH" | "BEFORE" | "AFTER" | "IN" | (string & {});
            predicates?: components["schemas"]["DataActionConditionPredicate"][];
            /** @description A value associated with the property type of this condition */
            property?: string;
            /**
             * @description Determines the type of the property associated with the condition
             * @enum {string}
             */
            propertyType?: "LAST_ATTEMPT_BY_COLUMN" | "LAST_ATTEMPT_OVERALL" | "LAST_WRAPUP_BY_COLUMN" | "LAST_WRAPUP_OVERALL" | (string & {});
            subConditions?: components["schemas"]["TimeAndDateSubCondition"][];
            timeZoneId?: string;
            /**
             * @description The type of the condition
             * @enum {string}
             */
            type?: "wrapupCondition" | "contactAttributeCondition" | "phoneNumberCondition" | "phoneNumberTypeCondition" | "callAnalysisCondition" | "contactPropertyCondition" | (string & {});
            /** @description A value associated with the condition. This could be text, a number, or a relative time. A value for relative time should follow the format PxxDTyyHzzM, where xx, yy, and zz specify the days, hours and minutes. For example, a value of P01DT08H30M corresponds to 1 day, 8 hours, and 30 minutes from now. To specify a time in the past, include a negative sign before each numeric value. For example, a value of P-01DT-08H-30M corresponds to 1 day, 8 hours, and 30 minutes in the past. You can also do things like P01DT00H-30M, which would correspond to 23 hours and 30 minutes from now (1 day - 30 minutes). */
            value?: string;
            /**
             * @description Determines the type of the value associated with the condition
             * @enum {string}
             */
            valueType?: "STRING" | "NUMERIC" | "DATETIME" | "PERIOD" | (string & {});
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
        ConfigurationOverrides: {
            priority?: boolean;
        };
        ConnectRate: {
            /**
             * Format: int64
             * @description Number of call attempts made
             */
            readonly attempts?: number;
            /**
             * Format: double
             * @description Ratio of connects to attempts
             */
            readonly connectRatio?: number;
            /**
             * Format: int64
             * @description Number of calls with a live voice detected
             */
            readonly connects?: number;
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
        ContactableStatus: {
            columnStatus?: {
                [key: string]: components["schemas"]["ColumnStatus"];
            };
            contactable?: boolean;
        };
        ContactAddressConditionSettings: {
            operator: string;
            value: string;
        };
        ContactAddressTypeConditionSettings: {
            operator: string;
            value: string;
        };
        ContactBulkEditRequest: {
            contact?: components["schemas"]["DialerContact"];
            contactIds?: string[];
            contactListFilterId?: string;
            criteria?: components["schemas"]["ContactBulkSearchCriteria"];
            generateDownloadURI?: boolean;
        };
        ContactBulkSearchCriteria: {
            clauses?: components["schemas"]["ContactListFilterClause"][];
            filterType?: string;
        };
        ContactBulkSearchParameters: {
            contactListFilterId?: string;
            criteria?: components["schemas"]["ContactBulkSearchCriteria"];
            generateDownloadURI?: boolean;
        };
        ContactCallbackRequest: {
            /** @description Campaign identifier */
            campaignId: string;
            /** @description Contact identifier */
            contactId: string;
            /** @description Contact list identifier */
            contactListId: string;
            /** @description Name of the phone column containing the number to be called */
            phoneColumn: string;
            /** @description The scheduled time for the callback as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ", example = "2016-01-02T16:59:59" */
            schedule: string;
        };
        ContactColumnConditionSettings: {
            columnName: string;
            operator: string;
            value: string;
            valueType: string;
        };
        ContactColumnTimeZone: {
            columnType?: string;
            timeZone?: string;
        };
        ContactColumnToDataActionFieldMapping: {
            contactColumnName: string;
            dataActionField: string;
        };
        ContactList: {
            attemptLimits?: components["schemas"]["DomainEntityRef"];
            automaticTimeZoneMapping?: boolean;
            columnDataTypeSpecifications?: components["schemas"]["ColumnDataTypeSpecification"][];
            /** @description the contact column names */
            columnNames: string[];
            /**
             * Format: date-time
             * @description Creation time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            dateExpiration?: string;
            /**
             * Format: date-time
             * @description Last modified time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            division?: components["schemas"]["DomainEntityRef"];
            emailColumns?: components["schemas"]["EmailColumn"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            importStatus?: components["schemas"]["ImportStatus"];
            name?: string;
            /** @description the columns containing phone numbers */
            phoneColumns?: components["schemas"]["ContactPhoneNumberColumn"][];
            /** @description list of user-defined values indicating the contact is to be dialed in preview mode only */
            previewModeAcceptedValues?: string[];
            /** @description the name of the column that holds the indicators for contacts that are to be dialed in preview mode only */
            previewModeColumnName?: string;
            retentionDays?: number;
            retentionType?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: int64
             * @description the number of contacts in the contact list
             */
            readonly size?: number;
            timeZone?: string;
            trimWhitespace?: boolean;
            /**
             * Format: int32
             * @description Required for updates, must match the version number of the most recent update
             */
            version?: number;
            whatsAppColumns?: components["schemas"]["WhatsAppColumn"][];
            zipCodeColumnName?: string;
        };
        ContactListDivisionView: {
            columnNames: string[];
            division?: components["schemas"]["Division"];
            emailColumns?: components["schemas"]["EmailColumn"][];
            id?: string;
            importStatus?: components["schemas"]["ImportStatus"];
            name?: string;
            phoneColumns?: components["schemas"]["ContactPhoneNumberColumn"][];
            selfUri?: string;
            size?: number;
            whatsAppColumns?: components["schemas"]["WhatsAppColumn"][];
        };
        ContactListDivisionViewListing: {
            entities?: components["schemas"]["ContactListDivisionView"][];
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
        ContactListEntityListing: {
            entities?: components["schemas"]["ContactList"][];
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
        ContactListFilter: {
            clauses?: components["schemas"]["ContactListFilterClause"][];
            contactList?: components["schemas"]["DomainEntityRef"];
            contactListTemplate?: components["schemas"]["DomainEntityRef"];
            /**
             * Format: date-time
             * @description Creation time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /**
             * Format: date-time
             * @description Last modified time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            /**
             * @description The filter type tells the api how to compare between clauses
             * @enum {string}
             */
            filterType?: "AND" | "OR" | (string & {});
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            sourceType?: string;
            /**
             * Format: int32
             * @description Required for updates, must match the version number of the most recent update
             */
            version?: number;
        };
        ContactListFilterBulkRetrieveBody: {
            ids: string[];
        };
        ContactListFilterClause: {
            /**
             * @description The filter type tells the api how to compare between predicates
             * @enum {string}
             */
            filterType?: "AND" | "OR" | (string & {});
            predicates?: components["schemas"]["ContactListFilterPredicate"][];
        };
        ContactListFilterEntityListing: {
            entities?: components["schemas"]["ContactListFilter"][];
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
        ContactListFilterPredicate: {
            /** @description Contact List column that must match a contact list column in the ContactListFilter's contactList object */
            column?: string;
            /**
             * @description Whether the contact column contains numeric or alphabetic data
             * @enum {string}
             */
            columnType?: "numeric" | "alphabetic" | (string & {});
            /** @description Inverts the result of the predicate (i.e., if the predicate returns true, inverting it will return false). */
            inverted?: boolean;
            /** @enum {string} */
            operator?: "EQUALS" | "LESS_THAN" | "LESS_THAN_EQUALS" | "GREATER_THAN" | "GREATER_THAN_EQUALS" | "CONTAINS" | "BEGINS_WITH" | "ENDS_WITH" | "BEFORE" | "AFTER" | "BETWEEN" | "IN" | (string & {});
            range?: components["schemas"]["ContactListFilterRange"];
            /** @description Contact List value to operate on. This could be text, a number, or a relative time. A value for relative time should follow the format PxxDTyyHzzM, where xx, yy, and zz specify the days, hours and minutes. For example, a value of P01DT08H30M corresponds to 1 day, 8 hours, and 30 minutes from now. To specify a time in the past, include a negative sign before each numeric value. For example, a value of P-01DT-08H-30M corresponds to 1 day, 8 hours, and 30 minutes in the past. You can also do things like P01DT00H-30M, which would correspond to 23 hours and 30 minutes from now (1 day - 30 minutes). */
            value?: string;
        };
        ContactListFilterRange: {
            inSet?: string[];
            max?: string;
            maxInclusive?: boolean;
            min?: string;
            minInclusive?: boolean;
        };
        ContactListingRequest: {
            contactListFilterId?: string;
            contactSorts?: components["schemas"]["ContactSort"][];
            criteria?: components["schemas"]["ContactBulkSearchCriteria"];
            pageNumber: number;
            pageSize: number;
        };
        ContactListingResponse: {
            contactsCount?: number;
            entities?: components["schemas"]["DialerContact"][];
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
        ContactListsBulkEditRequest: {
            contactList?: components["schemas"]["ContactList"];
            contactListIds?: string[];
        };
        ContactListsBulkEditResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkResponseResultContactListContactListBulkEntityErrorContactList"][];
        };
        ContactListTemplate: {
            attemptLimits?: components["schemas"]["DomainEntityRef"];
            automaticTimeZoneMapping?: boolean;
            columnDataTypeSpecifications?: components["schemas"]["ColumnDataTypeSpecification"][];
            columnNames: string[];
            dateCreated?: string;
            dateModified?: string;
            emailColumns?: components["schemas"]["EmailColumn"][];
            id?: string;
            name?: string;
            phoneColumns?: components["schemas"]["ContactPhoneNumberColumn"][];
            previewModeAcceptedValues?: string[];
            previewModeColumnName?: string;
            retentionDays?: number;
            retentionType?: string;
            selfUri?: string;
            timeZone?: string;
            trimWhitespace?: boolean;
            version?: number;
            whatsAppColumns?: components["schemas"]["WhatsAppColumn"][];
            zipCodeColumnName?: string;
        };
        ContactListTemplateBulkRetrieveBody: {
            ids: string[];
        };
        ContactListTemplateEntityListing: {
            entities?: components["schemas"]["ContactListTemplate"][];
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
        ContactListUploadUrlRequest: {
            clearSystemData?: boolean;
            contactIdName?: string;
            contentType: string;
            divisionIdForTargetContactLists?: string;
            fileSpecificationTemplateId?: string;
            id?: string;
            importTemplateId?: string;
            listNamePrefix?: string;
            retentionDateExpirationColumn?: string;
            retentionDaysColumn?: string;
            retentionTypeColumn?: string;
            signedUrlTimeoutSeconds?: number;
        };
        ContactPhoneNumberColumn: {
            /** @description name of the column indicating the timezone to be considered for determining callable times */
            callableTimeColumn?: string;
            callableTimeColumnName?: string;
            /** @description name of the phone column */
            columnName: string;
            /** @description type of the phone column, for example, 'cell' or 'home' */
            type: string;
        };
        ContactsBulkOperationJob: {
            completedRecords?: number;
            downloadURI?: string;
            failureReason?: components["schemas"]["ErrorInfo"];
            id?: string;
            percentComplete?: number;
            selfUri?: string;
            state?: string;
            totalRecords?: number;
            type?: string;
        };
        ContactsBulkOperationJobListing: {
            entities?: components["schemas"]["ContactsBulkOperationJob"][];
            selfUri?: string;
            total?: number;
        };
        ContactsExportRequest: {
            contactIds?: string[];
            contactListFilterId?: string;
            criteria?: components["schemas"]["ContactBulkSearchCriteria"];
        };
        ContactSort: {
            /**
             * @description The sort direction
             * @enum {string}
             */
            direction?: "ASC" | "DESC" | (string & {});
            fieldName?: string;
            /** @description Whether that column contains numeric data */
            numeric?: boolean;
        };
        ConversationBasic: {
            divisions?: components["schemas"]["ConversationDivisionMembership"][];
            /**
             * Format: date-time
             * @description The time when the conversation ended. This will be the time when the last participant left the conversation, or null when the conversation is still active. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime?: string;
            externalTag?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            inactivityTimeout?: string;
            name?: string;
            readonly participants?: components["schemas"]["ParticipantBasic"][];
            securePause?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: date-time
             * @description The time when the conversation started. This will be the time when the first participant joined the conversation. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime: string;
            utilizationLabelId?: string;
        };
        ConversationChat: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            avatarImageUrl?: string;
            /**
             * Format: date-time
             * @description The timestamp when this communication was connected in the cloud clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /**
             * @description The direction of the chat
             * @enum {string}
             */
            direction?: "inbound" | "outbound" | (string & {});
            /**
             * Format: date-time
             * @description The timestamp when this communication disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            disconnectedTime?: string;
            /**
             * @description System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "error" | "peer" | "other" | "uncallable" | (string & {});
            /** @description True if this call is held and the person on this side hears silence. */
            held?: boolean;
            /** @description A globally unique identifier for this communication. */
            id?: string;
            initialState?: string;
            journeyContext?: components["schemas"]["JourneyContext"];
            /** @description The id of the peer communication corresponding to a matching leg for this communication. */
            peerId?: string;
            /** @description The source provider for the email. */
            provider?: string;
            queueMediaSettings?: components["schemas"]["ConversationQueueMediaSettings"];
            /** @description A globally unique identifier for the recording associated with this chat. */
            recordingId?: string;
            /** @description The room id for the chat. */
            roomId?: string;
            /** @description The UUID of the script to use. */
            scriptId?: string;
            /** @description The time line of the participant's chat, divided into activity segments. */
            segments?: components["schemas"]["Segment"][];
            startAlertingTime?: string;
            /**
             * Format: date-time
             * @description The timestamp the chat was placed on hold in the cloud clock if the chat is currently on hold. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startHoldTime?: string;
            /**
             * @description The connection state of this communication.
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "none" | (string & {});
            wrapup?: components["schemas"]["Wrapup"];
        };
        ConversationDivisionMembership: {
            division?: components["schemas"]["DomainEntityRef"];
            entities?: components["schemas"]["DivisionEntityRef"][];
        };
        ConversationMessageMetadata: {
            content?: components["schemas"]["ConversationMessageMetadataContent"][];
            events?: components["schemas"]["ConversationMessageMetadataEvent"][];
            type?: string;
        };
        ConversationMessageMetadataContent: {
            contentType?: string;
            subType?: string;
        };
        ConversationMessageMetadataEvent: {
            eventType?: string;
            subType?: string;
        };
        ConversationQueueMediaSettings: {
            alertingTimeoutSeconds?: number;
            autoAnswerAlertToneSeconds?: number;
            enableAutoAnswer?: boolean;
            manualAnswerAlertToneSeconds?: number;
        };
        ConversationReference: {
            id?: string;
            selfUri?: string;
        };
        ConversationRoutingData: {
            label?: string;
            language?: components["schemas"]["AddressableEntityRef"];
            priority?: number;
            queue?: components["schemas"]["AddressableEntityRef"];
            scoredAgents?: components["schemas"]["ScoredAgent"][];
            skillExpression?: string;
            skillExpressionId?: string;
            skills?: components["schemas"]["AddressableEntityRef"][];
        };
        DataActionConditionPredicate: {
            comparisonValue: string;
            inverted: boolean;
            outputField: string;
            outputFieldMissingResolution: boolean;
            outputOperator: string;
        };
        DataActionConditionSettings: {
            contactColumnToDataActionFieldMappings?: components["schemas"]["DataActionContactColumnFieldMapping"][];
            contactIdField?: string;
            dataActionId: string;
            dataNotFoundResolution: boolean;
            predicates?: components["schemas"]["DigitalDataActionConditionPredicate"][];
        };
        DataActionContactColumnFieldMapping: {
            contactColumnName: string;
            dataActionField: string;
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
        DiagnosticsSettings: {
            reportLowMaxCallsPerAgentAlert?: boolean;
        };
        DialerAction: {
            /**
             * @description Identifier of the action
             * @enum {string}
             */
            actionTypeName: "DO_NOT_DIAL" | "MODIFY_CONTACT_ATTRIBUTE" | "SWITCH_TO_PREVIEW" | "APPEND_NUMBER_TO_DNC_LIST" | "SCHEDULE_CALLBACK" | "CONTACT_UNCALLABLE" | "NUMBER_UNCALLABLE" | "SET_CALLER_ID" | "SET_SKILLS" | (string & {});
            agentWrapupField?: string;
            callAnalysisResultField?: string;
            contactColumnToDataActionFieldMappings?: components["schemas"]["ContactColumnToDataActionFieldMapping"][];
            contactIdField?: string;
            dataAction?: components["schemas"]["DomainEntityRef"];
            /** @description Map of key-value pairs pertinent to the action (different actions require different properties) */
            properties?: {
                [key: string]: string;
            };
            /**
             * @description Type of the action
             * @enum {string}
             */
            type: "Action" | "modifyContactAttribute" | (string & {});
            /**
             * @description Indicator of the type of update action (applicable only to certain types of actions)
             * @enum {string}
             */
            updateOption?: "SET" | "INCREMENT" | "DECREMENT" | "CURRENT_TIME" | (string & {});
        };
        DialerContact: {
            /** @description false if the contact is not to be called */
            callable?: boolean;
            /** @description A map of call records for the contact phone columns */
            readonly callRecords?: {
                [key: string]: components["schemas"]["CallRecord"];
            };
            configurationOverrides?: components["schemas"]["ConfigurationOverrides"];
            contactableStatus?: {
                [key: string]: components["schemas"]["ContactableStatus"];
            };
            contactColumnTimeZones?: {
                [key: string]: components["schemas"]["ContactColumnTimeZone"];
            };
            /** @description Identifier of the contact list containing this contact */
            contactListId: string;
            /** @description An ordered map of the contact's data attributes and values */
            data: {
                [key: string]: string;
            };
            dateCreated?: string;
            dateExpiration?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            latestEmailEvaluations?: {
                [key: string]: components["schemas"]["MessageEvaluation"];
            };
            latestSmsEvaluations?: {
                [key: string]: components["schemas"]["MessageEvaluation"];
            };
            latestWhatsAppEvaluations?: {
                [key: string]: components["schemas"]["MessageEvaluation"];
            };
            name?: string;
            /** @description A map of statuses for the contact phone columns */
            phoneNumberStatus?: {
                [key: string]: components["schemas"]["PhoneNumberStatus"];
            };
            retentionDays?: number;
            retentionType?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        DialerEventEntityListing: {
            entities?: components["schemas"]["EventLog"][];
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
        DialerPreview: {
            callbackAutoAnswer?: boolean;
            /** @description The campaignId associated with this preview data pop. */
            campaignId?: string;
            /** @description The contact associated with this preview data pop */
            contactId?: string;
            /** @description The contactList associated with this preview data pop. */
            contactListId?: string;
            id?: string;
            /** @description The phone number columns associated with this campaign */
            phoneNumberColumns?: components["schemas"]["PhoneNumberColumn"][];
        };
        DialerRule: {
            /** @description The list of rule actions to be taken if the conditions are true */
            actions?: components["schemas"]["DialerAction"][];
            /**
             * @description The category of the rule
             * @enum {string}
             */
            category: "DIALER_PRECALL" | "DIALER_WRAPUP" | (string & {});
            /** @description The list of rule conditions; all must evaluate to true to trigger the rule actions */
            conditions: components["schemas"]["Condition"][];
            /** @description The identifier of the rule */
            readonly id?: string;
            /** @description The name of the rule */
            name: string;
            /**
             * Format: int32
             * @description The ranked order of the rule; rules are processed from lowest number to highest
             */
            order?: number;
        };
        DigitalAction: {
            appendToDncActionSettings?: components["schemas"]["AppendToDncActionSettings"];
            doNotSendActionSettings?: {
                [key: string]: unknown;
            };
            markContactAddressUncontactableActionSettings?: {
                [key: string]: unknown;
            };
            markContactUncontactableActionSettings?: components["schemas"]["MarkContactUncontactableActionSettings"];
            setContentTemplateActionSettings?: components["schemas"]["SetContentTemplateActionSettings"];
            setSmsPhoneNumberActionSettings?: components["schemas"]["SetSmsPhoneNumberActionSettings"];
            setWhatsAppIntegrationActionSettings?: components["schemas"]["SetWhatsAppIntegrationActionSettings"];
            updateContactColumnActionSettings?: components["schemas"]["UpdateContactColumnActionSettings"];
        };
        DigitalCondition: {
            contactAddressConditionSettings?: components["schemas"]["ContactAddressConditionSettings"];
            contactAddressTypeConditionSettings?: components["schemas"]["ContactAddressTypeConditionSettings"];
            contactColumnConditionSettings?: components["schemas"]["ContactColumnConditionSettings"];
            dataActionConditionSettings?: components["schemas"]["DataActionConditionSettings"];
            inverted?: boolean;
            lastAttemptByColumnConditionSettings?: components["schemas"]["LastAttemptByColumnConditionSettings"];
            lastAttemptOverallConditionSettings?: components["schemas"]["LastAttemptOverallConditionSettings"];
            lastResultByColumnConditionSettings?: components["schemas"]["LastResultByColumnConditionSettings"];
            lastResultOverallConditionSettings?: components["schemas"]["LastResultOverallConditionSettings"];
        };
        DigitalDataActionConditionPredicate: {
            comparisonValue: string;
            inverted: boolean;
            outputField: string;
            outputFieldMissingResolution: boolean;
            outputOperator: string;
        };
        DigitalRule: {
            actions: components["schemas"]["DigitalAction"][];
            category: string;
            conditions: components["schemas"]["DigitalCondition"][];
            id?: string;
            name: string;
            order: number;
        };
        DigitalRuleSet: {
            contactList?: components["schemas"]["DomainEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            name?: string;
            rules: components["schemas"]["DigitalRule"][];
            selfUri?: string;
            version?: number;
        };
        DigitalRuleSetEntityListing: {
            entities?: components["schemas"]["DigitalRuleSet"][];
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
        DisconnectReason: {
            /**
             * Format: int32
             * @description Protocol specific reason code. See the Q.850 and SIP specs.
             */
            code?: number;
            /** @description Human readable English description of the disconnect reason. */
            phrase?: string;
            reason?: string;
            /**
             * @description Disconnect reason protocol type.
             * @enum {string}
             */
            type?: "q850" | "sip" | (string & {});
        };
        Disposition: {
            amdTimeout?: components["schemas"]["DispositionAmdTimeout"];
            analyzer?: string;
            detectedSpeechEnd?: string;
            detectedSpeechStart?: string;
            dispositionParameters?: components["schemas"]["DispositionParameters"];
            name: string;
            silentCallTimeout?: components["schemas"]["DispositionSilentCallTimeout"];
        };
        DispositionAmdTimeout: {
            timeoutMs?: number;
            timerEndTime?: string;
            timerStartEvent?: string;
            timerStartTime?: string;
        };
        DispositionParameters: {
            adjustableLiveSpeakerDetection?: components["schemas"]["AdjustableLiveSpeakerDetection"];
        };
        DispositionSilentCallTimeout: {
            timeoutMs?: number;
            timerEndTime?: string;
            timerStartTime?: string;
        };
        Division: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        DivisionedDomainEntityRef: {
            division?: components["schemas"]["DivisionReference"];
            id?: string;
            name?: string;
            selfUri?: string;
        };
        DivisionEntityRef: {
            dateDivisionUpdated?: string;
            id?: string;
            name?: string;
            selfUri?: string;
        };
        DivisionReference: {
            id?: string;
            selfUri?: string;
        };
        DncList: {
            campaignId?: string;
            contactMethod?: string;
            customExclusionColumn?: string;
            /**
             * Format: date-time
             * @description Creation time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /**
             * Format: date-time
             * @description Last modified time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            division?: components["schemas"]["DomainEntityRef"];
            /** @description the list of dnc.com codes to be treated as DNC */
            dncCodes?: string[];
            /**
             * @description the type of dnc list being created, rds (csv file), gryphon, or dnc.com
             * @enum {string}
             */
            readonly dncSourceType: "rds" | "dnc.com" | "gryphon" | (string & {});
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            importStatus?: components["schemas"]["ImportStatus"];
            /** @description the license number if the dncSourceType is gryphon */
            licenseId?: string;
            /** @description the loginId if the dncSourceType is dnc.com */
            loginId?: string;
            /** @description The name of the list. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: int64
             * @description the number of phone numbers in the do not call list
             */
            readonly size?: number;
            /**
             * Format: int32
             * @description Required for updates, must match the version number of the most recent update
             */
            version?: number;
        };
        DncListCreate: {
            campaignId?: string;
            contactMethod?: string;
            customExclusionColumn?: string;
            /**
             * Format: date-time
             * @description Creation time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /**
             * Format: date-time
             * @description Last modified time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            division?: components["schemas"]["DomainEntityRef"];
            /** @description the list of dnc.com codes to be treated as DNC */
            dncCodes?: string[];
            /**
             * @description the type of dnc list being created, rds (csv file), gryphon, or dnc.com
             * @enum {string}
             */
            dncSourceType: "rds" | "dnc.com" | "gryphon" | (string & {});
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            importStatus?: components["schemas"]["ImportStatus"];
            /** @description the license number if the dncSourceType is gryphon */
            licenseId?: string;
            /** @description the loginId if the dncSourceType is dnc.com */
            loginId?: string;
            /** @description The name of the list. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: int64
             * @description the number of phone numbers in the do not call list
             */
            readonly size?: number;
            /**
             * Format: int32
             * @description Required for updates, must match the version number of the most recent update
             */
            version?: number;
        };
        DncListDivisionView: {
            contactMethod?: string;
            division?: components["schemas"]["Division"];
            dncSourceType?: string;
            id?: string;
            importStatus?: components["schemas"]["ImportStatus"];
            name?: string;
            selfUri?: string;
            size?: number;
        };
        DncListDivisionViewListing: {
            entities?: components["schemas"]["DncListDivisionView"][];
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
        DncListEntityListing: {
            entities?: components["schemas"]["DncList"][];
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
        DNCListUploadUrlRequest: {
            contentType: string;
            customExclusionColumns?: string;
            emailColumns?: string;
            expirationDateTimeColumn?: string;
            id: string;
            phoneColumns?: string;
            signedUrlTimeoutSeconds?: number;
            whatsAppColumns?: string;
        };
        DncPatchCustomExclusionColumnsRequest: {
            action?: string;
            customExclusionColumnEntries?: string[];
            expirationDateTime?: string;
        };
        DncPatchEmailsRequest: {
            action?: string;
            emailAddresses?: string[];
            expirationDateTime?: string;
        };
        DncPatchPhoneNumbersRequest: {
            action?: string;
            expirationDateTime?: string;
            phoneNumbers?: string[];
        };
        DncPatchWhatsAppNumbersRequest: {
            action?: string;
            expirationDateTime?: string;
            whatsAppNumbers?: string[];
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
        DynamicContactQueueingSettings: {
            filter?: boolean;
            sort?: boolean;
        };
        DynamicLineBalancingSettings: {
            enabled?: boolean;
            relativeWeight?: number;
        };
        DynamicLineBalancingSettingsPatchRequest: {
            enabled?: boolean;
            relativeWeight?: number;
        };
        Education: {
            dateEnd?: string;
            dateStart?: string;
            fieldOfStudy?: string;
            notes?: string;
            school?: string;
        };
        Email: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            /** @description Indicates that the email was auto-generated like an Out of Office reply. */
            autoGenerated?: boolean;
            /**
             * Format: date-time
             * @description The timestamp when this communication was connected in the cloud clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /**
             * @description The direction of the email
             * @enum {string}
             */
            direction?: "inbound" | "outbound" | (string & {});
            /**
             * Format: date-time
             * @description The timestamp when this communication disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            disconnectedTime?: string;
            /**
             * @description System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "timeout" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | "uncallable" | (string & {});
            draftAttachments?: components["schemas"]["Attachment"][];
            errorInfo?: components["schemas"]["ErrorBody"];
            /** @description True if this call is held and the person on this side hears silence. */
            held?: boolean;
            /** @description A globally unique identifier for this communication. */
            id?: string;
            initialState?: string;
            /** @description A globally unique identifier for the stored content of this communication. */
            messageId?: string;
            /**
             * Format: int32
             * @description The number of email messages sent by this participant.
             */
            messagesSent?: number;
            parkTime?: string;
            /** @description The id of the peer communication corresponding to a matching leg for this communication. */
            peerId?: string;
            /** @description The source provider for the email. */
            provider?: string;
            queueMediaSettings?: components["schemas"]["ConversationQueueMediaSettings"];
            /** @description A globally unique identifier for the recording associated with this call. */
            recordingId?: string;
            /** @description The UUID of the script to use. */
            scriptId?: string;
            /** @description The time line of the participant's email, divided into activity segments. */
            segments?: components["schemas"]["Segment"][];
            spam?: boolean;
            startAlertingTime?: string;
            /**
             * Format: date-time
             * @description The timestamp the email was placed on hold in the cloud clock if the email is currently on hold. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startHoldTime?: string;
            /**
             * @description The connection state of this communication.
             * @enum {string}
             */
            state?: "alerting" | "connected" | "disconnected" | "none" | (string & {});
            /** @description The subject for the initial email that started this conversation. */
            subject?: string;
            wrapup?: components["schemas"]["Wrapup"];
        };
        EmailAddress: {
            email?: string;
            name?: string;
        };
        EmailCampaignSchedule: {
            dateCreated?: string;
            dateModified?: string;
            emailCampaign: components["schemas"]["DivisionedDomainEntityRef"];
            id?: string;
            intervals: components["schemas"]["ScheduleInterval"][];
            name?: string;
            recurrences?: components["schemas"]["Reoccurrence"][];
            selfUri?: string;
            timeZone?: string;
            version?: number;
        };
        EmailCampaignScheduleEntityListing: {
            entities?: components["schemas"]["EmailCampaignSchedule"][];
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
        EmailColumn: {
            columnName: string;
            contactableTimeColumn?: string;
            contactableTimeColumnName?: string;
            type: string;
        };
        EmailConfig: {
            contentTemplate?: components["schemas"]["DomainEntityRef"];
            emailColumns: string[];
            fromAddress: components["schemas"]["FromEmailAddress"];
            replyToAddress?: components["schemas"]["ReplyToEmailAddress"];
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
        ErrorInfo: {
            code?: string;
            message?: string;
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
        EventLog: {
            /** @enum {string} */
            category?: "CALLBACK" | "CALL_RESTRICTION" | "CALL_RULE" | "CAMPAIGN" | "CAMPAIGN_RULE" | "CONTACT_LIST_FILTER" | "ENTITY_LIMIT" | "IMPORT_ERROR" | "ORGANIZATION_CONFIGURATION" | "SCHEDULE" | (string & {});
            correlationId?: string;
            errorEntity?: components["schemas"]["DomainEntityRef"];
            eventMessage?: components["schemas"]["EventMessage"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @enum {string} */
            level?: "INFO" | "WARNING" | "ERROR" | (string & {});
            name?: string;
            relatedEntity?: components["schemas"]["DomainEntityRef"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            timestamp?: string;
        };
        EventMessage: {
            /** @enum {string} */
            code?: "APPROACHING_ENTITY_LIMIT" | "CAMPAIGN_START_ERROR" | "CAMPAIGN_RULE_START_ERROR" | "CAMPAIGN_SET_DIALING_MODE_ERROR" | "CAMPAIGN_THROTTLED" | "INVALID_CALLABLE_TIME_ZONE" | "CALLBACK_CREATION_INVALID_NUMBER" | "CALL_RULE_INVALID_CONTACT_COLUMN" | "CALL_RULE_MISMATCH_TYPE" | "CALL_RULE_INVALID_OPERATOR" | "CALL_RULE_NO_DNC_LISTS_CONFIGURED" | "CALL_RULE_UPDATED_PHONE_COLUMN" | "CONTACT_LIST_FILTER_EVALUATION_FAILED" | "INACTIVE_EDGES_FAILED_PLACE_CALLS" | "INACTIVE_EDGES_TURNED_CAMPAIGN_OFF" | "INVALID_PHONE_NUMBER" | "IMPORT_FAILED_TO_READ_HEADERS" | "IMPORT_COULD_NOT_PARSE_AN_ENTRY" | "IMPORT_CONTACT_DOES_NOT_MATCH_LIST_FORMAT" | "IMPORT_ENTRY_DOES_NOT_ALIGN_WITH_HEADERS" | "IMPORT_INVALID_CUSTOM_ID" | "IMPORT_INVALID_DATA" | "IMPORT_NO_COLUMNS_DEFINED" | "IMPORT_COLUMNS_DO_NOT_EXIST_ON_LIST" | "IMPORT_LIST_NO_LONGER_EXISTS" | "ORGANIZATION_HAS_NO_DOMAIN_SET" | "RECYCLE_CAMPAIGN" | (string & {});
            documentationUri?: string;
            message?: string;
            messageParams?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            messageWithParams?: string;
            resourceURIs?: string[];
        };
        ExpansionCriterium: {
            /** Format: double */
            threshold?: number;
            /** @enum {string} */
            type?: "TIMEOUT_SECONDS" | (string & {});
        };
        ExportUri: {
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            exportTimestamp?: string;
            uri?: string;
        };
        FaxStatus: {
            /**
             * Format: int64
             * @description Active page of the transmission.
             */
            activePage?: number;
            /**
             * Format: int64
             * @description Current signaling rate of transmission, baud rate.
             */
            baudRate?: number;
            /**
             * Format: int64
             * @description Number of bytes that have competed transmission.
             */
            bytesTransmitted?: number;
            /** @description The fax direction, either "send" or "receive". */
            direction?: string;
            /**
             * Format: int64
             * @description Total number of expected pages, if known.
             */
            expectedPages?: number;
            /**
             * Format: int64
             * @description Number of line errors.
             */
            lineErrors?: number;
            /**
             * Format: int64
             * @description Number of lines that have completed transmission.
             */
            linesTransmitted?: number;
            /**
             * Format: int64
             * @description Number of page errors.
             */
            pageErrors?: number;
        };
        FileSpecificationTemplate: {
            columnInformation?: components["schemas"]["Column"][];
            dateCreated?: string;
            dateModified?: string;
            delimiter?: string;
            delimiterValue?: string;
            description?: string;
            format: string;
            header?: boolean;
            id?: string;
            name: string;
            numberOfHeadingLinesSkipped?: number;
            numberOfTrailingLinesSkipped?: number;
            preprocessingRules?: components["schemas"]["PreprocessingRule"][];
            selfUri?: string;
            version?: number;
        };
        FileSpecificationTemplateEntityListing: {
            entities?: components["schemas"]["FileSpecificationTemplate"][];
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
        FilterPreviewResponse: {
            /** Format: int64 */
            filteredContacts?: number;
            preview?: components["schemas"]["DialerContact"][];
            /** Format: int64 */
            totalContacts?: number;
        };
        FromEmailAddress: {
            domain: components["schemas"]["DomainEntityRef"];
            friendlyName?: string;
            localPart?: string;
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
        ImportStatus: {
            /**
             * Format: int64
             * @description number of records finished importing
             */
            readonly completedRecords: number;
            /** @description if the import has failed, the reason for the failure */
            readonly failureReason?: string;
            listNamePrefix?: string;
            /**
             * Format: int32
             * @description percentage of records finished importing
             */
            readonly percentComplete: number;
            /**
             * @description current status of the import
             * @enum {string}
             */
            readonly state: "IN_PROGRESS" | "FAILED" | (string & {});
            targetContactListIds?: string[];
            /**
             * Format: int64
             * @description total number of records to be imported
             */
            readonly totalRecords: number;
        };
        ImportTemplate: {
            contactListFilter?: components["schemas"]["DomainEntityRef"];
            contactListTemplate: components["schemas"]["DomainEntityRef"];
            customListNameFormatValue?: string;
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            importStatus?: components["schemas"]["ImportStatus"];
            listNameFormat?: string;
            name?: string;
            selfUri?: string;
            splittingInformation?: components["schemas"]["SplittingInformation"];
            useSplittingCriteria?: boolean;
            version?: number;
        };
        ImportTemplateEntityListing: {
            entities?: components["schemas"]["ImportTemplate"][];
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
        InternalMessage: {
            connectedTime?: string;
            disconnectedTime?: string;
            disconnectType?: string;
            fromAddress?: components["schemas"]["Address"];
            id?: string;
            initialState?: string;
            messages?: components["schemas"]["InternalMessageDetails"][];
            peerId?: string;
            provider?: string;
            segments?: components["schemas"]["Segment"][];
            sourceUserId?: string;
            startAlertingTime?: string;
            state?: string;
            targetUserId?: string;
            toAddress?: components["schemas"]["Address"];
        };
        InternalMessageDetails: {
            messageId?: string;
            messageTime?: string;
        };
        JourneyAction: {
            actionMap: components["schemas"]["JourneyActionMap"];
            id: string;
        };
        JourneyActionMap: {
            id: string;
            version: number;
        };
        JourneyContext: {
            customer: components["schemas"]["JourneyCustomer"];
            customerSession?: components["schemas"]["JourneyCustomerSession"];
            triggeringAction?: components["schemas"]["JourneyAction"];
        };
        JourneyCustomer: {
            id: string;
            idType: string;
        };
        JourneyCustomerSession: {
            id: string;
            type: string;
        };
        LastAttemptByColumnConditionSettings: {
            emailColumnName?: string;
            operator: string;
            smsColumnName?: string;
            value: string;
            whatsAppColumnName?: string;
        };
        LastAttemptOverallConditionSettings: {
            mediaTypes: string[];
            operator: string;
            value: string;
        };
        LastResultByColumnConditionSettings: {
            emailColumnName?: string;
            emailWrapupCodes?: string[];
            smsColumnName?: string;
            smsWrapupCodes?: string[];
            whatsAppColumnName?: string;
            whatsAppWrapupCodes?: string[];
        };
        LastResultOverallConditionSettings: {
            emailWrapupCodes?: string[];
            smsWrapupCodes?: string[];
            whatsAppWrapupCodes?: string[];
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
        MarkContactUncontactableActionSettings: {
            mediaTypes: string[];
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
        Message: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            agentAssistantId?: string;
            authenticated?: boolean;
            byoSmsIntegrationId?: string;
            connectedTime?: string;
            direction?: string;
            disconnectedTime?: string;
            disconnectType?: string;
            engagementSource?: string;
            errorInfo?: components["schemas"]["ErrorBody"];
            fromAddress?: components["schemas"]["Address"];
            held?: boolean;
            id?: string;
            initialState?: string;
            journeyContext?: components["schemas"]["JourneyContext"];
            messages?: components["schemas"]["MessageDetails"][];
            parkTime?: string;
            peerId?: string;
            provider?: string;
            queueMediaSettings?: components["schemas"]["ConversationQueueMediaSettings"];
            recipientCountry?: string;
            recipientType?: string;
            recordingId?: string;
            resumeTime?: string;
            scriptId?: string;
            segments?: components["schemas"]["Segment"][];
            startAlertingTime?: string;
            startHoldTime?: string;
            state?: string;
            toAddress?: components["schemas"]["Address"];
            type?: string;
            wrapup?: components["schemas"]["Wrapup"];
        };
        MessageDetails: {
            errorInfo?: components["schemas"]["ErrorBody"];
            media?: components["schemas"]["MessageMedia"][];
            messageId?: string;
            messageMetadata?: components["schemas"]["ConversationMessageMetadata"];
            messageSegmentCount?: number;
            messageStatus?: string;
            messageTime?: string;
            messageURI?: string;
            socialVisibility?: string;
            stickers?: components["schemas"]["MessageSticker"][];
        };
        MessageEvaluation: {
            contactAddress?: string;
            contactColumn?: string;
            messageType?: string;
            timestamp?: string;
            wrapupCodeId?: string;
        };
        MessageMedia: {
            contentLengthBytes?: number;
            id?: string;
            mediaType?: string;
            name?: string;
            url?: string;
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
        MessageSticker: {
            id?: string;
            url?: string;
        };
        MessageSubtypeSettings: {
            enableAutoAnswer?: boolean;
            enableInactivityTimeout?: boolean;
        };
        MessagingCampaign: {
            alwaysRunning?: boolean;
            callableTimeSet?: components["schemas"]["DomainEntityRef"];
            campaignStatus?: string;
            contactList: components["schemas"]["DomainEntityRef"];
            contactListFilters?: components["schemas"]["DomainEntityRef"][];
            contactSorts?: components["schemas"]["ContactSort"][];
            dateCreated?: string;
            dateModified?: string;
            division?: components["schemas"]["DomainEntityRef"];
            dncLists?: components["schemas"]["DomainEntityRef"][];
            dynamicContactQueueingSettings?: components["schemas"]["DynamicContactQueueingSettings"];
            emailConfig?: components["schemas"]["EmailConfig"];
            errors?: components["schemas"]["RestErrorDetail"][];
            id?: string;
            messagesPerMinute: number;
            name?: string;
            ruleSets?: components["schemas"]["DomainEntityRef"][];
            selfUri?: string;
            smsConfig?: components["schemas"]["SmsConfig"];
            version?: number;
            whatsAppConfig?: components["schemas"]["WhatsAppConfig"];
        };
        MessagingCampaignDiagnostics: {
            filteredOutContactsCount?: number;
            timeZoneRescheduledContactsCount?: number;
        };
        MessagingCampaignDivisionView: {
            division?: components["schemas"]["Division"];
            id?: string;
            name?: string;
            selfUri?: string;
        };
        MessagingCampaignDivisionViewEntityListing: {
            entities?: components["schemas"]["MessagingCampaignDivisionView"][];
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
        MessagingCampaignEntityListing: {
            entities?: components["schemas"]["MessagingCampaign"][];
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
        MessagingCampaignSchedule: {
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            intervals: components["schemas"]["ScheduleInterval"][];
            messagingCampaign: components["schemas"]["DivisionedDomainEntityRef"];
            name?: string;
            recurrences?: components["schemas"]["Reoccurrence"][];
            selfUri?: string;
            timeZone?: string;
            version?: number;
        };
        MessagingCampaignScheduleEntityListing: {
            entities?: components["schemas"]["MessagingCampaignSchedule"][];
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
        NextOccurrenceDetails: {
            endOccurrenceDetails?: components["schemas"]["OccurrenceDetails"];
            startOccurrenceDetails?: components["schemas"]["OccurrenceDetails"];
        };
        OAuthLastTokenIssued: {
            dateIssued?: string;
        };
        OccurrenceDetails: {
            dateOfNextOccurrence?: string;
            numberOfOccurrences?: number;
        };
        OutboundSettings: {
            abandonSeconds?: number;
            automaticTimeZoneMapping?: components["schemas"]["AutomaticTimeZoneMappingSettings"];
            complianceAbandonRateDenominator?: string;
            contactListDefaultRetentionDays?: number;
            contactListDefaultRetentionType?: string;
            /**
             * Format: date-time
             * @description Creation time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /**
             * Format: date-time
             * @description Last modified time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /**
             * Format: int32
             * @description The maximum number of calls that can be placed per agent on any campaign
             */
            maxCallsPerAgent?: number;
            maxCallsPerAgentDecimal?: number;
            maxConfigurableCallsPerAgent?: number;
            /**
             * Format: double
             * @description The maximum percentage of lines that should be used for Outbound, expressed as a decimal in the range [0.0, 1.0]
             */
            maxLineUtilization?: number;
            name?: string;
            rescheduleTimeZoneSkippedContacts?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            timeZone?: string;
            /**
             * Format: int32
             * @description Required for updates, must match the version number of the most recent update
             */
            version?: number;
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
        PagedSkillCombinationListing: {
            entities?: components["schemas"]["SkillCombinationInfo"][];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            total?: number;
        };
        PagelessDomainEntityListingEvaluationVersion: {
            entities?: components["schemas"]["EvaluationVersion"][];
            selfUri?: string;
            total?: number;
        };
        ParticipantBasic: {
            /** @description The address for the this participant. For a phone call this will be the ANI. */
            address?: string;
            alertingTimeoutMs?: number;
            /** @description The address for the this participant. For a phone call this will be the ANI. */
            ani?: string;
            /** @description The ani-based name for this participant. */
            aniName?: string;
            /** @description Additional participant attributes */
            attributes?: {
                [key: string]: string;
            };
            bargedParticipantId?: string;
            callbacks?: components["schemas"]["CallbackBasic"][];
            calls?: components["schemas"]["CallBasic"][];
            chats?: components["schemas"]["ConversationChat"][];
            coachedParticipantId?: string;
            cobrowsesessions?: components["schemas"]["Cobrowsesession"][];
            /**
             * Format: date-time
             * @description The timestamp when this participant was connected to the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /** @description If this participant is part of a consult transfer, then this will be the participant id of the participant being transferred. */
            consultParticipantId?: string;
            conversationRoutingData?: components["schemas"]["ConversationRoutingData"];
            /** @description The address for the this participant. For a phone call this will be the ANI. */
            dnis?: string;
            emails?: components["schemas"]["Email"][];
            endAcwTime?: string;
            /**
             * Format: date-time
             * @description The timestamp when this participant disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime?: string;
            evaluations?: components["schemas"]["Evaluation"][];
            /** @description If this participant represents an external contact, then this will be the globally unique identifier for the external contact. */
            externalContactId?: string;
            externalContactInitialDivisionId?: string;
            /** @description If this participant represents an external org, then this will be the globally unique identifier for the external org. */
            externalOrganizationId?: string;
            flaggedReason?: string;
            /** @description If present, group of users the participant represents. */
            groupId?: string;
            /** @description A globally unique identifier for this conversation. */
            id?: string;
            internalMessages?: components["schemas"]["InternalMessage"][];
            /** @description An ISO 639 language code specifying the locale for this participant */
            locale?: string;
            mediaRoles?: string[];
            messages?: components["schemas"]["Message"][];
            /** @description If this participant is a monitor, then this will be the id of the participant that is being monitored. */
            monitoredParticipantId?: string;
            /** @description A human readable name identifying the participant. */
            name?: string;
            /** @description A well known string that specifies the type of this participant. */
            participantType?: string;
            /** @description A well known string that specifies the purpose of this participant. */
            purpose?: string;
            /** @description If present, the queue id that the communication channel came in on. */
            queueId?: string;
            /** @description If present, the queue name that the communication channel came in on. */
            queueName?: string;
            screenMonitorings?: components["schemas"]["ScreenMonitoring"][];
            /**
             * @description The current screen recording state for this participant.
             * @enum {string}
             */
            screenRecordingState?: "requested" | "active" | "paused" | "stopped" | "error" | (string & {});
            screenshares?: components["schemas"]["Screenshare"][];
            socialExpressions?: components["schemas"]["SocialExpression"][];
            startAcwTime?: string;
            /**
             * Format: date-time
             * @description The timestamp when this participant joined the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime?: string;
            teamId?: string;
            /** @description If this participant represents a user, then this will be the globally unique identifier for the user. */
            userId?: string;
            /** @description If this participant represents a user, then this will be an URI that can be used to fetch the user. */
            userUri?: string;
            videos?: components["schemas"]["Video"][];
            wrapup?: components["schemas"]["Wrapup"];
            /**
             * @description This field controls how the UI prompts the agent for a wrapup.
             * @enum {string}
             */
            wrapupPrompt?: "mandatory" | "optional" | "timeout" | "forcedTimeout" | (string & {});
            /** @description True iff this participant is required to enter wrapup for this conversation. */
            wrapupRequired?: boolean;
            /** @description The UI sets this field when the agent chooses to skip entering a wrapup for this participant. */
            wrapupSkipped?: boolean;
            /**
             * Format: int32
             * @description Specifies how long a timed ACW session will last.
             */
            wrapupTimeoutMs?: number;
        };
        Pattern: {
            daysOfWeek?: string[];
            interval: number;
            type: string;
        };
        PhoneColumn: {
            /** @description name of the phone column */
            columnName: string;
            /** @description type of the phone column, for example, 'cell' or 'home' */
            type: string;
        };
        PhoneNumberColumn: {
            callableTimeColumnName?: string;
            columnName?: string;
            type?: string;
        };
        PhoneNumberStatus: {
            /** @description false if the phone number is not callable */
            callable?: boolean;
        };
        PreprocessingRule: {
            find?: string;
            global?: boolean;
            ignoreCase?: boolean;
            replaceWith?: string;
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
        QueueUtilizationDiagnostic: {
            /**
             * Format: int32
             * @description The number of users active on the queue
             */
            readonly activeUsersInQueue?: number;
            queue?: components["schemas"]["DomainEntityRef"];
            /**
             * Format: int32
             * @description The number of users joined to the queue
             */
            readonly usersInQueue?: number;
            /**
             * Format: int32
             * @description The number of users in the queue currently not engaged
             */
            readonly usersNotUtilized?: number;
            /**
             * Format: int32
             * @description The number of users currently engaged in a campaign call
             */
            readonly usersOnACampaignCall?: number;
            /**
             * Format: int32
             * @description The number of users currently engaged in a communication that is not part of the campaign
             */
            readonly usersOnANonCampaignCall?: number;
            /**
             * Format: int32
             * @description The number of users whose station is homed to an edge different from the campaign
             */
            readonly usersOnDifferentEdgeGroup?: number;
            /**
             * Format: int32
             * @description The number of users with a status of on-queue
             */
            readonly usersOnQueue?: number;
            /**
             * Format: int32
             * @description The number of users in the queue with a station
             */
            readonly usersOnQueueWithStation?: number;
        };
        Range: {
            end?: string;
            numberOfOccurrences?: number;
            type: string;
        };
        Reaction: {
            data?: string;
            name?: string;
            /** @enum {string} */
            reactionType: "hangup" | "transfer" | "transfer_flow" | "play_file" | (string & {});
        };
        RecallEntry: {
            /** Format: int32 */
            minutesBetweenAttempts?: number;
            /** Format: int32 */
            nbrAttempts?: number;
        };
        RecordersState: {
            adhocState?: string;
            agentExperienceState?: string;
            customerExperienceState?: string;
            snippetState?: string;
        };
        Reoccurrence: {
            alterations?: components["schemas"]["Alteration"][];
            end: string;
            id?: string;
            nextOccurrenceDetails?: components["schemas"]["NextOccurrenceDetails"];
            pattern: components["schemas"]["Pattern"];
            range: components["schemas"]["Range"];
            start: string;
            timeZone?: string;
        };
        ReplyToEmailAddress: {
            domain: components["schemas"]["DomainEntityRef"];
            route: components["schemas"]["DomainEntityRef"];
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
        ResponseSet: {
            amdSpeechDistinguishEnabled?: boolean;
            beepDetectionEnabled?: boolean;
            /**
             * Format: date-time
             * @description Creation time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /**
             * Format: date-time
             * @description Last modified time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            liveSpeakerDetectionMode?: string;
            name: string;
            /** @description Map of disposition identifiers to reactions. For example: {"disposition.classification.callable.person": {"reactionType": "transfer"}} */
            responses: {
                [key: string]: components["schemas"]["Reaction"];
            };
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: int32
             * @description Required for updates, must match the version number of the most recent update
             */
            version?: number;
        };
        ResponseSetEntityListing: {
            entities?: components["schemas"]["ResponseSet"][];
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
        RestErrorDetail: {
            /** @description additional information regarding the error */
            readonly details?: string;
            /** @description name of the error */
            readonly error: string;
            userParams?: components["schemas"]["UserParam"][];
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
        RuleSet: {
            contactList?: components["schemas"]["DomainEntityRef"];
            /**
             * Format: date-time
             * @description Creation time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /**
             * Format: date-time
             * @description Last modified time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name: string;
            queue?: components["schemas"]["DomainEntityRef"];
            /** @description The list of rules */
            rules: components["schemas"]["DialerRule"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: int32
             * @description Required for updates, must match the version number of the most recent update
             */
            version?: number;
        };
        RuleSetDiagnostic: {
            ruleSet?: components["schemas"]["DomainEntityRef"];
            /** @description Diagnostic warnings for the rule set */
            readonly warnings?: ("WRAPUP_CODE_NOT_IN_QUEUE" | "CONTACT_ATTRIBUTE_NOT_IN_CONTACT_LIST" | "NO_DNC_LIST_FOR_APPEND" | "PHONE_CONDITIONS_WITH_MULTICOLUMN_PREVIEW" | (string & {}))[];
        };
        RuleSetEntityListing: {
            entities?: components["schemas"]["RuleSet"][];
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
        ScheduleInterval: {
            /** @description scheduled end time represented as an ISO-8601 string; for example, yyyy-MM-ddTHH:mm:ss.SSSZ */
            end: string;
            /** @description scheduled start time represented as an ISO-8601 string; for example, yyyy-MM-ddTHH:mm:ss.SSSZ */
            start: string;
        };
        ScoredAgent: {
            agent?: components["schemas"]["DomainEntityRef"];
            score?: number;
        };
        ScreenMonitoring: {
            connectedTime?: string;
            count?: number;
            disconnectedTime?: string;
            disconnectType?: string;
            id?: string;
            initialState?: string;
            monitoringType?: string;
            provider?: string;
            screenMonitoring?: components["schemas"]["AddressableEntityRef"];
            segments?: components["schemas"]["Segment"][];
            state?: string;
            targetUser?: components["schemas"]["AddressableEntityRef"];
        };
        Screenshare: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            /**
             * Format: date-time
             * @description The timestamp when this communication was connected in the cloud clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /** @description The room id context (xmpp jid) for the conference session. */
            context?: string;
            /**
             * Format: date-time
             * @description The timestamp when this communication disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            disconnectedTime?: string;
            /**
             * @description System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "timeout" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | "uncallable" | (string & {});
            /** @description A globally unique identifier for this communication. */
            id?: string;
            initialState?: string;
            /**
             * Format: int32
             * @description The number of peer participants from the perspective of the participant in the conference.
             */
            peerCount?: number;
            /** @description The id of the peer communication corresponding to a matching leg for this communication. */
            peerId?: string;
            /** @description The source provider for the screen share. */
            provider?: string;
            /** @description The time line of the participant's call, divided into activity segments. */
            segments?: components["schemas"]["Segment"][];
            /** @description Indicates whether this participant is sharing their screen. */
            sharing?: boolean;
            startAlertingTime?: string;
            /**
             * @description The connection state of this communication.
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "none" | (string & {});
            wrapup?: components["schemas"]["Wrapup"];
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
        Segment: {
            /** @description A description of the event that disconnected the segment */
            disconnectType?: string;
            /**
             * Format: date-time
             * @description The timestamp when this segment ended. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime: string;
            /** @description A description of the event that ended the segment. */
            howEnded?: string;
            /**
             * Format: date-time
             * @description The timestamp when this segment began. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime: string;
            /** @description The activity taking place for the participant in the segment. */
            type?: string;
        };
        SequenceSchedule: {
            /**
             * Format: date-time
             * @description Creation time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /**
             * Format: date-time
             * @description Last modified time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description a list of start and end times */
            intervals: components["schemas"]["ScheduleInterval"][];
            name?: string;
            recurrences?: components["schemas"]["Reoccurrence"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            sequence: components["schemas"]["DomainEntityRef"];
            /** @description time zone identifier to be applied to the intervals; for example Africa/Abidjan */
            timeZone?: string;
            /**
             * Format: int32
             * @description Required for updates, must match the version number of the most recent update
             */
            version?: number;
        };
        ServiceLevel: {
            /** Format: int64 */
            durationMs?: number;
            /** Format: double */
            percentage?: number;
        };
        SetContentTemplateActionSettings: {
            emailContentTemplateId: string;
            smsContentTemplateId: string;
            whatsAppContentTemplateId: string;
        };
        SetSmsPhoneNumberActionSettings: {
            senderSmsPhoneNumber: string;
        };
        SetWhatsAppIntegrationActionSettings: {
            whatsAppIntegrationId: string;
        };
        Signature: {
            alwaysIncluded?: boolean;
            cannedResponseId?: string;
            enabled?: boolean;
            inclusionType?: string;
        };
        SkillCombinationInfo: {
            remainingCount?: number;
            skillCombination?: string[];
            totalCount?: number;
        };
        SkillsToRemove: {
            id?: string;
            name?: string;
            /** Format: uri */
            selfUri?: string;
        };
        SmsConfig: {
            contentTemplate?: components["schemas"]["DomainEntityRef"];
            messageColumn: string;
            phoneColumn: string;
            senderSmsPhoneNumber: components["schemas"]["SmsPhoneNumberRef"];
        };
        SmsPhoneNumberRef: {
            phoneNumber: string;
            selfUri?: string;
        };
        SocialExpression: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            /**
             * Format: date-time
             * @description The timestamp when this communication was connected in the cloud clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /**
             * Format: date-time
             * @description The timestamp when this communication disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            disconnectedTime?: string;
            /**
             * @description System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "timeout" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | "uncallable" | (string & {});
            /** @description True if this call is held and the person on this side hears silence. */
            held?: boolean;
            /** @description A globally unique identifier for this communication. */
            id?: string;
            /** @description The id of the peer communication corresponding to a matching leg for this communication. */
            peerId?: string;
            /** @description The text preview of the communication contents */
            previewText?: string;
            /** @description The source provider for the social expression. */
            provider?: string;
            /** @description A globally unique identifier for the recording associated with this chat. */
            recordingId?: string;
            /** @description The UUID of the script to use. */
            scriptId?: string;
            /** @description The time line of the participant's chat, divided into activity segments. */
            segments?: components["schemas"]["Segment"][];
            /** @description The social network of the communication */
            socialMediaHub?: string;
            /** @description A globally unique identifier for the social media. */
            socialMediaId?: string;
            /** @description The user name for the communication. */
            socialUserName?: string;
            startAlertingTime?: string;
            /**
             * Format: date-time
             * @description The timestamp the chat was placed on hold in the cloud clock if the chat is currently on hold. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startHoldTime?: string;
            /**
             * @description The connection state of this communication.
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "none" | (string & {});
            wrapup?: components["schemas"]["Wrapup"];
        };
        SplittingInformation: {
            createRemainderContactList?: boolean;
            criteria?: string;
            criteriaValue?: string;
            useWaterfallRule?: boolean;
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
        TimeAndDateSubCondition: {
            includeYear?: boolean;
            inverted?: boolean;
            operator?: string;
            range?: components["schemas"]["TimeAndDateSubConditionRange"];
            thresholdValue?: string;
            type?: string;
        };
        TimeAndDateSubConditionRange: {
            inSet?: string[];
            max?: string;
            min?: string;
        };
        TimeZoneMappingPreview: {
            contactList?: components["schemas"]["DomainEntityRef"];
            contactListSize?: number;
            contactsInDefaultWindow?: number;
            contactsMappedToASingleZone?: number;
            contactsMappedToASingleZoneUsingZipCode?: number;
            contactsMappedToMultipleZones?: number;
            contactsMappedToMultipleZonesUsingZipCode?: number;
            contactsMappedUsingZipCode?: {
                [key: string]: number;
            };
            contactsPerTimeZone?: {
                [key: string]: number;
            };
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
        UpdateContactColumnActionSettings: {
            properties: {
                [key: string]: string;
            };
            updateOption: string;
        };
        UploadUrlResponse: {
            headers?: {
                [key: string]: string;
            };
            uploadKey?: string;
            url?: string;
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
        UserParam: {
            key?: string;
            value?: string;
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
        Video: {
            afterCallWork?: components["schemas"]["AfterCallWork"];
            afterCallWorkRequired?: boolean;
            /** @description Indicates whether this participant has muted their outgoing audio. */
            audioMuted?: boolean;
            /**
             * Format: date-time
             * @description The timestamp when this communication was connected in the cloud clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /** @description The room id context (xmpp jid) for the conference session. */
            context?: string;
            /**
             * Format: date-time
             * @description The timestamp when this communication disconnected from the conversation in the provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            disconnectedTime?: string;
            /**
             * @description System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "timeout" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | "uncallable" | (string & {});
            /** @description A globally unique identifier for this communication. */
            id?: string;
            initialState?: string;
            msids?: string[];
            /**
             * Format: int32
             * @description The number of peer participants from the perspective of the participant in the conference.
             */
            peerCount?: number;
            /** @description The id of the peer communication corresponding to a matching leg for this communication. */
            peerId?: string;
            /** @description The source provider for the video. */
            provider?: string;
            self?: components["schemas"]["Address"];
            /** @description Indicates whether this participant is sharing their screen to the session. */
            sharingScreen?: boolean;
            startAlertingTime?: string;
            /**
             * @description The connection state of this communication.
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "none" | (string & {});
            /** @description Indicates whether this participant has muted/paused their outgoing video. */
            videoMuted?: boolean;
            wrapup?: components["schemas"]["Wrapup"];
        };
        VisibilityCondition: {
            /** @enum {string} */
            combiningOperation?: "AND" | "OR" | (string & {});
            /** @description A list of strings, each representing the location in the form of the Answer Option to depend on. In the format of "/form/questionGroup/{questionGroupIndex}/question/{questionIndex}/answer/{answerIndex}" or, to assume the current question group, "../question/{questionIndex}/answer/{answerIndex}". Note: Indexes are zero-based */
            predicates?: {
                [key: string]: unknown;
            }[];
        };
        Voicemail: {
            /** @description The voicemail id */
            id?: string;
            /**
             * @description current state of the voicemail upload
             * @enum {string}
             */
            uploadStatus?: "pending" | "complete" | "failed" | "timeout" | (string & {});
        };
        WhatsAppCampaignSchedule: {
            dateCreated?: string;
            dateModified?: string;
            id?: string;
            intervals: components["schemas"]["ScheduleInterval"][];
            name?: string;
            recurrences?: components["schemas"]["Reoccurrence"][];
            selfUri?: string;
            timeZone?: string;
            version?: number;
            whatsAppCampaign: components["schemas"]["DivisionedDomainEntityRef"];
        };
        WhatsAppCampaignScheduleEntityListing: {
            entities?: components["schemas"]["WhatsAppCampaignSchedule"][];
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
        WhatsAppColumn: {
            columnName: string;
            contactableTimeColumn?: string;
            contactableTimeColumnName?: string;
            type: string;
        };
        WhatsAppConfig: {
            contentTemplate: components["schemas"]["DomainEntityRef"];
            whatsAppColumns: string[];
            whatsAppIntegration: components["schemas"]["AddressableEntityRef"];
        };
        WorkPlanBidRanks: {
            biddingTieBreaker?: string;
            id?: string;
            selfUri?: string;
            workPlanBiddingPerformance?: number;
        };
        Wrapup: {
            /** @description The user configured wrap up code id. */
            code?: string;
            /**
             * Format: int32
             * @description The length of time in seconds that the agent spent doing after call work.
             */
            durationSeconds?: number;
            /**
             * Format: date-time
             * @description The timestamp when the wrapup was finished. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime?: string;
            /** @description The user configured wrap up code name. */
            name?: string;
            /** @description Text entered by the agent to describe the call or disposition. */
            notes?: string;
            /** @description Indicates if this is a pending save and should not require a code to be specified.  This allows someone to save some temporary wrapup that will be used later. */
            provisional?: boolean;
            /** @description List of tags selected by the agent to describe the call or disposition. */
            tags?: string[];
        };
        WrapUpCodeMapping: {
            /**
             * Format: date-time
             * @description Creation time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /**
             * Format: date-time
             * @description Last modified time of the entity. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            /** @description The default set of wrapup values */
            defaultSet?: ("CONTACT_UNCALLABLE" | "NUMBER_UNCALLABLE" | "RIGHT_PARTY_CONTACT" | (string & {}))[];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description A map from wrapup code identifiers to a set of wrapup values */
            mapping?: {
                [key: string]: string[];
            };
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: int32
             * @description Required for updates, must match the version number of the most recent update
             */
            version?: number;
        };
        WritableDialerContact: {
            callable?: boolean;
            contactableStatus?: {
                [key: string]: components["schemas"]["ContactableStatus"];
            };
            contactListId: string;
            data: {
                [key: string]: string;
            };
            dateCreated?: string;
            dateExpiration?: string;
            id?: string;
            latestEmailEvaluations?: {
                [key: string]: components["schemas"]["MessageEvaluation"];
            };
            latestSmsEvaluations?: {
                [key: string]: components["schemas"]["MessageEvaluation"];
            };
            latestWhatsAppEvaluations?: {
                [key: string]: components["schemas"]["MessageEvaluation"];
            };
            phoneNumberStatus?: {
                [key: string]: components["schemas"]["PhoneNumberStatus"];
            };
            retentionDays?: number;
            retentionType?: string;
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
export type SchemaAddress = components['schemas']['Address'];
export type SchemaAddressableEntityRef = components['schemas']['AddressableEntityRef'];
export type SchemaAdjustableLiveSpeakerDetection = components['schemas']['AdjustableLiveSpeakerDetection'];
export type SchemaAfterCallWork = components['schemas']['AfterCallWork'];
export type SchemaAgent = components['schemas']['Agent'];
export type SchemaAgentOwnedMappingPreview = components['schemas']['AgentOwnedMappingPreview'];
export type SchemaAgentOwnedMappingPreviewListing = components['schemas']['AgentOwnedMappingPreviewListing'];
export type SchemaAgentOwnedRouting = components['schemas']['AgentOwnedRouting'];
export type SchemaAiAnswer = components['schemas']['AiAnswer'];
export type SchemaAiScoring = components['schemas']['AiScoring'];
export type SchemaAiScoringSetting = components['schemas']['AiScoringSetting'];
export type SchemaAiScoringSettings = components['schemas']['AiScoringSettings'];
export type SchemaAlteration = components['schemas']['Alteration'];
export type SchemaAnswerOption = components['schemas']['AnswerOption'];
export type SchemaAppendToDncActionSettings = components['schemas']['AppendToDncActionSettings'];
export type SchemaAssistanceCondition = components['schemas']['AssistanceCondition'];
export type SchemaAttachment = components['schemas']['Attachment'];
export type SchemaAttemptLimits = components['schemas']['AttemptLimits'];
export type SchemaAttemptLimitsEntityListing = components['schemas']['AttemptLimitsEntityListing'];
export type SchemaAtzmTimeSlot = components['schemas']['AtzmTimeSlot'];
export type SchemaAtzmTimeSlotWithTimeZone = components['schemas']['AtzmTimeSlotWithTimeZone'];
export type SchemaAutomaticTimeZoneMappingSettings = components['schemas']['AutomaticTimeZoneMappingSettings'];
export type SchemaBiography = components['schemas']['Biography'];
export type SchemaBulkEntityErrorContactList = components['schemas']['BulkEntityErrorContactList'];
export type SchemaBulkErrorDetail = components['schemas']['BulkErrorDetail'];
export type SchemaBulkResponseResultContactListContactListBulkEntityErrorContactList = components['schemas']['BulkResponseResultContactListContactListBulkEntityErrorContactList'];
export type SchemaBullseye = components['schemas']['Bullseye'];
export type SchemaCalibration = components['schemas']['Calibration'];
export type SchemaCallableContactsDiagnostic = components['schemas']['CallableContactsDiagnostic'];
export type SchemaCallableTime = components['schemas']['CallableTime'];
export type SchemaCallableTimeSet = components['schemas']['CallableTimeSet'];
export type SchemaCallableTimeSetEntityListing = components['schemas']['CallableTimeSetEntityListing'];
export type SchemaCallableWindow = components['schemas']['CallableWindow'];
export type SchemaCallbackBasic = components['schemas']['CallbackBasic'];
export type SchemaCallbackMediaSettings = components['schemas']['CallbackMediaSettings'];
export type SchemaCallBasic = components['schemas']['CallBasic'];
export type SchemaCallRecord = components['schemas']['CallRecord'];
export type SchemaCampaign = components['schemas']['Campaign'];
export type SchemaCampaignBusinessCategoryMetrics = components['schemas']['CampaignBusinessCategoryMetrics'];
export type SchemaCampaignDiagnosticCampaignHealthState = components['schemas']['CampaignDiagnosticCampaignHealthState'];
export type SchemaCampaignDiagnosticCampaignState = components['schemas']['CampaignDiagnosticCampaignState'];
export type SchemaCampaignDiagnosticConfigChange = components['schemas']['CampaignDiagnosticConfigChange'];
export type SchemaCampaignDiagnostics = components['schemas']['CampaignDiagnostics'];
export type SchemaCampaignDiagnosticSummary = components['schemas']['CampaignDiagnosticSummary'];
export type SchemaCampaignDiagnosticWindow = components['schemas']['CampaignDiagnosticWindow'];
export type SchemaCampaignDivisionView = components['schemas']['CampaignDivisionView'];
export type SchemaCampaignDivisionViewListing = components['schemas']['CampaignDivisionViewListing'];
export type SchemaCampaignEntityListing = components['schemas']['CampaignEntityListing'];
export type SchemaCampaignInteraction = components['schemas']['CampaignInteraction'];
export type SchemaCampaignInteractions = components['schemas']['CampaignInteractions'];
export type SchemaCampaignLinesUtilization = components['schemas']['CampaignLinesUtilization'];
export type SchemaCampaignOutboundLinesAllocation = components['schemas']['CampaignOutboundLinesAllocation'];
export type SchemaCampaignOutboundLinesDistribution = components['schemas']['CampaignOutboundLinesDistribution'];
export type SchemaCampaignOutboundLinesReservation = components['schemas']['CampaignOutboundLinesReservation'];
export type SchemaCampaignPatchRequest = components['schemas']['CampaignPatchRequest'];
export type SchemaCampaignPerformanceData = components['schemas']['CampaignPerformanceData'];
export type SchemaCampaignPerformanceDataContactRate = components['schemas']['CampaignPerformanceDataContactRate'];
export type SchemaCampaignPerformanceDataListing = components['schemas']['CampaignPerformanceDataListing'];
export type SchemaCampaignPerformanceDataProgress = components['schemas']['CampaignPerformanceDataProgress'];
export type SchemaCampaignProgress = components['schemas']['CampaignProgress'];
export type SchemaCampaignRule = components['schemas']['CampaignRule'];
export type SchemaCampaignRuleAction = components['schemas']['CampaignRuleAction'];
export type SchemaCampaignRuleActionEntities = components['schemas']['CampaignRuleActionEntities'];
export type SchemaCampaignRuleCampaignRunTimeSettings = components['schemas']['CampaignRuleCampaignRunTimeSettings'];
export type SchemaCampaignRuleCampaignWaitTimeSettings = components['schemas']['CampaignRuleCampaignWaitTimeSettings'];
export type SchemaCampaignRuleCondition = components['schemas']['CampaignRuleCondition'];
export type SchemaCampaignRuleConditionGroup = components['schemas']['CampaignRuleConditionGroup'];
export type SchemaCampaignRuleDateTimeConditionParameters = components['schemas']['CampaignRuleDateTimeConditionParameters'];
export type SchemaCampaignRuleDayOfMonthInterval = components['schemas']['CampaignRuleDayOfMonthInterval'];
export type SchemaCampaignRuleDayOfMonthParameters = components['schemas']['CampaignRuleDayOfMonthParameters'];
export type SchemaCampaignRuleDayOfWeekInterval = components['schemas']['CampaignRuleDayOfWeekInterval'];
export type SchemaCampaignRuleDayOfWeekParameters = components['schemas']['CampaignRuleDayOfWeekParameters'];
export type SchemaCampaignRuleEntities = components['schemas']['CampaignRuleEntities'];
export type SchemaCampaignRuleEntityListing = components['schemas']['CampaignRuleEntityListing'];
export type SchemaCampaignRuleExecutionSettings = components['schemas']['CampaignRuleExecutionSettings'];
export type SchemaCampaignRuleParameters = components['schemas']['CampaignRuleParameters'];
export type SchemaCampaignRuleSpecificDateInterval = components['schemas']['CampaignRuleSpecificDateInterval'];
export type SchemaCampaignRuleSpecificDateParameters = components['schemas']['CampaignRuleSpecificDateParameters'];
export type SchemaCampaignRuleTimeOfDayInterval = components['schemas']['CampaignRuleTimeOfDayInterval'];
export type SchemaCampaignRuleTimeOfDayParameters = components['schemas']['CampaignRuleTimeOfDayParameters'];
export type SchemaCampaignRuleWarning = components['schemas']['CampaignRuleWarning'];
export type SchemaCampaignRuleWarningParameters = components['schemas']['CampaignRuleWarningParameters'];
export type SchemaCampaignRuleWeekDayOfMonth = components['schemas']['CampaignRuleWeekDayOfMonth'];
export type SchemaCampaignRuleWeekDayOfMonthInterval = components['schemas']['CampaignRuleWeekDayOfMonthInterval'];
export type SchemaCampaignRuleWeekDayOfMonthParameters = components['schemas']['CampaignRuleWeekDayOfMonthParameters'];
export type SchemaCampaignSchedule = components['schemas']['CampaignSchedule'];
export type SchemaCampaignSequence = components['schemas']['CampaignSequence'];
export type SchemaCampaignSequenceEntityListing = components['schemas']['CampaignSequenceEntityListing'];
export type SchemaCampaignSkillStatistics = components['schemas']['CampaignSkillStatistics'];
export type SchemaCampaignStats = components['schemas']['CampaignStats'];
export type SchemaCampaignTimeSlot = components['schemas']['CampaignTimeSlot'];
export type SchemaCannedResponseLibraries = components['schemas']['CannedResponseLibraries'];
export type SchemaChat = components['schemas']['Chat'];
export type SchemaCobrowsesession = components['schemas']['Cobrowsesession'];
export type SchemaColumn = components['schemas']['Column'];
export type SchemaColumnDataTypeSpecification = components['schemas']['ColumnDataTypeSpecification'];
export type SchemaColumnStatus = components['schemas']['ColumnStatus'];
export type SchemaCommonCampaign = components['schemas']['CommonCampaign'];
export type SchemaCommonCampaignDivisionView = components['schemas']['CommonCampaignDivisionView'];
export type SchemaCommonCampaignDivisionViewEntityListing = components['schemas']['CommonCampaignDivisionViewEntityListing'];
export type SchemaCommonCampaignEntityListing = components['schemas']['CommonCampaignEntityListing'];
export type SchemaCondition = components['schemas']['Condition'];
export type SchemaConditionalGroupActivation = components['schemas']['ConditionalGroupActivation'];
export type SchemaConditionalGroupActivationCondition = components['schemas']['ConditionalGroupActivationCondition'];
export type SchemaConditionalGroupActivationPilotRule = components['schemas']['ConditionalGroupActivationPilotRule'];
export type SchemaConditionalGroupActivationRule = components['schemas']['ConditionalGroupActivationRule'];
export type SchemaConditionalGroupActivationSimpleMetric = components['schemas']['ConditionalGroupActivationSimpleMetric'];
export type SchemaConditionalGroupRouting = components['schemas']['ConditionalGroupRouting'];
export type SchemaConditionalGroupRoutingRule = components['schemas']['ConditionalGroupRoutingRule'];
export type SchemaConfigurationOverrides = components['schemas']['ConfigurationOverrides'];
export type SchemaConnectRate = components['schemas']['ConnectRate'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaContactableStatus = components['schemas']['ContactableStatus'];
export type SchemaContactAddressConditionSettings = components['schemas']['ContactAddressConditionSettings'];
export type SchemaContactAddressTypeConditionSettings = components['schemas']['ContactAddressTypeConditionSettings'];
export type SchemaContactBulkEditRequest = components['schemas']['ContactBulkEditRequest'];
export type SchemaContactBulkSearchCriteria = components['schemas']['ContactBulkSearchCriteria'];
export type SchemaContactBulkSearchParameters = components['schemas']['ContactBulkSearchParameters'];
export type SchemaContactCallbackRequest = components['schemas']['ContactCallbackRequest'];
export type SchemaContactColumnConditionSettings = components['schemas']['ContactColumnConditionSettings'];
export type SchemaContactColumnTimeZone = components['schemas']['ContactColumnTimeZone'];
export type SchemaContactColumnToDataActionFieldMapping = components['schemas']['ContactColumnToDataActionFieldMapping'];
export type SchemaContactList = components['schemas']['ContactList'];
export type SchemaContactListDivisionView = components['schemas']['ContactListDivisionView'];
export type SchemaContactListDivisionViewListing = components['schemas']['ContactListDivisionViewListing'];
export type SchemaContactListEntityListing = components['schemas']['ContactListEntityListing'];
export type SchemaContactListFilter = components['schemas']['ContactListFilter'];
export type SchemaContactListFilterBulkRetrieveBody = components['schemas']['ContactListFilterBulkRetrieveBody'];
export type SchemaContactListFilterClause = components['schemas']['ContactListFilterClause'];
export type SchemaContactListFilterEntityListing = components['schemas']['ContactListFilterEntityListing'];
export type SchemaContactListFilterPredicate = components['schemas']['ContactListFilterPredicate'];
export type SchemaContactListFilterRange = components['schemas']['ContactListFilterRange'];
export type SchemaContactListingRequest = components['schemas']['ContactListingRequest'];
export type SchemaContactListingResponse = components['schemas']['ContactListingResponse'];
export type SchemaContactListsBulkEditRequest = components['schemas']['ContactListsBulkEditRequest'];
export type SchemaContactListsBulkEditResponse = components['schemas']['ContactListsBulkEditResponse'];
export type SchemaContactListTemplate = components['schemas']['ContactListTemplate'];
export type SchemaContactListTemplateBulkRetrieveBody = components['schemas']['ContactListTemplateBulkRetrieveBody'];
export type SchemaContactListTemplateEntityListing = components['schemas']['ContactListTemplateEntityListing'];
export type SchemaContactListUploadUrlRequest = components['schemas']['ContactListUploadUrlRequest'];
export type SchemaContactPhoneNumberColumn = components['schemas']['ContactPhoneNumberColumn'];
export type SchemaContactsBulkOperationJob = components['schemas']['ContactsBulkOperationJob'];
export type SchemaContactsBulkOperationJobListing = components['schemas']['ContactsBulkOperationJobListing'];
export type SchemaContactsExportRequest = components['schemas']['ContactsExportRequest'];
export type SchemaContactSort = components['schemas']['ContactSort'];
export type SchemaConversationBasic = components['schemas']['ConversationBasic'];
export type SchemaConversationChat = components['schemas']['ConversationChat'];
export type SchemaConversationDivisionMembership = components['schemas']['ConversationDivisionMembership'];
export type SchemaConversationMessageMetadata = components['schemas']['ConversationMessageMetadata'];
export type SchemaConversationMessageMetadataContent = components['schemas']['ConversationMessageMetadataContent'];
export type SchemaConversationMessageMetadataEvent = components['schemas']['ConversationMessageMetadataEvent'];
export type SchemaConversationQueueMediaSettings = components['schemas']['ConversationQueueMediaSettings'];
export type SchemaConversationReference = components['schemas']['ConversationReference'];
export type SchemaConversationRoutingData = components['schemas']['ConversationRoutingData'];
export type SchemaDataActionConditionPredicate = components['schemas']['DataActionConditionPredicate'];
export type SchemaDataActionConditionSettings = components['schemas']['DataActionConditionSettings'];
export type SchemaDataActionContactColumnFieldMapping = components['schemas']['DataActionContactColumnFieldMapping'];
export type SchemaDefaultAnswer = components['schemas']['DefaultAnswer'];
export type SchemaDefaultAnswersTo = components['schemas']['DefaultAnswersTo'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDiagnosticsSettings = components['schemas']['DiagnosticsSettings'];
export type SchemaDialerAction = components['schemas']['DialerAction'];
export type SchemaDialerContact = components['schemas']['DialerContact'];
export type SchemaDialerEventEntityListing = components['schemas']['DialerEventEntityListing'];
export type SchemaDialerPreview = components['schemas']['DialerPreview'];
export type SchemaDialerRule = components['schemas']['DialerRule'];
export type SchemaDigitalAction = components['schemas']['DigitalAction'];
export type SchemaDigitalCondition = components['schemas']['DigitalCondition'];
export type SchemaDigitalDataActionConditionPredicate = components['schemas']['DigitalDataActionConditionPredicate'];
export type SchemaDigitalRule = components['schemas']['DigitalRule'];
export type SchemaDigitalRuleSet = components['schemas']['DigitalRuleSet'];
export type SchemaDigitalRuleSetEntityListing = components['schemas']['DigitalRuleSetEntityListing'];
export type SchemaDirectRouting = components['schemas']['DirectRouting'];
export type SchemaDirectRoutingMediaSettings = components['schemas']['DirectRoutingMediaSettings'];
export type SchemaDisconnectReason = components['schemas']['DisconnectReason'];
export type SchemaDisposition = components['schemas']['Disposition'];
export type SchemaDispositionAmdTimeout = components['schemas']['DispositionAmdTimeout'];
export type SchemaDispositionParameters = components['schemas']['DispositionParameters'];
export type SchemaDispositionSilentCallTimeout = components['schemas']['DispositionSilentCallTimeout'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDivisionedDomainEntityRef = components['schemas']['DivisionedDomainEntityRef'];
export type SchemaDivisionEntityRef = components['schemas']['DivisionEntityRef'];
export type SchemaDivisionReference = components['schemas']['DivisionReference'];
export type SchemaDncList = components['schemas']['DncList'];
export type SchemaDncListCreate = components['schemas']['DncListCreate'];
export type SchemaDncListDivisionView = components['schemas']['DncListDivisionView'];
export type SchemaDncListDivisionViewListing = components['schemas']['DncListDivisionViewListing'];
export type SchemaDncListEntityListing = components['schemas']['DncListEntityListing'];
export type SchemaDncListUploadUrlRequest = components['schemas']['DNCListUploadUrlRequest'];
export type SchemaDncPatchCustomExclusionColumnsRequest = components['schemas']['DncPatchCustomExclusionColumnsRequest'];
export type SchemaDncPatchEmailsRequest = components['schemas']['DncPatchEmailsRequest'];
export type SchemaDncPatchPhoneNumbersRequest = components['schemas']['DncPatchPhoneNumbersRequest'];
export type SchemaDncPatchWhatsAppNumbersRequest = components['schemas']['DncPatchWhatsAppNumbersRequest'];
export type SchemaDomainEntityListingEvaluationForm = components['schemas']['DomainEntityListingEvaluationForm'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaDomainRole = components['schemas']['DomainRole'];
export type SchemaDynamicContactQueueingSettings = components['schemas']['DynamicContactQueueingSettings'];
export type SchemaDynamicLineBalancingSettings = components['schemas']['DynamicLineBalancingSettings'];
export type SchemaDynamicLineBalancingSettingsPatchRequest = components['schemas']['DynamicLineBalancingSettingsPatchRequest'];
export type SchemaEducation = components['schemas']['Education'];
export type SchemaEmail = components['schemas']['Email'];
export type SchemaEmailAddress = components['schemas']['EmailAddress'];
export type SchemaEmailCampaignSchedule = components['schemas']['EmailCampaignSchedule'];
export type SchemaEmailCampaignScheduleEntityListing = components['schemas']['EmailCampaignScheduleEntityListing'];
export type SchemaEmailColumn = components['schemas']['EmailColumn'];
export type SchemaEmailConfig = components['schemas']['EmailConfig'];
export type SchemaEmailMediaSettings = components['schemas']['EmailMediaSettings'];
export type SchemaEmployerInfo = components['schemas']['EmployerInfo'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaErrorInfo = components['schemas']['ErrorInfo'];
export type SchemaEvaluation = components['schemas']['Evaluation'];
export type SchemaEvaluationForm = components['schemas']['EvaluationForm'];
export type SchemaEvaluationQuestion = components['schemas']['EvaluationQuestion'];
export type SchemaEvaluationQuestionGroup = components['schemas']['EvaluationQuestionGroup'];
export type SchemaEvaluationQuestionGroupScore = components['schemas']['EvaluationQuestionGroupScore'];
export type SchemaEvaluationQuestionScore = components['schemas']['EvaluationQuestionScore'];
export type SchemaEvaluationReference = components['schemas']['EvaluationReference'];
export type SchemaEvaluationScoringSet = components['schemas']['EvaluationScoringSet'];
export type SchemaEvaluationSettings = components['schemas']['EvaluationSettings'];
export type SchemaEvaluationSettingsAssignee = components['schemas']['EvaluationSettingsAssignee'];
export type SchemaEvaluationSource = components['schemas']['EvaluationSource'];
export type SchemaEvaluationVersion = components['schemas']['EvaluationVersion'];
export type SchemaEventLog = components['schemas']['EventLog'];
export type SchemaEventMessage = components['schemas']['EventMessage'];
export type SchemaExpansionCriterium = components['schemas']['ExpansionCriterium'];
export type SchemaExportUri = components['schemas']['ExportUri'];
export type SchemaFaxStatus = components['schemas']['FaxStatus'];
export type SchemaFileSpecificationTemplate = components['schemas']['FileSpecificationTemplate'];
export type SchemaFileSpecificationTemplateEntityListing = components['schemas']['FileSpecificationTemplateEntityListing'];
export type SchemaFilterPreviewResponse = components['schemas']['FilterPreviewResponse'];
export type SchemaFromEmailAddress = components['schemas']['FromEmailAddress'];
export type SchemaGeolocation = components['schemas']['Geolocation'];
export type SchemaGroup = components['schemas']['Group'];
export type SchemaGroupContact = components['schemas']['GroupContact'];
export type SchemaImage = components['schemas']['Image'];
export type SchemaImportStatus = components['schemas']['ImportStatus'];
export type SchemaImportTemplate = components['schemas']['ImportTemplate'];
export type SchemaImportTemplateEntityListing = components['schemas']['ImportTemplateEntityListing'];
export type SchemaInactivityTimeoutSettings = components['schemas']['InactivityTimeoutSettings'];
export type SchemaInboundRoute = components['schemas']['InboundRoute'];
export type SchemaInternalMessage = components['schemas']['InternalMessage'];
export type SchemaInternalMessageDetails = components['schemas']['InternalMessageDetails'];
export type SchemaJourneyAction = components['schemas']['JourneyAction'];
export type SchemaJourneyActionMap = components['schemas']['JourneyActionMap'];
export type SchemaJourneyContext = components['schemas']['JourneyContext'];
export type SchemaJourneyCustomer = components['schemas']['JourneyCustomer'];
export type SchemaJourneyCustomerSession = components['schemas']['JourneyCustomerSession'];
export type SchemaLastAttemptByColumnConditionSettings = components['schemas']['LastAttemptByColumnConditionSettings'];
export type SchemaLastAttemptOverallConditionSettings = components['schemas']['LastAttemptOverallConditionSettings'];
export type SchemaLastResultByColumnConditionSettings = components['schemas']['LastResultByColumnConditionSettings'];
export type SchemaLastResultOverallConditionSettings = components['schemas']['LastResultOverallConditionSettings'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaLocation = components['schemas']['Location'];
export type SchemaLocationAddress = components['schemas']['LocationAddress'];
export type SchemaLocationAddressVerificationDetails = components['schemas']['LocationAddressVerificationDetails'];
export type SchemaLocationDefinition = components['schemas']['LocationDefinition'];
export type SchemaLocationEmergencyNumber = components['schemas']['LocationEmergencyNumber'];
export type SchemaLocationImage = components['schemas']['LocationImage'];
export type SchemaMarkContactUncontactableActionSettings = components['schemas']['MarkContactUncontactableActionSettings'];
export type SchemaMediaSettings = components['schemas']['MediaSettings'];
export type SchemaMediaSummary = components['schemas']['MediaSummary'];
export type SchemaMediaSummaryDetail = components['schemas']['MediaSummaryDetail'];
export type SchemaMemberGroup = components['schemas']['MemberGroup'];
export type SchemaMessage = components['schemas']['Message'];
export type SchemaMessageDetails = components['schemas']['MessageDetails'];
export type SchemaMessageEvaluation = components['schemas']['MessageEvaluation'];
export type SchemaMessageMedia = components['schemas']['MessageMedia'];
export type SchemaMessageMediaSettings = components['schemas']['MessageMediaSettings'];
export type SchemaMessageSticker = components['schemas']['MessageSticker'];
export type SchemaMessageSubtypeSettings = components['schemas']['MessageSubtypeSettings'];
export type SchemaMessagingCampaign = components['schemas']['MessagingCampaign'];
export type SchemaMessagingCampaignDiagnostics = components['schemas']['MessagingCampaignDiagnostics'];
export type SchemaMessagingCampaignDivisionView = components['schemas']['MessagingCampaignDivisionView'];
export type SchemaMessagingCampaignDivisionViewEntityListing = components['schemas']['MessagingCampaignDivisionViewEntityListing'];
export type SchemaMessagingCampaignEntityListing = components['schemas']['MessagingCampaignEntityListing'];
export type SchemaMessagingCampaignSchedule = components['schemas']['MessagingCampaignSchedule'];
export type SchemaMessagingCampaignScheduleEntityListing = components['schemas']['MessagingCampaignScheduleEntityListing'];
export type SchemaNextOccurrenceDetails = components['schemas']['NextOccurrenceDetails'];
export type SchemaOAuthLastTokenIssued = components['schemas']['OAuthLastTokenIssued'];
export type SchemaOccurrenceDetails = components['schemas']['OccurrenceDetails'];
export type SchemaOutboundSettings = components['schemas']['OutboundSettings'];
export type SchemaOutOfOffice = components['schemas']['OutOfOffice'];
export type SchemaPage = components['schemas']['Page'];
export type SchemaPagedSkillCombinationListing = components['schemas']['PagedSkillCombinationListing'];
export type SchemaPagelessDomainEntityListingEvaluationVersion = components['schemas']['PagelessDomainEntityListingEvaluationVersion'];
export type SchemaParticipantBasic = components['schemas']['ParticipantBasic'];
export type SchemaPattern = components['schemas']['Pattern'];
export type SchemaPhoneColumn = components['schemas']['PhoneColumn'];
export type SchemaPhoneNumberColumn = components['schemas']['PhoneNumberColumn'];
export type SchemaPhoneNumberStatus = components['schemas']['PhoneNumberStatus'];
export type SchemaPreprocessingRule = components['schemas']['PreprocessingRule'];
export type SchemaPresenceDefinition = components['schemas']['PresenceDefinition'];
export type SchemaQuestionGroupSettings = components['schemas']['QuestionGroupSettings'];
export type SchemaQuestionSettings = components['schemas']['QuestionSettings'];
export type SchemaQueue = components['schemas']['Queue'];
export type SchemaQueueEmailAddress = components['schemas']['QueueEmailAddress'];
export type SchemaQueueMediaSettings = components['schemas']['QueueMediaSettings'];
export type SchemaQueueMessagingAddresses = components['schemas']['QueueMessagingAddresses'];
export type SchemaQueueUtilizationDiagnostic = components['schemas']['QueueUtilizationDiagnostic'];
export type SchemaRange = components['schemas']['Range'];
export type SchemaReaction = components['schemas']['Reaction'];
export type SchemaRecallEntry = components['schemas']['RecallEntry'];
export type SchemaRecordersState = components['schemas']['RecordersState'];
export type SchemaReoccurrence = components['schemas']['Reoccurrence'];
export type SchemaReplyToEmailAddress = components['schemas']['ReplyToEmailAddress'];
export type SchemaResourceConditionNode = components['schemas']['ResourceConditionNode'];
export type SchemaResourceConditionValue = components['schemas']['ResourceConditionValue'];
export type SchemaResourcePermissionPolicy = components['schemas']['ResourcePermissionPolicy'];
export type SchemaResponseSet = components['schemas']['ResponseSet'];
export type SchemaResponseSetEntityListing = components['schemas']['ResponseSetEntityListing'];
export type SchemaRestErrorDetail = components['schemas']['RestErrorDetail'];
export type SchemaRing = components['schemas']['Ring'];
export type SchemaRoutingRule = components['schemas']['RoutingRule'];
export type SchemaRoutingStatus = components['schemas']['RoutingStatus'];
export type SchemaRuleSet = components['schemas']['RuleSet'];
export type SchemaRuleSetDiagnostic = components['schemas']['RuleSetDiagnostic'];
export type SchemaRuleSetEntityListing = components['schemas']['RuleSetEntityListing'];
export type SchemaScheduleInterval = components['schemas']['ScheduleInterval'];
export type SchemaScoredAgent = components['schemas']['ScoredAgent'];
export type SchemaScreenMonitoring = components['schemas']['ScreenMonitoring'];
export type SchemaScreenshare = components['schemas']['Screenshare'];
export type SchemaScript = components['schemas']['Script'];
export type SchemaSegment = components['schemas']['Segment'];
export type SchemaSequenceSchedule = components['schemas']['SequenceSchedule'];
export type SchemaServiceLevel = components['schemas']['ServiceLevel'];
export type SchemaSetContentTemplateActionSettings = components['schemas']['SetContentTemplateActionSettings'];
export type SchemaSetSmsPhoneNumberActionSettings = components['schemas']['SetSmsPhoneNumberActionSettings'];
export type SchemaSetWhatsAppIntegrationActionSettings = components['schemas']['SetWhatsAppIntegrationActionSettings'];
export type SchemaSignature = components['schemas']['Signature'];
export type SchemaSkillCombinationInfo = components['schemas']['SkillCombinationInfo'];
export type SchemaSkillsToRemove = components['schemas']['SkillsToRemove'];
export type SchemaSmsConfig = components['schemas']['SmsConfig'];
export type SchemaSmsPhoneNumberRef = components['schemas']['SmsPhoneNumberRef'];
export type SchemaSocialExpression = components['schemas']['SocialExpression'];
export type SchemaSplittingInformation = components['schemas']['SplittingInformation'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaTimeAndDateSubCondition = components['schemas']['TimeAndDateSubCondition'];
export type SchemaTimeAndDateSubConditionRange = components['schemas']['TimeAndDateSubConditionRange'];
export type SchemaTimeZoneMappingPreview = components['schemas']['TimeZoneMappingPreview'];
export type SchemaTopicDuration = components['schemas']['TopicDuration'];
export type SchemaTopicOffset = components['schemas']['TopicOffset'];
export type SchemaTranscriptTopic = components['schemas']['TranscriptTopic'];
export type SchemaUpdateContactColumnActionSettings = components['schemas']['UpdateContactColumnActionSettings'];
export type SchemaUploadUrlResponse = components['schemas']['UploadUrlResponse'];
export type SchemaUser = components['schemas']['User'];
export type SchemaUserAuthorization = components['schemas']['UserAuthorization'];
export type SchemaUserConversationSummary = components['schemas']['UserConversationSummary'];
export type SchemaUserParam = components['schemas']['UserParam'];
export type SchemaUserPresence = components['schemas']['UserPresence'];
export type SchemaUserReferenceWithName = components['schemas']['UserReferenceWithName'];
export type SchemaUserRoutingLanguage = components['schemas']['UserRoutingLanguage'];
export type SchemaUserRoutingSkill = components['schemas']['UserRoutingSkill'];
export type SchemaUserStation = components['schemas']['UserStation'];
export type SchemaUserStations = components['schemas']['UserStations'];
export type SchemaVideo = components['schemas']['Video'];
export type SchemaVisibilityCondition = components['schemas']['VisibilityCondition'];
export type SchemaVoicemail = components['schemas']['Voicemail'];
export type SchemaWhatsAppCampaignSchedule = components['schemas']['WhatsAppCampaignSchedule'];
export type SchemaWhatsAppCampaignScheduleEntityListing = components['schemas']['WhatsAppCampaignScheduleEntityListing'];
export type SchemaWhatsAppColumn = components['schemas']['WhatsAppColumn'];
export type SchemaWhatsAppConfig = components['schemas']['WhatsAppConfig'];
export type SchemaWorkPlanBidRanks = components['schemas']['WorkPlanBidRanks'];
export type SchemaWrapup = components['schemas']['Wrapup'];
export type SchemaWrapUpCodeMapping = components['schemas']['WrapUpCodeMapping'];
export type SchemaWritableDialerContact = components['schemas']['WritableDialerContact'];
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
    getOutboundAttemptlimits: {
        parameters: {
            query?: {
                /** @description Whether to return an empty page when there are no results for that page */
                allowEmptyResult?: boolean;
                /** @description Filter type */
                filterType?: "Equals" | "RegEx" | "Contains" | "Prefix" | "LessThan" | "LessThanEqualTo" | "GreaterThan" | "GreaterThanEqualTo" | "BeginsWith" | "EndsWith" | (string & {});
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
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
                    "application/json": components["schemas"]["AttemptLimitsEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundAttemptlimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description AttemptLimits */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttemptLimits"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptLimits"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundAttemptlimit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Attempt limits ID */
                attemptLimitsId: string;
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
                    "application/json": components["schemas"]["AttemptLimits"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundAttemptlimit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Attempt limits ID */
                attemptLimitsId: string;
            };
            cookie?: never;
        };
        /** @description AttemptLimits */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttemptLimits"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptLimits"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundAttemptlimit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Attempt limits ID */
                attemptLimitsId: string;
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
    getOutboundCallabletimesets: {
        parameters: {
            query?: {
                /** @description Whether to return an empty page when there are no results for that page */
                allowEmptyResult?: boolean;
                /** @description Filter type */
                filterType?: "Equals" | "RegEx" | "Contains" | "Prefix" | "LessThan" | "LessThanEqualTo" | "GreaterThan" | "GreaterThanEqualTo" | "BeginsWith" | "EndsWith" | (string & {});
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
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
                    "application/json": components["schemas"]["CallableTimeSetEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundCallabletimesets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description DialerCallableTimeSet */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallableTimeSet"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallableTimeSet"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundCallabletimeset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Callable Time Set ID */
                callableTimeSetId: string;
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
                    "application/json": components["schemas"]["CallableTimeSet"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundCallabletimeset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Callable Time Set ID */
                callableTimeSetId: string;
            };
            cookie?: never;
        };
        /** @description DialerCallableTimeSet */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallableTimeSet"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallableTimeSet"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundCallabletimeset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Callable Time Set ID */
                callableTimeSetId: string;
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
    getOutboundCallanalysisresponsesets: {
        parameters: {
            query?: {
                /** @description Whether to return an empty page when there are no results for that page */
                allowEmptyResult?: boolean;
                /** @description Filter type */
                filterType?: "Equals" | "RegEx" | "Contains" | "Prefix" | "LessThan" | "LessThanEqualTo" | "GreaterThan" | "GreaterThanEqualTo" | "BeginsWith" | "EndsWith" | (string & {});
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
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
                    "application/json": components["schemas"]["ResponseSetEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundCallanalysisresponsesets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ResponseSet */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponseSet"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseSet"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundCallanalysisresponseset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call Analysis Response Set ID */
                callAnalysisSetId: string;
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
                    "application/json": components["schemas"]["ResponseSet"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundCallanalysisresponseset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call Analysis Response Set ID */
                callAnalysisSetId: string;
            };
            cookie?: never;
        };
        /** @description ResponseSet */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponseSet"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseSet"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundCallanalysisresponseset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Call Analysis Response Set ID */
                callAnalysisSetId: string;
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
    getOutboundCampaignrules: {
        parameters: {
            query?: {
                /** @description Whether to return an empty page when there are no results for that page */
                allowEmptyResult?: boolean;
                /** @description Filter type */
                filterType?: "Equals" | "RegEx" | "Contains" | "Prefix" | "LessThan" | "LessThanEqualTo" | "GreaterThan" | "GreaterThanEqualTo" | "BeginsWith" | "EndsWith" | (string & {});
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
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
                    "application/json": components["schemas"]["CampaignRuleEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundCampaignrules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description CampaignRule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignRule"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignRule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundCampaignrule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign Rule ID */
                campaignRuleId: string;
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
                    "application/json": components["schemas"]["CampaignRule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundCampaignrule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign Rule ID */
                campaignRuleId: string;
            };
            cookie?: never;
        };
        /** @description CampaignRule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignRule"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignRule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundCampaignrule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign Rule ID */
                campaignRuleId: string;
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
    getOutboundCampaigns: {
        parameters: {
            query?: {
                /** @description Call analysis response set ID */
                callAnalysisResponseSetId?: string;
                /** @description Contact List ID */
                contactListId?: string;
                /** @description Distribution queue ID */
                distributionQueueId?: string;
                /** @description Division ID(s) */
                divisionId?: string[];
                /** @description DNC list ID */
                dncListIds?: string;
                /** @description Edge group ID */
                edgeGroupId?: string;
                /** @description Filter type */
                filterType?: "Equals" | "RegEx" | "Contains" | "Prefix" | "LessThan" | "LessThanEqualTo" | "GreaterThan" | "GreaterThanEqualTo" | "BeginsWith" | "EndsWith" | (string & {});
                /** @description id */
                id?: string[];
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
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
                    "application/json": components["schemas"]["CampaignEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundCampaigns: {
        parameters: {
            query?: {
                /** @description Use maxCallsPerAgent with decimal precision */
                useMaxCallsPerAgentDecimal?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Campaign */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Campaign"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
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
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundCampaign: {
        parameters: {
            query?: {
                /** @description Use maxCallsPerAgent with decimal precision */
                useMaxCallsPerAgentDecimal?: boolean;
            };
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
            };
            cookie?: never;
        };
        /** @description Campaign */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Campaign"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            /** @description Conflict. */
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
    deleteOutboundCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
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
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchOutboundCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
            };
            cookie?: never;
        };
        /** @description CampaignPatchRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignPatchRequest"];
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
    postOutboundCampaignAgentownedmappingpreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
            };
            cookie?: never;
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
                    };
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundCampaignAgentownedmappingpreviewResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentOwnedMappingPreviewListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundCampaignAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
                /** @description Agent's user ID */
                userId: string;
            };
            cookie?: never;
        };
        /** @description agent */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Agent"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
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
    postOutboundCampaignCallbackSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
            };
            cookie?: never;
        };
        /** @description ContactCallbackRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCallbackRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactCallbackRequest"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundCampaignDiagnostics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
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
                    "application/json": components["schemas"]["CampaignDiagnostics"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundCampaignInteractions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
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
                    "application/json": components["schemas"]["CampaignInteractions"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundCampaignLinedistribution: {
        parameters: {
            query?: {
                /** @description Edge group to be used in line distribution calculations instead of current Campaign's Edge Group. Campaign's Site and Edge Group are mutually exclusive. */
                edgeGroupId?: string;
                /** @description If true will return only active Campaigns */
                includeOnlyActiveCampaigns?: boolean;
                /** @description The number of outbound lines to be used in line distribution calculations, instead of current Campaign's Outbound Lines Count */
                outboundLineCount?: number;
                /** @description Relative weight to be used in line distribution calculations instead of current Campaign's relative weight */
                relativeWeight?: number;
                /** @description Site to be used in line distribution calculations instead of current Campaign's Site.  Campaign's Site and Edge Group are mutually exclusive. */
                siteId?: string;
                /** @description Enable usage of weight, this value overrides current Campaign's setting in line distribution calculations */
                useWeight?: boolean;
            };
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignOutboundLinesDistribution"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundCampaignProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
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
                    "application/json": components["schemas"]["CampaignProgress"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundCampaignProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted - the campaign will be recycled momentarily */
            202: {
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
    getOutboundCampaignSkillcombinations: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedSkillCombinationListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundCampaignStart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
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
    getOutboundCampaignStats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
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
                    "application/json": components["schemas"]["CampaignStats"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundCampaignStop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
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
    getOutboundCampaignsAll: {
        parameters: {
            query?: {
                /** @description Division ID(s) */
                divisionId?: string[];
                /** @description Campaign ID(s) */
                id?: string[];
                /** @description Media type(s) */
                mediaType?: string[];
                /** @description Campaign name(s) */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
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
                    "application/json": components["schemas"]["CommonCampaignEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundCampaignsAllDivisionviews: {
        parameters: {
            query?: {
                /** @description Division ID(s) */
                divisionId?: string[];
                /** @description Campaign ID(s) */
                id?: string[];
                /** @description Media type(s) */
                mediaType?: string[];
                /** @description Campaign name(s) */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
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
                    "application/json": components["schemas"]["CommonCampaignDivisionViewEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundCampaignsDivisionviews: {
        parameters: {
            query?: {
                /** @description Filter type */
                filterType?: string;
                /** @description id */
                id?: string[];
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
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
                    "application/json": components["schemas"]["CampaignDivisionViewListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundCampaignsDivisionview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDivisionView"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundCampaignsPerformanceQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Campaign IDs. Maximum of 50 IDs allowed. */
        requestBody: {
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
                    "application/json": components["schemas"]["CampaignPerformanceDataListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundCampaignsProgress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Campaign IDs */
        requestBody: {
            content: {
                "application/json": string[];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignProgress"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundContactlistfilters: {
        parameters: {
            query?: {
                /** @description Whether to return an empty page when there are no results for that page */
                allowEmptyResult?: boolean;
                /** @description Contact List ID */
                contactListId?: string;
                /** @description Filter type */
                filterType?: "Equals" | "RegEx" | "Contains" | "Prefix" | "LessThan" | "LessThanEqualTo" | "GreaterThan" | "GreaterThanEqualTo" | "BeginsWith" | "EndsWith" | (string & {});
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
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
                    "application/json": components["schemas"]["ContactListFilterEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundContactlistfilters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ContactListFilter */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactListFilter"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListFilter"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundContactlistfilter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact List Filter ID */
                contactListFilterId: string;
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
                    "application/json": components["schemas"]["ContactListFilter"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundContactlistfilter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact List Filter ID */
                contactListFilterId: string;
            };
            cookie?: never;
        };
        /** @description ContactListFilter */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactListFilter"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListFilter"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundContactlistfilter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact List Filter ID */
                contactListFilterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contact list filter deleted */
            204: {
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
    postOutboundContactlistfiltersBulkRetrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The contact list filters to retrieve */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactListFilterBulkRetrieveBody"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListFilterEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundContactlistfiltersPreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ContactListFilter */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactListFilter"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilterPreviewResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundContactlists: {
        parameters: {
            query?: {
                /** @description Whether to return an empty page when there are no results for that page */
                allowEmptyResult?: boolean;
                /** @description Filter by expiration date. Supports filter type prefixes, e.g. greaterthan:2025-01-01T00:00:00Z. Multiple values narrow the range. See https://developer.genesys.cloud/routing/outbound/filter-type */
                dateExpiration?: string[];
                /** @description Division ID(s) */
                divisionId?: string[];
                /** @description Filter type */
                filterType?: "Equals" | "RegEx" | "Contains" | "Prefix" | "LessThan" | "LessThanEqualTo" | "GreaterThan" | "GreaterThanEqualTo" | "BeginsWith" | "EndsWith" | (string & {});
                /** @description id */
                id?: string[];
                /** @description Include import status */
                includeImportStatus?: boolean;
                /** @description Include size */
                includeSize?: boolean;
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
                /** @description Filter by time zone */
                timeZone?: string;
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
                    "application/json": components["schemas"]["ContactListEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundContactlists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ContactList */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactList"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundContactlists: {
        parameters: {
            query: {
                /** @description contact list id(s) to delete */
                id: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contact lists accepted for delete. */
            204: {
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
    getOutboundContactlist: {
        parameters: {
            query?: {
                /** @description Import status */
                includeImportStatus?: boolean;
                /** @description Include size */
                includeSize?: boolean;
            };
            header?: never;
            path: {
                /** @description ContactList ID */
                contactListId: string;
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
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundContactlist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ContactList ID */
                contactListId: string;
            };
            cookie?: never;
        };
        /** @description ContactList */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactList"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundContactlist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ContactList ID */
                contactListId: string;
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
    postOutboundContactlistClear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact List ID */
                contactListId: string;
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
    postOutboundContactlistContacts: {
        parameters: {
            query?: {
                /** @description Clear system data. True means the system columns (attempts, callable status, etc) stored on the contact will be cleared if the contact already exists; false means they won't. */
                clearSystemData?: boolean;
                /** @description Do not queue. True means that updated contacts will not have their positions in the queue altered, so contacts that have already been dialed will not be redialed. For new contacts, this parameter has no effect; False means that updated contacts will be re-queued, according to the 'priority' parameter. */
                doNotQueue?: boolean;
                /** @description Contact priority. True means the contact(s) will be dialed next; false means the contact will go to the end of the contact queue. */
                priority?: boolean;
            };
            header?: never;
            path: {
                /** @description Contact List ID */
                contactListId: string;
            };
            cookie?: never;
        };
        /** @description Contact */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WritableDialerContact"][];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DialerContact"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundContactlistContacts: {
        parameters: {
            query: {
                /** @description ContactIds to delete. */
                contactIds: string[];
            };
            header?: never;
            path: {
                /** @description Contact List ID */
                contactListId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contacts Deleted. */
            204: {
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
    getOutboundContactlistContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact ID */
                contactId: string;
                /** @description Contact List ID */
                contactListId: string;
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
                    "application/json": components["schemas"]["DialerContact"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundContactlistContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact ID */
                contactId: string;
                /** @description Contact List ID */
                contactListId: string;
            };
            cookie?: never;
        };
        /** @description Contact */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DialerContact"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DialerContact"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundContactlistContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact ID */
                contactId: string;
                /** @description Contact List ID */
                contactListId: string;
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
    postOutboundContactlistContactsBulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact List ID */
                contactListId: string;
            };
            cookie?: never;
        };
        /** @description ContactIds to get. */
        requestBody: {
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
                    "application/json": components["schemas"]["DialerContact"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundContactlistContactsBulkJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact List ID */
                contactListId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsBulkOperationJobListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundContactlistContactsBulkJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact List ID */
                contactListId: string;
                /** @description Job ID */
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
                    "application/json": components["schemas"]["ContactsBulkOperationJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundContactlistContactsBulkRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact List ID */
                contactListId: string;
            };
            cookie?: never;
        };
        /** @description Contact filter information. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactBulkSearchParameters"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsBulkOperationJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundContactlistContactsBulkUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact List ID */
                contactListId: string;
            };
            cookie?: never;
        };
        /** @description Contact bulk edit request information. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactBulkEditRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsBulkOperationJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundContactlistContactsSearch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact List ID */
                contactListId: string;
            };
            cookie?: never;
        };
        /** @description Contact search parameters. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactListingRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListingResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundContactlistExport: {
        parameters: {
            query?: {
                /** @description Redirect to download uri */
                download?: string;
            };
            header?: never;
            path: {
                /** @description ContactList ID */
                contactListId: string;
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
                    "application/json": components["schemas"]["ExportUri"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundContactlistExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ContactList ID */
                contactListId: string;
            };
            cookie?: never;
        };
        /** @description Export information to get */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ContactsExportRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainEntityRef"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundContactlistImportstatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ContactList ID */
                contactListId: string;
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
                    "application/json": components["schemas"]["ImportStatus"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundContactlistTimezonemappingpreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ContactList ID */
                contactListId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeZoneMappingPreview"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundContactlistsBulkUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Contact lists bulk edit request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactListsBulkEditRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListsBulkEditResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundContactlistsDivisionviews: {
        parameters: {
            query?: {
                /** @description Filter type */
                filterType?: string;
                /** @description id */
                id?: string[];
                /** @description Include import status */
                includeImportStatus?: boolean;
                /** @description Include size */
                includeSize?: boolean;
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
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
                    "application/json": components["schemas"]["ContactListDivisionViewListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundContactlistsDivisionview: {
        parameters: {
            query?: {
                /** @description Include import status */
                includeImportStatus?: boolean;
                /** @description Include size */
                includeSize?: boolean;
            };
            header?: never;
            path: {
                /** @description Contactlist ID */
                contactListId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListDivisionView"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundContactlistsUploads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description contactListUploadUrlRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactListUploadUrlRequest"];
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
    getOutboundContactlisttemplates: {
        parameters: {
            query?: {
                /** @description Whether to return an empty page when there are no results for that page */
                allowEmptyResult?: boolean;
                /** @description Filter type */
                filterType?: string;
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
                /** @description Filter by time zone */
                timeZone?: string;
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
                    "application/json": components["schemas"]["ContactListTemplateEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundContactlisttemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ContactListTemplate */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactListTemplate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListTemplate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundContactlisttemplates: {
        parameters: {
            query: {
                /** @description contact list template id(s) to delete */
                id: string[];
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
    getOutboundContactlisttemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ContactListTemplate ID */
                contactListTemplateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListTemplate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundContactlisttemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ContactListTemplate ID */
                contactListTemplateId: string;
            };
            cookie?: never;
        };
        /** @description ContactListTemplate */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactListTemplate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListTemplate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundContactlisttemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ContactListTemplate ID */
                contactListTemplateId: string;
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
    postOutboundContactlisttemplatesBulkAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description contact list template(s) to add */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactListTemplate"][];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListTemplateEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundContactlisttemplatesBulkRetrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description contact list templates to get */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactListTemplateBulkRetrieveBody"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListTemplateEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundConversationDnc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
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
    getOutboundDiagnosticsCampaignSummary: {
        parameters: {
            query: {
                /** @description End datetime (ISO 8601 or Unix epoch) */
                end: string;
                /** @description Start datetime (ISO 8601 or Unix epoch) */
                start: string;
            };
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDiagnosticSummary"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundDigitalrulesets: {
        parameters: {
            query?: {
                /** @description A list of digital rule set ids to bulk fetch */
                id?: string[];
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
                pageSize?: number;
                /** @description The field to sort by */
                sortBy?: string;
                /** @description The direction to sort */
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
                    "application/json": components["schemas"]["DigitalRuleSetEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundDigitalrulesets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Digital Rule Set */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DigitalRuleSet"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigitalRuleSet"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundDigitalruleset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Digital Rule Set ID */
                digitalRuleSetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigitalRuleSet"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundDigitalruleset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Digital Rule Set ID */
                digitalRuleSetId: string;
            };
            cookie?: never;
        };
        /** @description Digital Rule Set */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DigitalRuleSet"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigitalRuleSet"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundDigitalruleset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Digital Rule Set ID */
                digitalRuleSetId: string;
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
    getOutboundDnclists: {
        parameters: {
            query?: {
                /** @description Whether to return an empty page when there are no results for that page */
                allowEmptyResult?: boolean;
                /** @description Division ID(s) */
                divisionId?: string[];
                /** @description DncSourceType */
                dncSourceType?: string;
                /** @description Filter type */
                filterType?: "Equals" | "RegEx" | "Contains" | "Prefix" | "LessThan" | "LessThanEqualTo" | "GreaterThan" | "GreaterThanEqualTo" | "BeginsWith" | "EndsWith" | (string & {});
                /** @description Import status */
                includeImportStatus?: boolean;
                /** @description Include size */
                includeSize?: boolean;
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: "ascending" | "descending" | (string & {});
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
                    "application/json": components["schemas"]["DncListEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundDnclists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description DncList */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DncListCreate"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DncList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundDnclist: {
        parameters: {
            query?: {
                /** @description Import status */
                includeImportStatus?: boolean;
                /** @description Include size */
                includeSize?: boolean;
            };
            header?: never;
            path: {
                /** @description DncList ID */
                dncListId: string;
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
                    "application/json": components["schemas"]["DncList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundDnclist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DncList ID */
                dncListId: string;
            };
            cookie?: never;
        };
        /** @description DncList */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DncList"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DncList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundDnclist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DncList ID */
                dncListId: string;
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
    deleteOutboundDnclistCustomexclusioncolumns: {
        parameters: {
            query?: {
                /** @description Set to true to only remove DNC entries that are expired */
                expiredOnly?: boolean;
            };
            header?: never;
            path: {
                /** @description DncList ID */
                dncListId: string;
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
    patchOutboundDnclistCustomexclusioncolumns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DncList ID */
                dncListId: string;
            };
            cookie?: never;
        };
        /** @description DNC Custom exclusion column entries */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DncPatchCustomExclusionColumnsRequest"];
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
    postOutboundDnclistEmailaddresses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DncList ID */
                dncListId: string;
            };
            cookie?: never;
        };
        /** @description DNC email addresses */
        requestBody: {
            content: {
                "application/json": string[];
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
    deleteOutboundDnclistEmailaddresses: {
        parameters: {
            query?: {
                /** @description Set to true to only remove DNC entries that are expired */
                expiredOnly?: boolean;
            };
            header?: never;
            path: {
                /** @description DncList ID */
                dncListId: string;
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
    patchOutboundDnclistEmailaddresses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DncList ID */
                dncListId: string;
            };
            cookie?: never;
        };
        /** @description DNC Emails */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DncPatchEmailsRequest"];
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
    getOutboundDnclistExport: {
        parameters: {
            query?: {
                /** @description Redirect to download uri */
                download?: string;
            };
            header?: never;
            path: {
                /** @description DncList ID */
                dncListId: string;
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
                    "application/json": components["schemas"]["ExportUri"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundDnclistExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DncList ID */
                dncListId: string;
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
                    "application/json": components["schemas"]["DomainEntityRef"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundDnclistImportstatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DncList ID */
                dncListId: string;
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
                    "application/json": components["schemas"]["ImportStatus"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundDnclistPhonenumbers: {
        parameters: {
            query?: {
                /** @description Expiration date for DNC phone numbers in yyyy-MM-ddTHH:mmZ format */
                expirationDateTime?: string;
            };
            header?: never;
            path: {
                /** @description DncList ID */
                dncListId: string;
            };
            cookie?: never;
        };
        /** @description DNC Phone Numbers */
        requestBody: {
            content: {
                "application/json": string[];
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
    deleteOutboundDnclistPhonenumbers: {
        parameters: {
            query?: {
                /** @description Set to true to only remove DNC entries that are expired */
                expiredOnly?: boolean;
            };
            header?: never;
            path: {
                /** @description DncList ID */
                dncListId: string;
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
    patchOutboundDnclistPhonenumbers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DncList ID */
                dncListId: string;
            };
            cookie?: never;
        };
        /** @description DNC Phone Numbers */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DncPatchPhoneNumbersRequest"];
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
    deleteOutboundDnclistWhatsappnumbers: {
        parameters: {
            query?: {
                /** @description Set to true to only remove DNC whatsApp numbers that are expired */
                expiredOnly?: boolean;
            };
            header?: never;
            path: {
                /** @description DncList ID */
                dncListId: string;
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
    patchOutboundDnclistWhatsappnumbers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DncList ID */
                dncListId: string;
            };
            cookie?: never;
        };
        /** @description DNC whatsApp numbers */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DncPatchWhatsAppNumbersRequest"];
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
    getOutboundDnclistsDivisionviews: {
        parameters: {
            query?: {
                /** @description DncSourceType */
                dncSourceType?: string;
                /** @description Filter type */
                filterType?: string;
                /** @description id */
                id?: string[];
                /** @description Include import status */
                includeImportStatus?: boolean;
                /** @description Include size */
                includeSize?: boolean;
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
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
                    "application/json": components["schemas"]["DncListDivisionViewListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundDnclistsDivisionview: {
        parameters: {
            query?: {
                /** @description Include import status */
                includeImportStatus?: boolean;
                /** @description Include size */
                includeSize?: boolean;
            };
            header?: never;
            path: {
                /** @description Dnclist ID */
                dncListId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DncListDivisionView"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundDnclistsUploads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description dncListUploadUrlRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DNCListUploadUrlRequest"];
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
    getOutboundEvents: {
        parameters: {
            query?: {
                /** @description Category */
                category?: string;
                /** @description Filter type */
                filterType?: "Equals" | "RegEx" | "Contains" | "Prefix" | "LessThan" | "LessThanEqualTo" | "GreaterThan" | "GreaterThanEqualTo" | "BeginsWith" | "EndsWith" | (string & {});
                /** @description Level */
                level?: string;
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
                    "application/json": components["schemas"]["DialerEventEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Event Log ID */
                eventId: string;
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
                    "application/json": components["schemas"]["EventLog"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundFilespecificationtemplates: {
        parameters: {
            query?: {
                /** @description Whether to return an empty page when there are no results for that page */
                allowEmptyResult?: boolean;
                /** @description Filter type */
                filterType?: string;
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
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
                    "application/json": components["schemas"]["FileSpecificationTemplateEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundFilespecificationtemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description FileSpecificationTemplate */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileSpecificationTemplate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileSpecificationTemplate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundFilespecificationtemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description File Specification Template ID */
                fileSpecificationTemplateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileSpecificationTemplate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundFilespecificationtemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description File Specification Template ID */
                fileSpecificationTemplateId: string;
            };
            cookie?: never;
        };
        /** @description fileSpecificationTemplate */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileSpecificationTemplate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileSpecificationTemplate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundFilespecificationtemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description File Specification Template ID */
                fileSpecificationTemplateId: string;
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
    deleteOutboundFilespecificationtemplatesBulk: {
        parameters: {
            query: {
                /** @description File Specification template id(s) to delete */
                id: string[];
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
    getOutboundImporttemplates: {
        parameters: {
            query?: {
                /** @description Whether to return an empty page when there are no results for that page */
                allowEmptyResult?: boolean;
                /** @description Contact List Template ID */
                contactListTemplateId?: string;
                /** @description Filter type */
                filterType?: string;
                /** @description Import status */
                includeImportStatus?: boolean;
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
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
                    "application/json": components["schemas"]["ImportTemplateEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundImporttemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ImportTemplate */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportTemplate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportTemplate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundImporttemplates: {
        parameters: {
            query: {
                /** @description import template id(s) to delete */
                id: string[];
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
    getOutboundImporttemplate: {
        parameters: {
            query?: {
                /** @description Import status */
                includeImportStatus?: boolean;
            };
            header?: never;
            path: {
                /** @description Import Template ID */
                importTemplateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportTemplate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundImporttemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Import Template ID */
                importTemplateId: string;
            };
            cookie?: never;
        };
        /** @description importTemplate */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportTemplate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportTemplate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundImporttemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Import Template ID */
                importTemplateId: string;
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
    getOutboundImporttemplateImportstatus: {
        parameters: {
            query?: {
                /** @description listNamePrefix */
                listNamePrefix?: string;
            };
            header?: never;
            path: {
                /** @description importTemplateId */
                importTemplateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportStatus"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundImporttemplatesBulkAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description import template(s) to add */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportTemplate"][];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportTemplateEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundMessagingcampaigns: {
        parameters: {
            query?: {
                /** @description Campaign Status */
                campaignStatus?: string;
                /** @description Contact List ID */
                contactListId?: string;
                /** @description Content template ID */
                contentTemplateId?: string;
                /** @description Division ID(s) */
                divisionId?: string[];
                /** @description A list of messaging campaign ids to bulk fetch */
                id?: string[];
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
                pageSize?: number;
                /** @description Ruleset ID(s) */
                ruleSetIds?: string[];
                /** @description Sender SMS Phone Number */
                senderSmsPhoneNumber?: string;
                /** @description The field to sort by */
                sortBy?: string;
                /** @description The direction to sort */
                sortOrder?: string;
                /** @description Campaign Type */
                type?: string;
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
                    "application/json": components["schemas"]["MessagingCampaignEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundMessagingcampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Messaging Campaign */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessagingCampaign"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingCampaign"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundMessagingcampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Messaging Campaign ID */
                messagingCampaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingCampaign"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundMessagingcampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Messaging Campaign ID */
                messagingCampaignId: string;
            };
            cookie?: never;
        };
        /** @description MessagingCampaign */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessagingCampaign"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingCampaign"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundMessagingcampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Messaging Campaign ID */
                messagingCampaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingCampaign"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundMessagingcampaignDiagnostics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Messaging Campaign ID */
                messagingCampaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingCampaignDiagnostics"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundMessagingcampaignProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Messaging Campaign ID */
                messagingCampaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignProgress"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundMessagingcampaignProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Messaging Campaign ID */
                messagingCampaignId: string;
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
    postOutboundMessagingcampaignStart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Messaging Campaign ID */
                messagingCampaignId: string;
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
    postOutboundMessagingcampaignStop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Messaging Campaign ID */
                messagingCampaignId: string;
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
    getOutboundMessagingcampaignsDivisionviews: {
        parameters: {
            query?: {
                /** @description Campaign Status */
                campaignStatus?: string;
                /** @description Content template ID */
                contentTemplateId?: string;
                /** @description id */
                id?: string[];
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
                pageSize?: number;
                /** @description Sender SMS Phone Number */
                senderSmsPhoneNumber?: string;
                /** @description The direction to sort */
                sortOrder?: string;
                /** @description Campaign Type */
                type?: string;
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
                    "application/json": components["schemas"]["MessagingCampaignDivisionViewEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundMessagingcampaignsDivisionview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Messaging Campaign ID */
                messagingCampaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingCampaignDivisionView"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundMessagingcampaignsProgress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Messaging Campaign IDs */
        requestBody: {
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
                    "application/json": components["schemas"]["CampaignProgress"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundRulesets: {
        parameters: {
            query?: {
                /** @description Whether to return an empty page when there are no results for that page */
                allowEmptyResult?: boolean;
                /** @description Filter type */
                filterType?: "Equals" | "RegEx" | "Contains" | "Prefix" | "LessThan" | "LessThanEqualTo" | "GreaterThan" | "GreaterThanEqualTo" | "BeginsWith" | "EndsWith" | (string & {});
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
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
                    "application/json": components["schemas"]["RuleSetEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundRulesets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description RuleSet */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleSet"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSet"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundRuleset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Rule Set ID */
                ruleSetId: string;
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
                    "application/json": components["schemas"]["RuleSet"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundRuleset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Rule Set ID */
                ruleSetId: string;
            };
            cookie?: never;
        };
        /** @description RuleSet */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleSet"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSet"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundRuleset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Rule Set ID */
                ruleSetId: string;
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
    getOutboundSchedulesCampaigns: {
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
                    "application/json": components["schemas"]["CampaignSchedule"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundSchedulesCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
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
                    "application/json": components["schemas"]["CampaignSchedule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundSchedulesCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
            };
            cookie?: never;
        };
        /** @description CampaignSchedule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignSchedule"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignSchedule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundSchedulesCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID */
                campaignId: string;
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
    getOutboundSchedulesEmailcampaigns: {
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
                    "application/json": components["schemas"]["EmailCampaignScheduleEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundSchedulesEmailcampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Email Campaign ID */
                emailCampaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailCampaignSchedule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundSchedulesEmailcampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Email Campaign ID */
                emailCampaignId: string;
            };
            cookie?: never;
        };
        /** @description EmailCampaignSchedule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailCampaignSchedule"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailCampaignSchedule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundSchedulesEmailcampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Email Campaign ID */
                emailCampaignId: string;
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
    getOutboundSchedulesMessagingcampaigns: {
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
                    "application/json": components["schemas"]["MessagingCampaignScheduleEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundSchedulesMessagingcampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Messaging Campaign ID */
                messagingCampaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingCampaignSchedule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundSchedulesMessagingcampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Messaging Campaign ID */
                messagingCampaignId: string;
            };
            cookie?: never;
        };
        /** @description MessagingCampaignSchedule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessagingCampaignSchedule"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingCampaignSchedule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundSchedulesMessagingcampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Messaging Campaign ID */
                messagingCampaignId: string;
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
    getOutboundSchedulesSequences: {
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
                    "application/json": components["schemas"]["SequenceSchedule"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundSchedulesSequence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sequence ID */
                sequenceId: string;
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
                    "application/json": components["schemas"]["SequenceSchedule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundSchedulesSequence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sequence ID */
                sequenceId: string;
            };
            cookie?: never;
        };
        /** @description SequenceSchedule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SequenceSchedule"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SequenceSchedule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundSchedulesSequence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sequence ID */
                sequenceId: string;
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
    getOutboundSchedulesWhatsappcampaigns: {
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
                    "application/json": components["schemas"]["WhatsAppCampaignScheduleEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundSchedulesWhatsappcampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description WhatsApp Campaign ID */
                whatsAppCampaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppCampaignSchedule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundSchedulesWhatsappcampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description WhatsApp Campaign ID */
                whatsAppCampaignId: string;
            };
            cookie?: never;
        };
        /** @description WhatsAppCampaignSchedule */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsAppCampaignSchedule"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppCampaignSchedule"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundSchedulesWhatsappcampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description WhatsApp Campaign ID */
                whatsAppCampaignId: string;
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
    getOutboundSequences: {
        parameters: {
            query?: {
                /** @description Whether to return an empty page when there are no results for that page */
                allowEmptyResult?: boolean;
                /** @description Filter type */
                filterType?: "Equals" | "RegEx" | "Contains" | "Prefix" | "LessThan" | "LessThanEqualTo" | "GreaterThan" | "GreaterThanEqualTo" | "BeginsWith" | "EndsWith" | (string & {});
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size. The max that will be returned is 100. */
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
                    "application/json": components["schemas"]["CampaignSequenceEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postOutboundSequences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Organization */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignSequence"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignSequence"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getOutboundSequence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign Sequence ID */
                sequenceId: string;
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
                    "application/json": components["schemas"]["CampaignSequence"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundSequence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign Sequence ID */
                sequenceId: string;
            };
            cookie?: never;
        };
        /** @description Organization */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignSequence"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignSequence"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteOutboundSequence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign Sequence ID */
                sequenceId: string;
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
    getOutboundSettings: {
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
                    "application/json": components["schemas"]["OutboundSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchOutboundSettings: {
        parameters: {
            query?: {
                /** @description Use maxCallsPerAgent with decimal precision */
                useMaxCallsPerAgentDecimal?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description outboundSettings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutboundSettings"];
            };
        };
        responses: {
            /** @description Accepted - Processing Update */
            204: {
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
    getOutboundWrapupcodemappings: {
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
                    "application/json": components["schemas"]["WrapUpCodeMapping"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putOutboundWrapupcodemappings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description wrapUpCodeMapping */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WrapUpCodeMapping"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WrapUpCodeMapping"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
