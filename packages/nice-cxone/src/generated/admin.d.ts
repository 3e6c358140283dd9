// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/admin/openapi.yaml (sha256 048083195fc333cb)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area admin` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { CxoneApi, CxoneClient } from '../create-cxone-client.js';

/**
 * admin (304 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const admin = adminApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export declare function adminApi(client: CxoneClient): CxoneApi<paths>;

export interface paths {
    "/inContactAPI/services/v34.0/access-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of access keys */
        get: operations["getAccessKeys"];
        put?: never;
        /** Creates an accessKey */
        post: operations["postAccessKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/access-keys/{accessKeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns the configuration of an accessKey */
        get: operations["getAccessKeysByAccessKeyId"];
        put?: never;
        post?: never;
        /** Deletes an accessKey */
        delete: operations["deleteAccessKeysByAccessKeyId"];
        options?: never;
        head?: never;
        /** Updates an accessKey by Id */
        patch: operations["patchAccessKeysByAccessKeyId"];
        trace?: never;
    };
    "/inContactAPI/services/v34.0/activesupervisors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Active supervisors status */
        get: operations["getActivesupervisors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/address-books": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of Address Books */
        get: operations["getAddressBooks"];
        put?: never;
        /** Create a new Address Book */
        post: operations["postAddressBooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/address-books/{addressBookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an existing Address Book */
        delete: operations["deleteAddressBooksByAddressBookId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/address-books/{addressBookId}/agents/assigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lists all assigned agents for an address book */
        get: operations["getAddressBooksByAddressBookIdAgentsAssigned"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/address-books/{addressBookId}/agents/unassigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lists all unassigned agents for an address book */
        get: operations["getAddressBooksByAddressBookIdAgentsUnassigned"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/address-books/{addressBookId}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign Entities to an Address Book */
        post: operations["postAddressBooksByAddressBookIdAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/address-books/{addressBookId}/dynamic-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lists all dynamic address book entries for an address book */
        get: operations["getAddressBooksByAddressBookIdDynamicEntries"];
        /** Create or Update Dynamic Address Book Entries */
        put: operations["putAddressBooksByAddressBookIdDynamicEntries"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/address-books/{addressBookId}/dynamic-entries/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a Dynamic Address Book Entry */
        delete: operations["deleteAddressBooksByAddressBookIdDynamicEntriesByExternalId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/address-books/{addressBookId}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lists all standard address book entries for an address book */
        get: operations["getAddressBooksByAddressBookIdEntries"];
        /** Update Standard Address Book Entries */
        put: operations["putAddressBooksByAddressBookIdEntries"];
        /** Create Standard Address Book Entries */
        post: operations["postAddressBooksByAddressBookIdEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/address-books/{addressBookId}/entries/{addressBookEntryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a Standard Address Book Entry */
        delete: operations["deleteAddressBooksByAddressBookIdEntriesByAddressBookEntryId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agent-messages/{messageGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lists agent group messages */
        get: operations["getAgentMessagesByMessageGroupId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agent-patterns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Agent Dialing patterns */
        get: operations["getAgentPatterns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agent-patterns/{agentpatternId}/transform-phonenumbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transform Input Number */
        post: operations["postAgentPatternsByAgentpatternIdTransformPhonenumbers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Agents List
         * @description Updated in v34.0.
         */
        get: operations["getAgents"];
        /**
         * Update an array of agents
         * @description Updated in v34.0.
         */
        put: operations["updateAgents"];
        /**
         * Create an agent
         * @description Updated in v34.0.
         */
        post: operations["createAgents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents-states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of Agent States */
        get: operations["getAgentsStates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns agent details by Agent ID
         * @description Updated in v34.0.
         */
        get: operations["getAgent"];
        /**
         * Update Agent by Agent ID
         * @description Updated in v34.0.
         */
        put: operations["updateAgent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/address-books": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Address Books for an Agent */
        get: operations["getAgentsByAgentIdAddressBooks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/agent-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns agent configuration details for an agent with generic properties */
        get: operations["getAgentsByAgentIdAgentConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/agent-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Agent Settings */
        get: operations["getAgentsByAgentIdAgentSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/custom-event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Creates a Custom Agent Event */
        put: operations["putAgentsByAgentIdCustomEvent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of groups an agent is assigned */
        get: operations["getAgentsByAgentIdGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns an Agent Indicator List */
        get: operations["getAgentsByAgentIdIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forces an agent session to end */
        post: operations["postAgentsByAgentIdLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns an Agent Message List */
        get: operations["getAgentsByAgentIdMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/quick-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of Quick Replies for an Agent */
        get: operations["getAgentsByAgentIdQuickReplies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Resets an agent's password */
        put: operations["resetAgentPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/scheduled-callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns Scheduled Callbacks for an Agent
         * @description Updated in v33.0.
         */
        get: operations["getAgentsByAgentIdScheduledCallbacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/skill-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns summary of an agent's contacts by skill */
        get: operations["getAgentsByAgentIdSkillData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Skills assigned to an agent */
        get: operations["getAgentsByAgentIdSkills"];
        /** Modify Skill assignments for an Agent */
        put: operations["putAgentsByAgentIdSkills"];
        /** Assigns Skills to an Agent */
        post: operations["postAgentsByAgentIdSkills"];
        /** Remove Skill assignments for an Agent */
        delete: operations["deleteAgentsByAgentIdSkills"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/skills/unassigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Skills not assigned to an Agent */
        get: operations["getAgentsByAgentIdSkillsUnassigned"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sets an Agent's State */
        post: operations["setAgentState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentNo}/routing-attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieves an Agent's assigned Routing Attribute */
        get: operations["getAgentsByAgentNoRoutingAttributes"];
        /** Updates an Agent's assigned Routing Attribute */
        put: operations["putAgentsByAgentNoRoutingAttributes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Changes the agent's own password */
        put: operations["changeAgentPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/extended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Agents Extended */
        get: operations["getAgentsExtended"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lists all agent issues */
        get: operations["getAgentsIssues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an Agent message */
        post: operations["postAgentsMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete agent message */
        delete: operations["deleteAgentsMessagesByMessageId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/quick-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of Quick Replies */
        get: operations["getAgentsQuickReplies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/routing-attributes/{routingAttributeNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unassigns a Routing Attribute from an Agent */
        delete: operations["deleteAgentsRoutingAttributesByRoutingAttributeNo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get Agents that are assigned to Multiple agents */
        post: operations["postAgentsSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/skill-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns summary of all agent's contacts by skill */
        get: operations["getAgentsSkillData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Skills assigned to all agents */
        get: operations["getAgentsSkills"];
        put?: never;
        /** Add or Modify skill assignments for multiple agent */
        post: operations["postAgentsSkills"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/skills-download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lists existing skills for download */
        get: operations["getAgentsSkillsDownload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/apiversion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get All API version */
        get: operations["getApiversion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/apiversionreleaseinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get API version release information */
        get: operations["getApiversionreleaseinfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/branding-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Branding Profile */
        get: operations["getBrandingProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/business-unit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Business Unit config */
        get: operations["getBusinessUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/business-unit/outbound-routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get business unit outbound routes available for skills */
        get: operations["getBusinessUnitOutboundRoutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/business-unit/time-zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of enabled timezones */
        get: operations["getBusinessUnitTimeZones"];
        /** Updates the enabled time zones */
        put: operations["putBusinessUnitTimeZones"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns a list of paginated Campaigns
         * @description Updated in v33.0.
         */
        get: operations["getCampaigns"];
        put?: never;
        /** Creates a campaign */
        post: operations["postCampaigns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns the details of a campaign by ID
         * @description Updated in v33.0.
         */
        get: operations["getCampaignsByCampaignId"];
        /**
         * Campaign Update
         * @description Updated in v33.0.
         */
        put: operations["putCampaignsByCampaignId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/campaigns/{campaignId}/address-books": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Address Books for a Campaign */
        get: operations["getCampaignsByCampaignIdAddressBooks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/campaigns/{campaignId}/audit-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of audit entries for a campaign */
        get: operations["getCampaignsByCampaignIdAuditHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/campaigns/{campaignId}/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns a list of assigned skills to a campaign
         * @description Updated in v33.0.
         */
        get: operations["getCampaignsByCampaignIdSkills"];
        put?: never;
        /**
         * Assign Skills to Campaign
         * @description Updated in v33.0.
         */
        post: operations["postCampaignsByCampaignIdSkills"];
        /**
         * Unassign Skills to Campaign
         * @description Updated in v33.0.
         */
        delete: operations["deleteCampaignsByCampaignIdSkills"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/campaigns/{campaignId}/skills/unassigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns a list of unassigned skills to a campaign
         * @description Updated in v33.0.
         */
        get: operations["getCampaignsByCampaignIdSkillsUnassigned"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/campaigns/{campaignId}/status": {
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
         * Update a Campaign status
         * @description Updated in v33.0.
         */
        patch: operations["patchCampaignsByCampaignIdStatus"];
        trace?: never;
    };
    "/inContactAPI/services/v34.0/communications/agent-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of paginated Messages for a determined Agent */
        get: operations["getCommunicationsAgentMessages"];
        put?: never;
        /** Creates a new Agent Message */
        post: operations["postCommunicationsAgentMessages"];
        /** Deletes Agent Messages in Batch according to group of guids */
        delete: operations["deleteCommunicationsAgentMessages"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/communications/agent-messages/{messageGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of paginated agent group messages */
        get: operations["getCommunicationsAgentMessagesByMessageGroupId"];
        put?: never;
        post?: never;
        /** Deletes an Agent Message by Group Message Guid */
        delete: operations["deleteCommunicationsAgentMessagesByMessageGroupId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contact-state-descriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of contact states */
        get: operations["getContactStateDescriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contact-state-descriptions/{contactStateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a single contact state */
        get: operations["getContactStateDescriptionsByContactStateId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/{contactId}/chat-transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns active Chat or SMS transcript */
        get: operations["getContactsByContactIdChatTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/{contactId}/disposition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns disposition details for that particular digital/ACD contact id */
        get: operations["getContactsByContactIdDisposition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/{contactId}/email-transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns an Email Transcript */
        get: operations["getContactsByContactIdEmailTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/{contactId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Force a contact to be disconnected and to end */
        post: operations["postContactsByContactIdEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/{contactId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a Contacts Files */
        get: operations["getContactsByContactIdFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/{contactId}/historical-chat-transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns historical chat transcript */
        get: operations["getContactsByContactIdHistoricalChatTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/{contactId}/monitor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Starts monitoring a phone call */
        post: operations["postContactsByContactIdMonitor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/{contactId}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Allows to begin the recording of an active phone call */
        post: operations["postContactsByContactIdRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/{contactId}/set-disposition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set Disposition For Contact */
        post: operations["postContactsByContactIdSetDisposition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/{contactId}/sms-historical-transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns SMS transcript */
        get: operations["getContactsByContactIdSmsHistoricalTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/{contactId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assigns Tags to a Contact */
        post: operations["postContactsByContactIdTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/sms-historical-contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns past SMS contacts */
        get: operations["getContactsSmsHistoricalContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Countries */
        get: operations["getCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/countries/{countryId}/states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns States or Provinces */
        get: operations["getCountriesByCountryIdStates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/data-definitions/data-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Data Types */
        get: operations["getDataDefinitionsDataTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/dispositions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API Returns a list of paginated Dispositions */
        get: operations["getDispositions"];
        put?: never;
        /** Create Dispositions */
        post: operations["postDispositions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/dispositions/{dispositionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a Disposition By Id */
        get: operations["getDispositionsByDispositionId"];
        /** Update an existing Disposition */
        put: operations["putDispositionsByDispositionId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/dispositions/{dispositionId}/audit-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of audit entries for Dispositions */
        get: operations["getDispositionsByDispositionIdAuditHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/dispositions/{dispositionId}/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns a list of skills assigned to a disposition
         * @description Updated in v33.0.
         */
        get: operations["getDispositionsByDispositionIdSkills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/dispositions/{dispositionId}/status": {
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
        /** Change status of existing Disposition By Id */
        patch: operations["patchDispositionsByDispositionIdStatus"];
        trace?: never;
    };
    "/inContactAPI/services/v34.0/dispositions/classifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of disposition classifications */
        get: operations["getDispositionsClassifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/dispositions/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of dispositions with skill assignment */
        get: operations["getDispositionsSkills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/dnc-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns list of DNC Groups */
        get: operations["getDncGroups"];
        put?: never;
        /** Create a DNC Group */
        post: operations["postDncGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/dnc-groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a DNC Group */
        get: operations["getDncGroupsByGroupId"];
        /** Update a DNC Group */
        put: operations["putDncGroupsByGroupId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/dnc-groups/{groupId}/contributing-skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Contributing Skills for a DNC Group */
        get: operations["getDncGroupsByGroupIdContributingSkills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/dnc-groups/{groupId}/contributing-skills/{skillId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a Contributing Skill */
        post: operations["postDncGroupsByGroupIdContributingSkillsBySkillId"];
        /** Removes a Contributing Skill */
        delete: operations["deleteDncGroupsByGroupIdContributingSkillsBySkillId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/dnc-groups/{groupId}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Records in a DNC Group */
        get: operations["getDncGroupsByGroupIdRecords"];
        put?: never;
        /** Add Records to a DNC Group */
        post: operations["postDncGroupsByGroupIdRecords"];
        /** Expire Records from a DNC Group */
        delete: operations["deleteDncGroupsByGroupIdRecords"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/dnc-groups/{groupId}/scrubbed-skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Scrubbed Skills for a DNC Group */
        get: operations["getDncGroupsByGroupIdScrubbedSkills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/dnc-groups/{groupId}/scrubbed-skills/{skillId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a Scrubbed Skill */
        post: operations["postDncGroupsByGroupIdScrubbedSkillsBySkillId"];
        /** Remove a Scrubbed Skill */
        delete: operations["deleteDncGroupsByGroupIdScrubbedSkillsBySkillId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/dnc-groups/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search for a Phone Number */
        post: operations["postDncGroupsSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/dnis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get DNIS entries */
        get: operations["getDnis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/feedback-categories-and-priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get all feedback categories and priorities */
        get: operations["getFeedbackCategoriesAndPriorities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a File */
        get: operations["getFiles"];
        /** Moves or Renames a File */
        put: operations["putFiles"];
        /** Uploads a File */
        post: operations["postFiles"];
        /** Deletes a File */
        delete: operations["deleteFiles"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/files/external": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of unprocessed files */
        get: operations["getFilesExternal"];
        /** Marks a file as processed */
        put: operations["putFilesExternal"];
        /** Marks a file to be processed */
        post: operations["postFilesExternal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a Directory Listing */
        get: operations["getFolders"];
        put?: never;
        post?: never;
        /** Deletes a Folder */
        delete: operations["deleteFolders"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Groups */
        get: operations["getGroups"];
        put?: never;
        /** Create Groups */
        post: operations["postGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a group config */
        get: operations["getGroupsByGroupId"];
        /** Updates a Group */
        put: operations["putGroupsByGroupId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/groups/{groupId}/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of agents assigned to a group */
        get: operations["getGroupsByGroupIdAgents"];
        put?: never;
        /** Assigns Agents to a Group */
        post: operations["postGroupsByGroupIdAgents"];
        /** Removes agents from a group */
        delete: operations["deleteGroupsByGroupIdAgents"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/hiring-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Hiring Sources */
        get: operations["getHiringSources"];
        put?: never;
        /** Create a Hiring Source */
        post: operations["postHiringSources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/hours-of-operation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the list of hours of operations paginated */
        get: operations["getHoursOfOperation"];
        put?: never;
        /** Creates an hours of operation profile */
        post: operations["postHoursOfOperation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/hours-of-operation/{hoursOfOperationProfileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an hour of operation detail by id */
        get: operations["getHoursOfOperationByHoursOfOperationProfileId"];
        /** Update the information of an Hour of operation */
        put: operations["putHoursOfOperationByHoursOfOperationProfileId"];
        post?: never;
        /** Delete an hour of operation from the list */
        delete: operations["deleteHoursOfOperationByHoursOfOperationProfileId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/hours-of-operation/{hoursOfOperationProfileId}/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update an hour of operation skill list
         * @description Updated in v33.0.
         */
        put: operations["putHoursOfOperationByHoursOfOperationProfileIdSkills"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/hours-of-operation/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the list of hours of operations for identities */
        get: operations["getHoursOfOperationIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/interactions/{contactId}/signal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a Signal for a Contact */
        post: operations["postInteractionsByContactIdSignal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/lists/call-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns all Calling Lists */
        get: operations["getListsCallLists"];
        put?: never;
        /** Create a Calling List mapping */
        post: operations["postListsCallLists"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/lists/call-lists/{listId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a Calling List */
        get: operations["getListsCallListsByListId"];
        put?: never;
        post?: never;
        /** Remove a Calling List */
        delete: operations["deleteListsCallListsByListId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/lists/call-lists/{listId}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a Calling List's attempts */
        get: operations["getListsCallListsByListIdAttempts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/lists/call-lists/{listId}/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload new records to a call list */
        post: operations["postListsCallListsByListIdUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/lists/call-lists/{sourceName}/removeProspects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove Prospects from a Source */
        delete: operations["deleteListsCallListsBySourceNameRemoveProspects"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/lists/call-lists/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns the status of calling list upload jobs */
        get: operations["getListsCallListsJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/lists/call-lists/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns the status of calling list upload job */
        get: operations["getListsCallListsJobsByJobId"];
        put?: never;
        post?: never;
        /** Cancel Pending/Processing List Process */
        delete: operations["deleteListsCallListsJobsByJobId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Locations */
        get: operations["getLocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/media-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of media types */
        get: operations["getMediaTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/media-types/{mediaTypeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a single media type */
        get: operations["getMediaTypesByMediaTypeId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/message-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gets all Message Templates */
        get: operations["getMessageTemplates"];
        put?: never;
        /** Creates a Message Template */
        post: operations["postMessageTemplates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/message-templates/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a Message Template */
        get: operations["getMessageTemplatesByTemplateId"];
        /** Updates a Message Template */
        put: operations["putMessageTemplatesByTemplateId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of permissions */
        get: operations["getPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/permissions/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of permissions for an agent */
        get: operations["getPermissionsByAgentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/persistent-contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update Persistent Contact */
        put: operations["putPersistentContactsByContactId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/phone-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns SMS Phone Codes */
        get: operations["getPhoneCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/phone-numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of configurable phone number */
        get: operations["getPhoneNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/points-of-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of points of contact */
        get: operations["getPointsOfContact"];
        put?: never;
        /** Creates a point of contact */
        post: operations["postPointsOfContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/points-of-contact/{pointOfContactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a single point of contact */
        get: operations["getPointsOfContactByPointOfContactId"];
        /** Updates a point of contact */
        put: operations["putPointsOfContactByPointOfContactId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/routing-attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieves a list of Routing Attributes */
        get: operations["getRoutingAttributes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/routing-attributes/{routingAttributeNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieves a Routing Attribute */
        get: operations["getRoutingAttributesByRoutingAttributeNo"];
        /** Updates or Adds a Routing Attribute */
        put: operations["putRoutingAttributesByRoutingAttributeNo"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/routing-attributes/{routingAttributeNo}/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieves a Routing Attribute's assigned Agents */
        get: operations["getRoutingAttributesByRoutingAttributeNoAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/scheduled-callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a Scheduled Callback
         * @description Updated in v33.0.
         */
        post: operations["postScheduledCallbacks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/scheduled-callbacks/{callbackId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Updates a Scheduled Callback
         * @description Updated in v33.0.
         */
        put: operations["putScheduledCallbacksByCallbackId"];
        post?: never;
        /** Deletes a Scheduled Callback */
        delete: operations["deleteScheduledCallbacksByCallbackId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/script-folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the list of folders and scripts */
        get: operations["getScriptFolders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/script-schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of paginated Script Schedules */
        get: operations["getScriptSchedules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/script-schedules/{scriptScheduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Unavailable Code Details By Id */
        get: operations["getScriptSchedulesByScriptScheduleId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/script-schedules/{scriptScheduleId}/audit-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of audit entries for script schedules */
        get: operations["getScriptSchedulesByScriptScheduleIdAuditHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/script-schedules/scripts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of Scripts to assign to the Script Scheduler */
        get: operations["getScriptSchedulesScripts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/script-schedules/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of Skills to assign to the Script Scheduler */
        get: operations["getScriptSchedulesSkills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/scripts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open a JSON script */
        get: operations["getScripts"];
        /** Update an existing script */
        put: operations["putScripts"];
        /** Save a JSON script */
        post: operations["postScripts"];
        /** Deletes script */
        delete: operations["deleteScripts"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/scripts/{scriptId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a Script */
        get: operations["getScriptsByScriptId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/scripts/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get file configuration info and content */
        get: operations["getScriptsFiles"];
        /** Update File configuration */
        put: operations["putScriptsFiles"];
        /** Save file in file server */
        post: operations["postScriptsFiles"];
        /** Delete a File from the file server */
        delete: operations["deleteScriptsFiles"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/scripts/files/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Return a list of Files and Folders from the file server */
        get: operations["getScriptsFilesSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/scripts/historyByName": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Return a history of a script */
        get: operations["getScriptsHistoryByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/scripts/kick": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kick a locked script */
        post: operations["postScriptsKick"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/scripts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search Script */
        get: operations["getScriptsSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/scripts/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Starts a Script */
        post: operations["postScriptsStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/security-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Return all or selected security profiles */
        get: operations["getSecurityProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/security-profiles/{profileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a Security Profile */
        get: operations["getSecurityProfilesByProfileId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/server-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns the server time in ISO 8601 */
        get: operations["getServerTime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Skills */
        get: operations["getSkills"];
        put?: never;
        /** Creates a Skill */
        post: operations["postSkills"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Skill details */
        get: operations["getSkill"];
        /** Updates a Skill */
        put: operations["putSkillsBySkillId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/address-books": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Address Books for a Skill */
        get: operations["getSkillsBySkillIdAddressBooks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Agents assigned to a Skill */
        get: operations["getSkillsBySkillIdAgents"];
        /** Update Skill Agent assignments */
        put: operations["putSkillsBySkillIdAgents"];
        /** Assign Agents to a Skill */
        post: operations["postSkillsBySkillIdAgents"];
        /** Remove Skill Agent assignments */
        delete: operations["deleteSkillsBySkillIdAgents"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/agents/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete skills based on skillid and agentid */
        delete: operations["deleteSkillsBySkillIdAgentsByAgentId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/agents/unassigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Agents that are not assigned to Skill */
        get: operations["getSkillsBySkillIdAgentsUnassigned"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/call-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns contacts summary for a single skill */
        get: operations["getSkillsBySkillIdCallData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/dispositions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a Skill Dispositions */
        get: operations["getSkillsBySkillIdDispositions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/dispositions/unassigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns unassigned dispositions for a Skill */
        get: operations["getSkillsBySkillIdDispositionsUnassigned"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/parameters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get skill settings */
        get: operations["getSkillsBySkillIdParameters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/parameters/cadence-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update Skill Cadence Settings */
        put: operations["putSkillsBySkillIdParametersCadenceSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/parameters/cpa-management": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns CPA Management configuration for a skill */
        get: operations["getSkillsBySkillIdParametersCpaManagement"];
        /** Updates CPA Management configuration for a skill */
        put: operations["putSkillsBySkillIdParametersCpaManagement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/parameters/delivery-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns the Delivery Preferences configuration for a skill */
        get: operations["getSkillsBySkillIdParametersDeliveryPreferences"];
        /** Updates Delivery Preferences configuration for a skill */
        put: operations["putSkillsBySkillIdParametersDeliveryPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/parameters/general-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns the General settings for a skill */
        get: operations["getSkillsBySkillIdParametersGeneralSettings"];
        /** Updates the General settings for a skill */
        put: operations["putSkillsBySkillIdParametersGeneralSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/parameters/list-management": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update Skill List Management Settings */
        put: operations["putSkillsBySkillIdParametersListManagement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/parameters/retry-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Retry settings for a skill */
        get: operations["getSkillsBySkillIdParametersRetrySettings"];
        /** Updates Retry settings for a skill */
        put: operations["putSkillsBySkillIdParametersRetrySettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/parameters/schedule-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns the Schedule settings for a skill */
        get: operations["getSkillsBySkillIdParametersScheduleSettings"];
        /** Updates Schedule settings for a skill */
        put: operations["putSkillsBySkillIdParametersScheduleSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/parameters/time-zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List of the timezone boundings for the given skill */
        get: operations["getSkillsBySkillIdParametersTimeZones"];
        /** Updates the timezone boundings for the given skill */
        put: operations["putSkillsBySkillIdParametersTimeZones"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/parameters/xs-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns the XS configuration for a skill */
        get: operations["getSkillsBySkillIdParametersXsSettings"];
        /** Updates XS settings for a skill */
        put: operations["putSkillsBySkillIdParametersXsSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/scheduled-callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Scheduled Callbacks for a Skill */
        get: operations["getSkillsBySkillIdScheduledCallbacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a Personal Connection Skill */
        post: operations["postSkillsBySkillIdStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a Personal Connection Skill */
        post: operations["postSkillsBySkillIdStop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Tags for a Skill */
        get: operations["getSkillsBySkillIdTags"];
        put?: never;
        /** Assigns a Tag to a Skill */
        post: operations["postSkillsBySkillIdTags"];
        /** Removes Tags from a Skill */
        delete: operations["deleteSkillsBySkillIdTags"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/thank-you-page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns config for thank you page */
        get: operations["getSkillsBySkillIdThankYouPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Skills assignments */
        get: operations["getSkillsAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/agents/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get Agents that are assigned to Multiple Skills */
        post: operations["postSkillsAgentsSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/call-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns contacts summary for all skills */
        get: operations["getSkillsCallData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/parameters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get skills settings list */
        get: operations["getSkillsParameters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/station-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of paginated Station Profiles */
        get: operations["getStationProfiles"];
        put?: never;
        /** Creates a Station Profile */
        post: operations["postStationProfiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/station-profiles/{stationProfileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Station Profile Details By Id */
        get: operations["getStationProfilesByStationProfileId"];
        /** Updates an existing Station Profile */
        put: operations["putStationProfilesByStationProfileId"];
        post?: never;
        /** Delete a Station Profile */
        delete: operations["deleteStationProfilesByStationProfileId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/station-profiles/{stationProfileId}/audit-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of audit entries for a Station Profile */
        get: operations["getStationProfilesByStationProfileIdAuditHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the list of stations paginated */
        get: operations["getStations"];
        put?: never;
        /** Create an station */
        post: operations["postStations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/stations/{stationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an station detail by id */
        get: operations["getStationsByStationId"];
        /** Update an station */
        put: operations["putStationsByStationId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/stations/{stationId}/audit-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get station audit history paginated */
        get: operations["getStationsByStationIdAuditHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/stations/{stationId}/login-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get station login history paginated */
        get: operations["getStationsByStationIdLoginHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/stations/{stationId}/status": {
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
        /** Update an station status */
        patch: operations["patchStationsByStationIdStatus"];
        trace?: never;
    };
    "/inContactAPI/services/v34.0/suppressed-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List of suppressed contacts */
        get: operations["getSuppressedContact"];
        put?: never;
        /** Create a suppressed contact */
        post: operations["postSuppressedContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/suppressed-contact/{suppressedContactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a suppressed contact by ID */
        get: operations["getSuppressedContactBySuppressedContactId"];
        /** Updates a suppressed contact by ID */
        put: operations["putSuppressedContactBySuppressedContactId"];
        post?: never;
        /** Deletes a suppressed contact by ID */
        delete: operations["deleteSuppressedContactBySuppressedContactId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of Tags */
        get: operations["getTags"];
        put?: never;
        /** Creates a Tag */
        post: operations["postTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/tags/{tagId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a Tag */
        get: operations["getTagsByTagId"];
        /** Updates a Tag */
        put: operations["putTagsByTagId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns list of Teams
         * @description Updated in v34.0.
         */
        get: operations["getTeams"];
        put?: never;
        /**
         * This method will create a new Team in the business unit
         * @description Updated in v34.0.
         */
        post: operations["postTeams"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/teams/{teamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Team by TeamId
         * @description Updated in v34.0.
         */
        get: operations["getTeam"];
        /**
         * This method updates the Team specified by teamId
         * @description Updated in v34.0.
         */
        put: operations["putTeamsByTeamId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/teams/{teamId}/address-books": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Address Books for a Team */
        get: operations["getTeamsByTeamIdAddressBooks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/teams/{teamId}/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of teams and their agents
         * @description Updated in v34.0.
         */
        get: operations["getTeamsByTeamIdAgents"];
        put?: never;
        /**
         * Assign Agents to a Team
         * @description Updated in v34.0.
         */
        post: operations["postTeamsByTeamIdAgents"];
        /**
         * Remove Agents from a Team
         * @description Updated in v34.0.
         */
        delete: operations["deleteTeamsByTeamIdAgents"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/teams/{teamId}/unavailable-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets all outstates that are valid for a team
         * @description Updated in v34.0.
         */
        get: operations["getTeamsByTeamIdUnavailableCodes"];
        /**
         * Updates an Unavailable Code for a Team
         * @description Updated in v34.0.
         */
        put: operations["putTeamsByTeamIdUnavailableCodes"];
        /**
         * Assign an Unavailable Code to a Team
         * @description Updated in v34.0.
         */
        post: operations["postTeamsByTeamIdUnavailableCodes"];
        /**
         * Remove an Unavailable Code from a Team
         * @description Updated in v34.0.
         */
        delete: operations["deleteTeamsByTeamIdUnavailableCodes"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/teams/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of teams and their agents
         * @description Updated in v34.0.
         */
        get: operations["getTeamsAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/timezones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns possible Timezones */
        get: operations["getTimezones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/unavailable-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API Returns a list of paginated Unavailable Codes */
        get: operations["getUnavailableCodes"];
        put?: never;
        /** Creates an Unavailable Code */
        post: operations["postUnavailableCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/unavailable-codes/{unavailableCodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Unavailable Code Details By Id */
        get: operations["getUnavailableCodesByUnavailableCodeId"];
        /** Updates an existing Unavailable Code record */
        put: operations["putUnavailableCodesByUnavailableCodeId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/unavailable-codes/{unavailableCodeId}/audit-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of audit entries for an unavailable code */
        get: operations["getUnavailableCodesByUnavailableCodeIdAuditHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/unavailable-codes/{unavailableCodeId}/status": {
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
        /** Change status of existing Unavailable Code By Id */
        patch: operations["patchUnavailableCodesByUnavailableCodeIdStatus"];
        trace?: never;
    };
    "/inContactAPI/services/v34.0/unavailable-codes/{unavailableCodeId}/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of assigned teams to an unavailable code */
        get: operations["getUnavailableCodesByUnavailableCodeIdTeams"];
        /** Assign Unavailable Code to Teams */
        put: operations["putUnavailableCodesByUnavailableCodeIdTeams"];
        /** Assign teams unassigned to an unavailable code */
        post: operations["postUnavailableCodesByUnavailableCodeIdTeams"];
        /** Unassign teams assigned to an unavailable code */
        delete: operations["deleteUnavailableCodesByUnavailableCodeIdTeams"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/unavailable-codes/{unavailableCodeId}/teams/unassigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of unassigned teams to an unavailable code */
        get: operations["getUnavailableCodesByUnavailableCodeIdTeamsUnassigned"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/workflow-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of paginated Workflow Data list */
        get: operations["getWorkflowData"];
        /** Update a Workflow Data Profile */
        put: operations["putWorkflowData"];
        /** Create a new Workflow Data Profile */
        post: operations["postWorkflowData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/workflow-data/{workFlowDataId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This method returns a Workflow Data Profile identified by its id */
        get: operations["getWorkflowDataByWorkFlowDataId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/workflow-data/{workflowDataId}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Activate a Workflow Data Profile */
        put: operations["putWorkflowDataByWorkflowDataIdActivate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/workflow-data/{workflowDataId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Deactivate a Workflow Data Profile */
        put: operations["putWorkflowDataByWorkflowDataIdDeactivate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/workflow-data/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns a list of paginated Workflow Data Identity list */
        get: operations["getWorkflowDataIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/workflow-data/list/{activeFlag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a list of Workflow Data Profiles based on the active flag */
        get: operations["getWorkflowDataListByActiveFlag"];
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
        AddressBookEntryWrite: {
            company: string;
            email: string;
            firstName: string;
            lastName: string;
            middleName: string;
            mobile: string;
            phone: string;
        };
        AddressBookSummary: {
            addressBookId?: number;
            addressBookName?: string;
            addressBookType?: string;
            appId?: string;
        };
        /** @description An agent (user) as GET /agents lists it. */
        Agent: {
            ACWEnabled?: boolean;
            ACWRange?: number;
            address1?: string;
            address2?: string;
            agentContactAutoFocus?: boolean;
            agentCxaClientVersion?: number;
            agentCxaReleasePrevious?: boolean;
            agentDeliveryMode?: string;
            agentEmailThreshold?: number;
            agentId?: number;
            agentIntegration?: boolean;
            agentMaxVersion?: number;
            agentPhoneTimeout?: number;
            agentPhoneTimeoutSeconds?: number;
            agentRequestContact?: boolean;
            agentTotalContactCount?: number;
            agentVoiceThreshold?: number;
            agentWorkItemThreshold?: number;
            apiKey?: string;
            atHome?: boolean;
            AttendantUserStatus?: number;
            channelLock?: boolean;
            chatRefusalTimeout?: number;
            chatThreshold?: number;
            city?: string;
            combinedUserNameDomain?: string;
            contactAutoFocus?: boolean;
            country?: string;
            countryName?: string;
            createDate?: string;
            crmUserName?: string;
            custom1?: string;
            custom2?: string;
            custom3?: string;
            custom4?: string;
            custom5?: string;
            customerCard?: boolean;
            defaultDialingPattern?: number;
            defaultDialingPatternName?: string;
            deliveryMode?: string;
            DigitalEngagementEnabled?: boolean;
            digitalRefusalTimeout?: number;
            digitalThreshold?: number;
            DivisionNo?: number;
            emailAddress?: string;
            emailRefusalTimeout?: number;
            emailThreshold?: number;
            employmentType?: number;
            employmentTypeName?: string;
            federatedId?: string;
            firstName?: string;
            hireDate?: string;
            hiringSource?: number;
            hourlyCost?: number;
            inactiveDate?: string;
            internalId?: string;
            isActive?: boolean;
            isBillable?: boolean;
            IsDirectVoicemailTransferEnabled?: boolean;
            isOpenIdProfileComplete?: boolean;
            issuer?: string;
            isSupervisor?: boolean;
            isWhatIfAgent?: boolean;
            lastLogin?: string;
            lastName?: string;
            lastUpdated?: string;
            location?: string;
            locked?: boolean;
            LoginAuthenticatorId?: string;
            maxConcurrentChats?: number;
            maxEmailAutoParkingLimit?: number;
            maxPreview?: boolean;
            middleName?: string;
            noFixedAddress?: boolean;
            notes?: string;
            ntLoginName?: string;
            phoneRefusalTimeout?: number;
            profileId?: number;
            profileName?: string;
            recordingNumbers?: {
                [key: string]: unknown;
            }[];
            referral?: string;
            rehireStatus?: boolean;
            reportToId?: number;
            reportToName?: string;
            requestContact?: boolean;
            rowNumber?: number;
            scheduleNotification?: number;
            sendEmailNotifications?: boolean;
            sipUser?: string;
            smsRefusalTimeout?: number;
            smsThreshold?: number;
            state?: string;
            stateCode?: string;
            subject?: string;
            systemDomain?: string;
            systemUser?: string;
            teamId?: number;
            teamName?: string;
            Teams_channel_Id?: string;
            teamUuId?: string;
            telephone1?: string;
            telephone2?: string;
            terminationDate?: string;
            timeDisplayFormat?: string;
            timeZone?: string;
            timeZoneOffset?: string;
            totalContactCount?: number;
            useAgentTimeZone?: boolean;
            userID?: string;
            userName?: string;
            userNameDomain?: string;
            userType?: string;
            useTeamChatThreshold?: boolean;
            useTeamContactAutoFocus?: boolean;
            useTeamDeliveryModeSettings?: boolean;
            useTeamDigitalThreshold?: boolean;
            useTeamEmailAutoParkingLimit?: boolean;
            useTeamEmailThreshold?: boolean;
            useTeamMaxConcurrentChats?: boolean;
            useTeamRequestContact?: boolean;
            useTeamSmsThreshold?: boolean;
            useTeamVoiceThreshold?: boolean;
            useTeamWorkItemThreshold?: boolean;
            voicemailRefusalTimeout?: number;
            voiceThreshold?: number;
            workItemRefusalTimeout?: number;
            workItemThreshold?: number;
            zipCode?: string;
        };
        AgentBulkUpdate: {
            ACWEnabled?: boolean;
            ACWRange?: number;
            address1?: string;
            address2?: string;
            agentChatThreshold?: number;
            agentContactAutoFocus?: boolean;
            agentDeliveryMode?: string;
            agentEmailThreshold?: number;
            agentId: string;
            agentIntegration?: boolean;
            agentMaxVersion?: number;
            agentPhoneTimeout?: number;
            agentRequestContact?: boolean;
            agentSmsThreshold?: number;
            agentSyncTime?: string;
            agentTotalContactCount?: number;
            agentVoiceThreshold?: number;
            agentWorkItemThreshold?: number;
            apiKey?: string;
            atHome?: boolean;
            channelLock?: boolean;
            chatRefusalTimeout?: number;
            chatThreshold?: number;
            city?: string;
            contactAutoFocus?: boolean;
            country?: string;
            crmUserName?: string;
            custom1?: string;
            custom2?: string;
            custom3?: string;
            custom4?: string;
            custom5?: string;
            customerCard?: boolean;
            defaultDialingPattern?: number;
            deliveryMode?: string;
            digitalEngagementEnabled?: boolean;
            digitalRefusalTimeout?: number;
            digitalThreshold?: number;
            divisionNo?: number;
            emailAddress?: string;
            emailRefusalTimeOut?: number;
            emailThreshold?: number;
            employmentType?: number;
            federatedId?: string;
            firstName?: string;
            hireDate?: string;
            hiringSource?: number;
            hourlyCost?: number;
            integratedSoftphoneWebRtcUrls?: {
                [key: string]: unknown;
            }[];
            internalId?: string;
            isActive?: boolean;
            isBillable?: boolean;
            isOpenIdProfileComplete?: boolean;
            issuer?: string;
            isWhatIfAgent?: boolean;
            lastName?: string;
            locationId?: number;
            maxConcurrentChats?: number;
            maxEmailAutoParkingLimit?: number;
            middleName?: string;
            noFixedAddress?: boolean;
            notes?: string;
            ntLoginName?: string;
            phoneRefusalTimeout?: number;
            profileId?: number;
            recordingNumbers?: {
                [key: string]: unknown;
            }[];
            referral?: string;
            rehireStatus?: boolean;
            reportToId?: number;
            requestContact?: boolean;
            roleId?: string;
            scheduleNotification?: number;
            sendEmailNotifications?: boolean;
            sipUser?: string;
            smsRefusalTimeout?: number;
            smsThreshold?: number;
            state?: string;
            subject?: string;
            systemDomain?: string;
            systemUser?: string;
            teamId?: string;
            teams_channel_Id?: string;
            teamUuid?: string;
            telephone1?: string;
            telephone2?: string;
            terminationDate?: string;
            timeDisplayFormat?: number;
            timeZone?: string;
            totalContactCount?: number;
            useAgentTimeZone?: boolean;
            userId?: string;
            userName?: string;
            userType?: string;
            useTeamChatThreshold?: boolean;
            useTeamContactAutoFocus?: boolean;
            useTeamDefaults?: boolean;
            useTeamDeliveryModeSettings?: boolean;
            useTeamDigitalThreshold?: boolean;
            useTeamEmailAutoParkingLimit?: boolean;
            useTeamEmailThreshold?: boolean;
            useTeamMaxConcurrentChats?: boolean;
            useTeamRequestContact?: boolean;
            useTeamSmsThreshold?: boolean;
            useTeamVoiceThreshold?: boolean;
            useTeamWorkItemThreshold?: boolean;
            voicemailRefusalTimeOut?: number;
            voiceThreshold?: number;
            workItemRefusalTimeout?: number;
            workItemThreshold?: number;
            zipCode?: string;
        };
        AgentCreate: {
            ACWEnabled?: boolean;
            ACWRange?: number;
            address1?: string;
            address2?: string;
            agentChatThreshold?: number;
            agentContactAutoFocus?: boolean;
            agentCxaClientVersion?: number;
            agentCxaReleasePrevious?: boolean;
            agentDeliveryMode?: string;
            agentDigitalThreshold?: boolean;
            agentEmailThreshold?: number;
            agentIntegration?: boolean;
            agentPhoneTimeout?: number;
            agentRequestContact?: boolean;
            agentSmsThreshold?: boolean;
            agentSyncTime?: string;
            agentTotalContactCount?: number;
            agentVoiceThreshold?: number;
            agentWorkItemthreshold?: number;
            apiKey?: string;
            atHome?: boolean;
            channelLock?: boolean;
            chatRefusalTimeout?: number;
            chatThreshold?: number;
            city: string;
            contactAutoFocus?: boolean;
            country: string;
            crmUserName?: string;
            custom1?: string;
            custom2?: string;
            custom3?: string;
            custom4?: string;
            custom5?: string;
            customerCard?: boolean;
            defaultDialingPattern?: number;
            deliveryMode?: string;
            digitalEngagementEnabled?: boolean;
            digitalRefusalTimeout?: number;
            digitalThreshold?: number;
            emailAddress: string;
            emailRefusalTimeOut?: number;
            emailThreshold?: number;
            employmentType?: number;
            federatedId?: string;
            firstName: string;
            forceChangeOnLogon?: boolean;
            hireDate?: string;
            hiringSource?: number;
            hourlyCost?: number;
            integratedSoftphoneWebRtcUrls?: {
                [key: string]: unknown;
            }[];
            internalId?: string;
            isActive?: boolean;
            isBillable?: boolean;
            isOpenIdProfileComplete?: boolean;
            issuer?: string;
            isWhatIfAgent?: boolean;
            lastName: string;
            locationId?: number;
            loginAuthenticatorId?: string;
            maxConcurrentChats?: number;
            maxEmailAutoParkingLimit?: number;
            maxPreview?: boolean;
            middleName?: string;
            noFixedAddress?: boolean;
            notes?: string;
            ntLoginName?: string;
            password?: string;
            phoneRefusalTimeout?: number;
            profileId: number;
            recordingNumbers?: {
                [key: string]: unknown;
            }[];
            referral?: string;
            rehireStatus?: boolean;
            reportToId?: number;
            requestContact?: boolean;
            roleId?: string;
            scheduleNotification?: number;
            sendEmailNotifications?: boolean;
            sipUser?: string;
            smsRefusalTimeout?: number;
            smsThreshold?: number;
            state?: string;
            subject?: string;
            systemDomain?: string;
            systemUser?: string;
            teamId: string;
            teamUuid?: string;
            telephone1?: string;
            telephone2?: string;
            terminationDate?: string;
            timeDisplayFormat?: number;
            timeZone: string;
            totalContactCount?: number;
            useAgentTimeZone?: boolean;
            userId?: string;
            userName: string;
            userType?: string;
            useTeamChatThreshold?: boolean;
            useTeamContactAutoFocus?: boolean;
            useTeamDefaults?: boolean;
            useTeamDeliveryModeSettings?: boolean;
            useTeamDigitalThreshold?: boolean;
            useTeamEmailAutoParkingLimit?: boolean;
            useTeamEmailThreshold?: boolean;
            useTeamMaxConcurrentChats?: boolean;
            useTeamRequestContact?: boolean;
            useTeamSmsThreshold?: boolean;
            useTeamVoiceThreshold?: boolean;
            useTeamWorkItemThreshold?: boolean;
            voicemailRefusalTimeOut?: number;
            voiceThreshold?: number;
            workItemRefusalTimeout?: number;
            workItemThreshold?: number;
            zipCode?: string;
        };
        /** @description An agent as GET /agents/{agentId} returns it (a slightly different field set than the listing). */
        AgentDetail: {
            ACWEnabled?: boolean;
            ACWRange?: number;
            address1?: string;
            address2?: string;
            agentCxaClientVersion?: number;
            agentCxaReleasePrevious?: boolean;
            agentId?: number;
            agentIntegration?: boolean;
            agentMaxVersion?: number;
            agentPhoneTimeout?: number;
            agentPhoneTimeoutSeconds?: number;
            apiKey?: string;
            atHome?: boolean;
            AttendantUserStatus?: number;
            channelLock?: boolean;
            chatRefusalTimeout?: number;
            chatThreshold?: number;
            city?: string;
            contactAutoFocus?: boolean;
            country?: string;
            countryName?: string;
            createDate?: string;
            crmUserName?: string;
            custom1?: string;
            custom2?: string;
            custom3?: string;
            custom4?: string;
            custom5?: string;
            defaultDialingPattern?: number;
            defaultDialingPatternName?: string;
            digitalEngagementEnabled?: boolean;
            digitalRefusalTimeout?: number;
            digitalThreshold?: number;
            divisionNo?: number;
            emailAddress?: string;
            emailRefusalTimeout?: number;
            emailThreshold?: number;
            employmentType?: number;
            employmentTypeName?: string;
            federatedId?: string;
            firstName?: string;
            hireDate?: string;
            hiringSource?: number;
            hourlyCost?: number;
            inactiveDate?: string;
            internalId?: string;
            isActive?: boolean;
            IsDirectVoicemailTransferEnabled?: boolean;
            isOpenIdProfileComplete?: boolean;
            issuer?: string;
            isSupervisor?: boolean;
            isWhatIfAgent?: boolean;
            lastLogin?: string;
            lastName?: string;
            lastUpdated?: string;
            location?: string;
            maxConcurrentChats?: number;
            maxEmailAutoParkingLimit?: number;
            maxPreview?: boolean;
            middleName?: string;
            noFixedAddress?: boolean;
            notes?: string;
            ntLoginName?: string;
            phoneRefusalTimeout?: number;
            profileId?: number;
            profileName?: string;
            recordingNumbers?: {
                [key: string]: unknown;
            }[];
            referral?: string;
            rehireStatus?: boolean;
            reportToId?: number;
            reportToName?: string;
            requestContact?: boolean;
            scheduleNotification?: number;
            sendEmailNotifications?: boolean;
            sipUser?: string;
            smsRefusalTimeout?: number;
            smsThreshold?: number;
            state?: string;
            subject?: string;
            systemDomain?: string;
            systemUser?: string;
            teamId?: number;
            teamName?: string;
            teams_channel_Id?: string;
            teamUuId?: string;
            telephone1?: string;
            telephone2?: string;
            terminationDate?: string;
            timeDisplayFormat?: string;
            timeZone?: string;
            timeZoneOffset?: string;
            totalContactCount?: number;
            useAgentTimeZone?: boolean;
            userID?: string;
            userName?: string;
            userType?: string;
            useTeamChatThreshold?: boolean;
            useTeamContactAutoFocus?: boolean;
            useTeamDeliveryModeSettings?: boolean;
            useTeamDigitalThreshold?: boolean;
            useTeamEmailAutoParkingLimit?: boolean;
            useTeamEmailThreshold?: boolean;
            useTeamMaxConcurrentChats?: boolean;
            useTeamRequestContact?: boolean;
            useTeamSmsThreshold?: boolean;
            useTeamWorkItemThreshold?: boolean;
            voicemailRefusalTimeout?: number;
            workItemRefusalTimeout?: number;
            workItemThreshold?: number;
            zipCode?: string;
        };
        /** @description The agent, as the only item of `agents`. */
        AgentDetails: {
            agents?: components["schemas"]["AgentDetail"][];
        };
        AgentList: {
            _links?: components["schemas"]["Links"];
            agents?: components["schemas"]["Agent"][];
            businessUnitId?: number;
            hiddenAgents?: number;
            lastPollTime?: string;
            totalRecords?: number;
        };
        AgentResults: {
            agentResults?: {
                agentId?: number;
                error?: string;
                success?: boolean;
            }[];
            errorCount?: number;
        };
        AgentRoutingAttributeResult: {
            RoutingAttributeNo?: number;
            Success?: boolean;
        };
        AgentSkillAssignment: {
            agentID_alt?: number;
            agentProficiencyName?: string;
            agentProficiencyValue?: number;
            campaignId?: number;
            campaignName?: string;
            digitalPOC?: string;
            digitalPOCName?: string;
            emailFromAddress?: string;
            firstName?: string;
            internalId?: string;
            isActive?: boolean;
            isDialer?: boolean;
            isNaturalCalling?: boolean;
            isNaturalCallingRunning?: boolean;
            isOutbound?: boolean;
            isRestricted?: boolean;
            isSkillActive?: boolean;
            lastName?: string;
            lastUpdateTime?: string;
            mediaTypeId?: number;
            mediaTypeName?: string;
            middleName?: string;
            notes?: string;
            outboundStrategy?: string;
            priorityBlending?: boolean;
            requireCustomerId?: boolean;
            requireDisposition?: boolean;
            screenPopTriggerEvent?: string;
            scriptDisposition?: boolean;
            skillId?: number;
            skillName?: string;
            teamId?: number;
            teamName?: string;
            useACW?: boolean;
            useDisposition?: boolean;
            userId?: string;
            useSecondaryDispositions?: boolean;
        };
        AgentSkillAssignmentList: {
            _links?: components["schemas"]["Links"];
            agentSkillAssignments?: components["schemas"]["AgentSkillAssignment"][];
            businessUnitId?: number;
            lastPollTime?: string;
            totalRecords?: number;
        };
        AgentSkillAssignmentResult: {
            resultSet: {
                errorCount: number;
                skillResults: {
                    [key: string]: unknown;
                }[];
            };
        };
        AgentSkillData: {
            _links?: components["schemas"]["Links"];
            agentSkillData: {
                agents: {
                    [key: string]: unknown;
                }[];
            };
            totalRecords?: number;
        };
        /** @description The agent fields to change (no `isSupervisor`, which only appears in responses). */
        AgentUpdate: {
            ACWEnabled?: boolean;
            ACWRange?: number;
            address1?: string;
            address2?: string;
            agentChatThreshold?: number;
            agentContactAutoFocus?: boolean;
            agentDeliveryMode?: string;
            agentEmailThreshold?: number;
            agentId: string;
            agentIntegration?: boolean;
            agentMaxVersion?: number;
            agentPhoneTimeout?: number;
            agentRequestContact?: boolean;
            agentSmsThreshold?: number;
            agentSyncTime?: string;
            agentTotalContactCount?: number;
            agentVoiceThreshold?: number;
            agentWorkItemThreshold?: number;
            apiKey?: string;
            atHome?: boolean;
            channelLock?: boolean;
            chatRefusalTimeout?: number;
            chatThreshold?: number;
            city?: string;
            contactAutoFocus?: boolean;
            country?: string;
            crmUserName?: string;
            custom1?: string;
            custom2?: string;
            custom3?: string;
            custom4?: string;
            custom5?: string;
            customerCard?: boolean;
            defaultDialingPattern?: number;
            deliveryMode?: string;
            digitalEngagementEnabled?: boolean;
            digitalRefusalTimeout?: number;
            digitalThreshold?: number;
            emailAddress?: string;
            emailRefusalTimeOut?: number;
            emailThreshold?: number;
            employmentType?: number;
            federatedId?: string;
            firstName?: string;
            hireDate?: string;
            hiringSource?: number;
            hourlyCost?: number;
            integratedSoftphoneWebRtcUrls?: {
                [key: string]: unknown;
            }[];
            internalId?: string;
            isActive?: boolean;
            isBillable?: boolean;
            isOpenIdProfileComplete?: boolean;
            issuer?: string;
            isWhatIfAgent?: boolean;
            lastName?: string;
            locationId?: number;
            maxConcurrentChats?: number;
            maxEmailAutoParkingLimit?: number;
            middleName?: string;
            noFixedAddress?: boolean;
            notes?: string;
            ntLoginName?: string;
            phoneRefusalTimeout?: number;
            profileId?: number;
            recordingNumbers?: {
                [key: string]: unknown;
            }[];
            referral?: string;
            rehireStatus?: boolean;
            reportToId?: number;
            requestContact?: boolean;
            roleId?: string;
            scheduleNotification?: number;
            sendEmailNotifications?: boolean;
            sipUser?: string;
            smsRefusalTimeout?: number;
            smsThreshold?: number;
            state?: string;
            subject?: string;
            systemDomain?: string;
            systemUser?: string;
            teamId?: string;
            teamUuid?: string;
            telephone1?: string;
            telephone2?: string;
            terminationDate?: string;
            timeDisplayFormat?: number;
            timeZone?: string;
            totalContactCount?: number;
            useAgentTimeZone?: boolean;
            userId?: string;
            userName?: string;
            userType?: string;
            useTeamChatThreshold?: boolean;
            useTeamContactAutoFocus?: boolean;
            useTeamDefaults?: boolean;
            useTeamDeliveryModeSettings?: boolean;
            useTeamDigitalThreshold?: boolean;
            useTeamEmailAutoParkingLimit?: boolean;
            useTeamEmailThreshold?: boolean;
            useTeamMaxConcurrentChats?: boolean;
            useTeamRequestContact?: boolean;
            useTeamSmsThreshold?: boolean;
            useTeamVoiceThreshold?: boolean;
            useTeamWorkItemThreshold?: boolean;
            voicemailRefusalTimeOut?: number;
            voiceThreshold?: number;
            workItemRefusalTimeout?: number;
            workItemThreshold?: number;
            zipCode?: string;
        };
        AgentUpdateRequest: {
            agent?: components["schemas"]["AgentUpdate"];
        };
        AgentUpdateResult: {
            error?: string;
        };
        AuditHistory: {
            auditHistoryID?: number;
            columnName?: string;
            date?: string;
            modifiedBy?: number;
            modifiedByName?: string;
            newValue?: string;
            oldValue?: string;
        };
        AuditHistoryPage: {
            auditHistoryEntries?: {
                auditHistoryID?: number;
                columnName?: string;
                date?: string;
                modifiedBy?: number;
                modifiedByName?: string;
                newValue?: string;
                oldValue?: string;
            }[];
            businessUnitId?: number;
            createdBy?: string;
            createdDate?: string;
            modifiedBy?: string;
            modifiedDate?: string;
            totalRecords?: number;
        };
        BusinessUnit: {
            abandonRateScope?: number;
            agentlessPortLimit?: number;
            agentsUseDefaultTimeZone?: boolean;
            allowPredictiveDialing?: boolean;
            apiPublishedLimit?: number;
            authGUID?: string;
            businessUnitId?: number;
            businessUnitName?: string;
            callSuppression?: boolean;
            clientConnectorPort?: number;
            coBrand?: boolean;
            coBrandProfileId?: number;
            coBrandProfileName?: string;
            concurrentAgentLimit?: number;
            concurrentPortLimit?: number;
            connectivityType?: string;
            custom1?: string;
            custom2?: string;
            custom3?: string;
            custom4?: string;
            custom5?: string;
            daysUntilListSourceIsFlaggedForDeletion?: number;
            defaultComplianceRecordType?: string;
            defaultComplianceRecordTypeId?: number;
            defaultConfirmationDeliveryMode?: string;
            defaultConfirmationDeliveryModeId?: number;
            defaultContactExpirationMinutes?: number;
            defaultTimeZone?: string;
            defaultToPrevious?: boolean;
            emergencyCallNotificationEmail?: string;
            enableFiltering?: boolean;
            enableMaxReleasePreview?: boolean;
            enableSkillAbandonRate?: boolean;
            enableTrueBlending?: boolean;
            features?: {
                [key: string]: unknown;
            }[];
            fileExtensions?: {
                [key: string]: unknown;
            }[];
            globalCallerId?: string;
            ieX_CustomerName?: string;
            isActive?: boolean;
            isIntegratedTenant?: boolean;
            isMultiContactHandling?: boolean;
            isVFMEnabled?: boolean;
            ivrSurveyCallbackLimit?: number;
            maxClientVersion?: number;
            maxConferenceParties?: number;
            maxScriptHistory?: number;
            niceEngageConfigId?: number;
            niceQMTenantID?: number;
            niceWFMConfigID?: number;
            niceWFMTenantId?: number;
            outboundPortLimit?: number;
            parentBusinessUnitID?: number;
            parentTenantId?: string;
            permitDevVersion?: boolean;
            permitPerAgentVersioning?: boolean;
            phoneTimeout?: number;
            presenceMasterId?: number;
            priorityBasedBlending?: boolean;
            scriptNamespace?: string;
            startDayOfWeek?: number;
            stationLimit?: number;
            tenantId?: string;
            timeZones?: {
                [key: string]: unknown;
            }[];
            userLimit?: number;
            userSessionTimeout?: number;
        };
        CallListUploadJob: {
            completedDate?: string;
            isCancelled?: boolean;
            isComplete?: boolean;
            jobId?: number;
            listId?: number;
            listName?: string;
            startDate?: string;
            submitDate?: string;
        };
        CampaignSkillChange: {
            assignedSkills?: number[];
            invalidSkills?: number[];
        };
        CampaignSkills: {
            businessUnitId?: number;
            skills?: {
                mediaName?: string;
                mediaType?: number;
                skillId?: number;
                skillName?: string;
            }[];
            totalRecords?: number;
        };
        ContactStateDescriptions: {
            contactStateDescriptions: {
                ContactStateCategory: string;
                ContactStateDescription: string;
                ContactStateId: number;
            }[];
        };
        DeliveryPreferences: {
            complianceRecordsDefaultAccept?: boolean;
            complianceRecordsDeliveryType?: number;
            complianceRecordsDisabled?: boolean;
            complianceRecordsTimeout?: number;
            complianceRecordsTimeoutSubsequent?: number;
            confirmationRequiredDefault?: boolean;
            confirmationRequiredDefaultAccept?: boolean;
            confirmationRequiredDeliveryType?: number;
            confirmationRequiredDisabled?: boolean;
            confirmationRequiredTimeout?: number;
            confirmationRequiredTimeoutSubsequent?: number;
            showComplianceButtonDisposition?: boolean;
            showComplianceButtonRequeue?: boolean;
            showComplianceButtonReschedule?: boolean;
            showComplianceButtonSnooze?: boolean;
            showPreviewButtonDisposition?: boolean;
            showPreviewButtonRequeue?: boolean;
            showPreviewButtonReschedule?: boolean;
            showPreviewButtonSnooze?: boolean;
        };
        DncGroupSkills: {
            _links?: components["schemas"]["Links"];
            contributingSkills: {
                skillId: number;
                skillName: string;
            }[];
            totalRecords?: number;
        };
        /** @description The error body of the CXone APIs (OAuth errors may say `error_description` instead). */
        ErrorResponse: {
            error?: string;
            errorDescription?: string;
        };
        ErrorResult: {
            error?: string;
            error_Description?: string;
        };
        Group: {
            groupId?: number;
            groupName?: string;
            isActive?: boolean;
            lastUpdated?: string;
            notes?: string;
        };
        HoursOfOperationDay: {
            additionalCloseTime?: string;
            additionalOpenTime?: string;
            closeTime?: string;
            day?: string;
            hasAdditionalHours?: boolean;
            isClosedAllDay?: boolean;
            openTime?: string;
        };
        HoursOfOperationHoliday: {
            additionalCloseTime?: string;
            additionalOpenTime?: string;
            closeTime?: string;
            date?: string;
            hasAdditionalHours?: boolean;
            holidayName?: string;
            isClosedAllDay?: boolean;
            openTime?: string;
        };
        /** @description Paging links of a listing (`_links`). */
        Links: {
            next?: string;
            previous?: string;
            self?: string;
        };
        MediaTypes: {
            mediaTypes: {
                mediaTypeId?: number;
                mediaTypeName?: string;
                subTypes?: {
                    [key: string]: unknown;
                }[];
            }[];
        };
        MessageTemplate: {
            bccAddress?: string;
            body?: string;
            ccAddress?: string;
            fromAddress?: string;
            fromName?: string;
            isActive: boolean;
            isHTML?: boolean;
            isRTL?: boolean;
            replyToAddress?: string;
            subject?: string;
            templateId: number;
            templateName: string;
            templateTypeDesc: string;
            templateTypeId: number;
        };
        OutboundSkillGeneralSettings: {
            abandonRateCutoff?: number;
            abandonRateThreshold?: number;
            aggressiveness?: string;
            beginDampenPercentage?: number;
            blockMultipleCalls?: boolean;
            consecutiveAttemptsWithoutALiveConnect?: number;
            defaultContactExpiration?: number;
            deliverCallbacksOnDNCHolidays?: boolean;
            deliverPrioritiesOnDNCHolidays?: boolean;
            enableDialingByProficiency?: boolean;
            endOfListNotificationsDelay?: number;
            getPriorityContactsOnContactInsertion?: boolean;
            inactiveBlenderTimer?: number;
            loadCallbacks?: boolean;
            loadFresh?: boolean;
            loadNonFresh?: boolean;
            maxConcurrentCallsPerAgent?: number;
            maximumAttempts?: number;
            maximumRatio?: number;
            maximumRingingDuration?: number;
            maxWaitTimeSeconds?: number;
            minimumRetryMinutes?: number;
            notifyAgentsWhenListIsEmpty?: boolean;
            overrideBusinessUnitAbandonRate?: boolean;
            percentageOfAgentsBeforeOverdial?: number;
            proficiencyFactor?: number;
            waitTimeFactor?: number;
        };
        Permissions: {
            permissions: {
                BusinessUnitId: number;
                Key: string;
                Value: string;
            }[];
        };
        PointsOfContact: {
            businessUnitId?: number;
            lastPollTime?: string;
            pointsOfContact: {
                businessUnitId?: number;
                contactAddress?: string;
                contactCode?: number;
                contactDescription?: string;
                defaultSkillId?: number;
                isActive?: boolean;
                mediaTypeId?: number;
                mediaTypeName?: string;
                notes?: string;
                outboundSkill?: boolean;
                scriptName?: string;
                subType?: string;
            }[];
        };
        RetrySettings: {
            callbackRestMinutes?: number;
            callbackStaleMinutes?: number;
            finalizeWhenExhausted?: boolean;
            generalStaleMinutes?: number;
            loadNonFresh?: boolean;
            maximumAttempts?: number;
            maximumNumberOfCallbacks?: number;
            maximumNumberOfHandledCalls?: number;
            minimumRetryMinutes?: number;
            releaseAgentSpecificCalls?: boolean;
            restrictedCallingMaxAttempts?: number;
            restrictedCallingMinutes?: number;
        };
        RoutingAttribute: {
            Attribute_Name?: string;
            Attribute_No?: number;
            Bus_No?: number;
            Notes?: string;
            /** @enum {string} */
            Status?: "CURR" | "DISC";
        };
        /** @description The scheduled callback NICE's agent SDK sends (`CommitmentRequest`). */
        ScheduledCallbackRequest: {
            firstName: string;
            lastName: string;
            notes?: string;
            phoneNumber: string;
            scheduleDate: string;
            skillId: number;
            targetAgentId: number;
        };
        ScheduleSettings: {
            fridayEndTime?: string;
            fridayIsActive?: boolean;
            fridayStartTime?: string;
            isScheduled?: boolean;
            mondayEndTime?: string;
            mondayIsActive?: boolean;
            mondayStartTime?: string;
            saturdayEndTime?: string;
            saturdayIsActive?: boolean;
            saturdayStartTime?: string;
            sundayEndTime?: string;
            sundayIsActive?: boolean;
            sundayStartTime?: string;
            thursdayEndTime?: string;
            thursdayIsActive?: boolean;
            thursdayStartTime?: string;
            tuesdayEndTime?: string;
            tuesdayIsActive?: boolean;
            tuesdayStartTime?: string;
            wednesdayEndTime?: string;
            wednesdayIsActive?: boolean;
            wednesdayStartTime?: string;
        };
        SecurityProfile: {
            dataRestrictions?: {
                accessibilityType?: string;
                dataRoleEntityTypeName?: string;
                entityIds?: number[];
            }[];
            description?: string;
            isInternal?: boolean;
            permissions?: {
                optionKeys?: string[];
                permissionKey?: string;
            }[];
            roleId?: string;
            securityProfileId?: number;
            securityProfileName?: string;
            securityProfileStatusName?: string;
        };
        SkillAgentAssignmentResult: {
            resultSet: {
                agentResults: {
                    [key: string]: unknown;
                }[];
                errorCount: number;
            };
        };
        SkillAgentAssignments: {
            agents: {
                agentId: string;
                isActive?: boolean;
                proficiency?: number;
            }[];
        };
        SkillCallData: {
            SkillCallData: {
                AbandonedContacts: number;
                AbandonedTime: number;
                AnsweredContacts: number;
                AnsweredServiceLevelContacts: number;
                AverageAbandonedTime: number;
                AverageACDTime: number;
                AverageHandleTime: number;
                AverageSpeedAnswerTime: number;
                BusinessUnitId: number;
                EnteredQueueContacts: number;
                OfferedContacts: number;
                SkillId: number;
                SkillName: string;
            };
        };
        SkillCreate: {
            acceleration?: number;
            acwPostTimeoutStateId?: number;
            acwTypeId?: number;
            agentless?: boolean;
            agentlessPorts?: number;
            agentRestTime?: number;
            agentTypingIndicator?: boolean;
            allowSecondaryDisposition?: boolean;
            callerIdOverride?: string;
            callSuppressionScriptId?: number;
            campaignId?: number;
            chatWarningThreshold?: number;
            countShortAbandons?: boolean;
            cradleToGrave?: boolean;
            deliverMultipleNumbersSerially?: boolean;
            displayThankyou?: boolean;
            dispositions?: {
                [key: string]: unknown;
            }[];
            divisionNo?: number;
            emailBccAddress?: string;
            emailFromAddress?: string;
            emailFromEditable?: boolean;
            enableParking?: boolean;
            enableShortAbandon?: boolean;
            EquityLevel?: number;
            evaluationCriteria?: number;
            FallbackTime?: number;
            FocusLock?: number;
            FocusMetric?: number;
            initialPriority?: number;
            interruptible?: boolean;
            isOutbound?: boolean;
            makeTranscriptAvailable?: boolean;
            maxPriority?: number;
            maxSecondsACW?: number;
            mediaTypeId?: number;
            messageTemplateId?: number;
            minWFIAgents?: number;
            minWFIAvailableAgents?: number;
            minWorkingTime?: number;
            notes?: string;
            outboundStrategy?: string;
            outboundTelecomRouteId?: number;
            patronTypingPreview?: boolean;
            popThankYou?: boolean;
            popThankYouURL?: string;
            priorityBlending?: boolean;
            priorityInterrupt?: boolean;
            requireDisposition?: boolean;
            requireManualAccept?: boolean;
            reskillHours?: number;
            screenPopDetails?: string;
            screenPopTriggerEvent?: number;
            screenPopType?: string;
            scriptId?: number;
            serviceLevelGoal?: number;
            serviceLevelThreshold?: number;
            shortAbandonThreshold?: number;
            skillName?: string;
            smsTransportCodeId?: number;
            stateIdACW?: number;
            thankYouLink?: string;
            transcriptFromAddress?: string;
            useCustomScreenPops?: boolean;
            useScreenPops?: boolean;
            workItemQueueType?: string;
        };
        /** @description The skill itself (NICE's agent SDK reads `response.data.skillId`), not a `skills` wrapper. */
        SkillDetails: {
            acceleration?: number;
            acwPostTimeoutStateId?: number;
            acwPostTimeoutStateName?: string;
            acwTypeId?: number;
            agentFirstResponseTime?: number;
            agentFollowOnResponseTime?: number;
            agentless?: boolean;
            agentlessPorts?: number;
            agentResponseEnabled?: boolean;
            agentRestTime?: number;
            agentTypingIndicator?: boolean;
            allowSecondaryDisposition?: boolean;
            callerIdOverride?: string;
            callSuppressionScriptId?: number;
            campaignId?: number;
            campaignName?: string;
            chatWarningThreshold?: number;
            countReskillHours?: boolean;
            countShortAbandons?: boolean;
            cradleToGrave?: boolean;
            customerIdleTime?: number;
            customerResponseEnabled?: boolean;
            deliverMultipleNumbersSerially?: boolean;
            displayThankyou?: boolean;
            dispositions?: {
                dispositionId?: number;
                dispositionName?: string;
                isPreviewDisposition?: boolean;
                priority?: number;
            }[];
            emailBccAddress?: string;
            emailFromAddress?: string;
            emailFromEditable?: boolean;
            emailParking?: boolean;
            enableShortAbandon?: boolean;
            EquityLevel?: number;
            evaluationCriteria?: number;
            FallbackTime?: number;
            FocusLock?: number;
            FocusMetric?: number;
            initialPriority?: number;
            interruptible?: boolean;
            isActive?: boolean;
            isOutbound?: boolean;
            isRunning?: boolean;
            IsSubSkill?: boolean;
            makeTranscriptAvailable?: boolean;
            maxPriority?: number;
            maxSecondsACW?: number;
            mediaTypeId?: number;
            mediaTypeName?: string;
            messageTemplateId?: number;
            minWFIAgents?: number;
            minWFIAvailableAgents?: number;
            minWorkingTime?: number;
            notes?: string;
            outboundStrategy?: string;
            outboundTelecomRouteId?: number;
            patronTypingPreview?: boolean;
            popThankYou?: boolean;
            popThankYouURL?: string;
            PresentAcceptReject?: boolean;
            priorityBlending?: boolean;
            priorityInterrupt?: boolean;
            requireDisposition?: boolean;
            requireManualAccept?: boolean;
            reskillHours?: number;
            reskillHoursName?: string;
            routingQueueId?: number;
            screenPopDetail?: string;
            screenPopTriggerEvent?: string;
            scriptId?: number;
            scriptName?: string;
            serviceLevelGoal?: number;
            serviceLevelThreshold?: number;
            shortAbandonThreshold?: number;
            skillId?: number;
            skillName?: string;
            smsTransportCode?: string;
            smsTransportCodeId?: number;
            stateIdACW?: number;
            stateNameACW?: string;
            TenantId?: string;
            thankYouLink?: string;
            timeExtensionEnabled?: boolean;
            transcriptFromAddress?: string;
            useCustomScreenPops?: boolean;
            useScreenPops?: boolean;
            workItemQueueType?: string;
        };
        SkillList: {
            skills?: components["schemas"]["SkillListItem"][];
        };
        /** @description A skill as GET /skills lists it. Field names are the ones NICE's agent SDK reads; their types are those of the same fields of GET /skills/{skillId}. */
        SkillListItem: {
            agentFirstResponseTime?: number;
            agentFollowOnResponseTime?: number;
            agentResponseEnabled?: boolean;
            customerIdleTime?: number;
            customerResponseEnabled?: boolean;
            isActive?: boolean;
            isOutbound?: boolean;
            isRestricted?: unknown;
            mediaTypeId?: number;
            mediaTypeName?: string;
            requireDisposition?: boolean;
            skillId?: number;
            skillName?: string;
            timeExtensionEnabled?: boolean;
            workItemQueueType?: string;
        };
        SkillUpdate: {
            acceleration?: number;
            acwPostTimeoutStateId?: number;
            acwTypeId?: number;
            agentless?: boolean;
            agentlessPorts?: number;
            agentRestTime?: number;
            agentTypingIndicator?: boolean;
            allowSecondaryDisposition?: boolean;
            callerIdOverride?: string;
            callSuppressionScriptId?: number;
            campaignId?: number;
            chatWarningThreshold?: number;
            countShortAbandons?: boolean;
            cradleToGrave?: boolean;
            deliverMultipleNumbersSerially?: boolean;
            displayThankyou?: boolean;
            dispositions?: {
                [key: string]: unknown;
            }[];
            divisionNo?: number;
            emailBccAddress?: string;
            emailFromAddress?: string;
            emailFromEditable?: boolean;
            enableParking?: boolean;
            enableShortAbandon?: boolean;
            EquityLevel?: number;
            evaluationCriteria?: number;
            FallbackTime?: number;
            FocusLock?: number;
            FocusMetric?: number;
            initialPriority?: number;
            interruptible?: boolean;
            isActive?: boolean;
            makeTranscriptAvailable?: boolean;
            maxPriority?: number;
            maxSecondsACW?: number;
            mediatypeid?: number;
            messageTemplateId?: number;
            minWFIAgents?: number;
            minWFIAvailableAgents?: number;
            minWorkingTime?: number;
            notes?: string;
            outboundTelecomRouteId?: number;
            patronTypingIndicator?: boolean;
            popThankYou?: boolean;
            popThankYouUrl?: string;
            priorityBlending?: boolean;
            priorityInterrupt?: boolean;
            requireDisposition?: boolean;
            requireManualAccept?: boolean;
            reskillHours?: number;
            screenPopDetails?: string;
            screenPopTriggerEvent?: number;
            screenPopType?: string;
            scriptId?: number;
            serviceLevelGoal?: number;
            serviceLevelThreshold?: number;
            shortAbandonThreshold?: number;
            skillName?: string;
            smsTransportCodeId?: number;
            stateIdACW?: number;
            thankYouLink?: string;
            transcriptFromAddress?: string;
            useCustomScreenPops?: boolean;
            useScreenPops?: boolean;
        };
        StationProfileWrite: {
            stationProfileName?: string;
            stationTimeout?: number;
        };
        StationWrite: {
            callerId: string;
            chatRefusalTimeout?: number;
            documentRefusalTimeout?: number;
            emailRefusalTimeout?: number;
            isActive: boolean;
            machineIdentifier?: string;
            notes?: string;
            phoneCallRefusalTimeout?: number;
            phoneNumber: string;
            stationName: string;
            stationProfileId: number;
            voiceMailRefusalTimeout?: number;
            workItemRefusalTimeout?: number;
        };
        SuppressedContactData: {
            suppressedContactData: {
                endDate?: string;
                skills?: string;
                startDate?: string;
                value?: string;
            };
        };
        Tags: {
            tags: {
                isActive: boolean;
                notes: string;
                tagId: number;
                tagName: string;
            }[];
        };
        Team: {
            agentCount?: number;
            analyticsEnabled?: boolean;
            channelLock?: boolean;
            chatThreshold?: number;
            contactAutoFocus?: boolean;
            cxoneCustomerAuthenticationEnabled?: boolean;
            deliveryMode?: string;
            description?: string;
            digitalThreshold?: number;
            divisionNo?: number;
            emailThreshold?: number;
            inViewChatEnabled?: boolean;
            inViewEnabled?: boolean;
            inViewGamificationEnabled?: boolean;
            inViewLMSEnabled?: boolean;
            inViewWallboardEnabled?: boolean;
            isActive?: boolean;
            lastUpdateTime?: string;
            maxConcurrentChats?: number;
            maxEmailAutoParkingLimit?: number;
            niceAnalyticsEnabled?: boolean;
            niceAudioRecordingEnabled?: boolean;
            niceCoachingEnabled?: boolean;
            niceDesktopAnalyticsEnabled?: boolean;
            niceLessonManagementEnabled?: boolean;
            nicePerformanceManagementEnabled?: boolean;
            niceQmEnabled?: boolean;
            niceQualityOptimizationEnabled?: boolean;
            niceScreenRecordingEnabled?: boolean;
            niceShiftBiddingEnabled?: boolean;
            niceSpeechAnalyticsEnabled?: boolean;
            niceStrategicPlannerEnabled?: boolean;
            niceSurvey_CustomerEnabled?: boolean;
            niceWfmEnabled?: boolean;
            niceWfoAdvancedEnabled?: boolean;
            niceWfoEssentialsEnabled?: boolean;
            notes?: string;
            qm2Enabled?: boolean;
            requestContact?: boolean;
            smsThreshold?: number;
            socialThreshold?: number;
            teamId?: number;
            teamLeadId?: string;
            teamName?: string;
            teamUuid?: string;
            totalContactCount?: number;
            unavailableCodes?: {
                [key: string]: unknown;
            }[][];
            voiceThreshold?: number;
            wfm2Enabled?: boolean;
            wfoEnabled?: boolean;
            workItemThreshold?: number;
        };
        TeamDetail: {
            agentCount?: number;
            agents?: {
                [key: string]: unknown;
            }[];
            analyticsEnabled?: boolean;
            channelLock?: boolean;
            chatThreshold?: number;
            contactAutoFocus?: boolean;
            cxOneCustomerAuthenticationEnabled?: boolean;
            deliveryMode?: string;
            description?: string;
            digitalThreshold?: number;
            divisionNo?: number;
            emailThreshold?: number;
            evolveTeamId?: string;
            inViewChatEnabled?: boolean;
            inViewEnabled?: boolean;
            inViewGamificationEnabled?: boolean;
            inViewLMSEnabled?: boolean;
            inViewWallboardEnabled?: boolean;
            isActive?: boolean;
            lastUpdateTime?: string;
            maxConcurrentChats?: number;
            maxEmailAutoParkingLimit?: number;
            niceAnalyticsEnabled?: boolean;
            niceAudioRecordingEnabled?: boolean;
            niceCoachingEnabled?: boolean;
            niceDesktopAnalyticsEnabled?: boolean;
            niceLessonManagementEnabled?: boolean;
            nicePerformanceManagementEnabled?: boolean;
            niceQmEnabled?: boolean;
            niceQualityOptimizationEnabled?: boolean;
            niceScreenRecordingEnabled?: boolean;
            niceShiftBiddingEnabled?: boolean;
            niceSpeechAnalyticsEnabled?: boolean;
            niceStrategicPlannerEnabled?: boolean;
            niceSurvey_CustomerEnabled?: boolean;
            niceWfmEnabled?: boolean;
            niceWfoAdvancedEnabled?: boolean;
            niceWfoEssentialsEnabled?: boolean;
            notes?: string;
            qm2Enabled?: boolean;
            requestContact?: boolean;
            smsThreshold?: number;
            socialThreshold?: number;
            teamId?: number;
            teamLeadId?: string;
            teamName?: string;
            teamUuid?: string;
            totalContactCount?: number;
            UnavailableCodes?: {
                [key: string]: unknown;
            }[][];
            voiceThreshold?: number;
            wfm2Enabled?: boolean;
            wfoEnabled?: boolean;
            workItemThreshold?: number;
        };
        /** @description The team, as the only item of `teams`. */
        TeamDetails: {
            businessUnitId?: number;
            lastPollTime?: string;
            teams?: components["schemas"]["TeamDetail"][];
        };
        TeamList: {
            _links?: components["schemas"]["Links"];
            businessUnitId?: number;
            lastPollTime?: string;
            teams?: components["schemas"]["Team"][];
            totalRecords?: number;
        };
        TeamWrite: {
            analyticsEnabled?: boolean;
            channelLock?: boolean;
            chatThreshold?: number;
            contactAutoFocus?: boolean;
            cxOneCustomerAuthenticationEnabled?: boolean;
            deliveryMode?: string;
            description?: string;
            digitalThreshold?: number;
            divisionNo?: number;
            emailThreshold?: number;
            inViewEnabled?: boolean;
            inViewGamificationEnabled?: boolean;
            inViewLMSEnabled?: boolean;
            inViewWallboardEnabled?: boolean;
            isActive?: boolean;
            maxConcurrentChats?: number;
            maxEmailAutoParkingLimit?: number;
            niceAudioRecordingEnabled?: boolean;
            niceCoachingEnabled?: boolean;
            niceDesktopAnalyticsEnabled?: boolean;
            niceLessonManagementEnabled?: boolean;
            nicePerformanceManagementEnabled?: boolean;
            niceQmEnabled?: boolean;
            niceQualityOptimizationEnabled?: boolean;
            niceScreenRecordingEnabled?: boolean;
            niceShiftBiddingEnabled?: boolean;
            niceSpeechAnalyticsEnabled?: boolean;
            niceStrategicPlannerEnabled?: boolean;
            niceSurvey_CustomerEnabled?: boolean;
            niceWfmEnabled?: boolean;
            niceWfoAdvancedEnabled?: boolean;
            niceWfoEssentialsEnabled?: boolean;
            notes?: string;
            qm2Enabled?: boolean;
            requestContact?: boolean;
            smsThreshold?: number;
            teamLeadId?: string;
            teamName: string;
            teamUuid?: string;
            totalContactCount?: number;
            voiceThreshold?: number;
            wfm2Enabled?: boolean;
            wfoEnabled?: boolean;
            workItemThreshold?: number;
        };
        UnavailableCodeTeams: {
            businessUnitId?: number;
            teams?: {
                id?: number;
                name?: string;
                uuid?: string;
            }[];
            totalRecords?: number;
        };
        WorkflowDataWrite: {
            data?: {
                date?: {
                    Ref?: string;
                    Type?: string;
                    Value?: string[];
                    Visible?: string;
                };
            };
            profile?: {
                Description?: string;
                ProfileID?: number;
                ProfileName?: string;
            };
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
export type SchemaAddressBookEntryWrite = components['schemas']['AddressBookEntryWrite'];
export type SchemaAddressBookSummary = components['schemas']['AddressBookSummary'];
export type SchemaAgent = components['schemas']['Agent'];
export type SchemaAgentBulkUpdate = components['schemas']['AgentBulkUpdate'];
export type SchemaAgentCreate = components['schemas']['AgentCreate'];
export type SchemaAgentDetail = components['schemas']['AgentDetail'];
export type SchemaAgentDetails = components['schemas']['AgentDetails'];
export type SchemaAgentList = components['schemas']['AgentList'];
export type SchemaAgentResults = components['schemas']['AgentResults'];
export type SchemaAgentRoutingAttributeResult = components['schemas']['AgentRoutingAttributeResult'];
export type SchemaAgentSkillAssignment = components['schemas']['AgentSkillAssignment'];
export type SchemaAgentSkillAssignmentList = components['schemas']['AgentSkillAssignmentList'];
export type SchemaAgentSkillAssignmentResult = components['schemas']['AgentSkillAssignmentResult'];
export type SchemaAgentSkillData = components['schemas']['AgentSkillData'];
export type SchemaAgentUpdate = components['schemas']['AgentUpdate'];
export type SchemaAgentUpdateRequest = components['schemas']['AgentUpdateRequest'];
export type SchemaAgentUpdateResult = components['schemas']['AgentUpdateResult'];
export type SchemaAuditHistory = components['schemas']['AuditHistory'];
export type SchemaAuditHistoryPage = components['schemas']['AuditHistoryPage'];
export type SchemaBusinessUnit = components['schemas']['BusinessUnit'];
export type SchemaCallListUploadJob = components['schemas']['CallListUploadJob'];
export type SchemaCampaignSkillChange = components['schemas']['CampaignSkillChange'];
export type SchemaCampaignSkills = components['schemas']['CampaignSkills'];
export type SchemaContactStateDescriptions = components['schemas']['ContactStateDescriptions'];
export type SchemaDeliveryPreferences = components['schemas']['DeliveryPreferences'];
export type SchemaDncGroupSkills = components['schemas']['DncGroupSkills'];
export type SchemaErrorResponse = components['schemas']['ErrorResponse'];
export type SchemaErrorResult = components['schemas']['ErrorResult'];
export type SchemaGroup = components['schemas']['Group'];
export type SchemaHoursOfOperationDay = components['schemas']['HoursOfOperationDay'];
export type SchemaHoursOfOperationHoliday = components['schemas']['HoursOfOperationHoliday'];
export type SchemaLinks = components['schemas']['Links'];
export type SchemaMediaTypes = components['schemas']['MediaTypes'];
export type SchemaMessageTemplate = components['schemas']['MessageTemplate'];
export type SchemaOutboundSkillGeneralSettings = components['schemas']['OutboundSkillGeneralSettings'];
export type SchemaPermissions = components['schemas']['Permissions'];
export type SchemaPointsOfContact = components['schemas']['PointsOfContact'];
export type SchemaRetrySettings = components['schemas']['RetrySettings'];
export type SchemaRoutingAttribute = components['schemas']['RoutingAttribute'];
export type SchemaScheduledCallbackRequest = components['schemas']['ScheduledCallbackRequest'];
export type SchemaScheduleSettings = components['schemas']['ScheduleSettings'];
export type SchemaSecurityProfile = components['schemas']['SecurityProfile'];
export type SchemaSkillAgentAssignmentResult = components['schemas']['SkillAgentAssignmentResult'];
export type SchemaSkillAgentAssignments = components['schemas']['SkillAgentAssignments'];
export type SchemaSkillCallData = components['schemas']['SkillCallData'];
export type SchemaSkillCreate = components['schemas']['SkillCreate'];
export type SchemaSkillDetails = components['schemas']['SkillDetails'];
export type SchemaSkillList = components['schemas']['SkillList'];
export type SchemaSkillListItem = components['schemas']['SkillListItem'];
export type SchemaSkillUpdate = components['schemas']['SkillUpdate'];
export type SchemaStationProfileWrite = components['schemas']['StationProfileWrite'];
export type SchemaStationWrite = components['schemas']['StationWrite'];
export type SchemaSuppressedContactData = components['schemas']['SuppressedContactData'];
export type SchemaTags = components['schemas']['Tags'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaTeamDetail = components['schemas']['TeamDetail'];
export type SchemaTeamDetails = components['schemas']['TeamDetails'];
export type SchemaTeamList = components['schemas']['TeamList'];
export type SchemaTeamWrite = components['schemas']['TeamWrite'];
export type SchemaUnavailableCodeTeams = components['schemas']['UnavailableCodeTeams'];
export type SchemaWorkflowDataWrite = components['schemas']['WorkflowDataWrite'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotModified = components['responses']['NotModified'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    getAccessKeys: {
        parameters: {
            query: {
                agentId: string;
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
                        accesskeys?: {
                            accessKeyId?: string;
                            agentId?: number;
                            billingId?: number;
                            isActive?: boolean;
                            lastUsedDate?: string;
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
    postAccessKeys: {
        parameters: {
            query?: {
                agentId?: number;
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
                        accesskeys?: {
                            accessKeyId?: string;
                            accessKeySecret?: string;
                            agentId?: number;
                            billingId?: number;
                            isActive?: boolean;
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
    getAccessKeysByAccessKeyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accessKeyId: string;
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
                        accessKey?: {
                            accessKeyId?: string;
                            agentId?: number;
                            billingId?: number;
                            isActive?: boolean;
                            lastUsedDate?: string;
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
    deleteAccessKeysByAccessKeyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accessKeyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    patchAccessKeysByAccessKeyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accessKeyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getActivesupervisors: {
        parameters: {
            query?: {
                teamIds?: string;
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
                        supervisorStatuslist?: {
                            contactEventTypeId?: number;
                            contactId?: number;
                            eventStateDescription?: string;
                            initiatingAgentNo?: number;
                            startTimeStamp?: string;
                            targetAgentNo?: number;
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
    getAddressBooks: {
        parameters: {
            query?: never;
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
                        addressBooks?: {
                            addressBookId?: number;
                            addressBookName?: string;
                            addressBookType?: string;
                            agents?: {
                                [key: string]: unknown;
                            }[];
                            appId?: string;
                            campaigns?: {
                                [key: string]: unknown;
                            }[];
                            skills?: {
                                [key: string]: unknown;
                            }[];
                            teams?: {
                                [key: string]: unknown;
                            }[];
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
    postAddressBooks: {
        parameters: {
            query: {
                addressBookName: string;
                addressBookType: "Standard" | "Dynamic";
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
                        resultSet?: {
                            addressBookId?: number;
                            addressBookName?: string;
                            addressBookType?: string;
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
    deleteAddressBooksByAddressBookId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                addressBookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAddressBooksByAddressBookIdAgentsAssigned: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                addressBookId: string;
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
                        agentId?: number;
                        firstName?: string;
                        hiddenAgents?: number;
                        lastName?: string;
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
    getAddressBooksByAddressBookIdAgentsUnassigned: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                addressBookId: string;
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
                        agentId?: number;
                        firstName?: string;
                        lastName?: string;
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
    postAddressBooksByAddressBookIdAssignment: {
        parameters: {
            query: {
                entityType: "Agent" | "Skill" | "Team" | "Campaign" | "Everyone";
            };
            header?: never;
            path: {
                addressBookId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    addressBookAssignments: {
                        entityId: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignResults?: {
                            entityId?: string;
                            entityType?: string;
                            error?: string;
                            success?: boolean;
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
    getAddressBooksByAddressBookIdDynamicEntries: {
        parameters: {
            query: {
                fullLoad: boolean;
                orderBy?: string;
                skip?: number;
                top?: number;
            };
            header?: never;
            path: {
                addressBookId: string;
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
                        addressBook?: {
                            addressBookEntries?: {
                                [key: string]: unknown;
                            }[];
                            addressBookId?: number;
                            addressBookName?: string;
                            addressBookType?: string;
                            fullLoad?: boolean;
                            serverTime?: string;
                        };
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
    putAddressBooksByAddressBookIdDynamicEntries: {
        parameters: {
            query: {
                fullLoad: boolean;
            };
            header?: never;
            path: {
                addressBookId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    addressBookEntries: {
                        company: string;
                        email: string;
                        externalId: string;
                        externalState: string;
                        firstName: string;
                        lastName: string;
                        middleName: string;
                        mobile: string;
                        phone: string;
                        stateId: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entryResults?: {
                            addressBookEntryId?: number;
                            created?: boolean;
                            error?: string;
                            externalId?: number;
                            success?: boolean;
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
    deleteAddressBooksByAddressBookIdDynamicEntriesByExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                addressBookId: string;
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAddressBooksByAddressBookIdEntries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                addressBookId: string;
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
                        addressBook?: {
                            addressBookEntries?: {
                                [key: string]: unknown;
                            }[];
                            addressBookId?: number;
                            addressBookName?: string;
                            addressBookType?: string;
                        };
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
    putAddressBooksByAddressBookIdEntries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                addressBookId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    addressBookEntries: components["schemas"]["AddressBookEntryWrite"][];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entryResults?: {
                            addressBookEntryId?: number;
                            error?: string;
                            success?: boolean;
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
    postAddressBooksByAddressBookIdEntries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                addressBookId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    addressBookEntries: {
                        company?: string;
                        email?: string;
                        firstName: string;
                        lastName: string;
                        middleName?: string;
                        mobile?: string;
                        phone?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entryResults?: {
                            addressBookEntryId?: number;
                            error?: string;
                            success?: boolean;
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
    deleteAddressBooksByAddressBookIdEntriesByAddressBookEntryId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                addressBookEntryId: number;
                addressBookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentMessagesByMessageGroupId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                messageGroupId: string;
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
                        agentMessage?: {
                            combinedUserNameDomain?: string;
                            date?: string;
                            delivered?: number;
                            duration?: number;
                            email?: string;
                            expireDate?: string;
                            firstName?: string;
                            isActive?: boolean;
                            lastName?: string;
                            messageGroupGuid?: string;
                            msgId?: number;
                            msgText?: string;
                            msgType?: string;
                            sentOn?: string;
                            sentTo?: string;
                            subject?: string;
                            team?: string;
                            team_no?: number;
                            userID?: number;
                            userName?: string;
                            userNameDomain?: string;
                        }[];
                        hiddenAgents?: number;
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
    getAgentPatterns: {
        parameters: {
            query?: never;
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
                        dialingPatterns: {
                            input: string;
                            output: string;
                            patternId: number;
                            patternName: string;
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
    postAgentPatternsByAgentpatternIdTransformPhonenumbers: {
        parameters: {
            query?: {
                externalId?: string;
                "inputPhoneNum "?: string;
            };
            header?: never;
            path: {
                agentpatternId: number;
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
                        transformNumOut?: {
                            errorDescription?: string;
                            externalId?: string;
                            inputNumber?: string;
                            isTransformed?: boolean;
                            outputNumber?: string;
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
    getAgents: {
        parameters: {
            query?: {
                fields?: string;
                isActive?: boolean;
                isLocked?: boolean;
                orderBy?: string;
                searchString?: string;
                skip?: string;
                top?: string;
                updateSince?: string;
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
                    "application/json": components["schemas"]["AgentList"];
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
    updateAgents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    agents: components["schemas"]["AgentBulkUpdate"][];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agentResults?: {
                            agentId?: string;
                            error?: string;
                            success?: boolean;
                        }[];
                        errorCount?: number;
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
    createAgents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    agents: components["schemas"]["AgentCreate"][];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsStates: {
        parameters: {
            query?: {
                reqBUIds?: string;
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
                        agentStates: {
                            agentID_alt?: number;
                            agentStateId: number;
                            agentStateName: string;
                            businessUnitId?: number;
                            contactId?: number;
                            firstName?: string;
                            fromAddress?: string;
                            isActive?: boolean;
                            isAcw?: boolean;
                            isOutbound?: boolean;
                            lastName?: string;
                            lastPollTime?: string;
                            lastUpdateTime?: string;
                            mediaName?: string;
                            mediaType?: number;
                            openContacts?: number;
                            outStateDescription?: number;
                            outStateId?: number;
                            skillId?: number;
                            skillName?: string;
                            startDate?: string;
                            stationId?: number;
                            stationPhoneNumber?: string;
                            teamId?: number;
                            teamName?: string;
                            toAddress?: string;
                            userName?: string;
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
    getAgent: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                /** @description One of: agentId, userId (the source writes `{agentId|userId}`). */
                agentId: string;
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
                    "application/json": components["schemas"]["AgentDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description One of: agentId, userId (the source writes `{agentId|userId}`). */
                agentId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AgentUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentUpdateResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsByAgentIdAddressBooks: {
        parameters: {
            query: {
                addressBookType: number;
                fields?: string;
                includeEntries: boolean;
                searchString?: string;
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
                        addressBooks?: {
                            dynamicaddressbook?: {
                                [key: string]: unknown;
                            };
                            standardaddressbook?: {
                                [key: string]: unknown;
                            };
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
    getAgentsByAgentIdAgentConfiguration: {
        parameters: {
            query?: {
                fields?: string;
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
                        deleteCommitmentId?: number;
                        deleteCommitmentString?: string;
                        digitalEngagementUrl?: string;
                        emergencyPhoneNumbers?: string[];
                        helpSiteVersion?: string;
                        isExternalDirConfigure?: boolean;
                        maxConferenceParties?: number;
                        persistentPanels?: {
                            persistentPanelId?: number;
                            persistentPanelLabel?: string;
                            persistentPanelURI?: string;
                        }[];
                        webRTCDNIS?: string;
                        webRTCServerDomain?: string;
                        webRTCType?: string;
                        webRTCWSSUrls?: {
                            urlName?: string;
                            weight?: string;
                        }[];
                        wfoApiUrl?: string;
                        wfoWebServiceUrl?: string;
                        wfoWebsiteUrl?: string;
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
    getAgentsByAgentIdAgentSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agentId: string;
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
                        deleteCommitmentId?: number;
                        deleteCommitmentString?: string;
                        emergencyPhoneNumbers?: string[];
                        googleAccountNumberMAX?: string;
                        googleAccountNumberSupervisor?: string;
                        maxClientVersion?: number;
                        maxConferenceParties?: number;
                        persistentPanels?: {
                            persistentPanelId?: number;
                            persistentPanelURI?: string;
                        }[];
                        raygunApiKeyMAX?: string;
                        raygunApiKeySupervisor?: string;
                        webRTCWSSUrls?: {
                            urlName?: string;
                            weight?: string;
                        }[];
                        wfoApiUrl?: string;
                        wfoWebServiceUrl?: string;
                        wfoWebsiteUrl?: string;
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
    putAgentsByAgentIdCustomEvent: {
        parameters: {
            query?: {
                data?: string;
                eventName?: string;
                persistInMemory?: boolean;
            };
            header?: never;
            path: {
                agentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsByAgentIdGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agentId: string;
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
                        agentGroups?: {
                            groupId?: number;
                            groupName?: string;
                            isActive?: boolean;
                            lastUpdated?: string;
                            notes?: string;
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
    getAgentsByAgentIdIndicators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agentId: string;
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
                        indicators: {
                            action: string;
                            actionType: string;
                            enable: boolean;
                            imageFile: string;
                            indicatorName: string;
                            senderContactId: number;
                            toolTip: string;
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
    postAgentsByAgentIdLogout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsByAgentIdMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agentId: string;
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
                        messages: {
                            expireTimer: number;
                            indicatorId: number;
                            messageHint: string;
                            messageId: number;
                            messageText: string;
                            startDate: string;
                            subject: string;
                            validUntil: string;
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
    getAgentsByAgentIdQuickReplies: {
        parameters: {
            query: {
                contactId?: string;
                skillId: string;
            };
            header?: never;
            path: {
                agentId: string;
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
                        quickReplies: {
                            content: string;
                            isFavorite: number;
                            keyWords: string;
                            quickReplyId: number;
                            skills: {
                                [key: string]: unknown;
                            }[];
                            title: string;
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
    resetAgentPassword: {
        parameters: {
            query?: {
                forceChangeOnLogon?: boolean;
                requestedPassword?: string;
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
                        resetResult?: {
                            passwordComplexityResult?: string;
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
    getAgentsByAgentIdScheduledCallbacks: {
        parameters: {
            query?: never;
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
                        callbacks?: {
                            agentId?: number;
                            callbackId?: number;
                            callbackTime?: string;
                            dialNumber?: string;
                            firstName?: string;
                            lastName?: string;
                            msteamsclientid?: string;
                            notes?: string;
                            origNumber?: string;
                            skillId?: number;
                            target?: string;
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
    getAgentsByAgentIdSkillData: {
        parameters: {
            query?: {
                isOutbound?: boolean;
            };
            header?: never;
            path: {
                agentId: string;
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
                    "application/json": components["schemas"]["AgentSkillData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsByAgentIdSkills: {
        parameters: {
            query?: {
                fields?: string;
                isAssignedSkillActive?: boolean;
                isSkillActive?: boolean;
            };
            header?: never;
            path: {
                /** @description One of: agentId, userId (the source writes `{agentId|userId}`). */
                agentId: string;
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
                    "application/json": components["schemas"]["AgentSkillAssignmentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putAgentsByAgentIdSkills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description One of: agentId, userId (the source writes `{agentId|userId}`). */
                agentId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    skills?: {
                        isActive: boolean;
                        proficiency?: number;
                        skillId: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSkillAssignmentResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postAgentsByAgentIdSkills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description One of: agentId, userId (the source writes `{agentId|userId}`). */
                agentId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    skills?: {
                        isActive?: boolean;
                        proficiency?: number;
                        skillId: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSkillAssignmentResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAgentsByAgentIdSkills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description One of: agentId, userId (the source writes `{agentId|userId}`). */
                agentId: string;
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
                    "application/json": components["schemas"]["AgentSkillAssignmentResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsByAgentIdSkillsUnassigned: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agentId: string;
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
                        resultSet: {
                            _links?: components["schemas"]["Links"];
                            businessUnitId: number;
                            skills: {
                                [key: string]: unknown;
                            }[];
                            totalRecords: number;
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
    setAgentState: {
        parameters: {
            query: {
                outStateId?: number;
                state: "Available" | "Unavailable";
            };
            header?: never;
            path: {
                agentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsByAgentNoRoutingAttributes: {
        parameters: {
            query: {
                assigned: boolean;
                maximumRows: number;
                orderAsc: boolean;
                orderColumn: string;
                searchText: string;
                startRowIndex: number;
                status: number;
            };
            header?: never;
            path: {
                agentNo: number;
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
                        hiddenAgents?: number;
                        routingAttributes?: {
                            Agent_No?: number;
                            Attribute_Name?: string;
                            Attribute_No?: number;
                            Bus_No?: number;
                            /** @enum {string} */
                            Status?: "CURR" | "DISC";
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
    putAgentsByAgentNoRoutingAttributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agentNo: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    modAgentNo?: number;
                    routingAttributeNo?: number;
                    status?: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentRoutingAttributeResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    changeAgentPassword: {
        parameters: {
            query: {
                currentPassword: string;
                newPassword: string;
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
                        changeResult?: {
                            passwordComplexityResult?: string;
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
    getAgentsExtended: {
        parameters: {
            query?: {
                activeUsersOnly?: boolean;
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
                        agents?: {
                            agentDialingPatternID?: number;
                            agentPhoneHome?: string;
                            agentPhoneOther?: string;
                            atHomeWorker?: boolean;
                            autoAttendantAccessType?: number;
                            chatRefusalTimeout?: number;
                            city?: string;
                            combinedUserNameDomain?: string;
                            country?: string;
                            crmUsername?: string;
                            custom1?: string;
                            custom2?: string;
                            custom3?: string;
                            custom4?: string;
                            custom5?: string;
                            deliveryMode?: number;
                            display24Hour?: boolean;
                            email?: string;
                            emailRefusalTimeout?: number;
                            employmentType?: number;
                            externalIdentity?: string;
                            federatedId?: string;
                            firstName?: string;
                            groupIds?: string;
                            hireDate?: string;
                            hiringSourceDesc?: string;
                            hiringSourceId?: number;
                            hourlyCost?: number;
                            integratedSoftphoneWebRtcUrls?: string;
                            isActive?: boolean;
                            lastName?: string;
                            location?: number;
                            locationname?: string;
                            locationNo?: number;
                            maxConcurrentChats?: number;
                            maxEmailInboxCount?: number;
                            mchChat?: number;
                            mchContactAutoFocus?: boolean;
                            mchEmail?: number;
                            mchRequestContact?: boolean;
                            mchSocial?: number;
                            mchVoice?: number;
                            mchWorkitem?: number;
                            middleName?: string;
                            notes?: string;
                            ntLoginName?: string;
                            phoneCallRefusalTimeout?: number;
                            phones?: string;
                            referral?: string;
                            rehireStatus?: boolean;
                            reportTo?: number;
                            schRequestContact?: boolean;
                            secondaryID?: string;
                            securityProfileID?: number;
                            shiftTimes?: boolean;
                            sipUserId?: string;
                            skillInfo?: string;
                            smsRefusalTimeout?: number;
                            state?: string;
                            systemDomain?: string;
                            systemUsername?: string;
                            team_no?: number;
                            terminationDate?: string;
                            timeZone?: string;
                            totalContactCount?: number;
                            useDefaultEmail?: boolean;
                            useDefaultRequestContact?: boolean;
                            userID?: number;
                            userType?: string;
                            useTeamDeliveryModeSettings?: boolean;
                            useTeamMaxConcurrentChats?: boolean;
                            useTeamMaxEmailInboxCount?: boolean;
                            useTeamMCHChat?: boolean;
                            useTeamMCHContactAutoFocus?: boolean;
                            useTeamMCHEmail?: boolean;
                            useTeamMCHRequestContact?: boolean;
                            useTeamMCHWorkItem?: boolean;
                            voiceMailRefusalTimeout?: number;
                            wfmNotificationEnabled?: boolean;
                            wfmNotificationInterval?: number;
                            workItemRefusalTimeout?: number;
                        }[];
                        hiddenAgents?: number;
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
    getAgentsIssues: {
        parameters: {
            query: {
                agentName?: string;
                isClosed: boolean;
                issueType?: string;
                teamName?: string;
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
                        agentIssue?: {
                            agent_Name?: string;
                            agentIssueId?: number;
                            contact_ID?: number;
                            description?: string;
                            issueTypeName?: string;
                            rowNumber?: number;
                            salesForceCaseID?: string;
                            scriptName?: string;
                            submitTime?: string;
                            team_Name?: string;
                        }[];
                        hiddenAgents?: number;
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
    postAgentsMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    agentMessages: {
                        expireMinutes?: number;
                        message: string;
                        startDate?: string;
                        subject: string;
                        targetId?: number;
                        /** @enum {string} */
                        targetType: "Agent" | "Team" | "Everyone" | "Station";
                        validUntil?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agentMessageResults?: {
                            agentMessageId?: number;
                            error?: string;
                            success?: boolean;
                        }[];
                        errorCount?: number;
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
    deleteAgentsMessagesByMessageId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                messageId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsQuickReplies: {
        parameters: {
            query?: never;
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
                        quickReplies?: {
                            content?: string;
                            isFavorite?: boolean;
                            keyWords?: string;
                            quickReplyId?: number;
                            skills?: {
                                [key: string]: unknown;
                            }[];
                            title?: string;
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
    deleteAgentsRoutingAttributesByRoutingAttributeNo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                routingAttributeNo: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    agentNo?: number;
                    modAgentNo?: number;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentRoutingAttributeResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postAgentsSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agentIds?: string[];
                    fields?: string;
                    isActive?: boolean;
                    isLocked?: boolean;
                    orderby?: string;
                    searchString?: string;
                    updatedSince?: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agentResults?: {
                            [key: string]: unknown;
                        }[][];
                        businessUnitId?: number;
                        errorCount?: number;
                        hiddenAgents?: number;
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
    getAgentsSkillData: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["AgentSkillData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsSkills: {
        parameters: {
            query: {
                fields?: string;
                isActive: boolean;
                isAgentActive: boolean;
                isSkillActive?: boolean;
                mediaTypeId?: number;
                orderBy?: string;
                outboundStrategy?: string;
                searchString?: string;
                skip?: number;
                top?: number;
                UpdatedSince?: string;
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
                        agentSkillAssignments?: {
                            agentId?: number;
                            agentName?: string;
                            agentProficiencyName?: string;
                            agentProficiencyValue?: number;
                            campaignId?: number;
                            campaignName?: string;
                            emailFromAddress?: string;
                            internalId?: string;
                            isActive?: boolean;
                            isAgentActive?: boolean;
                            isDialer?: boolean;
                            isNaturalCalling?: boolean;
                            isNaturalCallingRunning?: number;
                            isOutbound?: boolean;
                            isSkillActive?: boolean;
                            lastPollTime?: string;
                            lastUpdateTime?: string;
                            mediaType?: number;
                            mediaTypeName?: string;
                            notes?: string;
                            outboundStrategy?: string;
                            priorityBlending?: boolean;
                            requireDisposition?: boolean;
                            screenPopTriggerEvent?: string;
                            scriptDisposition?: boolean;
                            skillId?: number;
                            skillName?: string;
                            teamId?: number;
                            useACW?: boolean;
                            useDisposition?: boolean;
                            useSecondaryDispositions?: boolean;
                        }[];
                        businessUnitId?: string;
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
    postAgentsSkills: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    agentAndSkillDetails?: {
                        agentIds?: string[];
                        skills?: {
                            [key: string]: unknown;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resultSet?: {
                            errorCount?: string;
                            skillResults?: {
                                [key: string]: unknown;
                            }[];
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
    getAgentsSkillsDownload: {
        parameters: {
            query?: {
                fields?: string;
                skillRecordTypeID?: string;
                skip?: number;
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
                        agentSkillDownload?: {
                            [key: string]: unknown;
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
    getApiversion: {
        parameters: {
            query?: {
                searchUriText?: string;
                verb?: string;
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
                        apiInfo?: {
                            uri?: string;
                            verb?: string;
                            version?: number;
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
    getApiversionreleaseinfo: {
        parameters: {
            query?: {
                apiversion?: string;
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
                        versionInfo?: {
                            release?: string;
                            version?: number;
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
    getBrandingProfiles: {
        parameters: {
            query?: never;
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
                        resultSet: {
                            active: boolean;
                            adminEmail: string;
                            agentLogo?: string;
                            brandName: string;
                            centralFavicon?: string;
                            centralLogo?: string;
                            chatLogo?: string;
                            coBrand: boolean;
                            maxAgentLogo?: string;
                            maxGlanceLogo?: string;
                            profileId: number;
                            profileName: string;
                            sfdcAgentLogo?: string;
                            stylePackName: string;
                            subdomain: string;
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
    getBusinessUnit: {
        parameters: {
            query?: {
                includeTrustedBusinessUnits?: boolean;
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
                        businessUnits?: components["schemas"]["BusinessUnit"][];
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
    getBusinessUnitOutboundRoutes: {
        parameters: {
            query?: never;
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
                        outboundRoutes?: {
                            outboundTelecomRouteId?: number;
                            routeDescription?: string;
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
    getBusinessUnitTimeZones: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putBusinessUnitTimeZones: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    items?: string;
                    timezones?: string;
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCampaigns: {
        parameters: {
            query?: never;
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
                        businessUnitId?: number;
                        campaigns?: {
                            description?: string;
                            id?: number;
                            isActive?: boolean;
                            lastUpdateTime?: string;
                            name?: string;
                            notes?: string;
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
    postCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    divisionId?: number;
                    isActive?: boolean;
                    name: string;
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: number;
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
    getCampaignsByCampaignId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
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
                        description?: string;
                        divisionId?: number;
                        id?: number;
                        isActive?: boolean;
                        lastUpdateTime?: string;
                        name?: string;
                        notes?: string;
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
    putCampaignsByCampaignId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    divisionId?: number;
                    isActive?: boolean;
                    name: string;
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCampaignsByCampaignIdAddressBooks: {
        parameters: {
            query: {
                includeEntries: boolean;
            };
            header?: never;
            path: {
                campaignId: number;
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
                        addressBooks?: components["schemas"]["AddressBookSummary"][];
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
    getCampaignsByCampaignIdAuditHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
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
                        auditHistoryEntries?: {
                            auditHistoryId?: number;
                            columnName?: string;
                            date?: string;
                            modifiedBy?: number;
                            modifiedByName?: string;
                            newValue?: string;
                            oldValue?: string;
                        }[];
                        businessUnitId?: number;
                        createdBy?: string;
                        createdDate?: string;
                        modifiedBy?: string;
                        modifiedDate?: string;
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
    getCampaignsByCampaignIdSkills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: number;
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
                    "application/json": components["schemas"]["CampaignSkills"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postCampaignsByCampaignIdSkills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addAll?: boolean;
                    skills?: number[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignSkillChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteCampaignsByCampaignIdSkills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: number;
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
                    "application/json": components["schemas"]["CampaignSkillChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCampaignsByCampaignIdSkillsUnassigned: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
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
                    "application/json": components["schemas"]["CampaignSkills"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    patchCampaignsByCampaignIdStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCommunicationsAgentMessages: {
        parameters: {
            query?: never;
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
                        agentMessaging?: {
                            messageGroupGuid?: string;
                            startDate?: string;
                            subject?: string;
                            target?: string;
                        }[];
                        businessUnitId?: number;
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
    postCommunicationsAgentMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expireMinutes: number;
                    message: string;
                    subject: string;
                    targetIds?: number[];
                    /** @enum {string} */
                    targetType: "agent" | "team" | "station" | "everyone";
                    validUntil: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignedTargetIds?: number[];
                        invalidTargetIds?: number[];
                        messageGroupGuid?: string;
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
    deleteCommunicationsAgentMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    groupMessageIds?: string[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deletedGroupMessageIds?: string;
                        invalidGroupMessageIds?: string;
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
    getCommunicationsAgentMessagesByMessageGroupId: {
        parameters: {
            query?: {
                authContext?: string;
            };
            header?: never;
            path: {
                messageGroupId: string;
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
                        agents?: {
                            firstName?: string;
                            lastName?: string;
                            team?: string;
                            teamNumber?: number;
                            userId?: number;
                        }[];
                        duration?: number;
                        expireDate?: string;
                        hiddenAgents?: number;
                        message?: string;
                        messageGroupGuid?: string;
                        sentOn?: string;
                        stations?: {
                            callerId?: string;
                            phoneNumber?: string;
                            profile?: number;
                            stationId?: number;
                            stationName?: string;
                            status?: boolean;
                        }[];
                        subject?: string;
                        targetType?: string;
                        teams?: {
                            rowNumber?: number;
                            teamId?: number;
                            teamName?: string;
                        }[];
                        totalRowCount?: number;
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
    deleteCommunicationsAgentMessagesByMessageGroupId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                messageGroupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactStateDescriptions: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["ContactStateDescriptions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactStateDescriptionsByContactStateId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactStateId: number;
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
                    "application/json": components["schemas"]["ContactStateDescriptions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactsByContactIdChatTranscript: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: string;
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
                        messages: {
                            Label: string;
                            PartyType: string;
                            RoomId: number;
                            Text: string;
                            TimeStamp: string;
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
    getContactsByContactIdDisposition: {
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
                        dispositionByAgendId?: number;
                        dispositionId?: number;
                        dispositionName?: string;
                        lastUpdated?: string;
                        notes?: string;
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
    getContactsByContactIdEmailTranscript: {
        parameters: {
            query?: {
                includeAttachments?: boolean;
            };
            header?: never;
            path: {
                contactId: string;
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
                        emails: {
                            attachments?: {
                                [key: string]: unknown;
                            }[];
                            bccAddress: string;
                            bodyHtml: string;
                            ccAddress: string;
                            emailTypeId: number;
                            fromAddress: string;
                            hasAttachments?: boolean;
                            rawFileName?: string;
                            sentDate: string;
                            subject: string;
                            toAddress: string;
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
    postContactsByContactIdEnd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactsByContactIdFiles: {
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
                    "application/json": {
                        files?: {
                            accessDate: string;
                            authorId: number;
                            businessUnitId: number;
                            contactId: number;
                            createDate: string;
                            deleteDate: string;
                            fileName: string;
                            fullFileName: string;
                            isDeleted: boolean;
                            mailStatusId: number;
                            mailStatusName: string;
                            modifiedDate: string;
                            modifiedId: number;
                            physicalBytes: number;
                            purposeId: number;
                            purposeName: number;
                            size: number;
                            weblink: boolean;
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
    getContactsByContactIdHistoricalChatTranscript: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: string;
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
                        transcript?: {
                            cloudState?: string;
                            transcript?: {
                                [key: string]: unknown;
                            }[];
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
    postContactsByContactIdMonitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    phoneNumber: number;
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postContactsByContactIdRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postContactsByContactIdSetDisposition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dispositionInfo?: {
                        callbackNumber?: string;
                        callbackTime?: string;
                        commitmentAmount?: string;
                        dispositionCode: string;
                        notes?: string;
                        skill: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactsByContactIdSmsHistoricalTranscript: {
        parameters: {
            query: {
                businessUnitId: number;
            };
            header?: never;
            path: {
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postContactsByContactIdTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    tags: {
                        tagId: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resultSet: unknown;
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
    getContactsSmsHistoricalContacts: {
        parameters: {
            query: {
                ani: number;
                businessUnitId: number;
                skillId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCountries: {
        parameters: {
            query?: never;
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
                        countries: {
                            countryCode: string;
                            countryId: number;
                            countryName: string;
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
    getCountriesByCountryIdStates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                countryId: string;
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
                        resultSet: {
                            countryId: number;
                            countryName: string;
                            states?: {
                                [key: string]: unknown;
                            }[];
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
    getDataDefinitionsDataTypes: {
        parameters: {
            query?: never;
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
                        dataTypes: {
                            dataTypeId: number;
                            dataTypeName: string;
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
    getDispositions: {
        parameters: {
            query?: {
                fields?: string;
                isActive?: boolean;
                isPreviewDispositions?: boolean;
                orderBy?: string;
                searchString?: string;
                skip?: number;
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
                        _links?: components["schemas"]["Links"];
                        businessUnitId?: number;
                        dispositions?: {
                            classificationId?: number;
                            dispositionId?: number;
                            dispositionName?: string;
                            isActive?: boolean;
                            isPreviewDisposition?: boolean;
                            lastUpdated?: string;
                            notes?: string;
                            systemOutcome?: string;
                        }[];
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
    postDispositions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    dispositions: {
                        classificationId?: number;
                        dispositionName: string;
                        isPreviewDisposition: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dispositionResults?: {
                            dispositionId: number;
                            error?: string;
                            success?: boolean;
                        }[];
                        errorCount?: number;
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
    getDispositionsByDispositionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dispositionId: string;
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
                        classificationId?: number;
                        classificationName?: string;
                        dialerAgentOutcomeId?: number;
                        dialerAgentOutcomeName?: string;
                        dispositionId: number;
                        dispositionName?: string;
                        isActive?: boolean;
                        isAgentSpecific?: boolean;
                        isPreviewDisposition?: boolean;
                        lastUpdated?: string;
                        notes?: string;
                        reportingGroupId?: number;
                        showCommitmentAmount?: boolean;
                        showRescheduleDate?: boolean;
                        systemOutcome?: string;
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
    putDispositionsByDispositionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dispositionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    classificationId?: number;
                    dispositionName?: string;
                    isActive?: boolean;
                    isPreviewDisposition?: boolean;
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDispositionsByDispositionIdAuditHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dispositionId: string;
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
                        auditHistoryRecords?: components["schemas"]["AuditHistory"][];
                        businessUnitId?: number;
                        createdBy?: string;
                        createdDate?: string;
                        modifiedBy?: string;
                        modifiedDate?: string;
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
    getDispositionsByDispositionIdSkills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dispositionId: string;
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
                        skills?: {
                            campaignId?: number;
                            campaignName?: string;
                            direction?: string;
                            mediaTypeId?: number;
                            mediaTypeName?: string;
                            skillId?: number;
                            skillName?: string;
                            skillStatus?: number;
                            sla?: string;
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
    patchDispositionsByDispositionIdStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dispositionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDispositionsClassifications: {
        parameters: {
            query?: {
                classificationType?: number;
                direction?: number;
                isPreviewDisposition?: boolean;
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
                        businessUnitId?: number;
                        classificationResults?: {
                            businessUnitId?: number;
                            carryoverForCallback?: boolean;
                            classificationId: number;
                            classificationLocalizationKey?: string;
                            classificationName?: string;
                            classificationTypeID?: number;
                            description?: string;
                            dialingOutcomeId?: number;
                            dialingOutcomeLocalizationKey?: string;
                            direction?: number;
                            excludeFromSerialDelivery?: boolean;
                            isAgentSpecific?: boolean;
                            isContactFinal?: boolean;
                            isDestinationFinal?: boolean;
                            isPreviewDisposition?: boolean;
                            reportingGroupId?: number;
                            reportingGroupLocalizationKey?: string;
                            reportingGroupName?: string;
                            showCommitmentAmount?: boolean;
                            showRescheduleDate?: boolean;
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
    getDispositionsSkills: {
        parameters: {
            query?: never;
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
                        dispositionId?: number;
                        dispositionName?: string;
                        isActive?: boolean;
                        skills?: {
                            mediaTypeId?: number;
                            mediaTypeName?: number;
                            skillId?: number;
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
    getDncGroups: {
        parameters: {
            query?: never;
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
                        resultSet: {
                            dncGroups?: {
                                [key: string]: unknown;
                            }[];
                            totalGroups: number;
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
    postDncGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dncGroupDescription?: string;
                    dncGroupName: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dncGroups?: {
                            createDate?: string;
                            dncGroupDescription?: string;
                            dncGroupId?: number;
                            dncGroupName?: string;
                            isActive?: boolean;
                            isRemoved?: boolean;
                            lastUpdateTime?: string;
                            validRecords?: number;
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
    getDncGroupsByGroupId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
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
                            dncGroups?: {
                                [key: string]: unknown;
                            }[];
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
    putDncGroupsByGroupId: {
        parameters: {
            query?: {
                dncGroupDescription?: string;
                dncGroupName?: string;
                isActive?: boolean;
            };
            header?: never;
            path: {
                groupId: string;
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
                        dncGroups: {
                            createDate: string;
                            dncGroupDescription: string;
                            dncGroupId: number;
                            dncGroupName: string;
                            isActive: boolean;
                            isRemoved: boolean;
                            lastUpdateTime: string;
                            validRecords: number;
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
    getDncGroupsByGroupIdContributingSkills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
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
                    "application/json": components["schemas"]["DncGroupSkills"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postDncGroupsByGroupIdContributingSkillsBySkillId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDncGroupsByGroupIdContributingSkillsBySkillId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDncGroupsByGroupIdRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
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
                            dncRecords?: {
                                [key: string]: unknown;
                            }[];
                            totalRecords?: number;
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
    postDncGroupsByGroupIdRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dncGroupRecords: {
                        expiredDate?: string;
                        phoneNumber: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resultSet?: {
                            errorCount?: number;
                            recordResults?: {
                                [key: string]: unknown;
                            }[];
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
    deleteDncGroupsByGroupIdRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dncGroupRecords: {
                        expiredDate?: string;
                        phoneNumber: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errorCount: number;
                        recordResults: {
                            error?: string;
                            formattedPhone?: string;
                            success?: boolean;
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
    getDncGroupsByGroupIdScrubbedSkills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
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
                        scrubbedSkills: {
                            skillId: number;
                            skillName: string;
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
    postDncGroupsByGroupIdScrubbedSkillsBySkillId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDncGroupsByGroupIdScrubbedSkillsBySkillId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postDncGroupsSearch: {
        parameters: {
            query: {
                phoneNumber: string;
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
                        searchResults: {
                            dateCollected: string;
                            dncGroupDescription: number;
                            dncGroupId: number;
                            dncGroupName: string;
                            expiredDate: string;
                            formattedPhone: string;
                            lastUpdateTime: string;
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
    getDnis: {
        parameters: {
            query?: never;
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
                        dnisEntries?: {
                            dnis?: string;
                            isActive?: boolean;
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
    getFeedbackCategoriesAndPriorities: {
        parameters: {
            query?: never;
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
                        categoriesAndPriorities?: {
                            feedbackCategories: {
                                [key: string]: unknown;
                            }[];
                            feedbackPriorities: {
                                [key: string]: unknown;
                            }[];
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
    getFiles: {
        parameters: {
            query: {
                fileName: string;
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
                        files: {
                            file: string;
                            fileName: string;
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
    putFiles: {
        parameters: {
            query: {
                newPath: string;
                oldPath: string;
                overwrite?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postFiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    file: string;
                    fileName: string;
                    overwrite?: boolean;
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteFiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    fileName: string;
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getFilesExternal: {
        parameters: {
            query?: {
                folderPath?: string;
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
                        files?: {
                            fileName?: string;
                            fileNameWithPath?: string;
                            needsProcessing?: boolean;
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
    putFilesExternal: {
        parameters: {
            query: {
                fileName: string;
                needsProcessing: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postFilesExternal: {
        parameters: {
            query: {
                file: string;
                fileName: string;
                needsProcessing?: boolean;
                overwrite?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getFolders: {
        parameters: {
            query: {
                folderName: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteFolders: {
        parameters: {
            query: {
                folderName: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getGroups: {
        parameters: {
            query?: never;
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
                        groups?: components["schemas"]["Group"][];
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
    postGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    groups: {
                        groupName?: string;
                        isActive?: boolean;
                        notes?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errorCount?: number;
                        groupResults?: {
                            error?: string;
                            groupId?: number;
                            success?: boolean;
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
    getGroupsByGroupId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: number;
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
                        groups?: components["schemas"]["Group"][];
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
    putGroupsByGroupId: {
        parameters: {
            query: {
                groupName: string;
                notes?: string;
            };
            header?: never;
            path: {
                groupId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getGroupsByGroupIdAgents: {
        parameters: {
            query?: {
                assigned?: boolean;
            };
            header?: never;
            path: {
                groupId: number;
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
                        agents?: {
                            [key: string]: unknown;
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
    postGroupsByGroupIdAgents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    agents?: {
                        agentId?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agents?: {
                            agentId?: number;
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
    deleteGroupsByGroupIdAgents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    agents?: {
                        agentId?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agentResults?: {
                            agentId: number;
                            error?: string;
                            success?: boolean;
                        }[];
                        errorCount?: number;
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
    getHiringSources: {
        parameters: {
            query?: never;
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
                        sources: {
                            sourceId: number;
                            sourceName: string;
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
    postHiringSources: {
        parameters: {
            query: {
                sourceName: string;
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
                        sourceId: number;
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
    getHoursOfOperation: {
        parameters: {
            query: {
                fields?: string;
                isDeleted: boolean;
                orderBy?: string;
                searchString?: string;
                skip?: number;
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
                        businessUnit?: number;
                        hoursOfOperation?: {
                            description?: string;
                            hoursOfOperationProfileId?: number;
                            hoursOfOperationProfileName?: string;
                            isDeleted?: boolean;
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
    postHoursOfOperation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    days?: components["schemas"]["HoursOfOperationDay"][];
                    description?: string;
                    holidays?: components["schemas"]["HoursOfOperationHoliday"][];
                    notes?: string;
                    overrideBranch?: string;
                    overrideExpirationDate?: string;
                    profileName: string;
                    skills?: {
                        skillId?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        profileId?: string;
                        profileName?: string;
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
    getHoursOfOperationByHoursOfOperationProfileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hoursOfOperationProfileId: string;
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
                        days?: components["schemas"]["HoursOfOperationDay"][];
                        description?: string;
                        holidays?: {
                            additionalCloseTime?: string;
                            additionalOpenTime?: string;
                            closeTime?: string;
                            date?: string;
                            hasAdditionalHours?: boolean;
                            isClosedAllDay?: boolean;
                            name?: string;
                            openTime?: string;
                        }[];
                        hoursOfOperationProfileId?: number;
                        hoursOfOperationProfileName?: string;
                        lastUpdateTime?: string;
                        notes?: string;
                        overrideBranch?: string;
                        overrideExpirationDate?: string;
                        scripts?: {
                            scriptId?: number;
                            scriptName?: string;
                        }[];
                        skills?: {
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
    putHoursOfOperationByHoursOfOperationProfileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hoursOfOperationProfileId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    days: components["schemas"]["HoursOfOperationDay"][];
                    description?: string;
                    holidays: components["schemas"]["HoursOfOperationHoliday"][];
                    hoursOfOperationProfileName: string;
                    notes?: string;
                    overrideBranch?: string;
                    overrideExpirationDate?: string;
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteHoursOfOperationByHoursOfOperationProfileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hoursOfOperationProfileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putHoursOfOperationByHoursOfOperationProfileIdSkills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hoursOfOperationProfileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    all?: boolean;
                    assign?: boolean;
                    skills?: number[];
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHoursOfOperationIdentities: {
        parameters: {
            query?: {
                orderBy?: string;
                searchString?: string;
                skip?: number;
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
                        businessUnitId?: number;
                        hoursOfOperation?: {
                            hooId?: number;
                            hooName?: string;
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
    postInteractionsByContactIdSignal: {
        parameters: {
            query?: {
                p1?: string;
                p2?: string;
                p3?: string;
                p4?: string;
                p5?: string;
                p6?: string;
                p7?: string;
                p8?: string;
                p9?: string;
            };
            header?: never;
            path: {
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getListsCallLists: {
        parameters: {
            query?: never;
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
                        callingLists: {
                            createDate: string;
                            finalizedRecords: number;
                            invalidRecords: number;
                            listId: number;
                            listName: string;
                            prospectiveContactCount: number;
                            removeDate: string;
                            skills?: {
                                [key: string]: unknown;
                            }[];
                            /** @enum {string} */
                            status: "Active" | "Inactive";
                            totalRecords: number;
                            updateDate: string;
                            uploadDate: string;
                            validRecords: number;
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
    postListsCallLists: {
        parameters: {
            query: {
                addressColumn?: string;
                agentIdColumn?: string;
                callerIdColumn?: string;
                callRequestStaleColumn?: string;
                callRequestTimeColumn?: string;
                cityColumn?: string;
                complianceReqColumn?: string;
                confirmReqColumn?: string;
                customer1Column?: string;
                customer2Column?: string;
                expirationDateColumn?: string;
                externalIdColumn: string;
                firstNameColumn?: string;
                lastNameColumn?: string;
                listExpirationDate?: string;
                listName: string;
                notesColumn?: string;
                overrideFinalizationColumn?: string;
                priorityColumn?: string;
                scoreColumn?: string;
                stateColumn?: string;
                timeZoneColumn?: string;
                zipColumn?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    destinationMappings: {
                        fieldName: string;
                        fieldValue: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        listId: number;
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
    getListsCallListsByListId: {
        parameters: {
            query?: {
                finalized?: boolean;
                includeRecords?: boolean;
            };
            header?: never;
            path: {
                listId: string;
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
                            contactRecords?: {
                                [key: string]: unknown;
                            }[];
                            createDate?: string;
                            finalizedRecords?: number;
                            invalidRecords?: number;
                            lastPollTime?: string;
                            listExpirationDate?: string;
                            listName?: string;
                            prospectiveContactCount?: number;
                            removeDate?: string;
                            skills?: {
                                [key: string]: unknown;
                            }[];
                            status?: string;
                            totalRecords?: number;
                            updateDate?: string;
                            uploadDate?: string;
                            validRecords?: number;
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
    deleteListsCallListsByListId: {
        parameters: {
            query?: {
                forceDelete?: boolean;
                forceInactive?: boolean;
            };
            header?: never;
            path: {
                listId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getListsCallListsByListIdAttempts: {
        parameters: {
            query?: {
                finalized?: boolean;
            };
            header?: never;
            path: {
                listId: string;
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
                            contactAttempts?: {
                                [key: string]: unknown;
                            }[];
                            createDate?: string;
                            finalizedRecords?: number;
                            invalidRecords?: number;
                            listName?: string;
                            prospectiveContactCount?: number;
                            removeDate?: string;
                            status?: string;
                            totalRecords?: number;
                            updateDate?: string;
                            uploadDate?: string;
                            validRecords?: number;
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
    postListsCallListsByListIdUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                listId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    defaultTimeZone?: string;
                    expirationDate: string;
                    fileName?: string;
                    forceOverwrite: boolean;
                    listFile: string;
                    sendEmail: boolean;
                    skillId?: number;
                    startSkill: boolean;
                };
            };
        };
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
    deleteListsCallListsBySourceNameRemoveProspects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sourceName: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    prospectsToRemove?: {
                        externalId?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        failedRecords?: {
                            externalId?: string;
                            resultCode?: string;
                        }[];
                        successfulRecords?: {
                            externalId?: string;
                            resultCode?: string;
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
    getListsCallListsJobs: {
        parameters: {
            query?: never;
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
                        lastPollTime?: string;
                        totalRecords?: number;
                        uploadJobs?: components["schemas"]["CallListUploadJob"][];
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
    getListsCallListsJobsByJobId: {
        parameters: {
            query?: never;
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
                        uploadJobs?: components["schemas"]["CallListUploadJob"][];
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
    deleteListsCallListsJobsByJobId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLocations: {
        parameters: {
            query?: {
                includeAgents?: boolean;
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
                        locations: {
                            agents?: {
                                [key: string]: unknown;
                            }[];
                            locationId?: number;
                            locationName: string;
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
    getMediaTypes: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["MediaTypes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMediaTypesByMediaTypeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mediaTypeId: number;
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
                    "application/json": components["schemas"]["MediaTypes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMessageTemplates: {
        parameters: {
            query?: {
                templateTypeId?: number;
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
                        messageTemplates: components["schemas"]["MessageTemplate"][];
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
    postMessageTemplates: {
        parameters: {
            query: {
                bccAddress?: string;
                body: string;
                ccAddress?: string;
                fromAddress?: string;
                fromName?: string;
                isHTML?: boolean;
                isRTL?: boolean;
                replyToAddress?: string;
                subject: string;
                templateName: string;
                templateTypeId: number;
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
                        templateId: number;
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
    getMessageTemplatesByTemplateId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                templateId: string;
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
                        messageTemplate: components["schemas"]["MessageTemplate"];
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
    putMessageTemplatesByTemplateId: {
        parameters: {
            query?: {
                bccAddress?: string;
                body?: string;
                ccAddress?: string;
                fromAddress?: string;
                fromName?: string;
                isActive?: boolean;
                isHTML?: boolean;
                isRTL?: boolean;
                replyToAddress?: string;
                subject?: string;
                templateName?: string;
            };
            header?: never;
            path: {
                templateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPermissions: {
        parameters: {
            query?: {
                agentId?: string;
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
                    "application/json": components["schemas"]["Permissions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPermissionsByAgentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agentId: string;
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
                    "application/json": components["schemas"]["Permissions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putPersistentContactsByContactId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    persistentContact: {
                        acceleration?: number;
                        initialPriority?: number;
                        maxPriority?: number;
                        skillId?: number;
                        targetAgentId?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPhoneCodes: {
        parameters: {
            query?: never;
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
                        phoneCodes: {
                            note: string;
                            transportCode: number;
                            transportTypeDesc: string;
                            transportTypeId: number;
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
    getPhoneNumbers: {
        parameters: {
            query?: never;
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
                        phoneCollection?: {
                            phonenumber?: string;
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
    getPointsOfContact: {
        parameters: {
            query?: {
                mediaTypeId?: number;
                skip?: number;
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
                    "application/json": components["schemas"]["PointsOfContact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postPointsOfContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    chatProfileId?: number;
                    isActive?: boolean;
                    ivrReportingEnabled?: boolean;
                    mediaTypeId?: number;
                    pointOfContact: string;
                    pointOfContactName: string;
                    scriptName: string;
                    skillId: number;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPointsOfContactByPointOfContactId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pointOfContactId: number;
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
                    "application/json": components["schemas"]["PointsOfContact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putPointsOfContactByPointOfContactId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pointOfContactId: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    chatProfileId?: number;
                    isActive?: boolean;
                    ivrReportingEnabled?: boolean;
                    pointOfContactName: string;
                    scriptName: string;
                    skillId: number;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRoutingAttributes: {
        parameters: {
            query: {
                maximumRows: number;
                orderAsc: boolean;
                orderColumn: string;
                searchText?: string;
                startRowIndex: number;
                status: number;
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
                        routingAttributes?: components["schemas"]["RoutingAttribute"][];
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
    getRoutingAttributesByRoutingAttributeNo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                routingAttributeNo: number;
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
                    "application/json": components["schemas"]["RoutingAttribute"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putRoutingAttributesByRoutingAttributeNo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                routingAttributeNo: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    modAgentNo?: number;
                    notes?: string;
                    routingAttributeName?: string;
                    status?: string;
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRoutingAttributesByRoutingAttributeNoAgents: {
        parameters: {
            query: {
                assigned: boolean;
                maximumRows: number;
                orderAsc: boolean;
                orderColumn?: string;
                searchText: string;
                startRowIndex: number;
                status: number;
            };
            header?: never;
            path: {
                routingAttributeNo: number;
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
                        hiddenAgents?: number;
                        routingAttributes?: {
                            Agent_No?: number;
                            First_Name?: string;
                            Last_Name?: string;
                            Team_Name?: string;
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
    postScheduledCallbacks: {
        parameters: {
            query?: {
                msCalendarEventId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ScheduledCallbackRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        callbackId?: number;
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
    putScheduledCallbacksByCallbackId: {
        parameters: {
            query?: {
                msCalendarEventId?: string;
            };
            header?: never;
            path: {
                callbackId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ScheduledCallbackRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
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
    deleteScheduledCallbacksByCallbackId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callbackId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getScriptFolders: {
        parameters: {
            query?: {
                folder?: string;
                orderBy?: string;
                skip?: number;
                status?: string;
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
                        scriptList?: {
                            createDate?: string;
                            hidden?: boolean;
                            isFolder?: boolean;
                            lockedBy?: string;
                            masterID?: number;
                            mediaType?: number;
                            mediaTypeName?: string;
                            modifiedBy?: string;
                            modifyDate?: string;
                            readOnly?: boolean;
                            scriptLockingType?: string;
                            scriptName?: string;
                            size?: number;
                            status?: string;
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
    getScriptSchedules: {
        parameters: {
            query: {
                fields?: string;
                isActive?: boolean;
                orderBy?: string;
                searchString: string;
                skip?: number;
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
                        businessUnitId?: number;
                        scriptSchedules?: {
                            id?: number;
                            lastRunTime?: string;
                            name?: string;
                            nextAttemptRunTime?: string;
                            nextRunTime?: string;
                            scheduleType?: number;
                            state?: number;
                            status?: boolean;
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
    getScriptSchedulesByScriptScheduleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scriptScheduleId: number;
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
                        scriptSchedule?: {
                            attemptCount?: number;
                            busNo?: number;
                            dayOfMonth?: number;
                            endDate?: string;
                            ends?: number;
                            everyXDays?: number;
                            everyXmonth?: number;
                            everyXWeeks?: number;
                            id?: number;
                            lastRunTime?: string;
                            monthWeekDays?: number;
                            name?: string;
                            nextAttemptRunTime?: string;
                            nextRunTime?: string;
                            occurrencesRemaining?: number;
                            ordinalMonthWeek?: number;
                            parameters?: string[];
                            recursType?: number;
                            scheduleType?: number;
                            script?: string;
                            skill?: number;
                            startDate?: string;
                            state?: number;
                            status?: boolean;
                            timeOut?: number;
                            weeklyDays?: number;
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
    getScriptSchedulesByScriptScheduleIdAuditHistory: {
        parameters: {
            query: {
                endDate?: string;
                fields?: string;
                orderBy?: string;
                searchString: string;
                skip?: number;
                startDate?: string;
                top?: number;
            };
            header?: never;
            path: {
                scriptScheduleId: number;
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
                        auditHistoryEntries?: {
                            columnName?: string;
                            date?: string;
                            modifiedBy?: number;
                            modifiedByName?: string;
                            newValue?: string;
                            oldValue?: string;
                        }[];
                        businessUnitId?: number;
                        createdBy?: string;
                        createdDate?: string;
                        modifiedBy?: string;
                        modifiedDate?: string;
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
    getScriptSchedulesScripts: {
        parameters: {
            query: {
                fields?: string;
                orderBy?: string;
                searchString: string;
                skip?: number;
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
                        businessUnitId?: number;
                        scripts?: {
                            id?: number;
                            mediaTypeId?: number;
                            name?: string;
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
    getScriptSchedulesSkills: {
        parameters: {
            query: {
                fields?: string;
                orderBy?: string;
                searchString: string;
                skip?: number;
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
                        businessUnitId?: number;
                        skills?: {
                            id?: number;
                            name?: string;
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
    getScripts: {
        parameters: {
            query?: {
                libraryId?: string;
                scriptId?: number;
                scriptPath?: string;
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
                        actions?: {
                            [key: string]: unknown;
                        };
                        branches?: {
                            [key: string]: unknown;
                        };
                        header?: {
                            busNo?: number;
                            lastSavedIn?: string;
                            libraryId?: string;
                            lockInfo?: {
                                lockedDate?: string;
                                lockedId?: string;
                                lockedName?: string;
                            };
                            masterId?: number;
                            mediaType?: number;
                            mediaTypeName?: string;
                            nextActionId?: number;
                            purposeType?: string;
                            scriptName?: string;
                            status?: string;
                            variableRedaction?: string;
                        };
                        properties?: {
                            [key: string]: unknown;
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
    putScripts: {
        parameters: {
            query: {
                lockScript: boolean;
                scriptPath: string;
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
                        errorMessage?: string;
                        errorState?: boolean;
                        lockUnlockResult?: string;
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
    postScripts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scriptContent?: {
                        actions?: {
                            [key: string]: unknown;
                        };
                        branches?: {
                            [key: string]: unknown;
                        };
                        header?: {
                            busNo?: number;
                            lastSavedIn?: string;
                            libraryId?: string;
                            lockInfo?: {
                                [key: string]: unknown;
                            };
                            masterId?: number;
                            mediaType?: number;
                            mediaTypeName?: string;
                            nextActionId?: number;
                            purposeType?: string;
                            scriptName?: string;
                            timestamp?: string;
                            variableRedaction?: string;
                        };
                        properties?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errorCount?: number;
                        results?: {
                            libraryId?: string;
                            success?: boolean;
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
    deleteScripts: {
        parameters: {
            query: {
                scriptPath: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getScriptsByScriptId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scriptId: string;
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
                        filePath?: string;
                        name?: string;
                        scriptContent?: string;
                        scriptId?: number;
                        status?: string;
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
    getScriptsFiles: {
        parameters: {
            query: {
                fileFullName: string;
                includeFileContent?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putScriptsFiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postScriptsFiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    fileContent: string;
                    fileFullName: string;
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteScriptsFiles: {
        parameters: {
            query: {
                fileFullName: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getScriptsFilesSearch: {
        parameters: {
            query: {
                filter?: string;
                inclusionFilePurposeTypeList?: string;
                rootFolder: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getScriptsHistoryByName: {
        parameters: {
            query: {
                scriptPath: string;
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
                        name?: string;
                        versions?: {
                            modifyDate?: string;
                            modifyUser?: string;
                            scriptId?: number;
                            status?: string;
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
    postScriptsKick: {
        parameters: {
            query: {
                scriptPath: string;
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
                        CurrLockedBy?: number;
                        ErrorMessage?: string;
                        ErrorState?: boolean;
                        kickDate?: string;
                        KickResult?: string;
                        MasterID?: number;
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
    getScriptsSearch: {
        parameters: {
            query?: {
                caption?: string;
                fields?: string;
                includeInactive?: boolean;
                includeTrusted?: boolean;
                mediaType?: number;
                modEndDate?: string;
                modStartDate?: string;
                orderBy?: string;
                parameters?: string;
                scriptName?: string;
                skip?: number;
                toolName?: string;
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
                        busNo?: number;
                        scriptName?: string;
                        scriptSearchDetails?: {
                            actions?: {
                                [key: string]: unknown;
                            }[];
                            busNo?: number;
                            masterID?: number;
                            mediaType?: number;
                            modifyDate?: string;
                            mUser?: string;
                            scriptName?: string;
                            status?: string;
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
    postScriptsStart: {
        parameters: {
            query: {
                Parameters?: string;
                scriptId: string;
                scriptPath: string;
                skillId: number;
                startDate?: string;
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
                        contactId?: number;
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
    getSecurityProfiles: {
        parameters: {
            query?: never;
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
                        profiles?: components["schemas"]["SecurityProfile"][];
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
    getSecurityProfilesByProfileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profileId: number;
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
                        profile: {
                            assignedAgents?: {
                                [key: string]: unknown;
                            }[];
                            description: string;
                            isActive: boolean;
                            isExternal: boolean;
                            profileId: number;
                            profileName: string;
                            pwMinLength: number;
                            pwMinLower: number;
                            pwMinNonAlpha: number;
                            pwMinNumeric: number;
                            pwMinUpper: number;
                            pwUseRandom: boolean;
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
    getServerTime: {
        parameters: {
            query?: never;
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
                        ServerTime: string;
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
    getSkills: {
        parameters: {
            query?: {
                fields?: string;
                isActive?: boolean;
                mediaTypeId?: number;
                orderby?: string;
                outboundStrategy?: string;
                searchString?: string;
                skip?: number;
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
                    "application/json": components["schemas"]["SkillList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postSkills: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    skills?: components["schemas"]["SkillCreate"][];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errorCount?: number;
                        skillsResults?: {
                            error?: string;
                            success?: boolean;
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
    getSkill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
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
                    "application/json": components["schemas"]["SkillDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putSkillsBySkillId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    skill: components["schemas"]["SkillUpdate"];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        skillId?: number;
                        success?: boolean;
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
    getSkillsBySkillIdAddressBooks: {
        parameters: {
            query?: never;
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
                        _links?: components["schemas"]["Links"];
                        addressBooks?: {
                            addressBookEntries?: {
                                [key: string]: unknown;
                            }[];
                            addressBookId?: number;
                            addressBookName?: string;
                            addressBookType?: string;
                            appId?: string;
                            fullLoad?: boolean;
                        }[];
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
    getSkillsBySkillIdAgents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
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
                        agentSkillAssignments?: {
                            agentId: number;
                            agentProficiencyName: string;
                            agentProficiencyValue: number;
                            agentSklStatus?: string;
                            campaignId: number;
                            campaignName: string;
                            emailFromAddress: string;
                            firstName: string;
                            internalId: string;
                            isActive: boolean;
                            isAssigned?: boolean;
                            isDialer: boolean;
                            isNaturalCalling: boolean;
                            isNaturalCallingRunning: boolean;
                            isOutbound: boolean;
                            isSkillActive: boolean;
                            lastName: string;
                            lastUpdateTime: string;
                            mediaTypeId: number;
                            mediaTypeName: string;
                            middleName: string;
                            notes: string;
                            outboundStrategy: string;
                            priorityBlending: boolean;
                            requireDisposition: boolean;
                            screenPopTriggerEvent: string;
                            scriptDisposition: boolean;
                            skillId: number;
                            skillName: string;
                            teamId: number;
                            teamName: string;
                            useACW: boolean;
                            useDisposition: boolean;
                            userId?: string;
                            useSecondaryDispositions: boolean;
                        }[];
                        businessUnitId: number;
                        hiddenAgents?: number;
                        lastPollTime: string;
                        totalRecords: number;
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
    putSkillsBySkillIdAgents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkillAgentAssignments"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillAgentAssignmentResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postSkillsBySkillIdAgents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkillAgentAssignments"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillAgentAssignmentResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteSkillsBySkillIdAgents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
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
                    "application/json": components["schemas"]["SkillAgentAssignmentResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteSkillsBySkillIdAgentsByAgentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agentId: string;
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsBySkillIdAgentsUnassigned: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
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
                        resultSet: {
                            _links?: components["schemas"]["Links"];
                            agents?: {
                                [key: string]: unknown;
                            }[];
                            totalRecords: number;
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
    getSkillsBySkillIdCallData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
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
                    "application/json": components["schemas"]["SkillCallData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsBySkillIdDispositions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
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
                        _links?: {
                            next?: string;
                            previous?: string;
                            self: string;
                        };
                        dispositions?: {
                            agentSpecific?: boolean;
                            classification?: string;
                            displayOrder?: number;
                            dispositionCategoryName?: string;
                            dispositionId?: number;
                            dispositionName?: string;
                            isPreviewDisposition?: boolean;
                            reportingGroup?: string;
                            requireCommitmentAmount?: boolean;
                            requireRescheduleDate?: boolean;
                            systemOutcome?: string;
                        }[];
                        skillId?: number;
                        skillName?: string;
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
    getSkillsBySkillIdDispositionsUnassigned: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
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
                        dispositions?: {
                            agentSpecific: boolean;
                            classification: string;
                            displayOrder?: number;
                            dispositionId: number;
                            dispositionName: string;
                            isPreviewDisposition?: boolean;
                            reportingGroup: string;
                            requireCommitmentAmount: boolean;
                            requireRescheduleDate: boolean;
                            systemOutcome: string;
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
    getSkillsBySkillIdParameters: {
        parameters: {
            query?: never;
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
                        cadenceSettings?: {
                            [key: string]: unknown;
                        };
                        callingLists?: {
                            id?: number;
                            name?: string;
                        }[];
                        cpaSettings?: {
                            [key: string]: unknown;
                        };
                        deliveryPreferences?: components["schemas"]["DeliveryPreferences"];
                        filterSettings?: {
                            [key: string]: unknown;
                        };
                        generalSettings?: {
                            [key: string]: unknown;
                        };
                        listManagementSettings?: {
                            [key: string]: unknown;
                        };
                        retrySettings?: components["schemas"]["RetrySettings"];
                        scheduleSettings?: {
                            [key: string]: unknown;
                        };
                        skillName?: string;
                        skillNo?: number;
                        timeZoneSettings?: {
                            description?: string;
                            endTime?: string;
                            name?: string;
                            overrideTime?: boolean;
                            startTime?: string;
                            timeZoneActiveToCall?: boolean;
                        }[];
                        xsSettings?: {
                            [key: string]: unknown;
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
    putSkillsBySkillIdParametersCadenceSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    attemptMode?: string;
                    cadences?: {
                        attempts?: number;
                        fieldName?: string;
                        timeConstraints?: {
                            [key: string]: unknown;
                        };
                    }[];
                    destinationRetryRestMinutes?: number;
                    maximumAttempts?: {
                        attempts?: number;
                        fieldName?: string;
                    }[];
                    recordRequestMode?: string;
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsBySkillIdParametersCpaManagement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
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
                        AnsMachineOverrideSeconds?: number;
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
    putSkillsBySkillIdParametersCpaManagement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    cpaSettings: {
                        abandonMessagePath?: string;
                        abandonMsgMode?: number;
                        abandonTimeout?: number;
                        agentNoResponseSeconds?: number;
                        agentOverrideOptionAnsweringMachine?: boolean;
                        agentOverrideOptionBadNumber?: boolean;
                        agentOverrideOptionFax?: boolean;
                        agentResponseUtteranceMinimumSeconds?: number;
                        agentVoiceThreshold?: number;
                        ansMachineDetMode?: number;
                        ansMachineMsg?: string;
                        ansMachineOverrideSeconds?: number;
                        customerLiveSilenceSeconds?: number;
                        customerVoiceThreshold?: number;
                        enableCPALogging?: boolean;
                        exceptions?: {
                            [key: string]: unknown;
                        }[];
                        machineEndSilenceSeconds?: number;
                        machineEndTimeoutSeconds?: number;
                        machineMinimumWithAgentSeconds?: number;
                        machineMinimumWithoutAgentSeconds?: number;
                        preConnectCPAEnabled?: boolean;
                        preConnectCPARecording?: boolean;
                        treatProgressAsRinging?: boolean;
                        utteranceMinimumSeconds?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsBySkillIdParametersDeliveryPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putSkillsBySkillIdParametersDeliveryPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    deliveryPreferences: components["schemas"]["DeliveryPreferences"];
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsBySkillIdParametersGeneralSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
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
                    "application/json": components["schemas"]["OutboundSkillGeneralSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putSkillsBySkillIdParametersGeneralSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    generalSettings: components["schemas"]["OutboundSkillGeneralSettings"];
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putSkillsBySkillIdParametersListManagement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    displayField1Name?: string;
                    displayField2Name?: string;
                    listOrderingOptions?: {
                        direction?: string;
                        orderType?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsBySkillIdParametersRetrySettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putSkillsBySkillIdParametersRetrySettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    retrySettings: components["schemas"]["RetrySettings"];
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsBySkillIdParametersScheduleSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
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
                    "application/json": components["schemas"]["ScheduleSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putSkillsBySkillIdParametersScheduleSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    scheduleSettings: components["schemas"]["ScheduleSettings"];
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsBySkillIdParametersTimeZones: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putSkillsBySkillIdParametersTimeZones: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    timeZoneSettings?: {
                        endTime?: string;
                        overrideTime?: boolean;
                        standardName?: string;
                        startTime?: string;
                        timeZoneActiveToCall?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsBySkillIdParametersXsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putSkillsBySkillIdParametersXsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    xsSettings: {
                        externalOutboundSkill_No?: string;
                        xsAvailableThreshold?: number;
                        xsCheckinScriptID?: number;
                        xsFreshThreshold?: number;
                        xsGetContactsActive?: boolean;
                        xsNumberToRetrieve?: number;
                        xsReadyThreshold?: number;
                        xsScriptID?: number;
                        xsSkillChangedActive?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsBySkillIdScheduledCallbacks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
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
                        callbacks?: {
                            agentId: number;
                            callbackId: number;
                            callbackTime: string;
                            dialNumber: string;
                            firstName: string;
                            lastName: string;
                            notes: string;
                            origNumber: string;
                            skillId: number;
                            target: string;
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
    postSkillsBySkillIdStart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postSkillsBySkillIdStop: {
        parameters: {
            query?: {
                force?: boolean;
            };
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsBySkillIdTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
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
                        _links?: {
                            next?: string;
                            previous?: string;
                            self: string;
                        };
                        resultSet?: {
                            skillId?: string;
                            skillName?: string;
                            tags?: {
                                [key: string]: unknown;
                            }[];
                        };
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
    postSkillsBySkillIdTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tags: {
                        tagId: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resultSet: {
                            errorCount: number;
                            tagResults: {
                                [key: string]: unknown;
                            }[];
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
    deleteSkillsBySkillIdTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
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
                        errorCount?: string;
                        tagResults?: {
                            error?: string;
                            success?: string;
                            tagId?: string;
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
    getSkillsBySkillIdThankYouPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skillId: string;
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
                        canDownloadChatTranscript?: boolean;
                        chatThankPopURL?: string;
                        displayChatThankPage?: boolean;
                        fromAddress?: string;
                        thankMessage?: string;
                        useChatThankPopURL?: boolean;
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
    getSkillsAgents: {
        parameters: {
            query: {
                skills: string;
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
                        agentSkillAssignments?: {
                            agentId?: number;
                            agentName?: string;
                            agentProficiencyName?: string;
                            agentProficiencyValue?: number;
                            campaignId?: number;
                            campaignName?: string;
                            emailFromAddress?: string;
                            internalId?: string;
                            isActive?: boolean;
                            isAssigned?: boolean;
                            isNaturalCalling?: boolean;
                            isNaturalCallingRunning?: boolean;
                            isOutbound?: boolean;
                            isSkillActive?: boolean;
                            lastUpdateTime?: string;
                            mediaType?: number;
                            mediaTypeName?: string;
                            notes?: string;
                            outboundStrategy?: string;
                            priorityBlending?: boolean;
                            requireDispositions?: boolean;
                            screenPopTriggerEvent?: string;
                            scriptDisposition?: boolean;
                            skillId?: number;
                            skillName?: string;
                            useACW?: boolean;
                            useDisposition?: boolean;
                            useSecondaryDisposition?: boolean;
                        }[];
                        businessUnitId?: number;
                        invalidSkills?: {
                            skillId?: number;
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
    postSkillsAgentsSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    campaignIds?: number[];
                    fields?: string;
                    isAssigned?: boolean;
                    orderby?: string;
                    searchString?: string;
                    skillIds?: number[];
                    skip?: string;
                    top?: string;
                    updatedSince?: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agentAndSkillRecords?: {
                            agentSkillAssignment?: {
                                [key: string]: unknown;
                            }[];
                            skillId?: string;
                            success?: boolean;
                        }[];
                        businessUnitId?: number;
                        errorCount?: number;
                        hiddenAgents?: number;
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
    getSkillsCallData: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["SkillCallData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsParameters: {
        parameters: {
            query?: never;
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
                        skills?: {
                            cadenceSettings?: {
                                [key: string]: unknown;
                            };
                            callingLists?: {
                                [key: string]: unknown;
                            }[];
                            cpaSettings?: {
                                [key: string]: unknown;
                            };
                            deliveryPreferences?: {
                                [key: string]: unknown;
                            };
                            filterSettings?: {
                                [key: string]: unknown;
                            };
                            generalSettings?: {
                                [key: string]: unknown;
                            };
                            listManagementSettings?: {
                                [key: string]: unknown;
                            };
                            retrySettings?: {
                                [key: string]: unknown;
                            };
                            scheduleSettings?: {
                                [key: string]: unknown;
                            };
                            skillName?: string;
                            skillNo?: number;
                            timeZoneSettings?: {
                                [key: string]: unknown;
                            }[];
                            xsSettings?: {
                                [key: string]: unknown;
                            };
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
    getStationProfiles: {
        parameters: {
            query?: {
                fields?: string;
                orderBy?: string;
                searchString?: string;
                skip?: number;
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
                        businessUnitId?: number;
                        stationProfiles?: {
                            stationProfileId?: number;
                            stationProfileName?: string;
                            stationTimeout?: number;
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
    postStationProfiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StationProfileWrite"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stationProfileId?: number;
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
    getStationProfilesByStationProfileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stationProfileId: number;
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
                        stationProfile?: {
                            stationProfileId?: number;
                            stationProfileIsInUse?: boolean;
                            stationProfileName?: string;
                            stationTimeout?: number;
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
    putStationProfilesByStationProfileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stationProfileId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StationProfileWrite"];
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteStationProfilesByStationProfileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stationProfileId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStationProfilesByStationProfileIdAuditHistory: {
        parameters: {
            query: {
                endDate?: string;
                fields?: string;
                orderBy?: string;
                searchString: string;
                skip?: number;
                startDate?: string;
                top?: number;
            };
            header?: never;
            path: {
                stationProfileId: number;
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
                    "application/json": components["schemas"]["AuditHistoryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStations: {
        parameters: {
            query?: {
                fields?: string;
                isActive?: boolean;
                orderBy?: string;
                searchString?: string;
                skip?: number;
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
                        activeStationsCount?: number;
                        activeStationsLimit?: number;
                        businessUnitId?: number;
                        stations?: {
                            callerId?: string;
                            id?: number;
                            isActive?: boolean;
                            name?: string;
                            phoneNumber?: string;
                            stationProfileId?: number;
                            stationProfileName?: string;
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
    postStations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StationWrite"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeStationCount?: number;
                        id?: number;
                        stationLimit?: number;
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
    getStationsByStationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stationId: number;
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
                        callerId?: string;
                        chatRefusalTimeout?: number;
                        documentRefusalTimeout?: number;
                        emailRefusalTimeout?: number;
                        isActive?: boolean;
                        machineIdentifier?: string;
                        notes?: string;
                        phoneCallRefusalTimeout?: number;
                        phoneNumber?: string;
                        stationId?: number;
                        stationName?: string;
                        stationProfileId?: number;
                        stationProfileName?: string;
                        voiceMailRefusalTimeout?: number;
                        workItemRefusalTimeout?: number;
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
    putStationsByStationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stationId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StationWrite"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeStationCount?: number;
                        stationLimit?: number;
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
    getStationsByStationIdAuditHistory: {
        parameters: {
            query?: {
                endDate?: string;
                fields?: string;
                orderBy?: string;
                searchString?: string;
                skip?: number;
                startDate?: string;
                top?: number;
            };
            header?: never;
            path: {
                stationId: number;
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
                        auditHistoryEntries?: {
                            auditHistoryId?: number;
                            columnName?: string;
                            date?: string;
                            modifiedBy?: number;
                            modifiedByName?: string;
                            newValue?: string;
                            oldValue?: string;
                        }[];
                        businessUnitId?: number;
                        createdBy?: string;
                        createdDate?: string;
                        modifiedBy?: string;
                        modifiedDate?: string;
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
    getStationsByStationIdLoginHistory: {
        parameters: {
            query?: {
                fields?: string;
                orderBy?: string;
                searchString?: string;
                skip?: number;
                top?: number;
            };
            header?: never;
            path: {
                stationId: number;
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
                        loginHistoryEntries?: {
                            agentName?: string;
                            agentNo?: number;
                            callerId?: string;
                            loginDate?: string;
                            PhoneNo?: string;
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
    patchStationsByStationIdStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stationId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isActive: boolean;
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSuppressedContact: {
        parameters: {
            query?: never;
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
                        suppressedContacts?: {
                            bus_No?: number;
                            createDate?: string;
                            createdBy?: number;
                            endDate?: string;
                            fileName?: string;
                            modifiedBy?: number;
                            modifiedDate?: string;
                            source?: string;
                            startDate?: string;
                            suppressedContactId?: number;
                            suppressedContactMappings?: {
                                [key: string]: unknown;
                            }[];
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
    postSuppressedContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SuppressedContactData"];
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSuppressedContactBySuppressedContactId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                suppressedContactId: string;
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
                        bus_No?: number;
                        createDate?: string;
                        createdBy?: number;
                        endDate?: string;
                        fileName?: string;
                        modifiedBy?: number;
                        modifiedDate?: string;
                        source?: string;
                        startDate?: string;
                        suppressedContactId?: number;
                        suppressedContactMappings?: {
                            bus_No?: number;
                            createDate?: string;
                            createdBy?: number;
                            modifiedBy?: number;
                            modifiedDate?: string;
                            skill_No?: number;
                            suppressedContactId?: number;
                        }[];
                        value?: string;
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
    putSuppressedContactBySuppressedContactId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                suppressedContactId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SuppressedContactData"];
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteSuppressedContactBySuppressedContactId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                suppressedContactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTags: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["Tags"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postTags: {
        parameters: {
            query: {
                notes?: string;
                tagName: string;
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
                        tagId: number;
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
    getTagsByTagId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tagId: string;
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
                    "application/json": components["schemas"]["Tags"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putTagsByTagId: {
        parameters: {
            query?: {
                isActive?: boolean;
                notes?: string;
                tagName?: string;
            };
            header?: never;
            path: {
                tagId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTeams: {
        parameters: {
            query?: {
                fields?: string;
                isActive?: boolean;
                orderBy?: string;
                searchString?: string;
                skip?: string;
                top?: string;
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
                    "application/json": components["schemas"]["TeamList"];
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
    postTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    teams: components["schemas"]["TeamWrite"][];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errorCount?: number;
                        results?: {
                            error?: string;
                            success?: boolean;
                            teamId?: number;
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
    getTeam: {
        parameters: {
            query?: {
                fields?: string;
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
                    "application/json": components["schemas"]["TeamDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putTeamsByTeamId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    forceInactive?: boolean;
                    team: components["schemas"]["TeamWrite"];
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTeamsByTeamIdAddressBooks: {
        parameters: {
            query?: never;
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
                        addressBooks?: components["schemas"]["AddressBookSummary"][];
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
    getTeamsByTeamIdAgents: {
        parameters: {
            query?: {
                fields?: string;
                isActive?: boolean;
                orderBy?: string;
                searchString?: string;
                skip?: string;
                top?: string;
                updateSince?: string;
            };
            header?: never;
            path: {
                teamId: string;
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
                        lastPollTime?: string;
                        teams?: {
                            agentCount?: number;
                            agents?: {
                                [key: string]: unknown;
                            }[];
                            analyticsEnabled?: boolean;
                            channelLock?: boolean;
                            chatThreshold?: number;
                            contactAutoFocus?: boolean;
                            description?: string;
                            digitalThreshold?: number;
                            divisionNo?: number;
                            emailThreshold?: number;
                            inViewChatMessagingEnabled?: boolean;
                            inViewEnabled?: boolean;
                            inViewGamificationEnabled?: boolean;
                            inViewLMSEnabled?: boolean;
                            inViewWallboardEnabled?: boolean;
                            isActive?: boolean;
                            lastUpdateTime?: string;
                            maxConcurrentChats?: number;
                            maxEmailInboxCount?: number;
                            notes?: string;
                            qmEnabled?: boolean;
                            requestContact?: boolean;
                            smsThreshold?: number;
                            socialThreshold?: number;
                            teamId?: number;
                            teamName?: string;
                            voiceThreshold?: number;
                            wfmEnabled?: boolean;
                            wfoEnabled?: boolean;
                            workItemThreshold?: number;
                        }[];
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
    postTeamsByTeamIdAgents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    agents: {
                        agentId: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resultSet?: {
                            agentResults?: {
                                [key: string]: unknown;
                            }[];
                            errorCount?: number;
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
    deleteTeamsByTeamIdAgents: {
        parameters: {
            query: {
                transferTeamId: string;
            };
            header?: never;
            path: {
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    agents: {
                        agentId: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agentResults?: {
                            agentId?: string;
                            success?: string;
                        }[];
                        errorCount?: string;
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
    getTeamsByTeamIdUnavailableCodes: {
        parameters: {
            query?: {
                activeOnly?: string;
            };
            header?: never;
            path: {
                teamId: string;
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
                        divisionNo?: number;
                        teamId: number;
                        teamName: string;
                        teamUuid?: string;
                        unavailableCodes?: {
                            agentTimeoutMins?: string;
                            isActive: boolean;
                            isAcw: boolean;
                            outstateId: number;
                            outstateName: string;
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
    putTeamsByTeamIdUnavailableCodes: {
        parameters: {
            query?: {
                securityUser?: unknown;
            };
            header?: never;
            path: {
                teamId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unavailableCodes: {
                        outStateId: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postTeamsByTeamIdUnavailableCodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    codes: {
                        outstateId: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resultSet?: {
                            codeResults?: {
                                [key: string]: unknown;
                            }[];
                            errorCount?: string;
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
    deleteTeamsByTeamIdUnavailableCodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    codes: {
                        outstateId: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        codeResults?: {
                            error?: string;
                            outstateId?: number;
                            success?: boolean;
                        }[];
                        errorCount?: number;
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
    getTeamsAgents: {
        parameters: {
            query?: {
                fields?: string;
                updateSince?: string;
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
                        lastPollTime?: string;
                        teams?: {
                            agentCount?: number;
                            agents?: {
                                [key: string]: unknown;
                            }[];
                            analyticsEnabled?: boolean;
                            chatThreshold?: number;
                            contactAutoFocus?: boolean;
                            description?: string;
                            divisionNo?: number;
                            emailThreshold?: number;
                            inViewChatEnabled?: boolean;
                            inViewEnabled?: boolean;
                            inViewGamificationEnabled?: boolean;
                            inViewLMSEnabled?: boolean;
                            isActive?: boolean;
                            lastUpdateTime?: string;
                            maxConcurrentChats?: number;
                            maxEmailAutoParkingLimit?: number;
                            notes?: string;
                            qm2Enabled?: boolean;
                            requestContact?: boolean;
                            socialThreshold?: number;
                            teamId?: number;
                            teamName?: string;
                            voiceThreshold?: number;
                            wfm2Enabled?: boolean;
                            wfoEnabled?: boolean;
                            workItemThreshold?: number;
                        }[];
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
    getTimezones: {
        parameters: {
            query?: never;
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
                        timeZones: {
                            displayName: string;
                            offset: string;
                            standardName: string;
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
    getUnavailableCodes: {
        parameters: {
            query?: {
                fields?: string;
                isActive?: boolean;
                orderBy?: string;
                searchString?: string;
                skip?: number;
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
                        totalRecords?: number;
                        unavailableCodes?: {
                            agentTimeout?: number;
                            id?: number;
                            isActive?: boolean;
                            isACW?: boolean;
                            name?: string;
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
    postUnavailableCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agentTimeout?: number;
                    isACW?: boolean;
                    name: string;
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: number;
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
    getUnavailableCodesByUnavailableCodeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unavailableCodeId: number;
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
                        unavailableCode?: {
                            agentTimeout?: number;
                            id?: number;
                            isActive?: boolean;
                            isACW?: boolean;
                            name?: string;
                            notes?: string;
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
    putUnavailableCodesByUnavailableCodeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unavailableCodeId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agentTimeout?: number;
                    isActive?: boolean;
                    isACW?: boolean;
                    name: string;
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUnavailableCodesByUnavailableCodeIdAuditHistory: {
        parameters: {
            query: {
                endDate?: string;
                fields?: string;
                orderBy?: string;
                searchString: string;
                skip?: number;
                startDate?: string;
                top?: number;
            };
            header?: never;
            path: {
                unavailableCodeId: number;
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
                        auditHistoryEntries?: {
                            auditHistoryID?: number;
                            columnName?: string;
                            date?: string;
                            modifiedBy?: number;
                            modifiedByName?: string;
                            newValue?: string;
                            oldValue?: string;
                        }[];
                        businessUnitId?: number;
                        createdBy?: string;
                        createdDate?: string;
                        modifiedBy?: string;
                        modifiedDate?: string;
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
    patchUnavailableCodesByUnavailableCodeIdStatus: {
        parameters: {
            query: {
                isActive: boolean;
            };
            header?: never;
            path: {
                unavailableCodeId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUnavailableCodesByUnavailableCodeIdTeams: {
        parameters: {
            query?: {
                fields?: string;
                orderBy?: string;
                searchString?: string;
                skip?: number;
                top?: number;
            };
            header?: never;
            path: {
                unavailableCodeId: number;
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
                    "application/json": components["schemas"]["UnavailableCodeTeams"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putUnavailableCodesByUnavailableCodeIdTeams: {
        parameters: {
            query?: {
                securityUser?: string;
            };
            header?: never;
            path: {
                unavailableCodeId: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    teams: {
                        teamId?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        error_Description?: string;
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
    postUnavailableCodesByUnavailableCodeIdTeams: {
        parameters: {
            query: {
                addAll: boolean;
            };
            header?: never;
            path: {
                unavailableCodeId: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    teams: {
                        id: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignedTeams?: {
                            teamId?: number;
                        }[];
                        invalidTeams?: {
                            teamId?: number;
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
    deleteUnavailableCodesByUnavailableCodeIdTeams: {
        parameters: {
            query: {
                removeAll: boolean;
            };
            header?: never;
            path: {
                unavailableCodeId: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    teams: {
                        id: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invalidTeams?: {
                            teamId?: number;
                        }[];
                        unassignedTeams?: {
                            teamId?: number;
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
    getUnavailableCodesByUnavailableCodeIdTeamsUnassigned: {
        parameters: {
            query?: {
                fields?: string;
                orderBy?: string;
                searchString?: string;
                skip?: number;
                top?: number;
            };
            header?: never;
            path: {
                unavailableCodeId: number;
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
                    "application/json": components["schemas"]["UnavailableCodeTeams"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWorkflowData: {
        parameters: {
            query?: {
                isActive?: boolean;
                orderBy?: string;
                searchString?: string;
                skip?: number;
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
                        businessUnitId?: number;
                        profiles?: {
                            data?: string;
                            profile?: {
                                [key: string]: unknown;
                            };
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
    putWorkflowData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WorkflowDataWrite"];
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postWorkflowData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WorkflowDataWrite"];
            };
        };
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWorkflowDataByWorkFlowDataId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workFlowDataId: number;
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
                        data?: string;
                        profile?: {
                            businessUnitId?: string;
                            description?: string;
                            isActive?: boolean;
                            profileId?: number;
                            profileName?: string;
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
    putWorkflowDataByWorkflowDataIdActivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflowDataId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putWorkflowDataByWorkflowDataIdDeactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflowDataId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWorkflowDataIdentities: {
        parameters: {
            query?: {
                isActive?: boolean;
                orderBy?: string;
                searchString?: string;
                skip?: number;
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
                        businessUnitId?: number;
                        totalRecords?: number;
                        workflowDataIdentities?: {
                            wfdId?: number;
                            wfdName?: string;
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
    getWorkflowDataListByActiveFlag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activeFlag: number;
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
                        data?: {
                            Ref?: string;
                            Type?: string;
                            Value?: string;
                            Visible?: string;
                        };
                        profile?: {
                            Description?: string;
                            ProfileID?: number;
                            ProfileName?: string;
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
}
