// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/conversations/openapi.yaml (sha256 1bdcd500e6ab6dfe)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area conversations` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Conversations (313 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const conversations = conversationsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function conversationsApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/analytics/conversations/{conversationId}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a conversation by id
         * @permissions ANY: any one of `analytics:conversationDetail:view`, `analytics:agentConversationDetail:view`
         */
        get: operations["getAnalyticsConversationDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/{conversationId}/details/properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Index conversation properties
         * @permissions ANY: `analytics:conversationProperties:index`
         */
        post: operations["postAnalyticsConversationDetailsProperties"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/activity/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for conversation activity observations
         * @permissions ANY: `analytics:queueObservation:view`
         */
        post: operations["postAnalyticsConversationsActivityQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/aggregates/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for conversation aggregates asynchronously
         * @permissions ANY: `analytics:conversationAggregate:view`
         */
        post: operations["postAnalyticsConversationsAggregatesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/aggregates/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for conversation aggregates
         * @permissions ANY: `analytics:conversationAggregate:view`
         */
        get: operations["getAnalyticsConversationsAggregatesJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async request for conversation aggregates
         * @permissions ANY: `analytics:conversationAggregate:view`
         */
        delete: operations["deleteAnalyticsConversationsAggregatesJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/aggregates/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async aggregates query
         * @permissions ANY: `analytics:conversationAggregate:view`
         */
        get: operations["getAnalyticsConversationsAggregatesJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/aggregates/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for conversation aggregates
         * @permissions ANY: `analytics:conversationAggregate:view`
         */
        post: operations["postAnalyticsConversationsAggregatesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets multiple conversations by id
         * @permissions ANY: any one of `analytics:conversationDetail:view`, `analytics:agentConversationDetail:view`
         */
        get: operations["getAnalyticsConversationsDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/details/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for conversation details asynchronously
         * @permissions ANY: any one of `analytics:conversationDetail:view`, `analytics:agentConversationDetail:view`
         */
        post: operations["postAnalyticsConversationsDetailsJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/details/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get status for async query for conversation details
         * @permissions ANY: any one of `analytics:conversationDetail:view`, `analytics:agentConversationDetail:view`
         */
        get: operations["getAnalyticsConversationsDetailsJob"];
        put?: never;
        post?: never;
        /**
         * Delete/cancel an async details job
         * @permissions ANY: any one of `analytics:conversationDetail:view`, `analytics:agentConversationDetail:view`
         */
        delete: operations["deleteAnalyticsConversationsDetailsJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/details/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a page of results for an async details job
         * @permissions ANY: any one of `analytics:conversationDetail:view`, `analytics:agentConversationDetail:view`
         */
        get: operations["getAnalyticsConversationsDetailsJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/details/jobs/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lookup the datalake availability date and time
         * @permissions ANY: `analytics:conversationDetail:view`
         */
        get: operations["getAnalyticsConversationsDetailsJobsAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/details/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for conversation details
         * @permissions ANY: any one of `analytics:conversationDetail:view`, `analytics:agentConversationDetail:view`
         */
        post: operations["postAnalyticsConversationsDetailsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get active conversations for the logged in user
         * @permissions none required
         */
        get: operations["getConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get conversation
         * @permissions ANY: `conversation:communication:view`
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        /**
         * Update a conversation by disconnecting all of the participants
         * @permissions ANY: `conversation:communication:disconnect`
         */
        delete: operations["deleteConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/accessattributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the access attributes on a conversation.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `conversation:accessAttributes:view`
         */
        get: operations["getConversationAccessattributes"];
        /**
         * Set the access attributes on a conversation.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `conversation:accessAttributes:edit`
         */
        put: operations["putConversationAccessattributes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attempts to manually assign a specified conversation to a specified user.  Ignores bullseye ring, PAR score, skills, and languages.
         * @permissions ANY: any one of `conversation:call:pull`, `conversation:call:assign`, `conversation:callback:pull`, `conversation:callback:assign`, `conversation:webchat:pull`, `conversation:webchat:assign`, `conversation:email:pull`, `conversation:email:assign`, `conversation:message:pull`, `conversation:message:assign`
         */
        post: operations["postConversationAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/assistant/copilotcontext": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get copilot context values for a conversation.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `conversation:assistantCopilotContext:view`
         */
        get: operations["getConversationAssistantCopilotcontext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/barge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Barge a conversation creating a barged in conference of connected participants.
         * @permissions ANY: `conversation:call:barge`
         */
        post: operations["postConversationBarge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/cobrowse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a cobrowse session. Requires conversation:cobrowse:add (for web messaging) or conversation:cobrowsevoice:add permission.
         * @permissions ANY: any one of `conversation:cobrowse:add`, `conversation:cobrowseVoice:add`
         */
        post: operations["postConversationCobrowse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get information of all checklists associated with a conversation.
         * @permissions ALL: `conversation:agentchecklist:view`
         */
        get: operations["getConversationCommunicationAgentchecklists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get checklist info for a single checklist.
         * @permissions ALL: `conversation:agentchecklist:view`
         */
        get: operations["getConversationCommunicationAgentchecklist"];
        put?: never;
        /**
         * Agent Checklist activation API
         * @permissions ALL: `conversation:agentchecklist:edit`
         */
        post: operations["postConversationCommunicationAgentchecklist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/agentaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * API invoked to capture an agent action.
         * @permissions ALL: `conversation:agentchecklist:edit`
         */
        post: operations["postConversationCommunicationAgentchecklistAgentaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create inference job
         * @permissions ALL: `conversation:agentchecklist:edit`
         */
        post: operations["postConversationCommunicationAgentchecklistJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/{agentChecklistId}/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get inference job status
         * @permissions ALL: `conversation:agentchecklist:view`
         */
        get: operations["getConversationCommunicationAgentchecklistJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/communications/{communicationId}/agentchecklists/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * API invoked to finalize agent checklist evaluation.
         * @permissions ALL: `conversation:agentchecklist:edit`
         */
        post: operations["postConversationCommunicationAgentchecklistsFinalize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get messages for communication
         * @permissions ANY: `conversation:internalMessaging:view`
         */
        get: operations["getConversationCommunicationInternalmessages"];
        put?: never;
        /**
         * Send internal message
         * @description Send a new internal message for an existing communication.
         * @permissions ANY: `conversation:internalMessaging:create`
         */
        post: operations["postConversationCommunicationInternalmessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/communications/{communicationId}/internalmessages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get message
         * @permissions ANY: `conversation:internalMessaging:view`
         */
        get: operations["getConversationCommunicationInternalmessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/customattributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of custom attributes for a conversation.
         * @permissions ANY: `conversation:customAttributes:view`
         */
        get: operations["getConversationCustomattributes"];
        /**
         * Create or update a single custom attributes record. Updating replaces all data with the provided fields.
         * @permissions ANY: `conversation:customAttributes:edit`
         */
        put: operations["putConversationCustomattributes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a single custom attributes record by amending the data with only the provided fields.
         * @permissions ANY: `conversation:customAttributes:edit`
         */
        patch: operations["patchConversationCustomattributes"];
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/customattributes/{attributesId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get custom attributes by id
         * @permissions ANY: `conversation:customAttributes:view`
         */
        get: operations["getConversationCustomattribute"];
        put?: never;
        post?: never;
        /**
         * Delete a custom attributes record.
         * @permissions ANY: `conversation:customAttributes:delete`
         */
        delete: operations["deleteConversationCustomattribute"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/customattributes/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update a list of custom attributes records. Updating replaces all data with the provided fields.
         * @permissions ANY: `conversation:customAttributes:edit`
         */
        put: operations["putConversationCustomattributesBulk"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a list of custom attributes record by amending the data with only the provided fields.
         * @permissions ANY: `conversation:customAttributes:edit`
         */
        patch: operations["patchConversationCustomattributesBulk"];
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/disconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Performs a full conversation teardown. Issues disconnect requests for any connected media. Applies a system wrap-up code to any participants that are pending wrap-up. This is not intended to be the normal way of ending interactions but is available in the event of problems with the application to allow a resynchronization of state across all components. It is recommended that users submit a support case if they are relying on this endpoint systematically as there is likely something that needs investigation.
         * @permissions ANY: `conversation:communication:disconnect`
         */
        post: operations["postConversationDisconnect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}": {
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
         * Update a participant.
         * @description Update conversation participant.
         * @permissions ANY: any one of `conversation:participant:wrapup`, `conversation:call:record`, `conversation:communication:disconnect`
         */
        patch: operations["patchConversationParticipant"];
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}/attributes": {
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
         * Update the attributes on a conversation participant.
         * @permissions none required
         */
        patch: operations["patchConversationParticipantAttributes"];
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new callback for the specified participant on the conversation.
         * @permissions ALL: `conversation:callback:create`
         */
        post: operations["postConversationParticipantCallbacks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}/codes/{addCommunicationCode}": {
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
         * Delete a code used to add a communication to this participant
         * @permissions none required
         */
        delete: operations["deleteConversationParticipantCode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}/digits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sends DTMF to the participant
         * @permissions none required
         */
        post: operations["postConversationParticipantDigits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}/flaggedreason": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set flagged reason on conversation participant to indicate bad conversation quality.
         * @permissions none required
         */
        put: operations["putConversationParticipantFlaggedreason"];
        post?: never;
        /**
         * Remove flagged reason from conversation participant.
         * @permissions none required
         */
        delete: operations["deleteConversationParticipantFlaggedreason"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}/internalmessages/users/communications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Setup internal message communication with user
         * @description The target user of the digital consultation must have the `conversation:internalMessaging:accept` permission.
         * @permissions ANY: `conversation:internalMessaging:setupWithUser`
         */
        post: operations["postConversationParticipantInternalmessagesUsersCommunications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace this participant (Deprecated)
         * @description This endpoint is deprecated. Use one of the following endpoints instead: /transfer, /replace/agent, /replace/queue, or /replace/contact/external.
         * @deprecated This endpoint is deprecated.
         * @permissions ANY: `conversation:communication:blindTransfer`
         */
        post: operations["postConversationParticipantReplace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}/replace/agent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace this participant with the specified agent
         * @permissions ANY: any one of `conversation:communication:blindTransfer`, `conversation:communication:blindTransferAgent`
         */
        post: operations["postConversationParticipantReplaceAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}/replace/contact/external": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace this participant with the an external contact
         * @permissions ANY: any one of `conversation:communication:blindTransfer`, `conversation:communication:blindTransferExternalContact`
         */
        post: operations["postConversationParticipantReplaceContactExternal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}/replace/external": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace this participant with the an external contact (Deprecated)
         * @description This endpoint is deprecated. Use /replace/contact/external endpoint instead.
         * @deprecated This endpoint is deprecated.
         * @permissions ANY: any one of `conversation:communication:blindTransfer`, `conversation:communication:blindTransferExternal`
         */
        post: operations["postConversationParticipantReplaceExternal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}/replace/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace this participant with the specified queue
         * @permissions ANY: any one of `conversation:communication:blindTransfer`, `conversation:communication:blindTransferQueue`
         */
        post: operations["postConversationParticipantReplaceQueue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of secure sessions for this participant.
         * @permissions none required
         */
        get: operations["getConversationParticipantSecureivrsessions"];
        put?: never;
        /**
         * Create secure IVR session. Only a participant in the conversation can invoke a secure IVR.
         * @permissions none required
         */
        post: operations["postConversationParticipantSecureivrsessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}/secureivrsessions/{secureSessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch info on a secure session
         * @permissions none required
         */
        get: operations["getConversationParticipantSecureivrsession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace this participant by another one using the address of the destination.
         * @permissions ANY: `conversation:communication:blindTransfer`
         */
        post: operations["postConversationParticipantTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}/wrapup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the wrap-up for this conversation participant.
         * @permissions none required
         */
        get: operations["getConversationParticipantWrapup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/participants/{participantId}/wrapupcodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of wrapup codes for this conversation participant
         * @permissions none required
         */
        get: operations["getConversationParticipantWrapupcodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/recordingstate": {
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
         * Update a conversation by setting its recording state
         * @permissions ANY: `conversation:recording:pauseOthers`
         */
        patch: operations["patchConversationRecordingstate"];
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/secureattributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the secure attributes on a conversation.
         * @permissions ANY: `conversation:participant:attributesview`
         */
        get: operations["getConversationSecureattributes"];
        /**
         * Set the secure attributes on a conversation.
         * @permissions ANY: `conversation:participant:attributesedit`
         */
        put: operations["putConversationSecureattributes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the secure attributes on a conversation.
         * @permissions ANY: `conversation:participant:attributesedit`
         */
        patch: operations["patchConversationSecureattributes"];
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all suggestions for a conversation.
         * @permissions ALL: `conversation:suggestion:view`
         */
        get: operations["getConversationSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/suggestions/{suggestionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Suggestion.
         * @permissions ALL: `conversation:suggestion:view`
         */
        get: operations["getConversationSuggestion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a suggestion.
         * @permissions ALL: `conversation:suggestion:edit`
         */
        patch: operations["patchConversationSuggestion"];
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/suggestions/{suggestionId}/engagement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save an engagement on the suggestion.
         * @permissions ALL: `conversation:suggestionEngagement:add`
         */
        post: operations["postConversationSuggestionEngagement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/suggestions/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suggestion feedback.
         * @description Google Agent Assist offering within Genesys will no longer be supported
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: `conversation:suggestionFeedback:add`
         */
        post: operations["postConversationSuggestionsFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the summaries of the conversation.
         * @permissions ALL: `conversation:summary:view`
         */
        get: operations["getConversationSummaries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/summaries/{summaryId}/engagements": {
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
         * Update agent's engagement for the summary.
         * @permissions ALL: `conversation:summaryEngagement:edit`
         */
        patch: operations["patchConversationSummaryEngagements"];
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/summaries/{summaryId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit feedback for the summary.
         * @permissions ALL: `conversation:summaryFeedback:add`
         */
        post: operations["postConversationSummaryFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the feedback for the summary.
         * @permissions ALL: `conversation:summaryFeedback:edit`
         */
        patch: operations["patchConversationSummaryFeedback"];
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update the tags on a conversation.
         * @permissions ANY: `conversation:externalTag:edit`
         */
        put: operations["putConversationTags"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/{conversationId}/utilizationlabel": {
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
         * Update the utilization label on a conversation. When there is no value provided, the system default label is applied
         * @permissions ANY: `conversation:utilizationLabel:edit`
         */
        patch: operations["patchConversationUtilizationlabel"];
        trace?: never;
    };
    "/api/v2/conversations/aftercallwork/{conversationId}/participants/{participantId}/communications/{communicationId}": {
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
         * Update after-call work for this conversation communication.
         * @permissions ANY: `conversation:participant:wrapup`
         */
        patch: operations["patchConversationsAftercallworkConversationIdParticipantCommunication"];
        trace?: never;
    };
    "/api/v2/conversations/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the logged-in user's active conversations and their Callback participants state.
         * @description This endpoint answers three questions:- Is the user involved in any active conversation? - Does that active conversation include Callbacks?  - Is the user directly participating in a Callback within that conversation?
         * @permissions none required
         */
        get: operations["getConversationsCallbacks"];
        put?: never;
        /**
         * Create a Callback
         * @permissions ALL: `conversation:callback:create`
         */
        post: operations["postConversationsCallbacks"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a scheduled callback
         * @permissions ANY: `conversation:callback:edit`
         */
        patch: operations["patchConversationsCallbacks"];
        trace?: never;
    };
    "/api/v2/conversations/callbacks/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get callback conversation
         * @permissions none required
         */
        get: operations["getConversationsCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a conversation by disconnecting all of the participants
         * @permissions ANY: `conversation:communication:disconnect`
         */
        patch: operations["patchConversationsCallback"];
        trace?: never;
    };
    "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}": {
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
         * Update conversation participant
         * @permissions ANY: any one of `conversation:participant:wrapup`, `conversation:call:record`, `conversation:communication:disconnect`
         */
        patch: operations["patchConversationsCallbackParticipant"];
        trace?: never;
    };
    "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/attributes": {
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
         * Update the attributes on a conversation participant.
         * @permissions none required
         */
        patch: operations["patchConversationsCallbackParticipantAttributes"];
        trace?: never;
    };
    "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}": {
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
         * Update conversation participant's communication by disconnecting it.
         * @permissions none required
         */
        patch: operations["patchConversationsCallbackParticipantCommunication"];
        trace?: never;
    };
    "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the wrap-up for this conversation communication.
         * @permissions none required
         */
        get: operations["getConversationsCallbackParticipantCommunicationWrapup"];
        put?: never;
        /**
         * Apply wrap-up for this conversation communication
         * @permissions ANY: `conversation:participant:wrapup`
         */
        post: operations["postConversationsCallbackParticipantCommunicationWrapup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace this participant with the specified user and/or address
         * @permissions ANY: `conversation:communication:blindTransfer`
         */
        post: operations["postConversationsCallbackParticipantReplace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/wrapup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the wrap-up for this conversation participant.
         * @permissions none required
         */
        get: operations["getConversationsCallbackParticipantWrapup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/callbacks/{conversationId}/participants/{participantId}/wrapupcodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of wrapup codes for this conversation participant
         * @permissions none required
         */
        get: operations["getConversationsCallbackParticipantWrapupcodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/callbacks/{conversationId}/recordingstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a conversation by setting its recording state
         * @permissions ANY: `conversation:recording:pauseOthers`
         */
        put: operations["putConversationsCallbackRecordingstate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/callbacks/bulk/disconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disconnect multiple scheduled callbacks
         * @permissions ANY: `conversation:communication:disconnect`
         */
        post: operations["postConversationsCallbacksBulkDisconnect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/callbacks/bulk/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update multiple scheduled callbacks
         * @permissions ANY: `conversation:callback:edit`
         */
        post: operations["postConversationsCallbacksBulkUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the logged-in user's active conversations and their Call participants state.
         * @description This endpoint answers three questions:- Is the user involved in any active conversation? - Does that active conversation include Calls?  - Is the user directly participating in a Call within that conversation?
         * @permissions none required
         */
        get: operations["getConversationsCalls"];
        put?: never;
        /**
         * Create a call conversation
         * @permissions ANY: `conversation:conference:add`
         */
        post: operations["postConversationsCalls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get call conversation
         * @permissions none required
         */
        get: operations["getConversationsCall"];
        put?: never;
        /**
         * Place a new call as part of a callback conversation.
         * @permissions none required
         */
        post: operations["postConversationsCall"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a conversation by setting its recording state, merging in other conversations to create a conference, or disconnecting all of the participants
         * @permissions ANY: `conversation:communication:disconnect`
         */
        patch: operations["patchConversationsCall"];
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/conference": {
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
         * Update a conversation by merging in other conversations to create a conference
         * @permissions ANY: `conversation:conference:add`
         */
        patch: operations["patchConversationsCallConference"];
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add participants to a conversation
         * @permissions none required
         */
        post: operations["postConversationsCallParticipants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}": {
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
         * Update conversation participant
         * @permissions ANY: any one of `conversation:participant:wrapup`, `conversation:call:record`, `conversation:communication:disconnect`
         */
        patch: operations["patchConversationsCallParticipant"];
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/attributes": {
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
         * Update the attributes on a conversation participant.
         * @permissions none required
         */
        patch: operations["patchConversationsCallParticipantAttributes"];
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/barge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Barge a given participant's call creating a barged in conference of connected participants.
         * @permissions ANY: `conversation:call:barge`
         */
        post: operations["postConversationsCallParticipantBarge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/coach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Listen in on the conversation from the point of view of a given participant while speaking to just the given participant.
         * @permissions ANY: `conversation:call:coach`
         */
        post: operations["postConversationsCallParticipantCoach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}": {
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
         * Update conversation participant's communication by disconnecting it. This endpoint does not update wrapup.
         * @permissions none required
         */
        patch: operations["patchConversationsCallParticipantCommunication"];
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}/postflowaction": {
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
         * Remove mandatory post call actions.
         * @permissions ANY: `conversation:call:deleteMandatoryPostFlowAction`
         */
        delete: operations["deleteConversationsCallParticipantCommunicationPostflowaction"];
        options?: never;
        head?: never;
        /**
         * Set mandatory post call actions.  If both values are null or blank error will occur.
         * @permissions ANY: `conversation:call:setMandatoryPostFlowAction`
         */
        patch: operations["patchConversationsCallParticipantCommunicationPostflowaction"];
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}/summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request an on-demand summary for a call communication.
         * @permissions ALL: `conversation:summary:add`
         */
        post: operations["postConversationsCallParticipantCommunicationSummaries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}/uuidata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set uuiData to be sent on future commands.
         * @permissions none required
         */
        put: operations["putConversationsCallParticipantCommunicationUuidata"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the wrap-up for this conversation communication.
         * @permissions none required
         */
        get: operations["getConversationsCallParticipantCommunicationWrapup"];
        put?: never;
        /**
         * Apply wrap-up for this conversation communication
         * @permissions ANY: `conversation:participant:wrapup`
         */
        post: operations["postConversationsCallParticipantCommunicationWrapup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initiate and update consult transfer (Deprecated)
         * @description This endpoint is deprecated. Use one of the following endpoints instead: /voice/consult, /consult/agent, /consult/queue, or /consult/contact/external.
         * @deprecated This endpoint is deprecated.
         * @permissions ANY: `conversation:communication:consultTransfer`
         */
        post: operations["postConversationsCallParticipantConsult"];
        /**
         * Cancel the transfer
         * @permissions none required
         */
        delete: operations["deleteConversationsCallParticipantConsult"];
        options?: never;
        head?: never;
        /**
         * Change who can speak
         * @permissions none required
         */
        patch: operations["patchConversationsCallParticipantConsult"];
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/agent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initiate a consult transfer to an agent
         * @permissions ANY: any one of `conversation:communication:consultTransfer`, `conversation:communication:consultTransferAgent`
         */
        post: operations["postConversationsCallParticipantConsultAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/contact/external": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initiate a consult transfer to an external contact
         * @permissions ANY: any one of `conversation:communication:consultTransfer`, `conversation:communication:consultTransferExternalContact`
         */
        post: operations["postConversationsCallParticipantConsultContactExternal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/external": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initiate a consult transfer to an external contact (Deprecated)
         * @description This endpoint is deprecated. Use /consult/contact/external endpoints instead.
         * @deprecated This endpoint is deprecated.
         * @permissions ANY: any one of `conversation:communication:consultTransfer`, `conversation:communication:consultTransferExternal`
         */
        post: operations["postConversationsCallParticipantConsultExternal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initiate a consult transfer to a queue
         * @permissions ANY: any one of `conversation:communication:consultTransfer`, `conversation:communication:consultTransferQueue`
         */
        post: operations["postConversationsCallParticipantConsultQueue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/monitor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Listen in on the conversation from the point of view of a given participant.
         * @permissions ANY: `conversation:call:monitor`
         */
        post: operations["postConversationsCallParticipantMonitor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace this participant with the specified user and/or address
         * @permissions ANY: `conversation:communication:blindTransfer`
         */
        post: operations["postConversationsCallParticipantReplace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/snippet/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start/stop the snippet recording for a participant
         * @permissions ANY: `conversation:recording:snippetRecord`
         */
        post: operations["postConversationsCallParticipantSnippetRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/user/{userId}": {
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
         * Update conversation participant on behalf of a user
         * @permissions ANY: any one of `conversation:participant:wrapup`, `conversation:call:record`, `conversation:communication:disconnect`, `conversation:agentlessCall:add`
         */
        patch: operations["patchConversationsCallParticipantUserUserId"];
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/voice/consult": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initiate voice consult transfer
         * @permissions ANY: `conversation:communication:consultTransfer`
         */
        post: operations["postConversationsCallParticipantVoiceConsult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/wrapup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the wrap-up for this conversation participant.
         * @permissions none required
         */
        get: operations["getConversationsCallParticipantWrapup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}/wrapupcodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of wrapup codes for this conversation participant
         * @permissions none required
         */
        get: operations["getConversationsCallParticipantWrapupcodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/user/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add participants to a conversation on behalf of a user
         * @permissions ANY: `conversation:agentlessCall:add`
         */
        post: operations["postConversationsCallParticipantsUserUserId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/recordingstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a conversation by setting its recording state
         * @permissions ANY: `conversation:recording:pauseOthers`
         */
        put: operations["putConversationsCallRecordingstate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get call history
         * @permissions none required
         */
        get: operations["getConversationsCallsHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/maximumconferenceparties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the maximum number of participants that this user can have on a conference
         * @permissions none required
         */
        get: operations["getConversationsCallsMaximumconferenceparties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/user/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a call conversation on behalf of a user
         * @permissions ANY: any one of `conversation:agentlessCall:add`, `conversation:call:add`
         */
        post: operations["postConversationsCallsUserUserId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/cobrowsesessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get active cobrowse conversations for the logged in user
         * @permissions none required
         */
        get: operations["getConversationsCobrowsesessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/cobrowsesessions/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get cobrowse conversation
         * @permissions none required
         */
        get: operations["getConversationsCobrowsesession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a conversation by disconnecting all of the participants
         * @description This endpoint is deprecated. Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @deprecated Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @permissions ANY: `conversation:communication:disconnect`
         */
        patch: operations["patchConversationsCobrowsesession"];
        trace?: never;
    };
    "/api/v2/conversations/cobrowsesessions/{conversationId}/participants/{participantId}": {
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
         * Update conversation participant
         * @description This endpoint is deprecated. Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @deprecated Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @permissions ANY: any one of `conversation:participant:wrapup`, `conversation:call:record`, `conversation:communication:disconnect`
         */
        patch: operations["patchConversationsCobrowsesessionParticipant"];
        trace?: never;
    };
    "/api/v2/conversations/cobrowsesessions/{conversationId}/participants/{participantId}/attributes": {
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
         * Update the attributes on a conversation participant.
         * @description This endpoint is deprecated. Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @deprecated Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @permissions none required
         */
        patch: operations["patchConversationsCobrowsesessionParticipantAttributes"];
        trace?: never;
    };
    "/api/v2/conversations/cobrowsesessions/{conversationId}/participants/{participantId}/communications/{communicationId}": {
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
         * Update conversation participant's communication by disconnecting it.
         * @description This endpoint is deprecated. Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @deprecated Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @permissions none required
         */
        patch: operations["patchConversationsCobrowsesessionParticipantCommunication"];
        trace?: never;
    };
    "/api/v2/conversations/cobrowsesessions/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the wrap-up for this conversation communication.
         * @description This endpoint is deprecated. Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @deprecated Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @permissions none required
         */
        get: operations["getConversationsCobrowsesessionParticipantCommunicationWrapup"];
        put?: never;
        /**
         * Apply wrap-up for this conversation communication
         * @description This endpoint is deprecated. Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @deprecated Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @permissions ANY: `conversation:participant:wrapup`
         */
        post: operations["postConversationsCobrowsesessionParticipantCommunicationWrapup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/cobrowsesessions/{conversationId}/participants/{participantId}/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace this participant with the specified user and/or address
         * @description This endpoint is deprecated. Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @deprecated Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @permissions ANY: `conversation:communication:blindTransfer`
         */
        post: operations["postConversationsCobrowsesessionParticipantReplace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/cobrowsesessions/{conversationId}/participants/{participantId}/wrapup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the wrap-up for this conversation participant.
         * @description This endpoint is deprecated. Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @deprecated Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @permissions none required
         */
        get: operations["getConversationsCobrowsesessionParticipantWrapup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/cobrowsesessions/{conversationId}/participants/{participantId}/wrapupcodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of wrapup codes for this conversation participant
         * @description This endpoint is deprecated. Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @deprecated Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @permissions none required
         */
        get: operations["getConversationsCobrowsesessionParticipantWrapupcodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/cobrowsesessions/{conversationId}/recordingstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a conversation by setting its recording state
         * @description This endpoint is deprecated. Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @deprecated Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @permissions ANY: `conversation:recording:pauseOthers`
         */
        put: operations["putConversationsCobrowsesessionRecordingstate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/customattributes/schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of schemas.
         * @permissions ANY: `conversation:customAttributes:schemaView`
         */
        get: operations["getConversationsCustomattributesSchemas"];
        put?: never;
        /**
         * Create a schema
         * @permissions ANY: `conversation:customAttributes:schemaAdd`
         */
        post: operations["postConversationsCustomattributesSchemas"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/customattributes/schemas/{schemaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a schema
         * @permissions ANY: `conversation:customAttributes:schemaView`
         */
        get: operations["getConversationsCustomattributesSchema"];
        /**
         * Update a schema
         * @permissions ANY: `conversation:customAttributes:schemaEdit`
         */
        put: operations["putConversationsCustomattributesSchema"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/customattributes/schemas/{schemaId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all versions of a CCA schema
         * @permissions ANY: `conversation:customAttributes:schemaView`
         */
        get: operations["getConversationsCustomattributesSchemaVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/customattributes/schemas/{schemaId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific version of a schema
         * @permissions ANY: `conversation:customAttributes:schemaView`
         */
        get: operations["getConversationsCustomattributesSchemaVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/customattributes/schemas/coretypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of core types enabled for a specific namespace.
         * @permissions ANY: `conversation:customAttributes:schemaView`
         */
        get: operations["getConversationsCustomattributesSchemasCoretypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/customattributes/schemas/coretypes/{coreTypeName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the core types from which all schemas are built.
         * @permissions ANY: `conversation:customAttributes:schemaView`
         */
        get: operations["getConversationsCustomattributesSchemasCoretype"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/customattributes/schemas/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get quantitative limits on schemas
         * @permissions ANY: `conversation:customAttributes:schemaView`
         */
        get: operations["getConversationsCustomattributesSchemasLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/customattributes/search": {
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
         * @permissions ANY: `conversation:customAttributes:view`
         */
        post: operations["postConversationsCustomattributesSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the logged-in user's active conversations and their Email participants state.
         * @description This endpoint answers three questions:- Is the user involved in any active conversation? - Does that active conversation include Emails?  - Is the user directly participating in an Email within that conversation?
         * @permissions none required
         */
        get: operations["getConversationsEmails"];
        put?: never;
        /**
         * Create an email conversation
         * @description If the direction of the request is INBOUND, this will create an external conversation with a third party provider. If the direction of the the request is OUTBOUND, this will create a conversation to send outbound emails on behalf of a queue.
         * @permissions ANY: `conversation:email:create`
         */
        post: operations["postConversationsEmails"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get email conversation
         * @permissions none required
         */
        get: operations["getConversationsEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a conversation by disconnecting all of the participants
         * @permissions ANY: `conversation:communication:disconnect`
         */
        patch: operations["patchConversationsEmail"];
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/inboundmessages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an email to an external conversation. An external conversation is one where the provider is not PureCloud based. This endpoint allows the sender of the external email to reply or send a new message to the existing conversation. The new message will be treated as part of the existing conversation and chained to it.
         * @permissions none required
         */
        post: operations["postConversationsEmailInboundmessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get conversation messages
         * @permissions none required
         */
        get: operations["getConversationsEmailMessages"];
        put?: never;
        /**
         * Send an email reply
         * @permissions ANY: `conversation:email:send`
         */
        post: operations["postConversationsEmailMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get conversation message
         * @permissions none required
         */
        get: operations["getConversationsEmailMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/messages/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get conversation draft reply
         * @permissions none required
         */
        get: operations["getConversationsEmailMessagesDraft"];
        /**
         * Update conversation draft reply
         * @permissions none required
         */
        put: operations["putConversationsEmailMessagesDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Reset conversation draft to its initial state and/or auto-fill draft content
         * @permissions none required
         */
        patch: operations["patchConversationsEmailMessagesDraft"];
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/messages/draft/attachments/{attachmentId}": {
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
         * Delete attachment from draft
         * @permissions none required
         */
        delete: operations["deleteConversationsEmailMessagesDraftAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/messages/draft/attachments/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy attachments from an email message to the current draft.
         * @permissions none required
         */
        post: operations["postConversationsEmailMessagesDraftAttachmentsCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/messages/draft/attachments/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a URL to upload a message attachment file
         * @description See https://developer.genesys.cloud/analyticsdatamanagement/uploads/upload-email-attachment-files for example usage.
         * @permissions ANY: `conversation:emailAttachment:add`
         */
        post: operations["postConversationsEmailMessagesDraftAttachmentsUploads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/participants/{participantId}": {
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
         * Update conversation participant
         * @permissions ANY: any one of `conversation:participant:wrapup`, `conversation:call:record`, `conversation:communication:disconnect`, `conversation:email:park`
         */
        patch: operations["patchConversationsEmailParticipant"];
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/participants/{participantId}/attributes": {
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
         * Update the attributes on a conversation participant.
         * @permissions none required
         */
        patch: operations["patchConversationsEmailParticipantAttributes"];
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/participants/{participantId}/communications/{communicationId}": {
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
         * Update conversation participant's communication by disconnecting it. This endpoint does not update wrapup.
         * @permissions none required
         */
        patch: operations["patchConversationsEmailParticipantCommunication"];
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the wrap-up for this conversation communication.
         * @permissions none required
         */
        get: operations["getConversationsEmailParticipantCommunicationWrapup"];
        put?: never;
        /**
         * Apply wrap-up for this conversation communication
         * @permissions ANY: `conversation:participant:wrapup`
         */
        post: operations["postConversationsEmailParticipantCommunicationWrapup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/participants/{participantId}/parkingstate": {
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
         * Update conversation by setting its parking state
         * @permissions ANY: `conversation:email:park`
         */
        patch: operations["patchConversationsEmailParticipantParkingstate"];
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/participants/{participantId}/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace this participant with the specified user and/or address
         * @permissions ANY: `conversation:communication:blindTransfer`
         */
        post: operations["postConversationsEmailParticipantReplace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/participants/{participantId}/wrapup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the wrap-up for this conversation participant.
         * @permissions none required
         */
        get: operations["getConversationsEmailParticipantWrapup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/participants/{participantId}/wrapupcodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of wrapup codes for this conversation participant
         * @permissions none required
         */
        get: operations["getConversationsEmailParticipantWrapupcodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/reconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reconnect the user to the most recently disconnected customer on a fully disconnected email conversation
         * @description This request is not valid when using the Client Credentials OAuth grant.
         * @permissions ANY: `conversation:communication:reconnect`
         */
        post: operations["postConversationsEmailReconnect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/recordingstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a conversation by setting its recording state
         * @permissions ANY: `conversation:recording:pauseOthers`
         */
        put: operations["putConversationsEmailRecordingstate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/emails/{conversationId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get emails settings for a given conversation
         * @permissions none required
         */
        get: operations["getConversationsEmailSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/emails/agentless": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an email conversation, per API
         * @permissions ANY: any one of `conversation:email:create`, `conversation:agentlessEmail:send`
         */
        post: operations["postConversationsEmailsAgentless"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/faxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Fax Conversation
         * @permissions none required
         */
        post: operations["postConversationsFaxes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/internalmessages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the logged-in user's active conversations and their InternalMessage participants state.
         * @description This endpoint answers three questions:- Is the user involved in any active conversation? - Does that active conversation include InternalMessages?  - Is the user directly participating in an InternalMessage within that conversation?
         * @permissions ANY: `conversation:internalMessaging:view`
         */
        get: operations["getConversationsInternalmessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/internalmessages/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get internal message conversation
         * @permissions ANY: `conversation:internalMessaging:view`
         */
        get: operations["getConversationsInternalmessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/keyconfigurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of key configurations data
         * @permissions ANY: `conversation:encryptionKey:view`
         */
        get: operations["getConversationsKeyconfigurations"];
        put?: never;
        /**
         * Setup configurations for encryption key creation
         * @permissions ANY: `conversation:encryptionKey:edit`
         */
        post: operations["postConversationsKeyconfigurations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/keyconfigurations/{keyconfigurationsId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the encryption key configurations
         * @permissions ANY: `conversation:encryptionKey:view`
         */
        get: operations["getConversationsKeyconfiguration"];
        /**
         * Update the encryption key configurations
         * @permissions ANY: `conversation:encryptionKey:edit`
         */
        put: operations["putConversationsKeyconfiguration"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/keyconfigurations/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate encryption key configurations without saving it
         * @permissions ANY: `conversation:encryptionKey:edit`
         */
        post: operations["postConversationsKeyconfigurationsValidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the logged-in user's active conversations and their Message participants state.
         * @description This endpoint answers three questions:- Is the user involved in any active conversation? - Does that active conversation include Messages?  - Is the user directly participating in a Message within that conversation?
         * @permissions none required
         */
        get: operations["getConversationsMessages"];
        put?: never;
        /**
         * Create an outbound messaging conversation.
         * @description If there is an existing conversation between the remote address and the address associated with the queue specified in createOutboundRequest then the result of this request depends on the state of that conversation and the useExistingConversation field of createOutboundRequest. If the existing conversation is in alerting or connected state, then the request will fail. If the existing conversation is disconnected but still within the conversation window then the request will fail unless useExistingConversation is set to true.
         * @permissions ALL: `conversation:message:create`
         */
        post: operations["postConversationsMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get message conversation
         * @permissions none required
         */
        get: operations["getConversationsMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a conversation by disconnecting all of the participants
         * @permissions ANY: any one of `conversation:communication:disconnect`, `conversation:message:park`
         */
        patch: operations["patchConversationsMessage"];
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/communications/{communicationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send message
         * @description Send message on existing conversation/communication. Only one message body field can be accepted, per request. Example: 1 textBody, 1 mediaId, or 1 messageTemplate.
         * @permissions ANY: any one of `conversation:message:create`, `conversation:webmessaging:create`
         */
        post: operations["postConversationsMessageCommunicationMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/communications/{communicationId}/messages/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get message media list by status
         * @permissions ANY: `conversation:messageMedia:view`
         */
        get: operations["getConversationsMessageCommunicationMessagesMedia"];
        put?: never;
        /**
         * Create media
         * @description See https://developer.genesys.cloud/api/rest/v2/conversations/messaging-media-upload for example usage.
         * @deprecated The vendor deprecated this operation.
         * @permissions ANY: any one of `conversation:message:create`, `conversation:webmessaging:create`, `conversation:socialmedia:create`
         */
        post: operations["postConversationsMessageCommunicationMessagesMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/communications/{communicationId}/messages/media/{mediaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get media
         * @description See https://developer.genesys.cloud/commdigital/digital/messagemediaupload/ for example usage.
         * @permissions ANY: any one of `conversation:message:view`, `conversation:webmessaging:view`
         */
        get: operations["getConversationsMessageCommunicationMessagesMediaMediaId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/communications/{communicationId}/messages/media/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a URL to upload a message media file
         * @description See https://developer.genesys.cloud/commdigital/digital/messagemediaupload/ for example usage.
         * @permissions ANY: any one of `conversation:message:create`, `conversation:webmessaging:create`, `conversation:socialmedia:create`
         */
        post: operations["postConversationsMessageCommunicationMessagesMediaUploads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/communications/{communicationId}/socialmedia/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a social media message
         * @description Send a social media message on existing conversation/communication.
         * @permissions ANY: `conversation:socialmedia:create`
         */
        post: operations["postConversationsMessageCommunicationSocialmediaMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/communications/{communicationId}/typing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send message typing event
         * @description Send message typing event for existing conversation/communication.
         * @permissions ANY: any one of `conversation:message:create`, `conversation:webmessaging:create`
         */
        post: operations["postConversationsMessageCommunicationTyping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get conversation message
         * @permissions ANY: any one of `conversation:message:view`, `conversation:webmessaging:view`
         */
        get: operations["getConversationsMessageMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/messages/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get messages in batch
         * @description The path parameter [conversationId] should contain the conversationId of the conversation being filtered. The body should contain the messageId(s) of messages being requested. For example: ["a3069a33b-bbb1-4703-9d68-061d9e9db96e", "55bc6be3-078c-4a49-a4e6-1e05776ed7e8"]. The max messages you can request in the body is 1,000. Best practice is to limit to only the messages you need in each request, rather than request large batches by default.
         * @permissions ANY: any one of `conversation:message:view`, `conversation:webmessaging:view`
         */
        post: operations["postConversationsMessageMessagesBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/participants/{participantId}": {
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
         * Update conversation participant
         * @permissions ANY: any one of `conversation:participant:wrapup`, `conversation:call:record`, `conversation:communication:disconnect`
         */
        patch: operations["patchConversationsMessageParticipant"];
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/participants/{participantId}/attributes": {
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
         * Update the attributes on a conversation participant.
         * @permissions none required
         */
        patch: operations["patchConversationsMessageParticipantAttributes"];
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/participants/{participantId}/communications/{communicationId}": {
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
         * Update conversation participant's communication by disconnecting it. This endpoint does not update wrapup.
         * @permissions none required
         */
        patch: operations["patchConversationsMessageParticipantCommunication"];
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/participants/{participantId}/communications/{communicationId}/summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request an on-demand summary for a message communication.
         * @permissions ALL: `conversation:summary:add`
         */
        post: operations["postConversationsMessageParticipantCommunicationSummaries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the wrap-up for this conversation communication.
         * @permissions none required
         */
        get: operations["getConversationsMessageParticipantCommunicationWrapup"];
        put?: never;
        /**
         * Apply wrap-up for this conversation communication
         * @permissions ANY: `conversation:participant:wrapup`
         */
        post: operations["postConversationsMessageParticipantCommunicationWrapup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/participants/{participantId}/monitor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Listen in on the conversation from the point of view of a given participant.
         * @permissions ANY: `conversation:message:monitor`
         */
        post: operations["postConversationsMessageParticipantMonitor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/participants/{participantId}/parkingstate": {
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
         * Update conversation by setting its parking state
         * @permissions ANY: `conversation:message:park`
         */
        patch: operations["patchConversationsMessageParticipantParkingstate"];
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/participants/{participantId}/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace this participant with the specified user and/or address
         * @permissions ANY: `conversation:communication:blindTransfer`
         */
        post: operations["postConversationsMessageParticipantReplace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/participants/{participantId}/wrapup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the wrap-up for this conversation participant.
         * @permissions none required
         */
        get: operations["getConversationsMessageParticipantWrapup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/participants/{participantId}/wrapupcodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of wrapup codes for this conversation participant
         * @permissions none required
         */
        get: operations["getConversationsMessageParticipantWrapupcodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{conversationId}/recordingstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a conversation by setting its recording state
         * @permissions ANY: `conversation:recording:pauseOthers`
         */
        put: operations["putConversationsMessageRecordingstate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{integrationId}/inbound/open/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an inbound Open Event Message
         * @description Send an inbound event message to an Open Messaging integration. In order to call this endpoint you will need OAuth token generated using OAuth client credentials authorized with at least messaging scope. This will either generate a new Conversation, or be a part of an existing conversation. See https://developer.genesys.cloud/api/digital/openmessaging/ for example usage.
         * @permissions ALL: `conversation:message:receive`
         */
        post: operations["postConversationsMessageInboundOpenEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{integrationId}/inbound/open/message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send inbound Open Message
         * @description Send an inbound message to an Open Messaging integration. In order to call this endpoint you will need OAuth token generated using OAuth client credentials authorized with at least messaging scope. This will either generate a new Conversation, or be a part of an existing conversation. See https://developer.genesys.cloud/api/digital/openmessaging/ for example usage.
         * @permissions ALL: `conversation:message:receive`
         */
        post: operations["postConversationsMessageInboundOpenMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{integrationId}/inbound/open/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an inbound Open Receipt Message
         * @description Send an inbound open Receipt to an Open Messaging integration. In order to call this endpoint you will need OAuth token generated using OAuth client credentials authorized with at least messaging scope. This will either generate a new Conversation, or be a part of an existing conversation. See https://developer.genesys.cloud/api/digital/openmessaging/ for example usage.
         * @permissions ALL: `conversation:message:receive`
         */
        post: operations["postConversationsMessageInboundOpenReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{integrationId}/inbound/open/structured/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send inbound Open Response
         * @description Send an inbound response for a structured message to an Open Messaging integration. In order to call this endpoint you will need OAuth token generated using OAuth client credentials authorized with at least messaging scope. This will be a part of an existing conversation. See https://developer.genesys.cloud/api/digital/openmessaging/ for example usage.
         * @permissions ALL: `conversation:message:receive`
         */
        post: operations["postConversationsMessageInboundOpenStructuredResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/{messageId}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get message
         * @permissions ANY: any one of `conversation:message:view`, `conversation:webmessaging:view`
         */
        get: operations["getConversationsMessageDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/agentless": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an agentless outbound message
         * @description Send an agentless (api participant) outbound message using a client credential grant. In order to call this endpoint you will need OAuth token generated using OAuth client credentials authorized with at least messaging scope. If there is already a connected conversation between the fromAddress and recipient specified, the useExistingActiveConversation param can be used to barge in to the ongoing conversation.
         * @permissions ALL: `conversation:message:create`
         */
        post: operations["postConversationsMessagesAgentless"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/cachedmedia": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of cached media items
         * @permissions ANY: `conversation:cachedMedia:view`
         */
        get: operations["getConversationsMessagesCachedmedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/cachedmedia/{cachedMediaItemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a cached media item
         * @permissions ANY: `conversation:cachedMedia:view`
         */
        get: operations["getConversationsMessagesCachedmediaCachedMediaItemId"];
        put?: never;
        post?: never;
        /**
         * Remove a cached media item asychronously
         * @permissions ANY: `conversation:cachedMedia:delete`
         */
        delete: operations["deleteConversationsMessagesCachedmediaCachedMediaItemId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messages/inbound/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an inbound Open Message
         * @description [This API is deprecated. Instead, use 1. POST /api/v2/conversations/messages/{integrationId}/inbound/open/event, if you want to send an inbound Open Event Message 2. POST /api/v2/conversations/messages/{integrationId}/inbound/open/message, if you want to send an inbound Open Message 3. POST /api/v2/conversations/messages/{integrationId}/inbound/open/receipt, to send an inbound Open Receipt Message]  In order to call this endpoint you will need OAuth token generated using OAuth client credentials authorized with at least messaging scope. This will either generate a new Conversation, or be a part of an existing conversation. See https://developer.genesys.cloud/api/digital/openmessaging/ for example usage.
         * @deprecated This API is deprecated.
         * @permissions ALL: `conversation:message:receive`
         */
        post: operations["postConversationsMessagesInboundOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/facebook/app": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Genesys Facebook App Id
         * @permissions ALL: `messaging:integration:add`
         */
        get: operations["getConversationsMessagingFacebookApp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/facebook/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Facebook Permissions
         * @permissions ANY: any one of `messaging:integration:add`, `messaging:integration:edit`, `messaging:conversationInstagramIntegration:add`
         */
        get: operations["getConversationsMessagingFacebookPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/identityresolution/integrations/apple/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Apple messaging integration identity resolution settings
         * @permissions ALL: all of `messaging:integration:view`, `messaging:identityResolutionApple:view`
         */
        get: operations["getConversationsMessagingIdentityresolutionIntegrationsAppleIntegrationId"];
        /**
         * Create an identity resolution settings for a Apple messaging integration
         * @permissions ALL: all of `messaging:integration:edit`, `messaging:identityResolutionApple:edit`
         */
        put: operations["putConversationsMessagingIdentityresolutionIntegrationsAppleIntegrationId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/identityresolution/integrations/facebook/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Facebook messaging integration identity resolution settings
         * @permissions ALL: all of `messaging:integration:view`, `messaging:identityResolutionFacebook:view`
         */
        get: operations["getConversationsMessagingIdentityresolutionIntegrationsFacebookIntegrationId"];
        /**
         * Create an identity resolution settings for a Facebook messaging integration
         * @permissions ALL: all of `messaging:integration:edit`, `messaging:identityResolutionFacebook:edit`
         */
        put: operations["putConversationsMessagingIdentityresolutionIntegrationsFacebookIntegrationId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/identityresolution/integrations/instagram/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Instagram integration identity resolution settings
         * @permissions ALL: all of `messaging:integration:view`, `messaging:identityResolutionInstagram:view`
         */
        get: operations["getConversationsMessagingIdentityresolutionIntegrationsInstagramIntegrationId"];
        /**
         * Create identity resolution settings for an Instagram messaging integration
         * @permissions ALL: all of `messaging:integration:edit`, `messaging:identityResolutionInstagram:edit`
         */
        put: operations["putConversationsMessagingIdentityresolutionIntegrationsInstagramIntegrationId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/identityresolution/integrations/open/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an open messaging integration Identity Resolution settings
         * @permissions ALL: all of `messaging:integration:view`, `messaging:identityResolutionOpen:view`
         */
        get: operations["getConversationsMessagingIdentityresolutionIntegrationsOpenIntegrationId"];
        /**
         * Update an open messaging integration Identity Resolution settings
         * @permissions ALL: all of `messaging:integration:edit`, `messaging:identityResolutionOpen:edit`
         */
        put: operations["putConversationsMessagingIdentityresolutionIntegrationsOpenIntegrationId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/identityresolution/integrations/twitter/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get X (Formally Twitter) messaging integration identity resolution settings
         * @permissions ALL: all of `messaging:integration:view`, `messaging:identityResolutionX:view`
         */
        get: operations["getConversationsMessagingIdentityresolutionIntegrationsTwitterIntegrationId"];
        /**
         * Create an identity resolution settings for an X (Formally Twitter) messaging integration
         * @permissions ALL: all of `messaging:XIntegration:edit`, `messaging:identityResolutionX:edit`
         */
        put: operations["putConversationsMessagingIdentityresolutionIntegrationsTwitterIntegrationId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/identityresolution/integrations/whatsapp/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a whatsApp integration Identity Resolution settings
         * @permissions ALL: all of `messaging:integration:view`, `messaging:identityResolutionWhatsApp:view`
         */
        get: operations["getConversationsMessagingIdentityresolutionIntegrationsWhatsappIntegrationId"];
        /**
         * Update a whatsApp integration Identity Resolution settings
         * @permissions ALL: all of `messaging:integration:edit`, `messaging:identityResolutionWhatsApp:edit`
         */
        put: operations["putConversationsMessagingIdentityresolutionIntegrationsWhatsappIntegrationId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Integrations
         * @permissions ALL: `messaging:integration:view`
         */
        get: operations["getConversationsMessagingIntegrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/{integrationId}/twitter/oauth/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get twitter oauth settings to patch an integration
         * @permissions ALL: `messaging:XIntegration:add`
         */
        get: operations["getConversationsMessagingIntegrationTwitterOauthSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/apple": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Apple Integrations
         * @permissions ALL: `messaging:integration:view`
         */
        get: operations["getConversationsMessagingIntegrationsApple"];
        put?: never;
        /**
         * Create Apple Integration
         * @permissions ALL: `messaging:appleIntegration:add`
         */
        post: operations["postConversationsMessagingIntegrationsApple"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/apple/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Apple messaging integration
         * @permissions ALL: `messaging:integration:view`
         */
        get: operations["getConversationsMessagingIntegrationsAppleIntegrationId"];
        put?: never;
        post?: never;
        /**
         * Delete an Apple messaging integration
         * @permissions ALL: `messaging:integration:delete`
         */
        delete: operations["deleteConversationsMessagingIntegrationsAppleIntegrationId"];
        options?: never;
        head?: never;
        /**
         * Update an Apple messaging integration
         * @permissions ALL: `messaging:appleIntegration:edit`
         */
        patch: operations["patchConversationsMessagingIntegrationsAppleIntegrationId"];
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/facebook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Facebook Integrations
         * @permissions ALL: `messaging:integration:view`
         */
        get: operations["getConversationsMessagingIntegrationsFacebook"];
        put?: never;
        /**
         * Create a Facebook Integration
         * @permissions ALL: `messaging:integration:add`
         */
        post: operations["postConversationsMessagingIntegrationsFacebook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/facebook/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Facebook messaging integration
         * @permissions ALL: `messaging:integration:view`
         */
        get: operations["getConversationsMessagingIntegrationsFacebookIntegrationId"];
        put?: never;
        post?: never;
        /**
         * Delete a Facebook messaging integration
         * @permissions ALL: `messaging:integration:delete`
         */
        delete: operations["deleteConversationsMessagingIntegrationsFacebookIntegrationId"];
        options?: never;
        head?: never;
        /**
         * Update Facebook messaging integration
         * @permissions ALL: `messaging:integration:edit`
         */
        patch: operations["patchConversationsMessagingIntegrationsFacebookIntegrationId"];
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/instagram": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Instagram Integrations
         * @permissions ALL: `messaging:integration:view`
         */
        get: operations["getConversationsMessagingIntegrationsInstagram"];
        put?: never;
        /**
         * Create Instagram Integration
         * @permissions ALL: `messaging:conversationInstagramIntegration:add`
         */
        post: operations["postConversationsMessagingIntegrationsInstagram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/instagram/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Instagram messaging integration
         * @permissions ALL: `messaging:integration:view`
         */
        get: operations["getConversationsMessagingIntegrationsInstagramIntegrationId"];
        put?: never;
        post?: never;
        /**
         * Delete Instagram messaging integration
         * @permissions ALL: `messaging:integration:delete`
         */
        delete: operations["deleteConversationsMessagingIntegrationsInstagramIntegrationId"];
        options?: never;
        head?: never;
        /**
         * Update Instagram messaging integration
         * @permissions ALL: `messaging:integration:edit`
         */
        patch: operations["patchConversationsMessagingIntegrationsInstagramIntegrationId"];
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Open messaging integrations
         * @description See https://developer.genesys.cloud/api/digital/openmessaging/ for more information.
         * @permissions ALL: `messaging:integration:view`
         */
        get: operations["getConversationsMessagingIntegrationsOpen"];
        put?: never;
        /**
         * Create an Open messaging integration
         * @description See https://developer.genesys.cloud/api/digital/openmessaging/ for more information.
         * @permissions ALL: `messaging:integration:add`
         */
        post: operations["postConversationsMessagingIntegrationsOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/open/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Open messaging integration
         * @description See https://developer.genesys.cloud/api/digital/openmessaging/ for more information.
         * @permissions ALL: `messaging:integration:view`
         */
        get: operations["getConversationsMessagingIntegrationsOpenIntegrationId"];
        put?: never;
        post?: never;
        /**
         * Delete an Open messaging integration
         * @description See https://developer.genesys.cloud/api/digital/openmessaging/ for more information.
         * @permissions ALL: `messaging:integration:delete`
         */
        delete: operations["deleteConversationsMessagingIntegrationsOpenIntegrationId"];
        options?: never;
        head?: never;
        /**
         * Update an Open messaging integration
         * @description See https://developer.genesys.cloud/api/digital/openmessaging/ for more information.
         * @permissions ALL: `messaging:integration:edit`
         */
        patch: operations["patchConversationsMessagingIntegrationsOpenIntegrationId"];
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/open/extensions/googlebusinessprofile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an Open messaging integration with the Google Business Profile extension
         * @description See https://developer.genesys.cloud/api/digital/openmessaging/ for more information.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `messaging:googleBusinessProfileIntegration:add`
         */
        post: operations["postConversationsMessagingIntegrationsOpenExtensionsGooglebusinessprofile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/open/extensions/googlebusinessprofile/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Open messaging integration with the Google Business Profile extension
         * @description See https://developer.genesys.cloud/api/digital/openmessaging/ for more information.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `messaging:integration:view`
         */
        get: operations["getConversationsMessagingIntegrationsOpenExtensionsGooglebusinessprofileIntegrationId"];
        put?: never;
        post?: never;
        /**
         * Delete an Open messaging integration with the Google Business Profile extension
         * @description See https://developer.genesys.cloud/api/digital/openmessaging/ for more information.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `messaging:integration:delete`
         */
        delete: operations["deleteConversationsMessagingIntegrationsOpenExtensionsGooglebusinessprofileIntegrationId"];
        options?: never;
        head?: never;
        /**
         * Update an Open messaging integration with the Google Business Profile extension
         * @description See https://developer.genesys.cloud/api/digital/openmessaging/ for more information.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `messaging:googleBusinessProfileIntegration:edit`
         */
        patch: operations["patchConversationsMessagingIntegrationsOpenExtensionsGooglebusinessprofileIntegrationId"];
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/open/extensions/googlebusinessprofile/oauth/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Google Business Profile OAuth 2 settings
         * @description See https://developer.genesys.cloud/api/digital/openmessaging/ for more information.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `messaging:googleBusinessProfileOAuthSettings:view`
         */
        get: operations["getConversationsMessagingIntegrationsOpenExtensionsGooglebusinessprofileOauthSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/open/extensions/googlebusinessprofile/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Google Auth Token by exchanging the one-time auth code retrieved from Google
         * @description See https://developer.genesys.cloud/api/digital/openmessaging/ for more information.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `messaging:googleBusinessProfileToken:add`
         */
        post: operations["postConversationsMessagingIntegrationsOpenExtensionsGooglebusinessprofileTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/open/extensions/googlebusinessprofile/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Google Auth Token
         * @description See https://developer.genesys.cloud/api/digital/openmessaging/ for more information.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `messaging:googleBusinessProfileToken:view`
         */
        get: operations["getConversationsMessagingIntegrationsOpenExtensionsGooglebusinessprofileToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/open/extensions/googlebusinessprofile/tokens/{tokenId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Google Business Profile accounts
         * @description See https://developer.genesys.cloud/api/digital/openmessaging/ for more information.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `messaging:googleBusinessProfileAccount:view`
         */
        get: operations["getConversationsMessagingIntegrationsOpenExtensionsGooglebusinessprofileTokenAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/twitter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Twitter Integrations
         * @permissions ALL: `messaging:integration:view`
         */
        get: operations["getConversationsMessagingIntegrationsTwitter"];
        put?: never;
        /**
         * Create Twitter Integration
         * @permissions ALL: `messaging:XIntegration:add`
         */
        post: operations["postConversationsMessagingIntegrationsTwitter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/twitter/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Twitter messaging integration
         * @permissions ALL: `messaging:integration:view`
         */
        get: operations["getConversationsMessagingIntegrationsTwitterIntegrationId"];
        put?: never;
        post?: never;
        /**
         * Delete Twitter messaging integration
         * @permissions ALL: `messaging:integration:delete`
         */
        delete: operations["deleteConversationsMessagingIntegrationsTwitterIntegrationId"];
        options?: never;
        head?: never;
        /**
         * Update a Twitter messaging integration
         * @permissions ALL: `messaging:XIntegration:edit`
         */
        patch: operations["patchConversationsMessagingIntegrationsTwitterIntegrationId"];
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/twitter/oauth/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get twitter oauth settings
         * @permissions ALL: `messaging:XIntegration:add`
         */
        get: operations["getConversationsMessagingIntegrationsTwitterOauthSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/whatsapp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of WhatsApp Integrations
         * @permissions ALL: `messaging:integration:view`
         */
        get: operations["getConversationsMessagingIntegrationsWhatsapp"];
        put?: never;
        /**
         * [This API is deprecated. Use POST /api/v2/conversations/messaging/integrations/whatsapp/embeddedsignup instead] Create a WhatsApp Integration
         * @description [This API is deprecated. Use POST /api/v2/conversations/messaging/integrations/whatsapp/embeddedsignup instead] You must be approved by WhatsApp to use this feature. Your approved e164-formatted phone number and valid WhatsApp certificate for your number are required. Your WhatsApp certificate must have valid base64 encoding. Please paste carefully and do not add any leading or trailing spaces. Do not alter any characters. An integration must be activated within 7 days of certificate generation. If you cannot complete the addition and activation of the number within 7 days, please obtain a new certificate before creating the integration. Integrations created with an invalid number or certificate may immediately incur additional integration fees. Please carefully enter your number and certificate as described.
         * @deprecated This API is deprecated.
         * @permissions ALL: `messaging:whatsappIntegration:add`
         */
        post: operations["postConversationsMessagingIntegrationsWhatsapp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/whatsapp/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a WhatsApp messaging integration
         * @permissions ALL: `messaging:integration:view`
         */
        get: operations["getConversationsMessagingIntegrationsWhatsappIntegrationId"];
        put?: never;
        post?: never;
        /**
         * Delete a WhatsApp messaging integration
         * @permissions ALL: `messaging:integration:delete`
         */
        delete: operations["deleteConversationsMessagingIntegrationsWhatsappIntegrationId"];
        options?: never;
        head?: never;
        /**
         * Update a WhatsApp messaging integration
         * @permissions ALL: `messaging:integration:edit`
         */
        patch: operations["patchConversationsMessagingIntegrationsWhatsappIntegrationId"];
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/whatsapp/embeddedsignup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a WhatsApp Integration using the WhatsApp embedded signup flow
         * @description Use the access token (Embedded Signup v2) or the OAuth code and session_info IDs (Embedded Signup v4) from the embedded signup flow. Creation is asynchronous; poll GET until createStatus is Completed. Embedded Signup v2: name is required; select an E.164 number from availablePhoneNumbers and pass it to PATCH. Embedded Signup v4: name is optional; activate with pin only.
         * @permissions ALL: `messaging:whatsappIntegration:add`
         */
        post: operations["postConversationsMessagingIntegrationsWhatsappEmbeddedsignup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/integrations/whatsapp/embeddedsignup/{integrationId}": {
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
         * Activate a WhatsApp messaging integration created using the WhatsApp embedded signup flow
         * @description Supply the two-step verification PIN. Embedded Signup v2: phoneNumber (E.164 from availablePhoneNumbers) and pin. Embedded Signup v4: pin only. Poll GET until status is Active.
         * @permissions ALL: `messaging:integration:edit`
         */
        patch: operations["patchConversationsMessagingIntegrationsWhatsappEmbeddedsignupIntegrationId"];
        trace?: never;
    };
    "/api/v2/conversations/messaging/oauth/apple/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Call Authentication provider callback to validate state and code
         * @permissions none required
         */
        get: operations["getConversationsMessagingOauthAppleCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of messaging settings
         * @permissions ALL: `messaging:setting:view`
         */
        get: operations["getConversationsMessagingSettings"];
        put?: never;
        /**
         * Create a messaging setting
         * @permissions ALL: `messaging:setting:add`
         */
        post: operations["postConversationsMessagingSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/settings/{messageSettingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a messaging setting
         * @permissions ALL: `messaging:setting:view`
         */
        get: operations["getConversationsMessagingSetting"];
        put?: never;
        post?: never;
        /**
         * Delete a messaging setting
         * @permissions ALL: `messaging:setting:delete`
         */
        delete: operations["deleteConversationsMessagingSetting"];
        options?: never;
        head?: never;
        /**
         * Update a messaging setting
         * @permissions ALL: `messaging:setting:edit`
         */
        patch: operations["patchConversationsMessagingSetting"];
        trace?: never;
    };
    "/api/v2/conversations/messaging/settings/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the organization's default settings that will be used as the default when creating an integration.
         * @description When an integration is created a settings ID may be assigned to it. If the settings ID is not supplied, the default settings will be assigned to it.
         * @permissions ALL: `messaging:setting:view`
         */
        get: operations["getConversationsMessagingSettingsDefault"];
        /**
         * Set the organization's default setting that may be applied to to integrations without settings
         * @description When an integration is created a settings ID may be assigned to it. If the settings ID is not supplied, the default settings will be assigned to it.
         * @permissions ALL: `messaging:setting:edit`
         */
        put: operations["putConversationsMessagingSettingsDefault"];
        post?: never;
        /**
         * Delete the organization's default setting, a global default will be applied to integrations without settings
         * @description When an integration is created a settings ID may be assigned to it. If the settings ID is not supplied, the default settings will be assigned to it.
         * @permissions ALL: `messaging:setting:delete`
         */
        delete: operations["deleteConversationsMessagingSettingsDefault"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/supportedcontent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Supported Content profiles
         * @permissions ALL: `messaging:supportedContent:view`
         */
        get: operations["getConversationsMessagingSupportedcontent"];
        put?: never;
        /**
         * Create a Supported Content profile
         * @permissions ANY: `messaging:supportedContent:add`
         */
        post: operations["postConversationsMessagingSupportedcontent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/supportedcontent/{supportedContentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a supported content profile
         * @permissions ALL: `messaging:supportedContent:view`
         */
        get: operations["getConversationsMessagingSupportedcontentSupportedContentId"];
        put?: never;
        post?: never;
        /**
         * Delete a supported content profile
         * @permissions ALL: `messaging:supportedContent:delete`
         */
        delete: operations["deleteConversationsMessagingSupportedcontentSupportedContentId"];
        options?: never;
        head?: never;
        /**
         * Update a supported content profile
         * @permissions ALL: `messaging:supportedContent:edit`
         */
        patch: operations["patchConversationsMessagingSupportedcontentSupportedContentId"];
        trace?: never;
    };
    "/api/v2/conversations/messaging/supportedcontent/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the organization's default supported content profile that will be used as the default when creating an integration.
         * @description When an integration is created a supported content ID may be assigned to it. If the supported content ID is not supplied, the default supported content profile will be assigned to it.
         * @permissions ALL: `messaging:supportedContent:view`
         */
        get: operations["getConversationsMessagingSupportedcontentDefault"];
        /**
         * Set the organization's default supported content profile that may be assigned to an integration when it is created.
         * @description When an integration is created a supported content ID may be assigned to it. If the supported content ID is not supplied, the default supported content profile will be assigned to it.
         * @permissions ALL: `messaging:supportedContent:edit`
         */
        put: operations["putConversationsMessagingSupportedcontentDefault"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/messaging/threadingtimeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get conversation threading window timeline for each messaging type
         * @description Conversation messaging threading timeline is a setting defined for each messenger type in your organization. This setting will dictate whether a new message is added to the most recent existing conversation, or creates a new Conversation. If the existing Conversation is still in a connected state the threading timeline setting will never play a role. After the conversation is disconnected, if an inbound message is received or an outbound message is sent after the setting for threading timeline expires, a new conversation is created.
         * @permissions ALL: `conversation:threadingTimeline:view`
         */
        get: operations["getConversationsMessagingThreadingtimeline"];
        /**
         * Update conversation threading window timeline for each messaging type
         * @description PUT Conversation messaging threading timeline is intended to set the conversation threading settings for ALL messengerTypes. If you omit a messengerType in the request body then the setting for that messengerType will use the platform default value. The PUT replaces the existing setting(s) that were previously set for each messengerType.
         * @permissions ALL: `conversation:threadingTimeline:edit`
         */
        put: operations["putConversationsMessagingThreadingtimeline"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/participants/attributes/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search conversations
         * @permissions ANY: `conversation:participant:attributesview`
         */
        post: operations["postConversationsParticipantsAttributesSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/screenshares/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the wrap-up for this conversation communication.
         * @description This endpoint is deprecated. Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @deprecated Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @permissions none required
         */
        get: operations["getConversationsScreenshareParticipantCommunicationWrapup"];
        put?: never;
        /**
         * Apply wrap-up for this conversation communication
         * @description This endpoint is deprecated. Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @deprecated Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @permissions ANY: `conversation:participant:wrapup`
         */
        post: operations["postConversationsScreenshareParticipantCommunicationWrapup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/screenshares/{conversationId}/recordingstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a conversation by setting its recording state
         * @description This endpoint is deprecated. Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @deprecated Please see the article https://help.genesys.cloud/articles/deprecation-legacy-co-browse-and-screenshare/
         * @permissions ANY: `conversation:recording:pauseOthers`
         */
        put: operations["putConversationsScreenshareRecordingstate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Settings
         * @permissions ANY: `conversation:settings:view`
         */
        get: operations["getConversationsSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Settings
         * @permissions ANY: `conversation:settings:edit`
         */
        patch: operations["patchConversationsSettings"];
        trace?: never;
    };
    "/api/v2/conversations/socials/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the wrap-up for this conversation communication.
         * @permissions none required
         */
        get: operations["getConversationsSocialParticipantCommunicationWrapup"];
        put?: never;
        /**
         * Apply wrap-up for this conversation communication
         * @permissions ANY: `conversation:participant:wrapup`
         */
        post: operations["postConversationsSocialParticipantCommunicationWrapup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/socials/{conversationId}/recordingstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a conversation by setting its recording state
         * @permissions ANY: `conversation:recording:pauseOthers`
         */
        put: operations["putConversationsSocialRecordingstate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/videos/{conferenceId}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get video conference details (e.g. the current number of active participants).
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `video:video:access`
         */
        get: operations["getConversationsVideoDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/videos/{conversationId}/agentconference/communications/{communicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an Agent-Type video conference and assign an agent to it
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `conversation:video:add`
         */
        post: operations["postConversationsVideoAgentconferenceCommunication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/videos/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the wrap-up for this conversation communication.
         * @permissions none required
         */
        get: operations["getConversationsVideoParticipantCommunicationWrapup"];
        put?: never;
        /**
         * Apply wrap-up for this conversation communication
         * @permissions ANY: `conversation:participant:wrapup`
         */
        post: operations["postConversationsVideoParticipantCommunicationWrapup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/videos/{conversationId}/recordingstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a conversation by setting its recording state
         * @permissions ANY: `conversation:recording:pauseOthers`
         */
        put: operations["putConversationsVideoRecordingstate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/videos/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a meetingId for a given conferenceId
         * @permissions ANY: `video:video:access`
         */
        post: operations["postConversationsVideosMeetings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/videos/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a record for a given meetingId
         * @permissions ANY: `video:video:access`
         */
        get: operations["getConversationsVideosMeeting"];
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
        ActivationTrigger: {
            intentId?: string;
            intentName?: string;
            triggerDate?: string;
            triggerType?: string;
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
        AdditionalMessage: {
            mediaIds?: string[];
            messagingTemplate?: components["schemas"]["SendMessagingTemplateRequest"];
            textBody: string;
        };
        AdditionalSocialMediaMessage: {
            inReplyToMessageId: string;
            mediaIds?: string[];
            textBody?: string;
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
        AfterCallWorkUpdate: {
            afterCallWorkRequired: boolean;
        };
        AgentAction: {
            agentAction: string;
            id: string;
            name: string;
            selfUri?: string;
        };
        AgentActionPayload: {
            afterCallWork?: boolean;
            checklistItems: components["schemas"]["AgentAction"][];
        };
        AgentChecklistInfo: {
            checklistItems: components["schemas"]["ChecklistItem"][];
            id: string;
            name: string;
            selfUri?: string;
        };
        AgentChecklistResponse: {
            activationTriggers?: components["schemas"]["ActivationTrigger"][];
            agentId?: string;
            assistantId?: string;
            checklistItems: components["schemas"]["ChecklistItem"][];
            direction?: string;
            errorCode?: string;
            errorMessage?: string;
            evaluationFinalizedDate?: string;
            evaluationFinalizedWithAcwDate?: string;
            evaluationLastModifiedDate?: string;
            evaluationStartDate?: string;
            exitReason?: string;
            id: string;
            language: string;
            mediaType?: string;
            name: string;
            participantId?: string;
            preview?: boolean;
            queueId?: string;
            selfUri?: string;
            status: string;
            success?: boolean;
        };
        AgentChecklistResponseList: {
            entities?: components["schemas"]["AgentChecklistResponse"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        AgentlessEmailSendRequestDto: {
            conversationId?: string;
            fromAddress: components["schemas"]["EmailAddress"];
            htmlBody?: string;
            replyToAddress?: components["schemas"]["EmailAddress"];
            senderType: string;
            subject?: string;
            textBody?: string;
            toAddresses: components["schemas"]["EmailAddress"][];
        };
        AgentlessEmailSendResponseDto: {
            conversationId: string;
            dateCreated: string;
            fromAddress: components["schemas"]["EmailAddress"];
            id?: string;
            replyToAddress?: components["schemas"]["EmailAddress"];
            selfUri?: string;
            senderType: string;
            subject?: string;
            toAddresses: components["schemas"]["EmailAddress"][];
        };
        AgentOwnedRouting: {
            enableAgentOwnedCallbacks?: boolean;
            maxOwnedCallbackDelayHours?: number;
            maxOwnedCallbackHours?: number;
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
        AggregationResult: {
            /** Format: int64 */
            count?: number;
            /** @description For termFrequency aggregations */
            dimension?: string;
            /** @description For numericRange aggregations */
            metric?: string;
            results?: components["schemas"]["AggregationResultEntry"][];
            /** @enum {string} */
            type?: "termFrequency" | "numericRange" | (string & {});
        };
        AggregationResultEntry: {
            /** Format: int64 */
            count?: number;
            /** @description For numericRange aggregations */
            gte?: number;
            /** @description For numericRange aggregations */
            lt?: number;
            /** @description For termFrequency aggregations */
            value?: string;
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
        AnalyticsAgentGroup: {
            agentGroupId?: string;
            agentGroupType?: string;
        };
        AnalyticsConversation: {
            accessAttributes?: string[];
            associatedConversationId?: string;
            conferenceStart?: string;
            consultationConversationIds?: string[];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            conversationEnd?: string;
            conversationId?: string;
            conversationInitiator?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            conversationStart?: string;
            customerParticipation?: boolean;
            divisionIds?: string[];
            evaluations?: components["schemas"]["AnalyticsEvaluation"][];
            externalTag?: string;
            inactivityTimeout?: string;
            knowledgeBaseIds?: string[];
            mediaStatsMinConversationMos?: number;
            mediaStatsMinConversationRFactor?: number;
            originatingDirection?: string;
            originatingSocialMediaPublic?: boolean;
            participants?: components["schemas"]["AnalyticsParticipant"][];
            resolutions?: components["schemas"]["AnalyticsResolution"][];
            selfServed?: boolean;
            surveys?: components["schemas"]["AnalyticsSurvey"][];
        };
        AnalyticsConversationAsyncQueryResponse: {
            conversations?: components["schemas"]["AnalyticsConversation"][];
            cursor?: string;
            dataAvailabilityDate?: string;
        };
        AnalyticsConversationQueryResponse: {
            aggregations?: components["schemas"]["AggregationResult"][];
            conversations?: components["schemas"]["AnalyticsConversationWithoutAttributes"][];
            totalHits?: number;
        };
        AnalyticsConversationSegment: {
            audioMuted?: boolean;
            conference?: boolean;
            destinationConversationId?: string;
            destinationSessionId?: string;
            /** @enum {string} */
            disconnectType?: "endpoint" | "client" | "system" | "transfer" | "error" | "peer" | "other" | "spam" | "transportFailure" | "conferenceTransfer" | "consultTransfer" | "forwardTransfer" | "timeout" | "noAnswerTransfer" | "notAvailableTransfer" | (string & {});
            errorCode?: string;
            groupId?: string;
            properties?: components["schemas"]["AnalyticsProperty"][];
            q850ResponseCodes?: number[];
            queueId?: string;
            requestedLanguageId?: string;
            requestedRoutingSkillIds?: string[];
            requestedRoutingUserIds?: string[];
            scoredAgents?: components["schemas"]["AnalyticsScoredAgent"][];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            segmentEnd?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            segmentStart?: string;
            /** @enum {string} */
            segmentType?: "unknown" | "alert" | "system" | "delay" | "hold" | "interact" | "ivr" | "dialing" | "wrapup" | "voicemail" | "scheduled" | (string & {});
            sipResponseCodes?: number[];
            sourceConversationId?: string;
            sourceSessionId?: string;
            subject?: string;
            videoMuted?: boolean;
            wrapUpCode?: string;
            wrapUpNote?: string;
            wrapUpTags?: string[];
        };
        AnalyticsConversationWithoutAttributes: {
            accessAttributes?: string[];
            associatedConversationId?: string;
            conferenceStart?: string;
            consultationConversationIds?: string[];
            conversationEnd?: string;
            conversationId?: string;
            conversationInitiator?: string;
            conversationStart?: string;
            customerParticipation?: boolean;
            divisionIds?: string[];
            evaluations?: components["schemas"]["AnalyticsEvaluation"][];
            externalTag?: string;
            inactivityTimeout?: string;
            knowledgeBaseIds?: string[];
            mediaStatsMinConversationMos?: number;
            mediaStatsMinConversationRFactor?: number;
            originatingDirection?: string;
            originatingSocialMediaPublic?: boolean;
            participants?: components["schemas"]["AnalyticsParticipantWithoutAttributes"][];
            resolutions?: components["schemas"]["AnalyticsResolution"][];
            selfServed?: boolean;
            surveys?: components["schemas"]["AnalyticsSurvey"][];
        };
        AnalyticsConversationWithoutAttributesMultiGetResponse: {
            conversations?: components["schemas"]["AnalyticsConversationWithoutAttributes"][];
        };
        AnalyticsEvaluation: {
            assigneeApplicable?: boolean;
            assigneeId?: string;
            calibrationId?: string;
            contextId?: string;
            deleted?: boolean;
            evaluationId?: string;
            evaluationStatus?: string;
            evaluatorId?: string;
            eventTime?: string;
            formId?: string;
            formName?: string;
            oTotalCriticalScore?: number;
            oTotalScore?: number;
            queueId?: string;
            released?: boolean;
            rescored?: boolean;
            systemSubmitted?: boolean;
            userId?: string;
        };
        AnalyticsFlow: {
            endingLanguage?: string;
            entryReason?: string;
            entryType?: string;
            exitReason?: string;
            flowId?: string;
            flowName?: string;
            flowType?: string;
            flowVersion?: string;
            issuedCallback?: boolean;
            outcomes?: components["schemas"]["AnalyticsFlowOutcome"][];
            recognitionFailureReason?: string;
            startingLanguage?: string;
            transferTargetAddress?: string;
            transferTargetName?: string;
            transferType?: string;
        };
        AnalyticsFlowOutcome: {
            flowOutcome?: string;
            flowOutcomeEndTimestamp?: string;
            flowOutcomeId?: string;
            flowOutcomeStartTimestamp?: string;
            flowOutcomeValue?: string;
        };
        AnalyticsMediaEndpointStat: {
            codecs?: string[];
            discardedPackets?: number;
            duplicatePackets?: number;
            eventTime?: string;
            invalidPackets?: number;
            maxLatencyMs?: number;
            minMos?: number;
            minRFactor?: number;
            overrunPackets?: number;
            receivedPackets?: number;
            underrunPackets?: number;
        };
        AnalyticsParticipant: {
            attributes?: {
                [key: string]: string;
            };
            externalContactId?: string;
            externalOrganizationId?: string;
            flaggedReason?: string;
            participantId?: string;
            participantName?: string;
            /** @enum {string} */
            purpose?: "manual" | "dialer" | "inbound" | "acd" | "ivr" | "voicemail" | "outbound" | "agent" | "user" | "station" | "group" | "customer" | "external" | (string & {});
            screenRecording?: boolean;
            sessions?: components["schemas"]["AnalyticsSession"][];
            teamId?: string;
            userId?: string;
        };
        AnalyticsParticipantWithoutAttributes: {
            externalContactId?: string;
            externalOrganizationId?: string;
            flaggedReason?: string;
            participantId?: string;
            participantName?: string;
            purpose?: string;
            screenRecording?: boolean;
            sessions?: components["schemas"]["AnalyticsSession"][];
            teamId?: string;
            userId?: string;
        };
        AnalyticsProperty: {
            /** @description User-defined rather than intrinsic system-observed values. These are tagged onto segments by other components within PureCloud or by API users directly.  This is the name of the user-defined property. */
            property?: string;
            /**
             * @description Indicates what the data type is (e.g. integer vs string) and therefore how to evaluate what would constitute a match
             * @enum {string}
             */
            propertyType?: "bool" | "integer" | "real" | "date" | "string" | "uuid" | (string & {});
            /** @description What property value to match against */
            value?: string;
        };
        AnalyticsProposedAgent: {
            agentRank?: number;
            proposedAgentId?: string;
        };
        AnalyticsQueryAggregation: {
            /** @description For use with termFrequency aggregations */
            dimension?: string;
            /** @description For use with numericRange aggregations */
            metric?: string;
            /** @description For use with numericRange aggregations */
            ranges?: components["schemas"]["AggregationRange"][];
            /**
             * Format: int32
             * @description For use with termFrequency aggregations
             */
            size?: number;
            /**
             * @description Optional type, can usually be inferred
             * @enum {string}
             */
            type?: "termFrequency" | "numericRange" | (string & {});
        };
        AnalyticsResolution: {
            eventTime?: string;
            nNextContactAvoided?: number;
            queueId?: string;
            userId?: string;
        };
        AnalyticsScoredAgent: {
            agentScore?: number;
            scoredAgentId?: string;
        };
        AnalyticsSession: {
            activeSkillIds?: string[];
            acwSkipped?: boolean;
            addressFrom?: string;
            addressOther?: string;
            addressSelf?: string;
            addressTo?: string;
            agentAssistantId?: string;
            agentBullseyeRing?: number;
            agentGroups?: components["schemas"]["AnalyticsAgentGroup"][];
            agentOwned?: boolean;
            ani?: string;
            assignerId?: string;
            authenticated?: boolean;
            bargedParticipantId?: string;
            bcc?: string[];
            callbackNumbers?: string[];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            callbackScheduledTime?: string;
            callbackUserName?: string;
            cc?: string[];
            cleared?: boolean;
            coachedParticipantId?: string;
            cobrowseRole?: string;
            cobrowseRoomId?: string;
            deliveryPushed?: boolean;
            deliveryStatus?: string;
            deliveryStatusChangeDate?: string;
            destinationAddresses?: string[];
            detectedSpeechEnd?: string;
            detectedSpeechStart?: string;
            /** @enum {string} */
            direction?: "inbound" | "outbound" | (string & {});
            dispositionAnalyzer?: string;
            dispositionName?: string;
            dnis?: string;
            edgeId?: string;
            eligibleAgentCounts?: number[];
            engagementSource?: string;
            errorCodeDescription?: string;
            extendedDeliveryStatus?: string;
            flow?: components["schemas"]["AnalyticsFlow"];
            flowInType?: string;
            flowOutType?: string;
            journeyActionId?: string;
            journeyActionMapId?: string;
            journeyActionMapVersion?: number;
            journeyCustomerId?: string;
            journeyCustomerIdType?: string;
            journeyCustomerSessionId?: string;
            journeyCustomerSessionIdType?: string;
            mediaBridgeId?: string;
            mediaCount?: number;
            mediaEndpointStats?: components["schemas"]["AnalyticsMediaEndpointStat"][];
            /** @enum {string} */
            mediaType?: "voice" | "chat" | "email" | "callback" | "cobrowse" | "video" | "screenshare" | (string & {});
            messageType?: string;
            metrics?: components["schemas"]["AnalyticsSessionMetric"][];
            monitoredParticipantId?: string;
            outboundCampaignId?: string;
            outboundContactId?: string;
            outboundContactListId?: string;
            peerId?: string;
            proposedAgents?: components["schemas"]["AnalyticsProposedAgent"][];
            protocolCallId?: string;
            provider?: string;
            recording?: boolean;
            remote?: string;
            remoteNameDisplayable?: string;
            removedSkillIds?: string[];
            requestedRoutings?: string[];
            roomId?: string;
            routingRing?: number;
            routingRule?: string;
            routingRuleType?: string;
            screenMonitoredUserId?: string;
            screenShareAddressSelf?: string;
            screenShareRoomId?: string;
            scriptId?: string;
            segments?: components["schemas"]["AnalyticsConversationSegment"][];
            selectedAgentId?: string;
            selectedAgentRank?: number;
            sessionDnis?: string;
            sessionId?: string;
            sharingScreen?: boolean;
            skillExpressionId?: string;
            skipEnabled?: boolean;
            snippetRecording?: boolean;
            /** Format: int32 */
            timeoutSeconds?: number;
            usedRouting?: string;
            videoAddressSelf?: string;
            videoRoomId?: string;
            waitingInteractionCounts?: number[];
        };
        AnalyticsSessionMetric: {
            emitDate?: string;
            name?: string;
            value?: number;
        };
        AnalyticsSurvey: {
            eventTime?: string;
            oSurveyTotalScore?: number;
            queueId?: string;
            surveyCompletedDate?: string;
            surveyFormContextId?: string;
            surveyFormId?: string;
            surveyFormName?: string;
            surveyId?: string;
            surveyPartialResponse?: boolean;
            surveyPromoterScore?: number;
            surveyStatus?: string;
            surveyType?: string;
            userId?: string;
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
        AppleAuthentication: {
            oauthClientId?: string;
            oauthClientSecret?: string;
            oauthScope?: string;
            oauthTokenUrl?: string;
        };
        AppleIdentityResolutionConfig: {
            division?: components["schemas"]["WritableStarrableDivision"];
            resolveIdentities: boolean;
            selfUri?: string;
        };
        AppleIMessageApp: {
            applicationId: string;
            applicationName: string;
            bundleId: string;
        };
        AppleIntegration: {
            appleAuthentication?: components["schemas"]["AppleAuthentication"];
            appleIMessageApp?: components["schemas"]["AppleIMessageApp"];
            applePay?: components["schemas"]["ApplePay"];
            businessName?: string;
            createdBy?: components["schemas"]["DomainEntityRef"];
            createError?: components["schemas"]["ErrorBody"];
            createStatus?: string;
            dateCreated?: string;
            dateModified?: string;
            id: string;
            identityResolution?: components["schemas"]["AppleIdentityResolutionConfig"];
            logoUrl?: string;
            messagesForBusinessId: string;
            messagingSetting?: components["schemas"]["MessagingSettingReference"];
            modifiedBy?: components["schemas"]["DomainEntityRef"];
            name: string;
            recipient?: components["schemas"]["DomainEntityRef"];
            selfUri?: string;
            status?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
        };
        AppleIntegrationEntityListing: {
            entities?: components["schemas"]["AppleIntegration"][];
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
        AppleIntegrationRequest: {
            appleAuthentication?: components["schemas"]["AppleAuthentication"];
            appleIMessageApp?: components["schemas"]["AppleIMessageApp"];
            applePay?: components["schemas"]["ApplePay"];
            businessName?: string;
            id?: string;
            logoUrl?: string;
            messagesForBusinessId: string;
            messagingSetting?: components["schemas"]["MessagingSettingRequestReference"];
            name: string;
            selfUri?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
        };
        AppleIntegrationUpdateRequest: {
            appleAuthentication?: components["schemas"]["AppleAuthentication"];
            appleIMessageApp?: components["schemas"]["AppleIMessageApp"];
            applePay?: components["schemas"]["ApplePay"];
            businessName?: string;
            id?: string;
            logoUrl?: string;
            messagingSetting?: components["schemas"]["MessagingSettingRequestReference"];
            name?: string;
            selfUri?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
        };
        AppleOpaqueId: {
            value?: string;
        };
        ApplePay: {
            domainName: string;
            fallbackUrl?: string;
            merchantId: string;
            orderTrackingUrl?: string;
            paymentCapabilities: string[];
            paymentCertificateCredentialId: string;
            paymentGatewayUrl: string;
            paymentMethodUpdateUrl?: string;
            shippingContactUpdateUrl?: string;
            shippingMethodUpdateUrl?: string;
            storeName: string;
            supportedPaymentNetworks: string[];
        };
        Article: {
            confidence?: number;
            metadata?: {
                [key: string]: components["schemas"]["MetadataAttribute"];
            };
            snippets?: string[];
            title?: string;
            uri?: string;
            variations?: components["schemas"]["AddressableEntityRef"][];
            version?: components["schemas"]["AddressableEntityRef"];
        };
        AssignedWrapupCode: {
            code?: string;
            durationSeconds?: number;
            endTime?: string;
            notes?: string;
            tags?: string[];
        };
        AssistanceCondition: {
            operator?: string;
            topicIds?: string[];
        };
        AsyncConversationQuery: {
            conversationFilters?: components["schemas"]["ConversationDetailQueryFilter"][];
            evaluationFilters?: components["schemas"]["EvaluationDetailQueryFilter"][];
            interval: string;
            limit?: number;
            order?: string;
            orderBy?: string;
            resolutionFilters?: components["schemas"]["ResolutionDetailQueryFilter"][];
            segmentFilters?: components["schemas"]["SegmentDetailQueryFilter"][];
            startOfDayIntervalMatching?: boolean;
            surveyFilters?: components["schemas"]["SurveyDetailQueryFilter"][];
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
        Attachment: {
            attachmentId?: string;
            /** Format: int32 */
            contentLength?: number;
            contentType?: string;
            contentUri?: string;
            inlineImage?: boolean;
            name?: string;
        };
        Biography: {
            biography?: string;
            education?: components["schemas"]["Education"][];
            hobbies?: string[];
            interests?: string[];
            spouse?: string;
        };
        BulkCallbackDisconnectRequest: {
            callbackDisconnectIdentifiers: components["schemas"]["CallbackDisconnectIdentifier"][];
        };
        BulkCallbackPatchRequest: {
            patchCallbackRequests: components["schemas"]["PatchCallbackRequest"][];
        };
        BulkCallbackPatchResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkResult"][];
        };
        BulkError: {
            code?: string;
            message?: string;
        };
        BulkResult: {
            entity?: {
                [key: string]: unknown;
            };
            error?: components["schemas"]["BulkError"];
        };
        Bullseye: {
            rings?: components["schemas"]["Ring"][];
        };
        CachedMediaItem: {
            contentLengthBytes?: number;
            dateCreated?: string;
            dateExpires?: string;
            downloadUrl?: string;
            id?: string;
            mediaType?: string;
            selfUri?: string;
            url?: string;
        };
        CachedMediaItemEntityListing: {
            entities?: components["schemas"]["CachedMediaItem"][];
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
        Call: {
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
        Callback: {
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
        CallbackConversation: {
            divisions?: components["schemas"]["ConversationDivisionMembership"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            inactivityTimeout?: string;
            name?: string;
            /** @description The list of other media channels involved in the conversation. */
            otherMediaUris?: string[];
            /** @description The list of participants involved in the conversation. */
            participants?: components["schemas"]["CallbackMediaParticipant"][];
            recentTransfers?: components["schemas"]["TransferResponse"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            utilizationLabelId?: string;
        };
        CallbackConversationEntityListing: {
            entities?: components["schemas"]["CallbackConversation"][];
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
        CallbackDisconnectIdentifier: {
            callbackId: string;
            conversationId: string;
        };
        CallbackIdentifier: {
            /** @description The identifier of the callback */
            id: string;
            /**
             * @description The type of the associated callback participant
             * @enum {string}
             */
            type: "ACD" | "EXTERNAL" | (string & {});
        };
        CallbackMediaParticipant: {
            /** @description The participant address. */
            address?: string;
            alertingTimeoutMs?: number;
            /** @description A list of ad-hoc attributes for the participant. */
            attributes?: {
                [key: string]: string;
            };
            /** @description The id of the config for automatically placing the callback (and handling the disposition). If absent, the callback will not be placed automatically but routed to an agent as per normal. */
            automatedCallbackConfigId?: string;
            /** @description The list of phone number to use for this callback. */
            callbackNumbers?: string[];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            callbackScheduledTime?: string;
            /** @description The name of the callback target. */
            callbackUserName?: string;
            /**
             * Format: date-time
             * @description The time when this participant went connected for this media (eg: video connected time). Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            conversationRoutingData?: components["schemas"]["ConversationRoutingData"];
            /**
             * @description The participant's direction.  Values can be: 'inbound' or 'outbound'
             * @enum {string}
             */
            direction?: "inbound" | "outbound" | (string & {});
            /**
             * @description The reason the participant was disconnected from the conversation.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | (string & {});
            endAcwTime?: string;
            /**
             * Format: date-time
             * @description The time when this participant went disconnected for this media (eg: video disconnected time). Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime?: string;
            errorInfo?: components["schemas"]["ErrorInfo"];
            externalCampaign?: boolean;
            externalContact?: components["schemas"]["DomainEntityRef"];
            externalContactInitialDivisionId?: string;
            externalOrganization?: components["schemas"]["DomainEntityRef"];
            flaggedReason?: string;
            /** @description Value is true when the participant is on hold. */
            held?: boolean;
            /** @description The unique participant ID. */
            id?: string;
            journeyContext?: components["schemas"]["JourneyContext"];
            mediaRoles?: string[];
            /** @description The display friendly name of the participant. */
            name?: string;
            outboundPreview?: components["schemas"]["DialerPreview"];
            parkTime?: string;
            /** @description The peer communication corresponding to a matching leg for this communication. */
            peer?: string;
            /** @description The source provider for the communication. */
            provider?: string;
            /** @description The participant's purpose.  Values can be: 'agent', 'user', 'customer', 'external', 'acd', 'ivr */
            purpose?: string;
            queue?: components["schemas"]["DomainEntityRef"];
            resumeTime?: string;
            script?: components["schemas"]["DomainEntityRef"];
            /** @description If true, the callback can be skipped */
            skipEnabled?: boolean;
            startAcwTime?: string;
            startAlertingTime?: string;
            /**
             * Format: date-time
             * @description The time when this participant's hold started. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startHoldTime?: string;
            /**
             * Format: date-time
             * @description The time when this participant first joined the conversation. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime?: string;
            /**
             * @description The participant's state.  Values can be: 'alerting', 'connected', 'disconnected', 'dialing', 'contacting
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "converting" | "uploading" | "transmitting" | "none" | (string & {});
            team?: components["schemas"]["DomainEntityRef"];
            /**
             * Format: int32
             * @description Duration in seconds before the callback will be auto-dialed.
             */
            timeoutSeconds?: number;
            user?: components["schemas"]["DomainEntityRef"];
            voicemail?: components["schemas"]["Voicemail"];
            wrapup?: components["schemas"]["Wrapup"];
            /** @description The wrap-up prompt indicating the type of wrap-up to be performed. */
            wrapupPrompt?: string;
            /** @description Value is true when the participant requires wrap-up. */
            wrapupRequired?: boolean;
            /** @description Value is true when the participant has skipped wrap-up. */
            wrapupSkipped?: boolean;
            /**
             * Format: int32
             * @description The amount of time the participant has to complete wrap-up.
             */
            wrapupTimeoutMs?: number;
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
        CallCommand: {
            /** @description The phone number to dial for this call. */
            callNumber: string;
            /** @description For a dialer preview or scheduled callback, the phone column associated with the phone number */
            phoneColumn?: string;
        };
        CallConversation: {
            divisions?: components["schemas"]["ConversationDivisionMembership"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            inactivityTimeout?: string;
            maxParticipants?: number;
            name?: string;
            /** @description The list of other media channels involved in the conversation. */
            otherMediaUris?: string[];
            /** @description The list of participants involved in the conversation. */
            participants?: components["schemas"]["CallMediaParticipant"][];
            recentTransfers?: components["schemas"]["TransferResponse"][];
            /** @enum {string} */
            recordingState?: "none" | "active" | "paused" | (string & {});
            securePause?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            utilizationLabelId?: string;
        };
        CallConversationEntityListing: {
            entities?: components["schemas"]["CallConversation"][];
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
        CallHistoryConversation: {
            /**
             * @description The direction of the call relating to the current user
             * @enum {string}
             */
            direction?: "inbound" | "outbound" | (string & {});
            hadCobrowse?: boolean;
            hadScreenShare?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description Did the user not answer this conversation */
            missedCall?: boolean;
            name?: string;
            /** @description The list of participants involved in the conversation. */
            participants?: components["schemas"]["CallHistoryParticipant"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: date-time
             * @description The time the user joined the conversation. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime?: string;
            wasCallback?: boolean;
            /** @description Was this conversation a conference */
            wasConference?: boolean;
            wasOutboundCampaign?: boolean;
            /** @description Did the call end in the current user's voicemail */
            wentToVoicemail?: boolean;
        };
        CallHistoryConversationEntityListing: {
            entities?: components["schemas"]["CallHistoryConversation"][];
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
        CallHistoryParticipant: {
            /** @description The participant address. */
            address?: string;
            /** @description The call ANI. */
            ani?: string;
            didInteract?: boolean;
            /**
             * @description The participant's direction.  Values can be: 'inbound' or 'outbound'
             * @enum {string}
             */
            direction?: "inbound" | "outbound" | (string & {});
            /**
             * @description The reason the participant was disconnected from the conversation.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | (string & {});
            /** @description The call DNIS. */
            dnis?: string;
            /**
             * Format: date-time
             * @description The time when this participant went disconnected for this media (eg: video disconnected time). Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime?: string;
            externalContact?: components["schemas"]["ExternalContact"];
            externalOrganization?: components["schemas"]["ExternalOrganization"];
            flaggedReason?: string;
            group?: components["schemas"]["Group"];
            /** @description The unique participant ID. */
            id?: string;
            /** @description The display friendly name of the participant. */
            name?: string;
            outboundCampaign?: components["schemas"]["Campaign"];
            /** @description The participant's purpose.  Values can be: 'agent', 'user', 'customer', 'external', 'acd', 'ivr */
            purpose?: string;
            queue?: components["schemas"]["Queue"];
            sipResponseCodes?: number[];
            /**
             * Format: date-time
             * @description The time when this participant first joined the conversation. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime?: string;
            user?: components["schemas"]["User"];
        };
        CallMediaParticipant: {
            /** @description The participant address. */
            address?: string;
            alertingTimeoutMs?: number;
            /** @description The call ANI. */
            ani?: string;
            /** @description A list of ad-hoc attributes for the participant. */
            attributes?: {
                [key: string]: string;
            };
            bargedParticipantId?: string;
            bargedTime?: string;
            clientIpAddress?: string;
            coachedParticipantId?: string;
            /** @description Value is true when the call is confined. */
            confined?: boolean;
            /**
             * Format: date-time
             * @description The time when this participant went connected for this media (eg: video connected time). Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /** @description The ID of the consult transfer target participant when performing a consult transfer. */
            consultParticipantId?: string;
            conversationRoutingData?: components["schemas"]["ConversationRoutingData"];
            /**
             * @description The participant's direction.  Values can be: 'inbound' or 'outbound'
             * @enum {string}
             */
            direction?: "inbound" | "outbound" | (string & {});
            /**
             * @description The reason the participant was disconnected from the conversation.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | (string & {});
            disposition?: components["schemas"]["Disposition"];
            /** @description The call DNIS. */
            dnis?: string;
            /** @description The ID of the Content Management document if the call is a fax. */
            documentId?: string;
            endAcwTime?: string;
            /**
             * Format: date-time
             * @description The time when this participant went disconnected for this media (eg: video disconnected time). Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime?: string;
            errorInfo?: components["schemas"]["ErrorInfo"];
            externalContact?: components["schemas"]["DomainEntityRef"];
            externalContactInitialDivisionId?: string;
            externalOrganization?: components["schemas"]["DomainEntityRef"];
            faxStatus?: components["schemas"]["FaxStatus"];
            flaggedReason?: string;
            group?: components["schemas"]["DomainEntityRef"];
            /** @description Value is true when the participant is on hold. */
            held?: boolean;
            /** @description The unique participant ID. */
            id?: string;
            journeyContext?: components["schemas"]["JourneyContext"];
            mediaRoles?: string[];
            /** @description The ID of the participant being monitored when performing a call monitor. */
            monitoredParticipantId?: string;
            /** @description Value is true when the call is muted. */
            muted?: boolean;
            /** @description The display friendly name of the participant. */
            name?: string;
            parkTime?: string;
            /** @description The peer communication corresponding to a matching leg for this communication. */
            peer?: string;
            /** @description The source provider for the communication. */
            provider?: string;
            /** @description The participant's purpose.  Values can be: 'agent', 'user', 'customer', 'external', 'acd', 'ivr */
            purpose?: string;
            queue?: components["schemas"]["DomainEntityRef"];
            recordersState?: components["schemas"]["RecordersState"];
            /** @description Value is true when the call is being recorded. */
            recording?: boolean;
            /**
             * @description The state of the call recording.
             * @enum {string}
             */
            recordingState?: "none" | "active" | "paused" | (string & {});
            resumeTime?: string;
            script?: components["schemas"]["DomainEntityRef"];
            securePause?: boolean;
            startAcwTime?: string;
            startAlertingTime?: string;
            /**
             * Format: date-time
             * @description The time when this participant's hold started. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startHoldTime?: string;
            /**
             * Format: date-time
             * @description The time when this participant first joined the conversation. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime?: string;
            /**
             * @description The participant's state.  Values can be: 'alerting', 'connected', 'disconnected', 'dialing', 'contacting
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "converting" | "uploading" | "transmitting" | "none" | (string & {});
            team?: components["schemas"]["DomainEntityRef"];
            transferSource?: string;
            user?: components["schemas"]["DomainEntityRef"];
            uuiData?: string;
            wrapup?: components["schemas"]["Wrapup"];
            /** @description The wrap-up prompt indicating the type of wrap-up to be performed. */
            wrapupPrompt?: string;
            /** @description Value is true when the participant requires wrap-up. */
            wrapupRequired?: boolean;
            /** @description Value is true when the participant has skipped wrap-up. */
            wrapupSkipped?: boolean;
            /**
             * Format: int32
             * @description The amount of time the participant has to complete wrap-up.
             */
            wrapupTimeoutMs?: number;
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
        CannedResponseLibraries: {
            libraryIds?: string[];
            mode?: string;
        };
        CardParameters: {
            bodyParameters?: components["schemas"]["TemplateParameter"][];
            buttonUrlParameters?: components["schemas"]["TemplateParameter"][];
            index?: number;
        };
        CarouselParameters: {
            cardParameters?: components["schemas"]["CardParameters"][];
        };
        Chat: {
            jabberId?: string;
        };
        ChecklistActivationPayload: {
            activationTriggerType: string;
            agentId?: string;
            assistantId?: string;
            direction?: string;
            intentId?: string;
            intentName?: string;
            language: string;
            mediaType?: string;
            participantId?: string;
            preview?: boolean;
            queueId?: string;
        };
        ChecklistFinalizePayload: {
            exitReason: string;
            preview?: boolean;
        };
        ChecklistInferenceJobCreationResponse: {
            jobId?: string;
            message?: string;
        };
        ChecklistInferenceJobPayload: {
            conversationContext: components["schemas"]["ConversationContext"][];
            preview?: boolean;
        };
        ChecklistInferenceJobResponse: {
            agentChecklistInfo?: components["schemas"]["AgentChecklistInfo"];
            agentId?: string;
            assistantId?: string;
            direction?: string;
            error?: components["schemas"]["ErrorInfo"];
            id: string;
            jobEndTime?: string;
            jobStartTime?: string;
            language?: string;
            mediaType?: string;
            participantId?: string;
            preview?: boolean;
            queueId?: string;
            selfUri?: string;
            status: string;
        };
        ChecklistItem: {
            automatedCheckEnabled?: boolean;
            dateLastModifiedByAgent?: string;
            dateLastModifiedByModel?: string;
            description?: string;
            exactPhraseMatch?: boolean;
            id: string;
            important?: boolean;
            lastModifiedInAcw?: boolean;
            name: string;
            selfUri?: string;
            stateFromAgent?: string;
            stateFromModel?: string;
        };
        CobrowseConversation: {
            divisions?: components["schemas"]["ConversationDivisionMembership"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            inactivityTimeout?: string;
            name?: string;
            /** @description The list of other media channels involved in the conversation. */
            otherMediaUris?: string[];
            /** @description The list of participants involved in the conversation. */
            participants?: components["schemas"]["CobrowseMediaParticipant"][];
            recentTransfers?: components["schemas"]["TransferResponse"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            utilizationLabelId?: string;
        };
        CobrowseConversationEntityListing: {
            entities?: components["schemas"]["CobrowseConversation"][];
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
        CobrowseMediaParticipant: {
            /** @description The participant address. */
            address?: string;
            alertingTimeoutMs?: number;
            /** @description A list of ad-hoc attributes for the participant. */
            attributes?: {
                [key: string]: string;
            };
            /** @description This value identifies the role of the co-browse client within the co-browse session (a client is a sharer or a viewer). */
            cobrowseRole?: string;
            /** @description The co-browse session ID. */
            cobrowseSessionId?: string;
            /**
             * Format: date-time
             * @description The time when this participant went connected for this media (eg: video connected time). Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            /** @description ID of co-browse participants for which this client has been granted control (list is empty if this client cannot control any shared pages). */
            controlling?: string[];
            conversationRoutingData?: components["schemas"]["ConversationRoutingData"];
            /**
             * @description The participant's direction.  Values can be: 'inbound' or 'outbound'
             * @enum {string}
             */
            direction?: "inbound" | "outbound" | (string & {});
            /**
             * @description The reason the participant was disconnected from the conversation.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | (string & {});
            endAcwTime?: string;
            /**
             * Format: date-time
             * @description The time when this participant went disconnected for this media (eg: video disconnected time). Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime?: string;
            errorInfo?: components["schemas"]["ErrorInfo"];
            externalContact?: components["schemas"]["DomainEntityRef"];
            externalContactInitialDivisionId?: string;
            externalOrganization?: components["schemas"]["DomainEntityRef"];
            flaggedReason?: string;
            /** @description Value is true when the participant is on hold. */
            held?: boolean;
            /** @description The unique participant ID. */
            id?: string;
            journeyContext?: components["schemas"]["JourneyContext"];
            mediaRoles?: string[];
            /** @description The display friendly name of the participant. */
            name?: string;
            parkTime?: string;
            /** @description The peer communication corresponding to a matching leg for this communication. */
            peer?: string;
            /** @description The source provider for the communication. */
            provider?: string;
            /**
             * Format: date-time
             * @description The time when the provider event which triggered this conversation update happened in the corrected provider clock. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            providerEventTime?: string;
            /** @description The participant's purpose.  Values can be: 'agent', 'user', 'customer', 'external', 'acd', 'ivr */
            purpose?: string;
            queue?: components["schemas"]["DomainEntityRef"];
            resumeTime?: string;
            script?: components["schemas"]["DomainEntityRef"];
            startAcwTime?: string;
            startAlertingTime?: string;
            /**
             * Format: date-time
             * @description The time when this participant's hold started. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startHoldTime?: string;
            /**
             * Format: date-time
             * @description The time when this participant first joined the conversation. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime?: string;
            /**
             * @description The participant's state.  Values can be: 'alerting', 'connected', 'disconnected', 'dialing', 'contacting
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "converting" | "uploading" | "transmitting" | "none" | (string & {});
            team?: components["schemas"]["DomainEntityRef"];
            user?: components["schemas"]["DomainEntityRef"];
            /** @description The URL that can be used to open co-browse session in web browser. */
            viewerUrl?: string;
            wrapup?: components["schemas"]["Wrapup"];
            /** @description The wrap-up prompt indicating the type of wrap-up to be performed. */
            wrapupPrompt?: string;
            /** @description Value is true when the participant requires wrap-up. */
            wrapupRequired?: boolean;
            /** @description Value is true when the participant has skipped wrap-up. */
            wrapupSkipped?: boolean;
            /**
             * Format: int32
             * @description The amount of time the participant has to complete wrap-up.
             */
            wrapupTimeoutMs?: number;
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
        CobrowseWebMessagingSession: {
            communicationType?: string;
            dateOfferEnds?: string;
            id?: string;
            joinCode?: string;
            name?: string;
            selfUri?: string;
            websocketUrl?: string;
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
        ConsultTransfer: {
            consultingUserId?: string;
            destination: components["schemas"]["Destination"];
            /**
             * @description Determines to whom the initiating participant is speaking. Defaults to DESTINATION
             * @enum {string}
             */
            speakTo: "DESTINATION" | "OBJECT" | "BOTH" | (string & {});
        };
        ConsultTransferResponse: {
            /** @description Participant ID to whom the call is being transferred. */
            destinationParticipantId: string;
        };
        ConsultTransferToAddress: {
            address?: string;
            consultingUserId?: string;
            speakTo: string;
        };
        ConsultTransferToAgent: {
            consultingUserId?: string;
            speakTo: string;
            userDisplayName?: string;
            userId?: string;
        };
        ConsultTransferToExternal: {
            address?: string;
            consultingUserId?: string;
            speakTo: string;
        };
        ConsultTransferToExternalContact: {
            consultingUserId?: string;
            contactId: string;
            phoneType: string;
            speakTo: string;
        };
        ConsultTransferToQueue: {
            consultingUserId?: string;
            queueId?: string;
            queueName?: string;
            speakTo: string;
        };
        ConsultTransferUpdate: {
            consultingUserId?: string;
            /**
             * @description Determines to whom the initiating participant is speaking.
             * @enum {string}
             */
            speakTo: "DESTINATION" | "OBJECT" | "BOTH" | (string & {});
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
        ContactAddress: {
            address1?: string;
            address2?: string;
            city?: string;
            countryCode?: string;
            postalCode?: string;
            state?: string;
        };
        ContactAddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        ContactIdentifier: {
            dateCreated?: string;
            division?: components["schemas"]["WritableStarrableDivision"];
            externalSource?: components["schemas"]["ExternalSource"];
            type: string;
            value: string;
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
        ContentButtonResponse: {
            id?: string;
            payload: string;
            text: string;
            type: string;
        };
        ContentSetting: {
            story?: components["schemas"]["StorySetting"];
        };
        Conversation: {
            /** @description The address of the conversation as seen from an external participant. For phone calls this will be the DNIS for inbound calls and the ANI for outbound calls. For other media types this will be the address of the destination participant for inbound and the address of the initiating participant for outbound. */
            address?: string;
            /** @description A list of conversations to merge into this conversation to create a conference. This field is null except when being used to create a conference. */
            conversationIds?: string[];
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
            /**
             * Format: int32
             * @description If this is a conference conversation, then this field indicates the maximum number of participants allowed to participant in the conference.
             */
            maxParticipants?: number;
            name?: string;
            /** @description The list of all participants in the conversation. */
            participants: components["schemas"]["Participant"][];
            recentTransfers?: components["schemas"]["TransferResponse"][];
            /**
             * @description On update, 'paused' initiates a secure pause, 'active' resumes any paused recordings; otherwise indicates state of conversation recording.
             * @enum {string}
             */
            recordingState?: "ACTIVE" | "PAUSED" | "NONE" | (string & {});
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
            /**
             * @description The conversation's state.  Values can be: 'disconnected'
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "converting" | "uploading" | "transmitting" | "none" | (string & {});
            utilizationLabelId?: string;
        };
        ConversationAccessAttributesResponse: {
            accessAttributes?: string[];
        };
        ConversationAccessAttributesUpdate: {
            accessAttributes?: string[];
        };
        ConversationActivityData: {
            data?: components["schemas"]["ConversationActivityMetricValue"][];
            entities?: components["schemas"]["ConversationActivityEntityData"][];
            group?: {
                [key: string]: string;
            };
            truncated?: boolean;
        };
        ConversationActivityEntityData: {
            activeRouting?: string;
            activityDate: string;
            addressFrom?: string;
            addressTo?: string;
            ani?: string;
            conversationId?: string;
            convertedFrom?: string;
            convertedTo?: string;
            direction?: string;
            dnis?: string;
            mediaType?: string;
            metric?: string;
            participantName?: string;
            queueId?: string;
            requestedLanguageId?: string;
            requestedRoutings?: string[];
            requestedRoutingSkillIds?: string[];
            routingPriority?: number;
            scoredAgents?: components["schemas"]["ConversationActivityScoredAgent"][];
            sessionId?: string;
            teamId?: string;
            usedRouting?: string;
            userId?: string;
        };
        ConversationActivityMetricValue: {
            calculatedMetricValue?: number;
            count?: number;
            entityIds?: string[];
            metric?: string;
            qualifier?: string;
        };
        ConversationActivityQuery: {
            filter?: components["schemas"]["ConversationActivityQueryFilter"];
            groupBy: string[];
            metrics: components["schemas"]["ConversationActivityQueryMetric"][];
            order?: string;
        };
        ConversationActivityQueryClause: {
            predicates: components["schemas"]["ConversationActivityQueryPredicate"][];
            type: string;
        };
        ConversationActivityQueryFilter: {
            clauses?: components["schemas"]["ConversationActivityQueryClause"][];
            predicates?: components["schemas"]["ConversationActivityQueryPredicate"][];
            type: string;
        };
        ConversationActivityQueryMetric: {
            details?: boolean;
            metric: string;
        };
        ConversationActivityQueryPredicate: {
            dimension?: string;
            operator?: string;
            type?: string;
            value?: string;
        };
        ConversationActivityResponse: {
            entityIdDimension?: string;
            results?: components["schemas"]["ConversationActivityData"][];
        };
        ConversationActivityScoredAgent: {
            agentScore?: number;
            scoredAgentId?: string;
        };
        ConversationAggregateDataContainer: {
            data?: components["schemas"]["StatisticalResponse"][];
            group?: {
                [key: string]: string;
            };
        };
        ConversationAggregateQueryClause: {
            predicates: components["schemas"]["ConversationAggregateQueryPredicate"][];
            type: string;
        };
        ConversationAggregateQueryFilter: {
            clauses?: components["schemas"]["ConversationAggregateQueryClause"][];
            predicates?: components["schemas"]["ConversationAggregateQueryPredicate"][];
            type: string;
        };
        ConversationAggregateQueryPredicate: {
            dimension?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        ConversationAggregateQueryResponse: {
            results?: components["schemas"]["ConversationAggregateDataContainer"][];
        };
        ConversationAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["ConversationAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            limit?: number;
            metrics: string[];
            queryType?: string;
            sortMetric?: components["schemas"]["ConversationAggregationSort"];
            timeZone?: string;
            views?: components["schemas"]["ConversationAggregationView"][];
        };
        ConversationAggregationSort: {
            function: string;
            name: string;
        };
        ConversationAggregationView: {
            function: string;
            name: string;
            range?: components["schemas"]["AggregationRange"];
            target: string;
        };
        ConversationAsyncAggregateQueryResponse: {
            cursor?: string;
            results?: components["schemas"]["ConversationAggregateDataContainer"][];
        };
        ConversationAsyncAggregationQuery: {
            alternateTimeDimension?: string;
            filter?: components["schemas"]["ConversationAggregateQueryFilter"];
            flattenMultivaluedDimensions?: boolean;
            granularity?: string;
            groupBy?: string[];
            interval: string;
            limit?: number;
            metrics: string[];
            pageSize?: number;
            queryType?: string;
            sortMetric?: components["schemas"]["ConversationAggregationSort"];
            timeZone?: string;
            views?: components["schemas"]["ConversationAggregationView"][];
        };
        ConversationChannelMetadata: {
            subType?: string;
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
        ConversationContentAttachment: {
            contentSizeBytes?: number;
            filename?: string;
            id?: string;
            mediaType: string;
            mime?: string;
            sha256?: string;
            text?: string;
            url?: string;
        };
        ConversationContentButtonResponse: {
            originatingMessageId?: string;
            payload: string;
            text: string;
            type?: string;
        };
        ConversationContentCard: {
            actions: components["schemas"]["ConversationContentCardAction"][];
            defaultAction?: components["schemas"]["ConversationContentCardAction"];
            description?: string;
            image?: string;
            title: string;
            video?: string;
        };
        ConversationContentCardAction: {
            payload?: string;
            text?: string;
            type?: string;
            url?: string;
        };
        ConversationContentCarousel: {
            cards: components["schemas"]["ConversationContentCard"][];
        };
        ConversationContentDatePicker: {
            availableTimes?: components["schemas"]["ConversationContentDatePickerAvailableTime"][];
            dateDisplayFormat?: string;
            dateMaximum?: string;
            dateMinimum?: string;
            id?: string;
            imageUrl?: string;
            location?: components["schemas"]["ConversationContentLocation"];
            subtitle?: string;
            title?: string;
        };
        ConversationContentDatePickerAvailableTime: {
            dateTime?: string;
            duration?: number;
        };
        ConversationContentForm: {
            cannedResponseId: string;
            formPages?: components["schemas"]["ConversationFormPage"][];
            introduction?: components["schemas"]["ConversationContentIntroduction"];
            originatingMessageId?: string;
            receivedMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            response?: components["schemas"]["ConversationFormResponseComponent"][];
            showSummary?: boolean;
        };
        ConversationContentInput: {
            autoCompleteType?: string;
            id?: string;
            isMultipleLine: boolean;
            isRequired: boolean;
            keyboardType?: string;
            placeholderText?: string;
            subtitle?: string;
            title?: string;
        };
        ConversationContentInteractiveApplication: {
            name?: string;
            receivedMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            url?: string;
        };
        ConversationContentIntroduction: {
            buttonText: string;
            imageUrl?: string;
            subtitle?: string;
            title: string;
        };
        ConversationContentLineItem: {
            description?: string;
            identifier?: string;
            name: string;
            price: number;
        };
        ConversationContentListPicker: {
            id?: string;
            receivedMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            sections?: components["schemas"]["ConversationContentListPickerSection"][];
        };
        ConversationContentListPickerItem: {
            id?: string;
            imageUrl?: string;
            subtitle?: string;
            title?: string;
        };
        ConversationContentListPickerSection: {
            items?: components["schemas"]["ConversationContentListPickerItem"][];
            multipleSelection?: boolean;
            title?: string;
        };
        ConversationContentLocation: {
            address?: string;
            latitude?: number;
            longitude?: number;
            text?: string;
            url?: string;
        };
        ConversationContentNotificationResponse: {
            notificationStatus: string;
            notificationText?: string;
            originatingMessageId: string;
            referenceId?: string;
        };
        ConversationContentNotificationTemplate: {
            body: components["schemas"]["ConversationNotificationTemplateBody"];
            buttons?: components["schemas"]["ConversationNotificationTemplateButton"][];
            footer?: components["schemas"]["ConversationNotificationTemplateFooter"];
            header?: components["schemas"]["ConversationNotificationTemplateHeader"];
            id?: string;
            language?: string;
        };
        ConversationContentPaymentRequest: {
            countryCode: string;
            currencyCode: string;
            lineItems?: components["schemas"]["ConversationContentLineItem"][];
            orderTotal: number;
            paymentPlatform: string;
            receivedMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            requiredContactFields?: components["schemas"]["ConversationContentRequiredContactField"][];
            shippingOptions?: components["schemas"]["ConversationContentLineItem"][];
        };
        ConversationContentPaymentResponse: {
            failureReason?: string;
            originatingMessageId: string;
            paymentStatus: string;
        };
        ConversationContentPush: {
            deviceToken: string;
            deviceTokenId: string;
            deviceType: string;
            expiration: number;
            failedMessages: components["schemas"]["ConversationPushFailedMessageReferences"][];
            notificationMessage: components["schemas"]["ConversationPushNotificationMessageLabel"];
            pushProviderIntegration: components["schemas"]["ConversationPushProviderIntegration"];
        };
        ConversationContentQuickReply: {
            action?: string;
            image?: string;
            payload: string;
            summaryText?: string;
            text: string;
        };
        ConversationContentQuickReplyV2: {
            actions: components["schemas"]["ConversationContentQuickReply"][];
            title: string;
        };
        ConversationContentReaction: {
            count: number;
            reactionType?: string;
        };
        ConversationContentReceivedReplyMessage: {
            buttonLabel?: string;
            header?: string;
            imageUrl?: string;
            subtitle?: string;
            title?: string;
        };
        ConversationContentRequiredContactField: {
            contactField: string;
        };
        ConversationContentStory: {
            replyToId?: string;
            type?: string;
            url?: string;
        };
        ConversationContentText: {
            body: string;
            type?: string;
        };
        ConversationContentWheelPicker: {
            id?: string;
            items: components["schemas"]["ConversationContentWheelPickerItem"][];
        };
        ConversationContentWheelPickerItem: {
            id: string;
            title: string;
            value?: string;
        };
        ConversationContext: {
            id: string;
            participant: string;
            text: string;
        };
        ConversationCustomAttributesSearchRequest: {
            expand?: string[];
            pageNumber?: number;
            pageSize?: number;
            sort?: components["schemas"]["SearchSort"][];
            sortBy?: string;
            sortOrder?: string;
        };
        ConversationDataSchema: {
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCreated?: string;
            enabled?: boolean;
            id?: string;
            jsonSchema?: components["schemas"]["ConversationJsonSchemaDocument"];
            selfUri?: string;
            version?: number;
        };
        ConversationDataSchemaListing: {
            entities?: components["schemas"]["ConversationDataSchema"][];
            selfUri?: string;
            total?: number;
        };
        ConversationDetailQueryClause: {
            predicates: components["schemas"]["ConversationDetailQueryPredicate"][];
            type: string;
        };
        ConversationDetailQueryFilter: {
            clauses?: components["schemas"]["ConversationDetailQueryClause"][];
            predicates?: components["schemas"]["ConversationDetailQueryPredicate"][];
            type: string;
        };
        ConversationDetailQueryPredicate: {
            dimension?: string;
            metric?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        ConversationDivisionMembership: {
            division?: components["schemas"]["DomainEntityRef"];
            entities?: components["schemas"]["DivisionEntityRef"][];
        };
        ConversationEditedInput: {
            dateModified?: string;
            text?: string;
        };
        ConversationEncryptionConfiguration: {
            id?: string;
            keyConfigurationType: string;
            lastError?: components["schemas"]["ErrorBody"];
            selfUri?: string;
            url: string;
        };
        ConversationEncryptionConfigurationListing: {
            entities?: components["schemas"]["ConversationEncryptionConfiguration"][];
            selfUri?: string;
            total?: number;
        };
        ConversationEnrichment: {
            language?: components["schemas"]["ConversationEnrichmentLanguage"];
            sentimentV2?: components["schemas"]["ConversationEnrichmentSentimentV2"];
        };
        ConversationEnrichmentLanguage: {
            language: string;
        };
        ConversationEnrichmentSentimentV2: {
            tag: string;
        };
        ConversationEntityListing: {
            entities?: components["schemas"]["Conversation"][];
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
        ConversationEventCoBrowse: {
            sessionId?: string;
            sessionJoinToken?: string;
            type: string;
        };
        ConversationEventPresence: {
            receivedMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            replyMessage?: components["schemas"]["ConversationContentReceivedReplyMessage"];
            type: string;
        };
        ConversationEventTyping: {
            duration?: number;
            type: string;
        };
        ConversationEventVideo: {
            jwt?: string;
            offeringId?: string;
            type: string;
        };
        ConversationFormPage: {
            pageComponents?: components["schemas"]["ConversationFormPageComponent"][];
            subtitle: string;
            title: string;
        };
        ConversationFormPageComponent: {
            datePicker?: components["schemas"]["ConversationContentDatePicker"];
            formComponentType?: string;
            input?: components["schemas"]["ConversationContentInput"];
            listPicker?: components["schemas"]["ConversationContentListPicker"];
            wheelPicker?: components["schemas"]["ConversationContentWheelPicker"];
        };
        ConversationFormResponseComponent: {
            component: components["schemas"]["ConversationFormResponseContent"];
            id: string;
        };
        ConversationFormResponseContent: {
            buttonResponse?: components["schemas"]["ConversationContentButtonResponse"];
            contentType?: string;
        };
        ConversationJsonSchemaDocument: {
            $schema?: string;
            description?: string;
            properties?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            required?: string[];
            title?: string;
        };
        ConversationJsonSchemaRequest: {
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
        ConversationMessageContent: {
            attachment?: components["schemas"]["ConversationContentAttachment"];
            buttonResponse?: components["schemas"]["ConversationContentButtonResponse"];
            card?: components["schemas"]["ConversationContentCard"];
            carousel?: components["schemas"]["ConversationContentCarousel"];
            contentType: string;
            datePicker?: components["schemas"]["ConversationContentDatePicker"];
            form?: components["schemas"]["ConversationContentForm"];
            interactiveApplication?: components["schemas"]["ConversationContentInteractiveApplication"];
            listPicker?: components["schemas"]["ConversationContentListPicker"];
            location?: components["schemas"]["ConversationContentLocation"];
            notificationResponse?: components["schemas"]["ConversationContentNotificationResponse"];
            paymentRequest?: components["schemas"]["ConversationContentPaymentRequest"];
            paymentResponse?: components["schemas"]["ConversationContentPaymentResponse"];
            push?: components["schemas"]["ConversationContentPush"];
            quickReply?: components["schemas"]["ConversationContentQuickReply"];
            quickReplyV2?: components["schemas"]["ConversationContentQuickReplyV2"];
            reactions?: components["schemas"]["ConversationContentReaction"][];
            story?: components["schemas"]["ConversationContentStory"];
            template?: components["schemas"]["ConversationContentNotificationTemplate"];
            text?: components["schemas"]["ConversationContentText"];
        };
        ConversationMessageEvent: {
            coBrowse?: components["schemas"]["ConversationEventCoBrowse"];
            eventType: string;
            presence?: components["schemas"]["ConversationEventPresence"];
            typing?: components["schemas"]["ConversationEventTyping"];
            video?: components["schemas"]["ConversationEventVideo"];
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
        ConversationMessagingChannel: {
            dateDeleted?: string;
            dateModified?: string;
            from?: components["schemas"]["ConversationMessagingFromRecipient"];
            id?: string;
            messageId?: string;
            platform?: string;
            publicMetadata?: components["schemas"]["ConversationPublicMetadata"];
            time?: string;
            to?: components["schemas"]["ConversationMessagingToRecipient"];
            type?: string;
        };
        ConversationMessagingFromRecipient: {
            additionalIds?: components["schemas"]["ConversationRecipientAdditionalIdentifier"][];
            email?: string;
            externalContactDivisionId?: string;
            externalContactId?: string;
            firstName?: string;
            id: string;
            idType?: string;
            image?: string;
            lastName?: string;
            nickname?: string;
        };
        ConversationMessagingToRecipient: {
            additionalIds?: components["schemas"]["ConversationRecipientAdditionalIdentifier"][];
            email?: string;
            externalContactDivisionId?: string;
            externalContactId?: string;
            firstName?: string;
            id: string;
            idType?: string;
            image?: string;
            lastName?: string;
            nickname?: string;
        };
        ConversationNormalizedMessage: {
            byoSmsIntegrationId?: string;
            channel?: components["schemas"]["ConversationMessagingChannel"];
            content?: components["schemas"]["ConversationMessageContent"][];
            direction?: string;
            enrichment?: components["schemas"]["ConversationEnrichment"];
            events?: components["schemas"]["ConversationMessageEvent"][];
            id?: string;
            isFinalReceipt?: boolean;
            metadata?: {
                [key: string]: string;
            };
            originatingEntity?: string;
            reasons?: components["schemas"]["ConversationReason"][];
            relatedMessages?: components["schemas"]["ConversationNormalizedMessage"][];
            status?: string;
            text?: string;
            type: string;
        };
        ConversationNotificationTemplateBody: {
            parameters: components["schemas"]["ConversationNotificationTemplateParameter"][];
            text?: string;
        };
        ConversationNotificationTemplateButton: {
            index: number;
            parameters?: components["schemas"]["ConversationNotificationTemplateParameter"][];
            payload?: string;
            phoneNumber?: string;
            text?: string;
            type: string;
            url?: string;
        };
        ConversationNotificationTemplateFooter: {
            text?: string;
        };
        ConversationNotificationTemplateHeader: {
            media?: components["schemas"]["ConversationContentAttachment"];
            parameters?: components["schemas"]["ConversationNotificationTemplateParameter"][];
            text?: string;
            type: string;
        };
        ConversationNotificationTemplateParameter: {
            name?: string;
            text: string;
        };
        ConversationParticipantSearchCriteria: {
            dateFormat?: string;
            endValue?: string;
            fields?: string[];
            group?: components["schemas"]["ConversationParticipantSearchCriteria"][];
            operator?: string;
            startValue?: string;
            type: string;
            value?: string;
            values?: string[];
        };
        ConversationParticipantSearchRequest: {
            cursor?: string;
            query?: components["schemas"]["ConversationParticipantSearchCriteria"][];
            returnFields?: string[];
            sort?: components["schemas"]["SearchSort"][];
            sortBy?: string;
            sortOrder?: string;
        };
        ConversationPublicMetadata: {
            replyToId?: string;
            rootId?: string;
            url?: string;
        };
        ConversationPushFailedMessageReferences: {
            id: string;
        };
        ConversationPushNotificationMessageLabel: {
            body: string;
            title: string;
        };
        ConversationPushProviderIntegration: {
            id: string;
            provider: string;
        };
        ConversationQuery: {
            /** @description Include faceted search and aggregate roll-ups describing your search results. This does not function as a filter, but rather, summary data about the data matching your filters */
            aggregations?: components["schemas"]["AnalyticsQueryAggregation"][];
            /** @description Filters that target conversation-level data */
            conversationFilters?: components["schemas"]["ConversationDetailQueryFilter"][];
            /** @description Filters that target quality management evaluation-level data */
            evaluationFilters?: components["schemas"]["EvaluationDetailQueryFilter"][];
            /** @description Specifies the date and time range of data being queried. Conversations MUST have started within this time range to potentially be included within the result set. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss */
            interval: string;
            /**
             * @description Sort the result set in ascending/descending order. Default is ascending
             * @enum {string}
             */
            order?: "asc" | "desc" | (string & {});
            /**
             * @description Specify which data element within the result set to use for sorting. The options  to use as a basis for sorting the results: conversationStart, segmentStart, and segmentEnd. If not specified, the default is conversationStart
             * @enum {string}
             */
            orderBy?: "conversationStart" | "conversationEnd" | "segmentStart" | "segmentEnd" | (string & {});
            paging?: components["schemas"]["PagingSpec"];
            resolutionFilters?: components["schemas"]["ResolutionDetailQueryFilter"][];
            /** @description Filters that target individual segments within a conversation */
            segmentFilters?: components["schemas"]["SegmentDetailQueryFilter"][];
            surveyFilters?: components["schemas"]["SurveyDetailQueryFilter"][];
        };
        ConversationQueueMediaSettings: {
            alertingTimeoutSeconds?: number;
            autoAnswerAlertToneSeconds?: number;
            enableAutoAnswer?: boolean;
            manualAnswerAlertToneSeconds?: number;
        };
        ConversationReason: {
            code?: string;
            message: string;
        };
        ConversationRecipientAdditionalIdentifier: {
            type: string;
            value: string;
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
        ConversationSchemaUpdateRequest: {
            enabled: boolean;
            jsonSchema: components["schemas"]["ConversationJsonSchemaRequest"];
            version: number;
        };
        ConversationSecureAttributes: {
            attributes?: {
                [key: string]: string;
            };
            version?: number;
        };
        ConversationSessionSummary: {
            communication?: components["schemas"]["Entity"];
            confidence?: number;
            dateCreated?: string;
            editedSummary?: components["schemas"]["ConversationEditedInput"];
            followup?: components["schemas"]["ConversationSummaryFollowup"];
            id?: string;
            language?: string;
            mediaType?: string;
            participants?: components["schemas"]["AddressableEntityRef"][];
            predictedWrapupCodes?: components["schemas"]["ConversationSummaryWrapupCode"][];
            reason?: components["schemas"]["ConversationSummaryReason"];
            resolution?: components["schemas"]["ConversationSummaryResolution"];
            status?: string;
            text?: string;
        };
        ConversationSummariesGetResponse: {
            conversation?: components["schemas"]["AddressableEntityRef"];
            sessionSummaries?: components["schemas"]["ConversationSessionSummary"][];
            summary?: components["schemas"]["ConversationSummary"];
        };
        ConversationSummary: {
            confidence?: number;
            dateCreated?: string;
            editedSummary?: components["schemas"]["ConversationEditedInput"];
            followup?: components["schemas"]["ConversationSummaryFollowup"];
            id?: string;
            language?: string;
            mediaType?: string;
            participants?: components["schemas"]["AddressableEntityRef"][];
            predictedWrapupCodes?: components["schemas"]["ConversationSummaryWrapupCode"][];
            reason?: components["schemas"]["ConversationSummaryReason"];
            resolution?: components["schemas"]["ConversationSummaryResolution"];
            status?: string;
            text?: string;
        };
        ConversationSummaryFollowup: {
            confidence?: number;
            description?: string;
            text?: string;
        };
        ConversationSummaryReason: {
            confidence?: number;
            description?: string;
            text?: string;
        };
        ConversationSummaryResolution: {
            confidence?: number;
            description?: string;
            outcome?: string;
            text?: string;
        };
        ConversationSummaryWrapupCode: {
            confidence?: number;
            description?: string;
            id?: string;
            name?: string;
            selfUri?: string;
        };
        ConversationTagsUpdate: {
            externalTag: string;
        };
        ConversationThreadingWindow: {
            defaultTimeoutMinutes?: number;
            id?: string;
            settings: components["schemas"]["ConversationThreadingWindowSetting"][];
        };
        ConversationThreadingWindowSetting: {
            messengerType: string;
            timeoutInMinutes: number;
        };
        ConversationUser: {
            id: string;
        };
        ConversationUtilizationLabelUpdate: {
            utilizationLabelId?: string;
        };
        CopilotContextEntity: {
            assistant?: components["schemas"]["AddressableEntityRef"];
            contextValues?: components["schemas"]["CopilotContextValueItem"][];
        };
        CopilotContextValueItem: {
            name?: string;
            value?: string;
        };
        CopilotContextValues: {
            entities?: components["schemas"]["CopilotContextEntity"][];
        };
        CopyAttachmentsRequest: {
            attachments: components["schemas"]["Attachment"][];
            sourceMessage: components["schemas"]["DomainEntityRef"];
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
        CoverSheet: {
            /** @description Locale, e.g. = en-US */
            locale?: string;
            /** @description Text to be added to the coversheet */
            notes?: string;
        };
        CreateCallbackCommand: {
            /** @description A list of phone numbers for the callback. */
            callbackNumbers: string[];
            /**
             * Format: date-time
             * @description The scheduled date-time for the callback as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            callbackScheduledTime?: string;
            /** @description The name of the party to be called back. */
            callbackUserName?: string;
            callerId?: string;
            callerIdName?: string;
            /** @description The country code to be associated with the callback numbers. */
            countryCode?: string;
            customerFirstCallbackDeliveryMode?: string;
            /** @description A map of key-value pairs containing additional data that can be associated to the callback. These values will appear in the attributes property on the conversation participant. Example: { "notes": "ready to close the deal!", "customerPreferredName": "Doc" } */
            data?: {
                [key: string]: string;
            };
            /** @description The identifier of the queue to be used for the callback. Either queueId or routingData is required. */
            queueId?: string;
            routingData?: components["schemas"]["RoutingData"];
            /** @description The identifier of the script to be used for the callback */
            scriptId?: string;
            validateCallbackNumbers?: boolean;
        };
        CreateCallbackOnConversationCommand: {
            /** @description A list of phone numbers for the callback. */
            callbackNumbers: string[];
            /**
             * Format: date-time
             * @description The scheduled date-time for the callback as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            callbackScheduledTime?: string;
            /** @description The name of the party to be called back. */
            callbackUserName?: string;
            callerId?: string;
            callerIdName?: string;
            /** @description The country code to be associated with the callback numbers. */
            countryCode?: string;
            customerFirstCallbackDeliveryMode?: string;
            /** @description A map of key-value pairs containing additional data that can be associated to the callback. These values will appear in the attributes property on the conversation participant. Example: { "notes": "ready to close the deal!", "customerPreferredName": "Doc" } */
            data?: {
                [key: string]: string;
            };
            /** @description The identifier of the queue to be used for the callback. Either queueId or routingData is required. */
            queueId?: string;
            routingData?: components["schemas"]["RoutingData"];
            /** @description The identifier of the script to be used for the callback */
            scriptId?: string;
            validateCallbackNumbers?: boolean;
        };
        CreateCallbackResponse: {
            /** @description The list of communication identifiers for the callback participants */
            callbackIdentifiers: components["schemas"]["CallbackIdentifier"][];
            conversation: components["schemas"]["DomainEntityRef"];
        };
        CreateCallRequest: {
            attributes?: {
                [key: string]: string;
            };
            callerId?: string;
            callerIdName?: string;
            /** @description The queue ID to call on behalf of. */
            callFromQueueId?: string;
            /** @description The queue ID to call. */
            callQueueId?: string;
            /** @description The user ID to call. */
            callUserId?: string;
            /** @description The list of existing call conversations to merge into a new ad-hoc conference. */
            conversationIds?: string[];
            externalContactId?: string;
            label?: string;
            /** @description The language skill ID to use for routing this call (if calling a queue). */
            languageId?: string;
            /** @description The list of participants to call to create a new ad-hoc conference. */
            participants?: components["schemas"]["Destination"][];
            /** @description The phone number to dial. */
            phoneNumber?: string;
            /**
             * Format: int32
             * @description The priority to assign to this call (if calling a queue).
             */
            priority?: number;
            routingSkillExpression?: string;
            /** @description The skill ID's to use for routing this call (if calling a queue). */
            routingSkillsIds?: string[];
            uuiData?: string;
        };
        CreateCallResponse: {
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        CreateEmailRequest: {
            /** @description The list of attributes to associate with the customer participant. */
            attributes?: {
                [key: string]: string;
            };
            /**
             * @description Specify INBOUND to create an inbound email conversation to route to a queue, or OUTBOUND to send an email on behalf of a queue.
             * @enum {string}
             */
            direction?: "OUTBOUND" | "INBOUND" | (string & {});
            externalContactId?: string;
            /** @description The ID of the flow to use for routing chat conversation. This field is mutually exclusive with queueId */
            flowId?: string;
            /** @description The email address of the sender of the email. */
            fromAddress?: string;
            /** @description The name of the sender of the email. */
            fromName?: string;
            htmlBody?: string;
            /** @description The ID of the language to use for routing. */
            languageId?: string;
            /**
             * Format: int64
             * @description The priority to assign to the conversation for routing.
             */
            priority?: number;
            /** @description The name of the provider that is sourcing the web chat. */
            provider: string;
            /** @description The ID of the queue to use for routing the chat conversation. This field is mutually exclusive with flowId */
            queueId?: string;
            skillExpression?: string;
            /** @description The list of skill ID's to use for routing. */
            skillIds?: string[];
            /** @description The subject of the email */
            subject?: string;
            textBody?: string;
            /** @description The email address of the recipient of the email. */
            toAddress?: string;
            /** @description The name of the recipient of the email. */
            toName?: string;
            utilizationLabel?: string;
        };
        CreateJoinVideoResponse: {
            communicationId?: string;
            conversationId?: string;
            joinCode?: string;
        };
        CreateOutboundMessagingConversationRequest: {
            externalContactId?: string;
            queueId: string;
            toAddress: string;
            toAddressMessengerType: string;
            useExistingConversation?: boolean;
            useUserFromAddress?: boolean;
        };
        CreateOutboundMessagingConversationResponse: {
            id?: string;
            selfUri?: string;
        };
        CreateSecureSession: {
            disconnect?: boolean;
            flowId: string;
            sourceParticipantId?: string;
            userData: string;
        };
        CustomAttributes: {
            conversationId?: string;
            customAttributes?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            customAttributesTimestamps?: {
                [key: string]: string;
            };
            dateCreated?: string;
            dateModified?: string;
            divisions?: string[];
            id?: string;
            name?: string;
            schema?: components["schemas"]["ConversationDataSchema"];
            selfUri?: string;
            version?: number;
        };
        CustomAttributesBulkUpdateResponse: {
            attributes?: components["schemas"]["CustomAttributes"];
            errorMessage?: string;
            statusCode?: number;
        };
        CustomAttributesBulkUpdateResponseMap: {
            results?: {
                [key: string]: components["schemas"]["CustomAttributesBulkUpdateResponse"];
            };
        };
        CustomAttributesIdResponse: {
            id?: string;
        };
        CustomAttributesListing: {
            results?: components["schemas"]["CustomAttributes"][];
        };
        CustomAttributesPatchRequest: {
            customAttributes: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            divisions?: string[];
            id: string;
            version?: number;
        };
        CustomAttributesUpdateRequest: {
            customAttributes: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            divisions?: string[];
            id: string;
            schemaId?: string;
            version?: number;
        };
        DataAvailabilityResponse: {
            dataAvailabilityDate?: string;
        };
        DataSchema: {
            appliesTo?: string[];
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCreated?: string;
            enabled?: boolean;
            id?: string;
            jsonSchema: components["schemas"]["JsonSchemaDocument"];
            name?: string;
            selfUri?: string;
            version: number;
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
        Destination: {
            /** @description Address or phone number. */
            address?: string;
            name?: string;
            queueId?: string;
            userId?: string;
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
        Digits: {
            digits?: string;
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
        DivisionEntityRef: {
            dateDivisionUpdated?: string;
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
        DraftManipulationRequest: {
            draftType?: string;
            translate?: components["schemas"]["HistoryHeadersTranslation"];
        };
        DynamicContactQueueingSettings: {
            filter?: boolean;
            sort?: boolean;
        };
        DynamicLineBalancingSettings: {
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
        EmailConversation: {
            divisions?: components["schemas"]["ConversationDivisionMembership"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            inactivityTimeout?: string;
            name?: string;
            /** @description The list of other media channels involved in the conversation. */
            otherMediaUris?: string[];
            /** @description The list of participants involved in the conversation. */
            participants?: components["schemas"]["EmailMediaParticipant"][];
            recentTransfers?: components["schemas"]["TransferResponse"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            utilizationLabelId?: string;
        };
        EmailConversationEntityListing: {
            entities?: components["schemas"]["EmailConversation"][];
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
        EmailMediaParticipant: {
            /** @description The participant address. */
            address?: string;
            alertingTimeoutMs?: number;
            /** @description A list of ad-hoc attributes for the participant. */
            attributes?: {
                [key: string]: string;
            };
            /** @description Indicates that the email was auto-generated like an Out of Office reply. */
            autoGenerated?: boolean;
            /**
             * Format: date-time
             * @description The time when this participant went connected for this media (eg: video connected time). Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            connectedTime?: string;
            conversationRoutingData?: components["schemas"]["ConversationRoutingData"];
            /**
             * @description The participant's direction.  Values can be: 'inbound' or 'outbound'
             * @enum {string}
             */
            direction?: "inbound" | "outbound" | (string & {});
            /**
             * @description The reason the participant was disconnected from the conversation.
             * @enum {string}
             */
            disconnectType?: "endpoint" | "client" | "system" | "transfer" | "transfer.conference" | "transfer.consult" | "transfer.forward" | "transfer.noanswer" | "transfer.notavailable" | "transport.failure" | "error" | "peer" | "other" | "spam" | (string & {});
            draftAttachments?: components["schemas"]["Attachment"][];
            endAcwTime?: string;
            /**
             * Format: date-time
             * @description The time when this participant went disconnected for this media (eg: video disconnected time). Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endTime?: string;
            errorInfo?: components["schemas"]["ErrorInfo"];
            externalContact?: components["schemas"]["DomainEntityRef"];
            externalContactInitialDivisionId?: string;
            externalOrganization?: components["schemas"]["DomainEntityRef"];
            flaggedReason?: string;
            /** @description Value is true when the participant is on hold. */
            held?: boolean;
            /** @description The unique participant ID. */
            id?: string;
            journeyContext?: components["schemas"]["JourneyContext"];
            mediaRoles?: string[];
            messageId?: string;
            /**
             * Format: int32
             * @description The number of messages that have been sent in this email conversation.
             */
            messagesSent?: number;
            /** @description The display friendly name of the participant. */
            name?: string;
            parkTime?: string;
            /** @description The peer communication corresponding to a matching leg for this communication. */
            peer?: string;
            /** @description The source provider for the communication. */
            provider?: string;
            /** @description The participant's purpose.  Values can be: 'agent', 'user', 'customer', 'external', 'acd', 'ivr */
            purpose?: string;
            queue?: components["schemas"]["DomainEntityRef"];
            resumeTime?: string;
            script?: components["schemas"]["DomainEntityRef"];
            spam?: boolean;
            startAcwTime?: string;
            startAlertingTime?: string;
            /**
             * Format: date-time
             * @description The time when this participant's hold started. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startHoldTime?: string;
            /**
             * Format: date-time
             * @description The time when this participant first joined the conversation. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime?: string;
            /**
             * @description The participant's state.  Values can be: 'alerting', 'connected', 'disconnected', 'dialing', 'contacting
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "converting" | "uploading" | "transmitting" | "none" | (string & {});
            /** @description The subject of the email. */
            subject?: string;
            team?: components["schemas"]["DomainEntityRef"];
            user?: components["schemas"]["DomainEntityRef"];
            wrapup?: components["schemas"]["Wrapup"];
            /** @description The wrap-up prompt indicating the type of wrap-up to be performed. */
            wrapupPrompt?: string;
            /** @description Value is true when the participant requires wrap-up. */
            wrapupRequired?: boolean;
            /** @description Value is true when the participant has skipped wrap-up. */
            wrapupSkipped?: boolean;
            /**
             * Format: int32
             * @description The amount of time the participant has to complete wrap-up.
             */
            wrapupTimeoutMs?: number;
        };
        EmailMediaSettings: {
            alertingTimeoutSeconds?: number;
            allOutboundEmailAddresses?: components["schemas"]["QueueEmailAddress"][];
            autoAnswerAlertToneSeconds?: number;
            enableAutoAnswer?: boolean;
            manualAnswerAlertToneSeconds?: number;
            serviceLevel?: components["schemas"]["ServiceLevel"];
        };
        EmailMessage: {
            /** @description The attachments of the email message. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description The recipients that were blind copied on the email message. */
            bcc?: components["schemas"]["EmailAddress"][];
            /** @description The recipients that were copied on the email message. */
            cc?: components["schemas"]["EmailAddress"][];
            draftType?: string;
            emailSizeBytes?: number;
            from: components["schemas"]["EmailAddress"];
            historyIncluded?: boolean;
            /** @description The html body of the email message. */
            htmlBody?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            maxEmailSizeBytes?: number;
            name?: string;
            replyTo?: components["schemas"]["EmailAddress"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            state?: string;
            /** @description The subject of the email message. */
            subject?: string;
            /** @description The text body of the email message. */
            textBody: string;
            /**
             * Format: date-time
             * @description The time when the message was received or sent. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            time?: string;
            /** @description The recipients of the email message. */
            to: components["schemas"]["EmailAddress"][];
        };
        EmailMessagePreview: {
            attachments?: components["schemas"]["Attachment"][];
            bcc?: components["schemas"]["EmailAddress"][];
            cc?: components["schemas"]["EmailAddress"][];
            draftType?: string;
            emailSizeBytes?: number;
            from: components["schemas"]["EmailAddress"];
            historyIncluded?: boolean;
            id?: string;
            maxEmailSizeBytes?: number;
            name?: string;
            replyTo?: components["schemas"]["EmailAddress"];
            selfUri?: string;
            state?: string;
            subject?: string;
            textBodyPreview?: string;
            time?: string;
            to: components["schemas"]["EmailAddress"][];
        };
        EmailMessagePreviewListing: {
            entities?: components["schemas"]["EmailMessagePreview"][];
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
        EmailMessageReply: {
            attachments?: components["schemas"]["Attachment"][];
            bcc?: components["schemas"]["EmailAddress"][];
            cc?: components["schemas"]["EmailAddress"][];
            emailSizeBytes?: number;
            from: components["schemas"]["EmailAddress"];
            historyIncluded?: boolean;
            htmlBody?: string;
            maxEmailSizeBytes?: number;
            replyTo?: components["schemas"]["EmailAddress"];
            subject?: string;
            textBody: string;
            time?: string;
            to: components["schemas"]["EmailAddress"][];
        };
        EmailsSettings: {
            sendingSizeLimit?: number;
        };
        EmployerInfo: {
            dateHire?: string;
            employeeId?: string;
            employeeType?: string;
            officialName?: string;
        };
        EngagementRequest: {
            status?: string;
            visibility?: string;
        };
        Entity: {
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
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
        EvaluationDetailQueryClause: {
            predicates: components["schemas"]["EvaluationDetailQueryPredicate"][];
            type: string;
        };
        EvaluationDetailQueryFilter: {
            clauses?: components["schemas"]["EvaluationDetailQueryClause"][];
            predicates?: components["schemas"]["EvaluationDetailQueryPredicate"][];
            type: string;
        };
        EvaluationDetailQueryPredicate: {
            dimension?: string;
            metric?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
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
        EventSetting: {
            typing?: components["schemas"]["TypingSetting"];
        };
        ExpansionCriterium: {
            /** Format: double */
            threshold?: number;
            /** @enum {string} */
            type?: "TIMEOUT_SECONDS" | (string & {});
        };
        ExternalContact: {
            address?: components["schemas"]["ContactAddress"];
            appleOpaqueIds?: components["schemas"]["AppleOpaqueId"][];
            canonicalContact?: components["schemas"]["ContactAddressableEntityRef"];
            cellPhone?: components["schemas"]["PhoneNumber"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createDate?: string;
            customFields?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            division?: components["schemas"]["WritableStarrableDivision"];
            /** @description Links to the sources of data (e.g. one source might be a CRM) that contributed data to this record.  Read-only, and only populated when requested via expand param. */
            readonly externalDataSources?: components["schemas"]["ExternalDataSource"][];
            externalIds?: components["schemas"]["ExternalId"][];
            externalOrganization?: components["schemas"]["ExternalOrganization"];
            externalSystemUrl?: string;
            facebookId?: components["schemas"]["FacebookId"];
            /** @description The first name of the contact. */
            firstName?: string;
            homePhone?: components["schemas"]["PhoneNumber"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            identifiers?: components["schemas"]["ContactIdentifier"][];
            instagramId?: components["schemas"]["InstagramId"];
            /** @description The last name of the contact. */
            lastName?: string;
            lineId?: components["schemas"]["LineId"];
            mergedFrom?: components["schemas"]["ContactAddressableEntityRef"][];
            mergedTo?: components["schemas"]["ContactAddressableEntityRef"];
            mergeOperation?: components["schemas"]["MergeOperation"];
            mergeSet?: components["schemas"]["ContactAddressableEntityRef"][];
            middleName?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifyDate?: string;
            otherEmail?: string;
            otherPhone?: components["schemas"]["PhoneNumber"];
            personalEmail?: string;
            salutation?: string;
            schema?: components["schemas"]["DataSchema"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            surveyOptOut?: boolean;
            title?: string;
            twitterId?: components["schemas"]["TwitterId"];
            type?: string;
            whatsAppId?: components["schemas"]["WhatsAppId"];
            workEmail?: string;
            workPhone?: components["schemas"]["PhoneNumber"];
        };
        /** @description Describes a link to a record in an external system that contributed data to a Relate record */
        ExternalDataSource: {
            /**
             * @description The platform that was the source of the data.  Example: a CRM like SALESFORCE.
             * @enum {string}
             */
            platform?: "SALESFORCE" | (string & {});
            /** @description An URL that links to the source record that contributed data to the associated entity. */
            url?: string;
        };
        ExternalId: {
            externalSource: components["schemas"]["ExternalSource"];
            value: string;
        };
        ExternalOrganization: {
            address?: components["schemas"]["ContactAddress"];
            companyType?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            createDate?: string;
            customFields?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            division?: components["schemas"]["WritableStarrableDivision"];
            /** Format: int64 */
            employeeCount?: number;
            /** @description Links to the sources of data (e.g. one source might be a CRM) that contributed data to this record.  Read-only, and only populated when requested via expand param. */
            readonly externalDataSources?: components["schemas"]["ExternalDataSource"][];
            externalIds?: components["schemas"]["ExternalId"][];
            externalSystemUrl?: string;
            faxNumber?: components["schemas"]["PhoneNumber"];
            /** @description The globally unique identifier for the object. */
            id?: string;
            identifiers?: components["schemas"]["ExternalOrganizationIdentifier"][];
            industry?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifyDate?: string;
            /** @description The name of the company. */
            name: string;
            phoneNumber?: components["schemas"]["PhoneNumber"];
            /** Format: int64 */
            revenue?: number;
            schema?: components["schemas"]["DataSchema"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            tags?: string[];
            tickers?: components["schemas"]["Ticker"][];
            trustor?: components["schemas"]["Trustor"];
            twitterId?: components["schemas"]["TwitterId"];
            websites?: string[];
        };
        ExternalOrganizationIdentifier: {
            dateCreated?: string;
            division?: components["schemas"]["WritableStarrableDivision"];
            externalSource?: components["schemas"]["ExternalSource"];
            type: string;
            value: string;
        };
        ExternalSource: {
            active?: boolean;
            id?: string;
            linkConfiguration?: components["schemas"]["LinkConfiguration"];
            name: string;
            selfUri?: string;
        };
        FacebookAppCredentials: {
            id: string;
        };
        FacebookId: {
            displayName?: string;
            ids: components["schemas"]["FacebookScopedId"][];
        };
        FacebookIdentityResolutionConfig: {
            division?: components["schemas"]["WritableStarrableDivision"];
            resolveIdentities: boolean;
            selfUri?: string;
        };
        FacebookIntegration: {
            appId: string;
            createdBy?: components["schemas"]["DomainEntityRef"];
            createError?: components["schemas"]["ErrorBody"];
            createStatus?: string;
            dateCreated?: string;
            dateModified?: string;
            id: string;
            messagingSetting?: components["schemas"]["MessagingSettingReference"];
            modifiedBy?: components["schemas"]["DomainEntityRef"];
            name: string;
            pageId?: string;
            pageName?: string;
            pageProfileImageUrl?: string;
            recipient?: components["schemas"]["DomainEntityRef"];
            selfUri?: string;
            status?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            version: number;
        };
        FacebookIntegrationEntityListing: {
            entities?: components["schemas"]["FacebookIntegration"][];
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
        FacebookIntegrationRequest: {
            appId?: string;
            appSecret?: string;
            id?: string;
            messagingSetting?: components["schemas"]["MessagingSettingRequestReference"];
            name: string;
            pageAccessToken?: string;
            pageId?: string;
            selfUri?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            userAccessToken?: string;
        };
        FacebookIntegrationUpdateRequest: {
            id?: string;
            messagingSetting?: components["schemas"]["MessagingSettingRequestReference"];
            name?: string;
            pageAccessToken?: string;
            selfUri?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            userAccessToken?: string;
        };
        FacebookPermission: {
            name?: string;
            type?: string;
        };
        FacebookPermissionEntityListing: {
            entities?: components["schemas"]["FacebookPermission"][];
        };
        FacebookScopedId: {
            scopedId: string;
        };
        Faq: {
            answer?: string;
            confidence?: number;
            documentDisplayName?: string;
            documentUrl?: string;
            question?: string;
            sourceUri?: string;
        };
        FaxSendRequest: {
            /** @description A list of outbound fax dialing addresses. E.g. +13175555555 or 3175555555 */
            addresses: string[];
            /**
             * @description The content type that is going to be uploaded. If Content Management document is used for faxing, contentType will be ignored
             * @enum {string}
             */
            contentType?: "application/pdf" | "image/tiff" | "application/msword" | "application/vnd.oasis.opendocument.text" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | (string & {});
            coverSheet?: components["schemas"]["CoverSheet"];
            /** @description DocumentId of Content Management artifact. If Content Management document is not used for faxing, documentId should be null */
            documentId?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: int32
             * @description Time zone offset minutes from GMT
             */
            timeZoneOffsetMinutes?: number;
            workspace?: components["schemas"]["Workspace"];
        };
        FaxSendResponse: {
            headers?: {
                [key: string]: string;
            };
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** Format: uri */
            uploadDestinationUri?: string;
            /** @enum {string} */
            uploadMethodType?: "SINGLE_PUT" | "MULTIPART_POST" | (string & {});
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
        Feedback: {
            relevance: string;
            suggestionId: string;
            userProvided?: boolean;
        };
        FeedbackAddRequest: {
            rating?: string;
            summary: string;
        };
        FeedbackUpdateRequest: {
            rating?: string;
            summary?: string;
        };
        GenerateMeetingIdRequest: {
            conferenceId?: string;
            ephemeral: boolean;
            expireTimeDays?: number;
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
        GoogleAuthToken: {
            clientId: string;
            createdBy: components["schemas"]["DomainEntityRef"];
            dateCreated: string;
            id: string;
            scopes: string[];
        };
        GoogleAuthTokenReference: {
            id: string;
        };
        GoogleAuthTokenRequest: {
            code: string;
            redirectUri: string;
        };
        GoogleBusinessProfileAccount: {
            id: string;
            name: string;
        };
        GoogleBusinessProfileAccountListing: {
            entities?: components["schemas"]["GoogleBusinessProfileAccount"][];
        };
        GoogleBusinessProfileAccountReference: {
            id: string;
        };
        GoogleBusinessProfileOpenIntegration: {
            account: components["schemas"]["GoogleBusinessProfileAccountReference"];
            createdBy?: components["schemas"]["DomainEntityRef"];
            createError?: components["schemas"]["ErrorBody"];
            createStatus?: string;
            dateCreated?: string;
            dateModified?: string;
            id: string;
            messagingSetting?: components["schemas"]["MessagingSettingReference"];
            modifiedBy?: components["schemas"]["DomainEntityRef"];
            name: string;
            recipient?: components["schemas"]["DomainEntityRef"];
            selfUri?: string;
            status?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            token: components["schemas"]["GoogleAuthTokenReference"];
        };
        GoogleBusinessProfileOpenIntegrationRequest: {
            account: components["schemas"]["GoogleBusinessProfileAccountReference"];
            id?: string;
            messagingSetting?: components["schemas"]["MessagingSettingRequestReference"];
            name: string;
            selfUri?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            token: components["schemas"]["GoogleAuthTokenReference"];
        };
        GoogleBusinessProfileOpenIntegrationUpdateRequest: {
            account?: components["schemas"]["GoogleBusinessProfileAccountReference"];
            id?: string;
            messagingSetting?: components["schemas"]["MessagingSettingRequestReference"];
            name?: string;
            selfUri?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            token?: components["schemas"]["GoogleAuthTokenReference"];
        };
        GoogleOAuthSettingsResponse: {
            clientId: string;
            scopes: string[];
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
        HistoryHeadersTranslation: {
            cc: string;
            forwardPrefix: string;
            from: string;
            language: string;
            replyPrefix: string;
            sent: string;
            subject: string;
            timeZone?: string;
            to: string;
        };
        IdentityResolutionExternalSource: {
            id?: string;
            selfUri?: string;
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
        InboundMessageRequest: {
            /** @description The list of attributes to associate with the customer participant. */
            attributes?: {
                [key: string]: string;
            };
            /** @description The ID of the flow to use for routing email conversation. This field is mutually exclusive with queueId */
            flowId?: string;
            /** @description The email address of the sender of the email. */
            fromAddress?: string;
            /** @description The name of the sender of the email. */
            fromName?: string;
            /** @description The ID of the language to use for routing. */
            languageId?: string;
            /**
             * Format: int32
             * @description The priority to assign to the conversation for routing.
             */
            priority?: number;
            /** @description The name of the provider that is sourcing the email such as Oracle, Salesforce, etc. */
            provider: string;
            /** @description The ID of the queue to use for routing the email conversation. This field is mutually exclusive with flowId */
            queueId?: string;
            /** @description The list of skill ID's to use for routing. */
            skillIds?: string[];
            /** @description The subject of the email */
            subject?: string;
            /** @description The email address of the recipient of the email. */
            toAddress?: string;
            /** @description The name of the recipient of the email. */
            toName?: string;
        };
        InboundOnlySetting: {
            inbound?: string;
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
        InstagramId: {
            displayName?: string;
            handle?: string;
            ids: components["schemas"]["InstagramScopedId"][];
        };
        InstagramIdentityResolutionConfig: {
            division?: components["schemas"]["WritableStarrableDivision"];
            resolveIdentities: boolean;
            selfUri?: string;
        };
        InstagramIntegration: {
            appId: string;
            createdBy?: components["schemas"]["DomainEntityRef"];
            createError?: components["schemas"]["ErrorBody"];
            createStatus?: string;
            dateCreated?: string;
            dateModified?: string;
            id: string;
            instagramId?: string;
            instagramName?: string;
            instagramProfileImageUrl?: string;
            instagramUsername?: string;
            messagingSetting?: components["schemas"]["MessagingSettingReference"];
            modifiedBy?: components["schemas"]["DomainEntityRef"];
            name: string;
            pageId?: string;
            recipient?: components["schemas"]["DomainEntityRef"];
            selfUri?: string;
            status?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            version: number;
        };
        InstagramIntegrationEntityListing: {
            entities?: components["schemas"]["InstagramIntegration"][];
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
        InstagramIntegrationRequest: {
            appId?: string;
            appSecret?: string;
            id?: string;
            messagingSetting?: components["schemas"]["MessagingSettingRequestReference"];
            name: string;
            pageAccessToken?: string;
            pageId?: string;
            selfUri?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            userAccessToken?: string;
        };
        InstagramIntegrationUpdateRequest: {
            id?: string;
            messagingSetting?: components["schemas"]["MessagingSettingRequestReference"];
            name?: string;
            pageAccessToken?: string;
            selfUri?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            userAccessToken?: string;
        };
        InstagramScopedId: {
            scopedId: string;
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
        InternalMessageConversation: {
            divisions?: components["schemas"]["ConversationDivisionMembership"][];
            id?: string;
            inactivityTimeout?: string;
            name?: string;
            otherMediaUris?: string[];
            participants?: components["schemas"]["InternalMessageMediaParticipant"][];
            recentTransfers?: components["schemas"]["TransferResponse"][];
            selfUri?: string;
            utilizationLabelId?: string;
        };
        InternalMessageConversationEntityListing: {
            entities?: components["schemas"]["InternalMessageConversation"][];
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
        InternalMessageData: {
            communicationId?: string;
            conversation?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            name?: string;
            normalizedMessage?: components["schemas"]["ConversationNormalizedMessage"];
            recipient?: components["schemas"]["UserReference"];
            selfUri?: string;
            sender?: components["schemas"]["UserReference"];
            timestamp: string;
        };
        InternalMessageDataEntityListing: {
            entities?: components["schemas"]["InternalMessageData"][];
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
        InternalMessageDetails: {
            messageId?: string;
            messageTime?: string;
        };
        InternalMessageMediaParticipant: {
            address?: string;
            alertingTimeoutMs?: number;
            attributes?: {
                [key: string]: string;
            };
            connectedTime?: string;
            conversationRoutingData?: components["schemas"]["ConversationRoutingData"];
            direction?: string;
            disconnectType?: string;
            endAcwTime?: string;
            endTime?: string;
            errorInfo?: components["schemas"]["ErrorInfo"];
            externalContact?: components["schemas"]["DomainEntityRef"];
            externalContactInitialDivisionId?: string;
            externalOrganization?: components["schemas"]["DomainEntityRef"];
            flaggedReason?: string;
            fromAddress?: components["schemas"]["Address"];
            held?: boolean;
            id?: string;
            internalMessageId?: string;
            journeyContext?: components["schemas"]["JourneyContext"];
            mediaRoles?: string[];
            messages?: components["schemas"]["InternalMessageDetails"][];
            name?: string;
            parkTime?: string;
            peer?: string;
            provider?: string;
            purpose?: string;
            queue?: components["schemas"]["DomainEntityRef"];
            resumeTime?: string;
            script?: components["schemas"]["DomainEntityRef"];
            sourceUser?: components["schemas"]["AddressableEntityRef"];
            startAcwTime?: string;
            startAlertingTime?: string;
            startHoldTime?: string;
            startTime?: string;
            state?: string;
            targetUser?: components["schemas"]["AddressableEntityRef"];
            team?: components["schemas"]["DomainEntityRef"];
            toAddress?: components["schemas"]["Address"];
            user?: components["schemas"]["DomainEntityRef"];
            wrapup?: components["schemas"]["Wrapup"];
            wrapupPrompt?: string;
            wrapupRequired?: boolean;
            wrapupSkipped?: boolean;
            wrapupTimeoutMs?: number;
        };
        InternalMessageRequest: {
            text: string;
        };
        Items: {
            pattern?: string;
            type?: string;
        };
        ItemValidationLimits: {
            maxLength: components["schemas"]["MaxLength"];
            minLength: components["schemas"]["MinLength"];
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
        JsonCursorSearchResponse: {
            aggregations?: {
                [key: string]: unknown;
            };
            cursor?: string;
            results: {
                [key: string]: unknown;
            };
            types: string[];
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
        LineId: {
            displayName?: string;
            ids: components["schemas"]["LineUserId"][];
        };
        LineUserId: {
            userId: string;
        };
        LinkConfiguration: {
            uriTemplate: string;
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
        MandatoryPostCallActionInput: {
            destination?: string;
            invocationData?: string;
        };
        MaxLength: {
            max: number;
            min: number;
        };
        MaxParticipants: {
            /**
             * Format: int32
             * @description The maximum number of participants that are allowed on a conversation.
             */
            maxParticipants?: number;
        };
        MediaParticipantRequest: {
            /** @description True to confine this conversation participant.  Should only be used for ad-hoc conferences */
            confined?: boolean;
            /** @description True to hold this conversation participant. */
            held?: boolean;
            /** @description True to mute this conversation participant. */
            muted?: boolean;
            /** @description True to enable recording of this participant, otherwise false to disable recording. */
            recording?: boolean;
            resumeTime?: string;
            /**
             * @description The state to update to set for this participant's communications.  Possible values are: 'connected' and 'disconnected'.
             * @enum {string}
             */
            state?: "alerting" | "dialing" | "contacting" | "offering" | "connected" | "disconnected" | "terminated" | "converting" | "uploading" | "transmitting" | "none" | (string & {});
            wrapup?: components["schemas"]["WrapupInput"];
            /** @description True to skip wrap-up for this participant. */
            wrapupSkipped?: boolean;
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
        MeetingIdRecord: {
            conferenceId?: string;
            dateExpired?: string;
            ephemeral: boolean;
            id?: string;
            selfUri?: string;
        };
        MemberGroup: {
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            memberCount?: number;
            name?: string;
            selfUri?: string;
            type?: string;
        };
        MergeOperation: {
            resultingContact?: components["schemas"]["AddressableEntityRef"];
            sourceContact?: components["schemas"]["AddressableEntityRef"];
            targetContact?: components["schemas"]["AddressableEntityRef"];
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
        MessageConversation: {
            divisions?: components["schemas"]["ConversationDivisionMembership"][];
            id?: string;
            inactivityTimeout?: string;
            name?: string;
            otherMediaUris?: string[];
            participants?: components["schemas"]["MessageMediaParticipant"][];
            recentTransfers?: components["schemas"]["TransferResponse"][];
            selfUri?: string;
            utilizationLabelId?: string;
        };
        MessageConversationEntityListing: {
            entities?: components["schemas"]["MessageConversation"][];
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
        MessageData: {
            conversationId?: string;
            createdBy?: components["schemas"]["User"];
            direction?: string;
            fromAddress?: string;
            id?: string;
            messengerType?: string;
            name?: string;
            normalizedMessage?: components["schemas"]["ConversationNormalizedMessage"];
            normalizedReceipts?: components["schemas"]["ConversationNormalizedMessage"][];
            providerMessageId?: string;
            selfUri?: string;
            status: string;
            timestamp: string;
            toAddress?: string;
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
        MessageMedia: {
            contentLengthBytes?: number;
            id?: string;
            mediaType?: string;
            name?: string;
            url?: string;
        };
        MessageMediaData: {
            communicationId?: string;
            contentLengthBytes?: number;
            conversationId?: string;
            id?: string;
            mediaType?: string;
            name?: string;
            selfUri?: string;
            status?: string;
            uploadUrl?: string;
            url?: string;
        };
        MessageMediaListing: {
            entities?: components["schemas"]["MessageMediaData"][];
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
        MessageMediaParticipant: {
            address?: string;
            alertingTimeoutMs?: number;
            attributes?: {
                [key: string]: string;
            };
            authenticated?: boolean;
            connectedTime?: string;
            conversationRoutingData?: components["schemas"]["ConversationRoutingData"];
            direction?: string;
            disconnectType?: string;
            endAcwTime?: string;
            endTime?: string;
            errorInfo?: components["schemas"]["ErrorInfo"];
            externalContact?: components["schemas"]["DomainEntityRef"];
            externalContactInitialDivisionId?: string;
            externalOrganization?: components["schemas"]["DomainEntityRef"];
            flaggedReason?: string;
            fromAddress?: components["schemas"]["Address"];
            held?: boolean;
            id?: string;
            journeyContext?: components["schemas"]["JourneyContext"];
            mediaRoles?: string[];
            messages?: components["schemas"]["MessageDetails"][];
            monitoredParticipant?: components["schemas"]["AddressableEntityRef"];
            monitoredParticipantId?: string;
            name?: string;
            parkTime?: string;
            peer?: string;
            provider?: string;
            purpose?: string;
            queue?: components["schemas"]["DomainEntityRef"];
            recipientCountry?: string;
            recipientType?: string;
            resumeTime?: string;
            script?: components["schemas"]["DomainEntityRef"];
            startAcwTime?: string;
            startAlertingTime?: string;
            startHoldTime?: string;
            startTime?: string;
            state?: string;
            team?: components["schemas"]["DomainEntityRef"];
            toAddress?: components["schemas"]["Address"];
            type?: string;
            user?: components["schemas"]["DomainEntityRef"];
            wrapup?: components["schemas"]["Wrapup"];
            wrapupPrompt?: string;
            wrapupRequired?: boolean;
            wrapupSkipped?: boolean;
            wrapupTimeoutMs?: number;
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
        MessageMediaUploadData: {
            id?: string;
            name?: string;
            selfUri?: string;
            uploadHeaders?: {
                [key: string]: string;
            };
            uploadUrl?: string;
        };
        MessageSticker: {
            id?: string;
            url?: string;
        };
        MessageSubtypeSettings: {
            enableAutoAnswer?: boolean;
            enableInactivityTimeout?: boolean;
        };
        MessageTypingEventRequest: {
            dateSent?: string;
            typing: components["schemas"]["ConversationEventTyping"];
        };
        MessagingConferResponse: {
            commandId: string;
            communicationId: string;
            conversation: components["schemas"]["AddressableEntityRef"];
            peerCommunicationId: string;
        };
        MessagingConferWithUserRequest: {
            targetUserId: string;
        };
        MessagingConfigListing: {
            entities?: components["schemas"]["MessagingSetting"][];
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
        MessagingIntegration: {
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            id: string;
            messagingSetting?: components["schemas"]["MessagingSettingReference"];
            messengerType: string;
            modifiedBy?: components["schemas"]["DomainEntityRef"];
            name: string;
            openExtensionType?: string;
            recipient?: components["schemas"]["DomainEntityRef"];
            selfUri?: string;
            status?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            version: number;
        };
        MessagingIntegrationEntityListing: {
            entities?: components["schemas"]["MessagingIntegration"][];
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
        MessagingSetting: {
            content?: components["schemas"]["ContentSetting"];
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            event?: components["schemas"]["EventSetting"];
            id: string;
            name?: string;
            selfUri?: string;
            updatedBy?: components["schemas"]["DomainEntityRef"];
            version?: string;
        };
        MessagingSettingDefaultRequest: {
            settingId: string;
        };
        MessagingSettingPatchRequest: {
            content?: components["schemas"]["ContentSetting"];
            event?: components["schemas"]["EventSetting"];
            id?: string;
            name?: string;
            selfUri?: string;
        };
        MessagingSettingReference: {
            content?: components["schemas"]["ContentSetting"];
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            event?: components["schemas"]["EventSetting"];
            id: string;
            name?: string;
            selfUri?: string;
            updatedBy?: components["schemas"]["DomainEntityRef"];
            version?: string;
        };
        MessagingSettingRequest: {
            content?: components["schemas"]["ContentSetting"];
            event?: components["schemas"]["EventSetting"];
            id?: string;
            name: string;
            selfUri?: string;
        };
        MessagingSettingRequestReference: {
            id: string;
        };
        MetadataAttribute: {
            value?: string;
        };
        MinLength: {
            max: number;
            min: number;
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
        OAuthAppleAuthorizationResponse: {
            error?: components["schemas"]["OAuthAppleAuthorizationResponseError"];
            redirectUrl: string;
        };
        OAuthAppleAuthorizationResponseError: {
            code: string;
            details?: {
                [key: string]: unknown;
            };
            message: string;
        };
        OAuthLastTokenIssued: {
            dateIssued?: string;
        };
        OnDemandConversationSummaryRequest: {
            locale?: string;
        };
        OnDemandSummaryAcceptedResponse: {
            id?: string;
            selfUri?: string;
            status: string;
        };
        OpenContentAttachment: {
            filename?: string;
            id?: string;
            mediaType: string;
            mime: string;
            sha256?: string;
            text?: string;
            url: string;
        };
        OpenEvent: {
            eventType: string;
        };
        OpenEventNormalizedMessage: {
            channel: components["schemas"]["OpenMessagingChannel"];
            events?: components["schemas"]["OpenMessageEvent"][];
            id?: string;
            type: string;
        };
        OpenInboundMessageContent: {
            attachment?: components["schemas"]["OpenContentAttachment"];
        };
        OpenInboundMessageMessagingChannel: {
            from: components["schemas"]["OpenMessagingFromRecipient"];
            messageId?: string;
            metadata?: components["schemas"]["ConversationChannelMetadata"];
            time: string;
        };
        OpenInboundMessagingChannel: {
            from: components["schemas"]["OpenMessagingFromRecipient"];
            time: string;
        };
        OpenInboundMessagingReceiptChannel: {
            time: string;
            to: components["schemas"]["OpenMessagingToRecipient"];
        };
        OpenInboundNormalizedEvent: {
            channel: components["schemas"]["OpenInboundMessagingChannel"];
            events: components["schemas"]["OpenEvent"][];
        };
        OpenInboundNormalizedMessage: {
            channel: components["schemas"]["OpenInboundMessageMessagingChannel"];
            content?: components["schemas"]["OpenInboundMessageContent"][];
            metadata?: {
                [key: string]: string;
            };
            text?: string;
        };
        OpenInboundNormalizedReceipt: {
            channel: components["schemas"]["OpenInboundMessagingReceiptChannel"];
            id: string;
            isFinalReceipt?: boolean;
            reasons?: components["schemas"]["ConversationReason"][];
            status: string;
        };
        OpenInboundStructuredResponseMessage: {
            buttonResponse: components["schemas"]["ContentButtonResponse"];
            channel: components["schemas"]["OpenInboundMessageMessagingChannel"];
            originatingMessageId: string;
        };
        OpenInboundStructuredResponseNormalizedMessageContent: {
            buttonResponse?: components["schemas"]["ContentButtonResponse"];
            contentType: string;
        };
        OpenIntegration: {
            createdBy?: components["schemas"]["DomainEntityRef"];
            createError?: components["schemas"]["ErrorBody"];
            createStatus?: string;
            dateCreated?: string;
            dateModified?: string;
            id: string;
            messagingSetting?: components["schemas"]["MessagingSettingReference"];
            modifiedBy?: components["schemas"]["DomainEntityRef"];
            name: string;
            outboundNotificationWebhookSignatureSecretToken: string;
            outboundNotificationWebhookUrl: string;
            recipient?: components["schemas"]["DomainEntityRef"];
            selfUri?: string;
            status?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            webhookHeaders?: {
                [key: string]: string;
            };
        };
        OpenIntegrationEntityListing: {
            entities?: components["schemas"]["OpenIntegration"][];
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
        OpenIntegrationRequest: {
            id?: string;
            messagingSetting?: components["schemas"]["MessagingSettingRequestReference"];
            name: string;
            outboundNotificationWebhookSignatureSecretToken: string;
            outboundNotificationWebhookUrl: string;
            selfUri?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            webhookHeaders?: {
                [key: string]: string;
            };
        };
        OpenIntegrationUpdateRequest: {
            id?: string;
            messagingSetting?: components["schemas"]["MessagingSettingRequestReference"];
            name: string;
            outboundNotificationWebhookSignatureSecretToken?: string;
            outboundNotificationWebhookUrl?: string;
            selfUri?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            webhookHeaders?: {
                [key: string]: string;
            };
        };
        OpenMessageContent: {
            attachment?: components["schemas"]["ConversationContentAttachment"];
            contentType: string;
        };
        OpenMessageEvent: {
            eventType: string;
            typing?: components["schemas"]["ConversationEventTyping"];
        };
        OpenMessageNormalizedMessage: {
            channel: components["schemas"]["OpenMessagingChannel"];
            content?: components["schemas"]["OpenMessageContent"][];
            conversationId?: string;
            id?: string;
            metadata?: {
                [key: string]: string;
            };
            text?: string;
            type: string;
        };
        OpenMessagingChannel: {
            from: components["schemas"]["OpenMessagingFromRecipient"];
            id?: string;
            messageId?: string;
            metadata?: components["schemas"]["ConversationChannelMetadata"];
            platform?: string;
            time: string;
            to: components["schemas"]["OpenMessagingToRecipient"];
            type?: string;
        };
        OpenMessagingFromRecipient: {
            email?: string;
            firstName?: string;
            id: string;
            idType: string;
            image?: string;
            lastName?: string;
            nickname?: string;
        };
        OpenMessagingIdentityResolutionConfig: {
            division?: components["schemas"]["WritableStarrableDivision"];
            externalSource?: components["schemas"]["IdentityResolutionExternalSource"];
            resolveIdentities: boolean;
            selfUri?: string;
        };
        OpenMessagingToRecipient: {
            email?: string;
            firstName?: string;
            id: string;
            idType?: string;
            image?: string;
            lastName?: string;
            nickname?: string;
        };
        OpenNormalizedMessage: {
            channel: components["schemas"]["OpenMessagingChannel"];
            content?: components["schemas"]["OpenMessageContent"][];
            direction?: string;
            id?: string;
            isFinalReceipt?: boolean;
            metadata?: {
                [key: string]: string;
            };
            reasons?: components["schemas"]["ConversationReason"][];
            status?: string;
            text?: string;
            type: string;
        };
        OpenReceiptNormalizedMessage: {
            channel: components["schemas"]["OpenMessagingChannel"];
            direction: string;
            id: string;
            isFinalReceipt?: boolean;
            reasons?: components["schemas"]["ConversationReason"][];
            status: string;
            type: string;
        };
        OpenStructuredResponseNormalizedMessage: {
            channel: components["schemas"]["OpenMessagingChannel"];
            content?: components["schemas"]["OpenInboundStructuredResponseNormalizedMessageContent"][];
            direction?: string;
            id?: string;
            metadata?: {
                [key: string]: string;
            };
            type: string;
        };
        Organization: {
            /** @description The default country code for this organization. Example: 'US' */
            defaultCountryCode?: string;
            /** @description The default language for this organization. Example: 'en' */
            defaultLanguage?: string;
            defaultSiteId?: string;
            domain?: string;
            /** @description The state of features available for the organization. */
            readonly features?: {
                [key: string]: boolean;
            };
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            productPlatform?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description The current state. Examples are active, inactive, deleted.
             * @enum {string}
             */
            state?: "active" | "inactive" | "deleted" | (string & {});
            /** @description Email address where support tickets are sent to. */
            supportURI?: string;
            /** @description The short name for the organization. This field is globally unique and cannot be changed. */
            readonly thirdPartyOrgName?: string;
            /** Format: uri */
            thirdPartyURI?: string;
            /**
             * Format: int32
             * @description The current version of the organization.
             */
            version: number;
            voicemailEnabled?: boolean;
        };
        OrgUser: {
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
            organization?: components["schemas"]["Organization"];
            outOfOffice?: components["schemas"]["OutOfOffice"];
            preferredName?: string;
            presence?: components["schemas"]["UserPresence"];
            /** @description Auto populated from addresses. */
            readonly primaryContactInfo?: components["schemas"]["Contact"][];
            /** @description Skills possessed by the user */
            readonly profileSkills?: string[];
            routingStatus?: components["schemas"]["RoutingStatus"];
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
        PagingSpec: {
            /**
             * Format: int32
             * @description How many pages in
             */
            pageNumber: number;
            /**
             * Format: int32
             * @description How many results per page
             */
            pageSize: number;
        };
        ParkingStateRequest: {
            resumeTime?: string;
            state: string;
        };
        Participant: {
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
            callbacks?: components["schemas"]["Callback"][];
            calls?: components["schemas"]["Call"][];
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
        ParticipantAttributes: {
            /** @description The map of attribute keys to values. */
            attributes?: {
                [key: string]: string;
            };
        };
        ParticipantInfo: {
            activeParticipantCount?: number;
            version?: number;
        };
        PatchCallbackRequest: {
            agentId: string;
            callbackNumbers?: string[];
            callbackScheduledTime?: string;
            conversationId: string;
            countryCode?: string;
            customerFirstCallbackDeliveryMode?: string;
            queueId?: string;
            validateCallbackNumbers?: boolean;
        };
        PatchCallbackResponse: {
            callbackIdentifiers: components["schemas"]["CallbackIdentifier"][];
            conversation: components["schemas"]["DomainEntityRef"];
        };
        PhoneColumn: {
            /** @description name of the phone column */
            columnName: string;
            /** @description type of the phone column, for example, 'cell' or 'home' */
            type: string;
        };
        PhoneNumber: {
            acceptsSMS?: boolean;
            countryCode?: string;
            display?: string;
            e164?: string;
            /** Format: int64 */
            extension?: number;
            normalizationCountryCode?: string;
            userInput?: string;
        };
        PhoneNumberColumn: {
            callableTimeColumnName?: string;
            columnName?: string;
            type?: string;
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
        PropertyIndexRequest: {
            /** @description The list of properties to index */
            properties: components["schemas"]["AnalyticsProperty"][];
            /** @description Attach properties to a segment in the indicated session */
            sessionId: string;
            /**
             * Format: date-time
             * @description Attach properties to a segment covering a specific point in time. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            targetDate: string;
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
        RecordersState: {
            adhocState?: string;
            agentExperienceState?: string;
            customerExperienceState?: string;
            snippetState?: string;
        };
        ResolutionDetailQueryClause: {
            predicates: components["schemas"]["ResolutionDetailQueryPredicate"][];
            type: string;
        };
        ResolutionDetailQueryFilter: {
            clauses?: components["schemas"]["ResolutionDetailQueryClause"][];
            predicates?: components["schemas"]["ResolutionDetailQueryPredicate"][];
            type: string;
        };
        ResolutionDetailQueryPredicate: {
            metric?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
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
        RoutingData: {
            label?: string;
            /** @description The identifier of a language to be considered in routing */
            languageId?: string;
            /** @description A list of agents to be preferred in routing */
            preferredAgentIds?: string[];
            /**
             * Format: int32
             * @description The priority for routing
             */
            priority?: number;
            /** @description The identifier of the routing queue */
            queueId: string;
            routingFlags?: string[];
            scoredAgents?: components["schemas"]["ScoredAgent"][];
            skillExpression?: string;
            /** @description A list of skill identifiers to be considered in routing */
            skillIds?: string[];
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
        SearchSort: {
            /** @description The field in the resource that you want to sort the results by */
            sortBy?: string;
            /**
             * @description The sort order for results
             * @enum {string}
             */
            sortOrder?: "ASC" | "DESC" | "SCORE" | (string & {});
        };
        SecureSession: {
            disconnect?: boolean;
            flow: components["schemas"]["DomainEntityRef"];
            id?: string;
            selfUri?: string;
            sourceParticipantId?: string;
            state: string;
            userData?: string;
        };
        SecureSessionEntityListing: {
            entities?: components["schemas"]["SecureSession"][];
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
        SegmentDetailQueryClause: {
            predicates: components["schemas"]["SegmentDetailQueryPredicate"][];
            type: string;
        };
        SegmentDetailQueryFilter: {
            clauses?: components["schemas"]["SegmentDetailQueryClause"][];
            predicates?: components["schemas"]["SegmentDetailQueryPredicate"][];
            type: string;
        };
        SegmentDetailQueryPredicate: {
            dimension?: string;
            metric?: string;
            operator?: string;
            property?: string;
            propertyType?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
        };
        SendAgentlessOutboundMessageRequest: {
            externalContactId?: string;
            fromAddress: string;
            messagingTemplate?: components["schemas"]["SendMessagingTemplateRequest"];
            textBody?: string;
            toAddress?: string;
            toAddressMessengerType: string;
            useExistingActiveConversation?: boolean;
        };
        SendAgentlessOutboundMessageResponse: {
            conversationId?: string;
            fromAddress?: string;
            id?: string;
            message?: components["schemas"]["MessageData"];
            messengerType?: string;
            selfUri?: string;
            timestamp?: string;
            toAddress?: string;
            useExistingActiveConversation?: boolean;
            user?: components["schemas"]["AddressableEntityRef"];
        };
        SendMessagingTemplateRequest: {
            bodyParameters?: components["schemas"]["TemplateParameter"][];
            buttonUrlParameters?: components["schemas"]["TemplateParameter"][];
            carouselParameters?: components["schemas"]["CarouselParameters"];
            headerParameters?: components["schemas"]["TemplateParameter"][];
            parameters?: components["schemas"]["TemplateParameter"][];
            responseId?: string;
        };
        ServiceLevel: {
            /** Format: int64 */
            durationMs?: number;
            /** Format: double */
            percentage?: number;
        };
        SetRecordingState: {
            recordingState?: string;
        };
        SettingDirection: {
            inbound?: string;
            outbound?: string;
        };
        Settings: {
            allowCallbackQueueSelection?: boolean;
            callbacksInheritRoutingFromInboundCall?: boolean;
            communicationBasedACW?: boolean;
            completeAcwWhenAgentTransitionsOffline?: boolean;
            includeNonAgentConversationSummary?: boolean;
            totalActiveCallback?: boolean;
        };
        SetUuiDataRequest: {
            /** @description The value of the uuiData to set. */
            uuiData?: string;
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
        SnippetRecordingRequest: {
            record?: boolean;
            type: string;
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
        SocialMediaMessageData: {
            conversationId?: string;
            createdBy?: components["schemas"]["User"];
            direction?: string;
            fromAddress?: string;
            id?: string;
            messengerType?: string;
            name?: string;
            normalizedMessage?: components["schemas"]["ConversationNormalizedMessage"];
            normalizedReceipts?: components["schemas"]["ConversationNormalizedMessage"][];
            providerMessageId?: string;
            selfUri?: string;
            status: string;
            timestamp: string;
            toAddress?: string;
        };
        StarrableDivision: {
            id?: string;
            name?: string;
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
        StorySetting: {
            mention?: components["schemas"]["InboundOnlySetting"];
            reply?: components["schemas"]["InboundOnlySetting"];
        };
        Suggestion: {
            answerRecordId?: string;
            article?: components["schemas"]["Article"];
            assistant?: components["schemas"]["AddressableEntityRef"];
            cannedResponse?: components["schemas"]["SuggestionCannedResponse"];
            context?: components["schemas"]["SuggestionContext"];
            conversation?: components["schemas"]["AddressableEntityRef"];
            dateCreated?: string;
            faq?: components["schemas"]["Faq"];
            id?: string;
            knowledgeArticle?: components["schemas"]["SuggestionKnowledgeArticle"];
            knowledgeSearch?: components["schemas"]["SuggestionKnowledgeSearch"];
            script?: components["schemas"]["SuggestionScript"];
            selfUri?: string;
            state?: string;
            thirdPartySuggestion?: components["schemas"]["ThirdPartySuggestion"];
            triggerType?: string;
            type?: string;
        };
        SuggestionCannedResponse: {
            library?: components["schemas"]["AddressableEntityRef"];
            response?: components["schemas"]["AddressableEntityRef"];
        };
        SuggestionContext: {
            externalContact?: components["schemas"]["AddressableEntityRef"];
            mediaType?: string;
            message?: components["schemas"]["AddressableEntityRef"];
            participantType?: string;
            queryStatement?: string;
            queue?: components["schemas"]["AddressableEntityRef"];
            user?: components["schemas"]["UserReference"];
            utterance?: components["schemas"]["Entity"];
        };
        SuggestionEngagement: {
            engagementType: string;
            feedback?: components["schemas"]["SuggestionFeedback"];
        };
        SuggestionFeedback: {
            rating: string;
        };
        SuggestionKnowledgeAnswer: {
            answer?: string;
            endIndex?: number;
            startIndex?: number;
        };
        SuggestionKnowledgeArticle: {
            document?: components["schemas"]["AddressableEntityRef"];
            knowledgeAnswer?: components["schemas"]["SuggestionKnowledgeAnswer"];
            snippets?: string[];
            title?: string;
            variations?: components["schemas"]["AddressableEntityRef"][];
            version?: components["schemas"]["AddressableEntityRef"];
        };
        SuggestionKnowledgeSearch: {
            confidence?: number;
            document?: components["schemas"]["AddressableEntityRef"];
            knowledgeAnswer?: components["schemas"]["SuggestionKnowledgeAnswer"];
            searchId?: string;
            snippets?: string[];
            title?: string;
            variations?: components["schemas"]["AddressableEntityRef"][];
            version?: components["schemas"]["AddressableEntityRef"];
        };
        SuggestionListing: {
            entities?: components["schemas"]["Suggestion"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        SuggestionPatchRequest: {
            thirdPartySuggestion?: components["schemas"]["ThirdPartySuggestion"];
        };
        SuggestionScript: {
            data?: {
                [key: string]: string;
            };
            page?: components["schemas"]["AddressableEntityRef"];
            script?: components["schemas"]["AddressableEntityRef"];
        };
        SupportedContent: {
            createdBy?: components["schemas"]["DomainEntityRef"];
            dateCreated?: string;
            dateModified?: string;
            id: string;
            mediaTypes?: components["schemas"]["MediaTypes"];
            modifiedBy?: components["schemas"]["DomainEntityRef"];
            name: string;
            selfUri?: string;
            version?: number;
        };
        SupportedContentListing: {
            entities?: components["schemas"]["SupportedContent"][];
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
        SupportedContentReference: {
            id: string;
            mediaTypes?: components["schemas"]["MediaTypes"];
            name?: string;
            selfUri?: string;
        };
        SurveyDetailQueryClause: {
            predicates: components["schemas"]["SurveyDetailQueryPredicate"][];
            type: string;
        };
        SurveyDetailQueryFilter: {
            clauses?: components["schemas"]["SurveyDetailQueryClause"][];
            predicates?: components["schemas"]["SurveyDetailQueryPredicate"][];
            type: string;
        };
        SurveyDetailQueryPredicate: {
            dimension?: string;
            metric?: string;
            operator?: string;
            range?: components["schemas"]["NumericRange"];
            type?: string;
            value?: string;
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
        TemplateParameter: {
            id?: string;
            value?: string;
        };
        TextMessageListing: {
            entities?: components["schemas"]["MessageData"][];
        };
        ThirdPartySuggestion: {
            sources?: components["schemas"]["ThirdPartySuggestionSource"][];
            text?: string;
            title?: string;
        };
        ThirdPartySuggestionSource: {
            name?: string;
            url?: string;
        };
        Ticker: {
            /** @description The exchange for this ticker symbol. Examples: NYSE, FTSE, NASDAQ, etc. */
            exchange: string;
            /** @description The ticker symbol for this organization. Example: ININ, AAPL, MSFT, etc. */
            symbol: string;
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
        TransferDestination: {
            address?: string;
            userId?: string;
        };
        TransferInitiator: {
            userId?: string;
        };
        TransferRequest: {
            /** @description The phone number or address of the transfer target. */
            address?: string;
            keepInternalMessageAlive?: boolean;
            /** @description The queue ID of the transfer target. */
            queueId?: string;
            transferType?: string;
            /** @description The user ID of the transfer target. */
            userId?: string;
            /** @description The user name of the transfer target. */
            userName?: string;
            /** @description If true, transfer to the voicemail inbox of the participant that is being replaced. */
            voicemail?: boolean;
        };
        TransferResponse: {
            dateIssued?: string;
            destination?: components["schemas"]["TransferDestination"];
            id?: string;
            initiator?: components["schemas"]["TransferInitiator"];
            modifiedBy?: components["schemas"]["TransferResponseModifiedBy"];
            state?: string;
            transferType?: string;
        };
        TransferResponseModifiedBy: {
            id?: string;
            selfUri?: string;
        };
        TransferToAddressRequest: {
            address?: string;
            keepInternalMessageAlive?: boolean;
            transferType?: string;
        };
        TransferToAgentRequest: {
            keepInternalMessageAlive?: boolean;
            transferType?: string;
            userDisplayName?: string;
            userId?: string;
            userName?: string;
            voicemail?: boolean;
        };
        TransferToExternalContactRequest: {
            contactId: string;
            keepInternalMessageAlive?: boolean;
            phoneType: string;
            transferType?: string;
        };
        TransferToExternalRequest: {
            address?: string;
            keepInternalMessageAlive?: boolean;
            transferType?: string;
        };
        TransferToQueueRequest: {
            keepInternalMessageAlive?: boolean;
            queueId?: string;
            queueName?: string;
            transferType?: string;
        };
        TrusteeAuthorization: {
            permissions?: string[];
        };
        Trustor: {
            authorization?: components["schemas"]["TrusteeAuthorization"];
            createdBy?: components["schemas"]["OrgUser"];
            /**
             * Format: date-time
             * @description Date Trust was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateCreated?: string;
            /** @description If disabled no trustee user will have access, even if they were previously added. */
            enabled: boolean;
            /** @description Organization Id for this trust. */
            readonly id?: string;
            organization?: components["schemas"]["Organization"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        /** @description User information for a twitter account */
        TwitterId: {
            /** @description twitter user.id_str */
            id?: string;
            /** @description twitter user.name */
            name?: string;
            /** @description url of user's twitter profile */
            readonly profileUrl?: string;
            /** @description twitter user.screen_name */
            screenName?: string;
            /** @description whether this data has been verified using the twitter API */
            readonly verified?: boolean;
        };
        TwitterIdentityResolutionConfig: {
            division?: components["schemas"]["WritableStarrableDivision"];
            resolveIdentities: boolean;
            selfUri?: string;
        };
        TwitterIntegration: {
            createdBy?: components["schemas"]["DomainEntityRef"];
            createError?: components["schemas"]["ErrorBody"];
            createStatus?: string;
            dateCreated?: string;
            dateModified?: string;
            id: string;
            messagingSetting?: components["schemas"]["MessagingSettingReference"];
            modifiedBy?: components["schemas"]["DomainEntityRef"];
            name: string;
            recipient?: components["schemas"]["DomainEntityRef"];
            selfUri?: string;
            status?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            version: number;
        };
        TwitterIntegrationEntityListing: {
            entities?: components["schemas"]["TwitterIntegration"][];
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
        TwitterIntegrationRequest: {
            appId: string;
            codeChallenge: string;
            id?: string;
            messagingSetting?: components["schemas"]["MessagingSettingRequestReference"];
            name: string;
            redirectUri: string;
            selfUri?: string;
            signupCode: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
        };
        TwitterIntegrationUpdateRequest: {
            codeChallenge?: string;
            id?: string;
            messagingSetting?: components["schemas"]["MessagingSettingRequestReference"];
            name?: string;
            redirectUri?: string;
            selfUri?: string;
            signupCode?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
        };
        TwitterOAuthSettings: {
            clientId?: string;
            scopes?: string[];
        };
        TwitterSignupOAuthSettings: {
            appId?: string;
            clientId?: string;
            scopes?: string[];
        };
        TypingSetting: {
            on?: components["schemas"]["SettingDirection"];
        };
        UpdateConferenceRequest: {
            conversationIds?: string[];
        };
        UploadAttachmentRequest: {
            contentLengthBytes: number;
            contentMd5?: string;
            inlineImage?: boolean;
            name: string;
        };
        UploadAttachmentResponse: {
            attachmentId?: string;
            conversationId?: string;
            headers?: {
                [key: string]: string;
            };
            name?: string;
            url?: string;
        };
        UploadMediaRequest: {
            contentLengthBytes: number;
            contentMd5?: string;
            fileName: string;
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
        ValidationLimits: {
            maximum?: components["schemas"]["MaxLength"];
            maxItems?: components["schemas"]["MaxLength"];
            maxLength?: components["schemas"]["MaxLength"];
            minimum?: components["schemas"]["MinLength"];
            minItems?: components["schemas"]["MinLength"];
            minLength?: components["schemas"]["MinLength"];
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
        VideoConferenceDetails: {
            conferenceId?: string;
            conversationId?: string;
            participantInfo?: components["schemas"]["ParticipantInfo"];
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
        WhatsAppAvailablePhoneNumberDetails: {
            name: string;
            phoneNumber?: string;
            status: string;
        };
        WhatsAppAvailablePhoneNumberDetailsListing: {
            entities?: components["schemas"]["WhatsAppAvailablePhoneNumberDetails"][];
        };
        WhatsAppEmbeddedSignupIntegrationActivationRequest: {
            id?: string;
            name?: string;
            phoneNumber?: string;
            pin: string;
            selfUri?: string;
        };
        WhatsAppEmbeddedSignupIntegrationRequest: {
            embeddedSignupAccessToken?: string;
            id?: string;
            messagingSetting?: components["schemas"]["MessagingSettingRequestReference"];
            name?: string;
            selfUri?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
        };
        WhatsAppId: {
            displayName?: string;
            phoneNumber: components["schemas"]["PhoneNumber"];
        };
        WhatsAppIdentityResolutionConfig: {
            division?: components["schemas"]["WritableStarrableDivision"];
            resolveIdentities: boolean;
            selfUri?: string;
        };
        WhatsAppIntegration: {
            activationErrorInfo?: components["schemas"]["ErrorBody"];
            activationStatusCode?: string;
            availablePhoneNumbers?: components["schemas"]["WhatsAppAvailablePhoneNumberDetailsListing"];
            createdBy?: components["schemas"]["DomainEntityRef"];
            createError?: components["schemas"]["ErrorBody"];
            createStatus?: string;
            dateCreated?: string;
            dateModified?: string;
            id: string;
            messagingSetting?: components["schemas"]["MessagingSettingReference"];
            modifiedBy?: components["schemas"]["DomainEntityRef"];
            name: string;
            phoneNumber: string;
            recipient?: components["schemas"]["DomainEntityRef"];
            selfUri?: string;
            status?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            version: number;
            whatsAppBusinessAccountId?: string;
        };
        WhatsAppIntegrationEntityListing: {
            entities?: components["schemas"]["WhatsAppIntegration"][];
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
        WhatsAppIntegrationRequest: {
            id?: string;
            messagingSetting?: components["schemas"]["MessagingSettingRequestReference"];
            name: string;
            phoneNumber: string;
            selfUri?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
            wabaCertificate: string;
        };
        WhatsAppIntegrationUpdateRequest: {
            id?: string;
            messagingSetting?: components["schemas"]["MessagingSettingRequestReference"];
            name?: string;
            selfUri?: string;
            supportedContent?: components["schemas"]["SupportedContentReference"];
        };
        WorkPlanBidRanks: {
            biddingTieBreaker?: string;
            id?: string;
            selfUri?: string;
            workPlanBiddingPerformance?: number;
        };
        Workspace: {
            acl?: string[];
            bucket?: string;
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
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            isCurrentUserWorkspace?: boolean;
            /** @description The current name of the workspace. */
            name: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            summary?: components["schemas"]["WorkspaceSummary"];
            /** @enum {string} */
            type?: "USER" | "GROUP" | (string & {});
            user?: components["schemas"]["DomainEntityRef"];
        };
        WorkspaceSummary: {
            /** Format: int64 */
            totalDocumentByteCount?: number;
            /** Format: int64 */
            totalDocumentCount?: number;
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
        WrapupInput: {
            code?: string;
            disableEndTimeUpdates?: boolean;
            durationSeconds?: number;
            endTime?: string;
            name?: string;
            notes?: string;
            provisional?: boolean;
            tags?: string[];
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
export type SchemaActivationTrigger = components['schemas']['ActivationTrigger'];
export type SchemaAcwSettings = components['schemas']['AcwSettings'];
export type SchemaAdditionalMessage = components['schemas']['AdditionalMessage'];
export type SchemaAdditionalSocialMediaMessage = components['schemas']['AdditionalSocialMediaMessage'];
export type SchemaAddress = components['schemas']['Address'];
export type SchemaAddressableEntityRef = components['schemas']['AddressableEntityRef'];
export type SchemaAdjustableLiveSpeakerDetection = components['schemas']['AdjustableLiveSpeakerDetection'];
export type SchemaAfterCallWork = components['schemas']['AfterCallWork'];
export type SchemaAfterCallWorkUpdate = components['schemas']['AfterCallWorkUpdate'];
export type SchemaAgentAction = components['schemas']['AgentAction'];
export type SchemaAgentActionPayload = components['schemas']['AgentActionPayload'];
export type SchemaAgentChecklistInfo = components['schemas']['AgentChecklistInfo'];
export type SchemaAgentChecklistResponse = components['schemas']['AgentChecklistResponse'];
export type SchemaAgentChecklistResponseList = components['schemas']['AgentChecklistResponseList'];
export type SchemaAgentlessEmailSendRequestDto = components['schemas']['AgentlessEmailSendRequestDto'];
export type SchemaAgentlessEmailSendResponseDto = components['schemas']['AgentlessEmailSendResponseDto'];
export type SchemaAgentOwnedRouting = components['schemas']['AgentOwnedRouting'];
export type SchemaAggregateMetricData = components['schemas']['AggregateMetricData'];
export type SchemaAggregateViewData = components['schemas']['AggregateViewData'];
export type SchemaAggregationRange = components['schemas']['AggregationRange'];
export type SchemaAggregationResult = components['schemas']['AggregationResult'];
export type SchemaAggregationResultEntry = components['schemas']['AggregationResultEntry'];
export type SchemaAiAnswer = components['schemas']['AiAnswer'];
export type SchemaAiScoring = components['schemas']['AiScoring'];
export type SchemaAiScoringSetting = components['schemas']['AiScoringSetting'];
export type SchemaAiScoringSettings = components['schemas']['AiScoringSettings'];
export type SchemaAnalyticsAgentGroup = components['schemas']['AnalyticsAgentGroup'];
export type SchemaAnalyticsConversation = components['schemas']['AnalyticsConversation'];
export type SchemaAnalyticsConversationAsyncQueryResponse = components['schemas']['AnalyticsConversationAsyncQueryResponse'];
export type SchemaAnalyticsConversationQueryResponse = components['schemas']['AnalyticsConversationQueryResponse'];
export type SchemaAnalyticsConversationSegment = components['schemas']['AnalyticsConversationSegment'];
export type SchemaAnalyticsConversationWithoutAttributes = components['schemas']['AnalyticsConversationWithoutAttributes'];
export type SchemaAnalyticsConversationWithoutAttributesMultiGetResponse = components['schemas']['AnalyticsConversationWithoutAttributesMultiGetResponse'];
export type SchemaAnalyticsEvaluation = components['schemas']['AnalyticsEvaluation'];
export type SchemaAnalyticsFlow = components['schemas']['AnalyticsFlow'];
export type SchemaAnalyticsFlowOutcome = components['schemas']['AnalyticsFlowOutcome'];
export type SchemaAnalyticsMediaEndpointStat = components['schemas']['AnalyticsMediaEndpointStat'];
export type SchemaAnalyticsParticipant = components['schemas']['AnalyticsParticipant'];
export type SchemaAnalyticsParticipantWithoutAttributes = components['schemas']['AnalyticsParticipantWithoutAttributes'];
export type SchemaAnalyticsProperty = components['schemas']['AnalyticsProperty'];
export type SchemaAnalyticsProposedAgent = components['schemas']['AnalyticsProposedAgent'];
export type SchemaAnalyticsQueryAggregation = components['schemas']['AnalyticsQueryAggregation'];
export type SchemaAnalyticsResolution = components['schemas']['AnalyticsResolution'];
export type SchemaAnalyticsScoredAgent = components['schemas']['AnalyticsScoredAgent'];
export type SchemaAnalyticsSession = components['schemas']['AnalyticsSession'];
export type SchemaAnalyticsSessionMetric = components['schemas']['AnalyticsSessionMetric'];
export type SchemaAnalyticsSurvey = components['schemas']['AnalyticsSurvey'];
export type SchemaAnswerOption = components['schemas']['AnswerOption'];
export type SchemaAppleAuthentication = components['schemas']['AppleAuthentication'];
export type SchemaAppleIdentityResolutionConfig = components['schemas']['AppleIdentityResolutionConfig'];
export type SchemaAppleIMessageApp = components['schemas']['AppleIMessageApp'];
export type SchemaAppleIntegration = components['schemas']['AppleIntegration'];
export type SchemaAppleIntegrationEntityListing = components['schemas']['AppleIntegrationEntityListing'];
export type SchemaAppleIntegrationRequest = components['schemas']['AppleIntegrationRequest'];
export type SchemaAppleIntegrationUpdateRequest = components['schemas']['AppleIntegrationUpdateRequest'];
export type SchemaAppleOpaqueId = components['schemas']['AppleOpaqueId'];
export type SchemaApplePay = components['schemas']['ApplePay'];
export type SchemaArticle = components['schemas']['Article'];
export type SchemaAssignedWrapupCode = components['schemas']['AssignedWrapupCode'];
export type SchemaAssistanceCondition = components['schemas']['AssistanceCondition'];
export type SchemaAsyncConversationQuery = components['schemas']['AsyncConversationQuery'];
export type SchemaAsyncQueryResponse = components['schemas']['AsyncQueryResponse'];
export type SchemaAsyncQueryStatus = components['schemas']['AsyncQueryStatus'];
export type SchemaAttachment = components['schemas']['Attachment'];
export type SchemaBiography = components['schemas']['Biography'];
export type SchemaBulkCallbackDisconnectRequest = components['schemas']['BulkCallbackDisconnectRequest'];
export type SchemaBulkCallbackPatchRequest = components['schemas']['BulkCallbackPatchRequest'];
export type SchemaBulkCallbackPatchResponse = components['schemas']['BulkCallbackPatchResponse'];
export type SchemaBulkError = components['schemas']['BulkError'];
export type SchemaBulkResult = components['schemas']['BulkResult'];
export type SchemaBullseye = components['schemas']['Bullseye'];
export type SchemaCachedMediaItem = components['schemas']['CachedMediaItem'];
export type SchemaCachedMediaItemEntityListing = components['schemas']['CachedMediaItemEntityListing'];
export type SchemaCalibration = components['schemas']['Calibration'];
export type SchemaCall = components['schemas']['Call'];
export type SchemaCallback = components['schemas']['Callback'];
export type SchemaCallbackConversation = components['schemas']['CallbackConversation'];
export type SchemaCallbackConversationEntityListing = components['schemas']['CallbackConversationEntityListing'];
export type SchemaCallbackDisconnectIdentifier = components['schemas']['CallbackDisconnectIdentifier'];
export type SchemaCallbackIdentifier = components['schemas']['CallbackIdentifier'];
export type SchemaCallbackMediaParticipant = components['schemas']['CallbackMediaParticipant'];
export type SchemaCallbackMediaSettings = components['schemas']['CallbackMediaSettings'];
export type SchemaCallCommand = components['schemas']['CallCommand'];
export type SchemaCallConversation = components['schemas']['CallConversation'];
export type SchemaCallConversationEntityListing = components['schemas']['CallConversationEntityListing'];
export type SchemaCallHistoryConversation = components['schemas']['CallHistoryConversation'];
export type SchemaCallHistoryConversationEntityListing = components['schemas']['CallHistoryConversationEntityListing'];
export type SchemaCallHistoryParticipant = components['schemas']['CallHistoryParticipant'];
export type SchemaCallMediaParticipant = components['schemas']['CallMediaParticipant'];
export type SchemaCampaign = components['schemas']['Campaign'];
export type SchemaCannedResponseLibraries = components['schemas']['CannedResponseLibraries'];
export type SchemaCardParameters = components['schemas']['CardParameters'];
export type SchemaCarouselParameters = components['schemas']['CarouselParameters'];
export type SchemaChat = components['schemas']['Chat'];
export type SchemaChecklistActivationPayload = components['schemas']['ChecklistActivationPayload'];
export type SchemaChecklistFinalizePayload = components['schemas']['ChecklistFinalizePayload'];
export type SchemaChecklistInferenceJobCreationResponse = components['schemas']['ChecklistInferenceJobCreationResponse'];
export type SchemaChecklistInferenceJobPayload = components['schemas']['ChecklistInferenceJobPayload'];
export type SchemaChecklistInferenceJobResponse = components['schemas']['ChecklistInferenceJobResponse'];
export type SchemaChecklistItem = components['schemas']['ChecklistItem'];
export type SchemaCobrowseConversation = components['schemas']['CobrowseConversation'];
export type SchemaCobrowseConversationEntityListing = components['schemas']['CobrowseConversationEntityListing'];
export type SchemaCobrowseMediaParticipant = components['schemas']['CobrowseMediaParticipant'];
export type SchemaCobrowsesession = components['schemas']['Cobrowsesession'];
export type SchemaCobrowseWebMessagingSession = components['schemas']['CobrowseWebMessagingSession'];
export type SchemaConditionalGroupActivation = components['schemas']['ConditionalGroupActivation'];
export type SchemaConditionalGroupActivationCondition = components['schemas']['ConditionalGroupActivationCondition'];
export type SchemaConditionalGroupActivationPilotRule = components['schemas']['ConditionalGroupActivationPilotRule'];
export type SchemaConditionalGroupActivationRule = components['schemas']['ConditionalGroupActivationRule'];
export type SchemaConditionalGroupActivationSimpleMetric = components['schemas']['ConditionalGroupActivationSimpleMetric'];
export type SchemaConditionalGroupRouting = components['schemas']['ConditionalGroupRouting'];
export type SchemaConditionalGroupRoutingRule = components['schemas']['ConditionalGroupRoutingRule'];
export type SchemaConsultTransfer = components['schemas']['ConsultTransfer'];
export type SchemaConsultTransferResponse = components['schemas']['ConsultTransferResponse'];
export type SchemaConsultTransferToAddress = components['schemas']['ConsultTransferToAddress'];
export type SchemaConsultTransferToAgent = components['schemas']['ConsultTransferToAgent'];
export type SchemaConsultTransferToExternal = components['schemas']['ConsultTransferToExternal'];
export type SchemaConsultTransferToExternalContact = components['schemas']['ConsultTransferToExternalContact'];
export type SchemaConsultTransferToQueue = components['schemas']['ConsultTransferToQueue'];
export type SchemaConsultTransferUpdate = components['schemas']['ConsultTransferUpdate'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaContactAddress = components['schemas']['ContactAddress'];
export type SchemaContactAddressableEntityRef = components['schemas']['ContactAddressableEntityRef'];
export type SchemaContactIdentifier = components['schemas']['ContactIdentifier'];
export type SchemaContactSort = components['schemas']['ContactSort'];
export type SchemaContentButtonResponse = components['schemas']['ContentButtonResponse'];
export type SchemaContentSetting = components['schemas']['ContentSetting'];
export type SchemaConversation = components['schemas']['Conversation'];
export type SchemaConversationAccessAttributesResponse = components['schemas']['ConversationAccessAttributesResponse'];
export type SchemaConversationAccessAttributesUpdate = components['schemas']['ConversationAccessAttributesUpdate'];
export type SchemaConversationActivityData = components['schemas']['ConversationActivityData'];
export type SchemaConversationActivityEntityData = components['schemas']['ConversationActivityEntityData'];
export type SchemaConversationActivityMetricValue = components['schemas']['ConversationActivityMetricValue'];
export type SchemaConversationActivityQuery = components['schemas']['ConversationActivityQuery'];
export type SchemaConversationActivityQueryClause = components['schemas']['ConversationActivityQueryClause'];
export type SchemaConversationActivityQueryFilter = components['schemas']['ConversationActivityQueryFilter'];
export type SchemaConversationActivityQueryMetric = components['schemas']['ConversationActivityQueryMetric'];
export type SchemaConversationActivityQueryPredicate = components['schemas']['ConversationActivityQueryPredicate'];
export type SchemaConversationActivityResponse = components['schemas']['ConversationActivityResponse'];
export type SchemaConversationActivityScoredAgent = components['schemas']['ConversationActivityScoredAgent'];
export type SchemaConversationAggregateDataContainer = components['schemas']['ConversationAggregateDataContainer'];
export type SchemaConversationAggregateQueryClause = components['schemas']['ConversationAggregateQueryClause'];
export type SchemaConversationAggregateQueryFilter = components['schemas']['ConversationAggregateQueryFilter'];
export type SchemaConversationAggregateQueryPredicate = components['schemas']['ConversationAggregateQueryPredicate'];
export type SchemaConversationAggregateQueryResponse = components['schemas']['ConversationAggregateQueryResponse'];
export type SchemaConversationAggregationQuery = components['schemas']['ConversationAggregationQuery'];
export type SchemaConversationAggregationSort = components['schemas']['ConversationAggregationSort'];
export type SchemaConversationAggregationView = components['schemas']['ConversationAggregationView'];
export type SchemaConversationAsyncAggregateQueryResponse = components['schemas']['ConversationAsyncAggregateQueryResponse'];
export type SchemaConversationAsyncAggregationQuery = components['schemas']['ConversationAsyncAggregationQuery'];
export type SchemaConversationChannelMetadata = components['schemas']['ConversationChannelMetadata'];
export type SchemaConversationChat = components['schemas']['ConversationChat'];
export type SchemaConversationContentAttachment = components['schemas']['ConversationContentAttachment'];
export type SchemaConversationContentButtonResponse = components['schemas']['ConversationContentButtonResponse'];
export type SchemaConversationContentCard = components['schemas']['ConversationContentCard'];
export type SchemaConversationContentCardAction = components['schemas']['ConversationContentCardAction'];
export type SchemaConversationContentCarousel = components['schemas']['ConversationContentCarousel'];
export type SchemaConversationContentDatePicker = components['schemas']['ConversationContentDatePicker'];
export type SchemaConversationContentDatePickerAvailableTime = components['schemas']['ConversationContentDatePickerAvailableTime'];
export type SchemaConversationContentForm = components['schemas']['ConversationContentForm'];
export type SchemaConversationContentInput = components['schemas']['ConversationContentInput'];
export type SchemaConversationContentInteractiveApplication = components['schemas']['ConversationContentInteractiveApplication'];
export type SchemaConversationContentIntroduction = components['schemas']['ConversationContentIntroduction'];
export type SchemaConversationContentLineItem = components['schemas']['ConversationContentLineItem'];
export type SchemaConversationContentListPicker = components['schemas']['ConversationContentListPicker'];
export type SchemaConversationContentListPickerItem = components['schemas']['ConversationContentListPickerItem'];
export type SchemaConversationContentListPickerSection = components['schemas']['ConversationContentListPickerSection'];
export type SchemaConversationContentLocation = components['schemas']['ConversationContentLocation'];
export type SchemaConversationContentNotificationResponse = components['schemas']['ConversationContentNotificationResponse'];
export type SchemaConversationContentNotificationTemplate = components['schemas']['ConversationContentNotificationTemplate'];
export type SchemaConversationContentPaymentRequest = components['schemas']['ConversationContentPaymentRequest'];
export type SchemaConversationContentPaymentResponse = components['schemas']['ConversationContentPaymentResponse'];
export type SchemaConversationContentPush = components['schemas']['ConversationContentPush'];
export type SchemaConversationContentQuickReply = components['schemas']['ConversationContentQuickReply'];
export type SchemaConversationContentQuickReplyV2 = components['schemas']['ConversationContentQuickReplyV2'];
export type SchemaConversationContentReaction = components['schemas']['ConversationContentReaction'];
export type SchemaConversationContentReceivedReplyMessage = components['schemas']['ConversationContentReceivedReplyMessage'];
export type SchemaConversationContentRequiredContactField = components['schemas']['ConversationContentRequiredContactField'];
export type SchemaConversationContentStory = components['schemas']['ConversationContentStory'];
export type SchemaConversationContentText = components['schemas']['ConversationContentText'];
export type SchemaConversationContentWheelPicker = components['schemas']['ConversationContentWheelPicker'];
export type SchemaConversationContentWheelPickerItem = components['schemas']['ConversationContentWheelPickerItem'];
export type SchemaConversationContext = components['schemas']['ConversationContext'];
export type SchemaConversationCustomAttributesSearchRequest = components['schemas']['ConversationCustomAttributesSearchRequest'];
export type SchemaConversationDataSchema = components['schemas']['ConversationDataSchema'];
export type SchemaConversationDataSchemaListing = components['schemas']['ConversationDataSchemaListing'];
export type SchemaConversationDetailQueryClause = components['schemas']['ConversationDetailQueryClause'];
export type SchemaConversationDetailQueryFilter = components['schemas']['ConversationDetailQueryFilter'];
export type SchemaConversationDetailQueryPredicate = components['schemas']['ConversationDetailQueryPredicate'];
export type SchemaConversationDivisionMembership = components['schemas']['ConversationDivisionMembership'];
export type SchemaConversationEditedInput = components['schemas']['ConversationEditedInput'];
export type SchemaConversationEncryptionConfiguration = components['schemas']['ConversationEncryptionConfiguration'];
export type SchemaConversationEncryptionConfigurationListing = components['schemas']['ConversationEncryptionConfigurationListing'];
export type SchemaConversationEnrichment = components['schemas']['ConversationEnrichment'];
export type SchemaConversationEnrichmentLanguage = components['schemas']['ConversationEnrichmentLanguage'];
export type SchemaConversationEnrichmentSentimentV2 = components['schemas']['ConversationEnrichmentSentimentV2'];
export type SchemaConversationEntityListing = components['schemas']['ConversationEntityListing'];
export type SchemaConversationEventCoBrowse = components['schemas']['ConversationEventCoBrowse'];
export type SchemaConversationEventPresence = components['schemas']['ConversationEventPresence'];
export type SchemaConversationEventTyping = components['schemas']['ConversationEventTyping'];
export type SchemaConversationEventVideo = components['schemas']['ConversationEventVideo'];
export type SchemaConversationFormPage = components['schemas']['ConversationFormPage'];
export type SchemaConversationFormPageComponent = components['schemas']['ConversationFormPageComponent'];
export type SchemaConversationFormResponseComponent = components['schemas']['ConversationFormResponseComponent'];
export type SchemaConversationFormResponseContent = components['schemas']['ConversationFormResponseContent'];
export type SchemaConversationJsonSchemaDocument = components['schemas']['ConversationJsonSchemaDocument'];
export type SchemaConversationJsonSchemaRequest = components['schemas']['ConversationJsonSchemaRequest'];
export type SchemaConversationMessageContent = components['schemas']['ConversationMessageContent'];
export type SchemaConversationMessageEvent = components['schemas']['ConversationMessageEvent'];
export type SchemaConversationMessageMetadata = components['schemas']['ConversationMessageMetadata'];
export type SchemaConversationMessageMetadataContent = components['schemas']['ConversationMessageMetadataContent'];
export type SchemaConversationMessageMetadataEvent = components['schemas']['ConversationMessageMetadataEvent'];
export type SchemaConversationMessagingChannel = components['schemas']['ConversationMessagingChannel'];
export type SchemaConversationMessagingFromRecipient = components['schemas']['ConversationMessagingFromRecipient'];
export type SchemaConversationMessagingToRecipient = components['schemas']['ConversationMessagingToRecipient'];
export type SchemaConversationNormalizedMessage = components['schemas']['ConversationNormalizedMessage'];
export type SchemaConversationNotificationTemplateBody = components['schemas']['ConversationNotificationTemplateBody'];
export type SchemaConversationNotificationTemplateButton = components['schemas']['ConversationNotificationTemplateButton'];
export type SchemaConversationNotificationTemplateFooter = components['schemas']['ConversationNotificationTemplateFooter'];
export type SchemaConversationNotificationTemplateHeader = components['schemas']['ConversationNotificationTemplateHeader'];
export type SchemaConversationNotificationTemplateParameter = components['schemas']['ConversationNotificationTemplateParameter'];
export type SchemaConversationParticipantSearchCriteria = components['schemas']['ConversationParticipantSearchCriteria'];
export type SchemaConversationParticipantSearchRequest = components['schemas']['ConversationParticipantSearchRequest'];
export type SchemaConversationPublicMetadata = components['schemas']['ConversationPublicMetadata'];
export type SchemaConversationPushFailedMessageReferences = components['schemas']['ConversationPushFailedMessageReferences'];
export type SchemaConversationPushNotificationMessageLabel = components['schemas']['ConversationPushNotificationMessageLabel'];
export type SchemaConversationPushProviderIntegration = components['schemas']['ConversationPushProviderIntegration'];
export type SchemaConversationQuery = components['schemas']['ConversationQuery'];
export type SchemaConversationQueueMediaSettings = components['schemas']['ConversationQueueMediaSettings'];
export type SchemaConversationReason = components['schemas']['ConversationReason'];
export type SchemaConversationRecipientAdditionalIdentifier = components['schemas']['ConversationRecipientAdditionalIdentifier'];
export type SchemaConversationReference = components['schemas']['ConversationReference'];
export type SchemaConversationRoutingData = components['schemas']['ConversationRoutingData'];
export type SchemaConversationSchemaUpdateRequest = components['schemas']['ConversationSchemaUpdateRequest'];
export type SchemaConversationSecureAttributes = components['schemas']['ConversationSecureAttributes'];
export type SchemaConversationSessionSummary = components['schemas']['ConversationSessionSummary'];
export type SchemaConversationSummariesGetResponse = components['schemas']['ConversationSummariesGetResponse'];
export type SchemaConversationSummary = components['schemas']['ConversationSummary'];
export type SchemaConversationSummaryFollowup = components['schemas']['ConversationSummaryFollowup'];
export type SchemaConversationSummaryReason = components['schemas']['ConversationSummaryReason'];
export type SchemaConversationSummaryResolution = components['schemas']['ConversationSummaryResolution'];
export type SchemaConversationSummaryWrapupCode = components['schemas']['ConversationSummaryWrapupCode'];
export type SchemaConversationTagsUpdate = components['schemas']['ConversationTagsUpdate'];
export type SchemaConversationThreadingWindow = components['schemas']['ConversationThreadingWindow'];
export type SchemaConversationThreadingWindowSetting = components['schemas']['ConversationThreadingWindowSetting'];
export type SchemaConversationUser = components['schemas']['ConversationUser'];
export type SchemaConversationUtilizationLabelUpdate = components['schemas']['ConversationUtilizationLabelUpdate'];
export type SchemaCopilotContextEntity = components['schemas']['CopilotContextEntity'];
export type SchemaCopilotContextValueItem = components['schemas']['CopilotContextValueItem'];
export type SchemaCopilotContextValues = components['schemas']['CopilotContextValues'];
export type SchemaCopyAttachmentsRequest = components['schemas']['CopyAttachmentsRequest'];
export type SchemaCoretype = components['schemas']['Coretype'];
export type SchemaCoretypeListing = components['schemas']['CoretypeListing'];
export type SchemaCoverSheet = components['schemas']['CoverSheet'];
export type SchemaCreateCallbackCommand = components['schemas']['CreateCallbackCommand'];
export type SchemaCreateCallbackOnConversationCommand = components['schemas']['CreateCallbackOnConversationCommand'];
export type SchemaCreateCallbackResponse = components['schemas']['CreateCallbackResponse'];
export type SchemaCreateCallRequest = components['schemas']['CreateCallRequest'];
export type SchemaCreateCallResponse = components['schemas']['CreateCallResponse'];
export type SchemaCreateEmailRequest = components['schemas']['CreateEmailRequest'];
export type SchemaCreateJoinVideoResponse = components['schemas']['CreateJoinVideoResponse'];
export type SchemaCreateOutboundMessagingConversationRequest = components['schemas']['CreateOutboundMessagingConversationRequest'];
export type SchemaCreateOutboundMessagingConversationResponse = components['schemas']['CreateOutboundMessagingConversationResponse'];
export type SchemaCreateSecureSession = components['schemas']['CreateSecureSession'];
export type SchemaCustomAttributes = components['schemas']['CustomAttributes'];
export type SchemaCustomAttributesBulkUpdateResponse = components['schemas']['CustomAttributesBulkUpdateResponse'];
export type SchemaCustomAttributesBulkUpdateResponseMap = components['schemas']['CustomAttributesBulkUpdateResponseMap'];
export type SchemaCustomAttributesIdResponse = components['schemas']['CustomAttributesIdResponse'];
export type SchemaCustomAttributesListing = components['schemas']['CustomAttributesListing'];
export type SchemaCustomAttributesPatchRequest = components['schemas']['CustomAttributesPatchRequest'];
export type SchemaCustomAttributesUpdateRequest = components['schemas']['CustomAttributesUpdateRequest'];
export type SchemaDataAvailabilityResponse = components['schemas']['DataAvailabilityResponse'];
export type SchemaDataSchema = components['schemas']['DataSchema'];
export type SchemaDefaultAnswer = components['schemas']['DefaultAnswer'];
export type SchemaDefaultAnswersTo = components['schemas']['DefaultAnswersTo'];
export type SchemaDestination = components['schemas']['Destination'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDiagnosticsSettings = components['schemas']['DiagnosticsSettings'];
export type SchemaDialerPreview = components['schemas']['DialerPreview'];
export type SchemaDigits = components['schemas']['Digits'];
export type SchemaDirectRouting = components['schemas']['DirectRouting'];
export type SchemaDirectRoutingMediaSettings = components['schemas']['DirectRoutingMediaSettings'];
export type SchemaDisconnectReason = components['schemas']['DisconnectReason'];
export type SchemaDisposition = components['schemas']['Disposition'];
export type SchemaDispositionAmdTimeout = components['schemas']['DispositionAmdTimeout'];
export type SchemaDispositionParameters = components['schemas']['DispositionParameters'];
export type SchemaDispositionSilentCallTimeout = components['schemas']['DispositionSilentCallTimeout'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDivisionEntityRef = components['schemas']['DivisionEntityRef'];
export type SchemaDomainEntityListingEvaluationForm = components['schemas']['DomainEntityListingEvaluationForm'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaDomainRole = components['schemas']['DomainRole'];
export type SchemaDraftManipulationRequest = components['schemas']['DraftManipulationRequest'];
export type SchemaDynamicContactQueueingSettings = components['schemas']['DynamicContactQueueingSettings'];
export type SchemaDynamicLineBalancingSettings = components['schemas']['DynamicLineBalancingSettings'];
export type SchemaEducation = components['schemas']['Education'];
export type SchemaEmail = components['schemas']['Email'];
export type SchemaEmailAddress = components['schemas']['EmailAddress'];
export type SchemaEmailConversation = components['schemas']['EmailConversation'];
export type SchemaEmailConversationEntityListing = components['schemas']['EmailConversationEntityListing'];
export type SchemaEmailMediaParticipant = components['schemas']['EmailMediaParticipant'];
export type SchemaEmailMediaSettings = components['schemas']['EmailMediaSettings'];
export type SchemaEmailMessage = components['schemas']['EmailMessage'];
export type SchemaEmailMessagePreview = components['schemas']['EmailMessagePreview'];
export type SchemaEmailMessagePreviewListing = components['schemas']['EmailMessagePreviewListing'];
export type SchemaEmailMessageReply = components['schemas']['EmailMessageReply'];
export type SchemaEmailsSettings = components['schemas']['EmailsSettings'];
export type SchemaEmployerInfo = components['schemas']['EmployerInfo'];
export type SchemaEngagementRequest = components['schemas']['EngagementRequest'];
export type SchemaEntity = components['schemas']['Entity'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaErrorInfo = components['schemas']['ErrorInfo'];
export type SchemaEvaluation = components['schemas']['Evaluation'];
export type SchemaEvaluationDetailQueryClause = components['schemas']['EvaluationDetailQueryClause'];
export type SchemaEvaluationDetailQueryFilter = components['schemas']['EvaluationDetailQueryFilter'];
export type SchemaEvaluationDetailQueryPredicate = components['schemas']['EvaluationDetailQueryPredicate'];
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
export type SchemaEventSetting = components['schemas']['EventSetting'];
export type SchemaExpansionCriterium = components['schemas']['ExpansionCriterium'];
export type SchemaExternalContact = components['schemas']['ExternalContact'];
export type SchemaExternalDataSource = components['schemas']['ExternalDataSource'];
export type SchemaExternalId = components['schemas']['ExternalId'];
export type SchemaExternalOrganization = components['schemas']['ExternalOrganization'];
export type SchemaExternalOrganizationIdentifier = components['schemas']['ExternalOrganizationIdentifier'];
export type SchemaExternalSource = components['schemas']['ExternalSource'];
export type SchemaFacebookAppCredentials = components['schemas']['FacebookAppCredentials'];
export type SchemaFacebookId = components['schemas']['FacebookId'];
export type SchemaFacebookIdentityResolutionConfig = components['schemas']['FacebookIdentityResolutionConfig'];
export type SchemaFacebookIntegration = components['schemas']['FacebookIntegration'];
export type SchemaFacebookIntegrationEntityListing = components['schemas']['FacebookIntegrationEntityListing'];
export type SchemaFacebookIntegrationRequest = components['schemas']['FacebookIntegrationRequest'];
export type SchemaFacebookIntegrationUpdateRequest = components['schemas']['FacebookIntegrationUpdateRequest'];
export type SchemaFacebookPermission = components['schemas']['FacebookPermission'];
export type SchemaFacebookPermissionEntityListing = components['schemas']['FacebookPermissionEntityListing'];
export type SchemaFacebookScopedId = components['schemas']['FacebookScopedId'];
export type SchemaFaq = components['schemas']['Faq'];
export type SchemaFaxSendRequest = components['schemas']['FaxSendRequest'];
export type SchemaFaxSendResponse = components['schemas']['FaxSendResponse'];
export type SchemaFaxStatus = components['schemas']['FaxStatus'];
export type SchemaFeedback = components['schemas']['Feedback'];
export type SchemaFeedbackAddRequest = components['schemas']['FeedbackAddRequest'];
export type SchemaFeedbackUpdateRequest = components['schemas']['FeedbackUpdateRequest'];
export type SchemaGenerateMeetingIdRequest = components['schemas']['GenerateMeetingIdRequest'];
export type SchemaGeolocation = components['schemas']['Geolocation'];
export type SchemaGoogleAuthToken = components['schemas']['GoogleAuthToken'];
export type SchemaGoogleAuthTokenReference = components['schemas']['GoogleAuthTokenReference'];
export type SchemaGoogleAuthTokenRequest = components['schemas']['GoogleAuthTokenRequest'];
export type SchemaGoogleBusinessProfileAccount = components['schemas']['GoogleBusinessProfileAccount'];
export type SchemaGoogleBusinessProfileAccountListing = components['schemas']['GoogleBusinessProfileAccountListing'];
export type SchemaGoogleBusinessProfileAccountReference = components['schemas']['GoogleBusinessProfileAccountReference'];
export type SchemaGoogleBusinessProfileOpenIntegration = components['schemas']['GoogleBusinessProfileOpenIntegration'];
export type SchemaGoogleBusinessProfileOpenIntegrationRequest = components['schemas']['GoogleBusinessProfileOpenIntegrationRequest'];
export type SchemaGoogleBusinessProfileOpenIntegrationUpdateRequest = components['schemas']['GoogleBusinessProfileOpenIntegrationUpdateRequest'];
export type SchemaGoogleOAuthSettingsResponse = components['schemas']['GoogleOAuthSettingsResponse'];
export type SchemaGroup = components['schemas']['Group'];
export type SchemaGroupContact = components['schemas']['GroupContact'];
export type SchemaHistoryHeadersTranslation = components['schemas']['HistoryHeadersTranslation'];
export type SchemaIdentityResolutionExternalSource = components['schemas']['IdentityResolutionExternalSource'];
export type SchemaImage = components['schemas']['Image'];
export type SchemaInactivityTimeoutSettings = components['schemas']['InactivityTimeoutSettings'];
export type SchemaInboundMessageRequest = components['schemas']['InboundMessageRequest'];
export type SchemaInboundOnlySetting = components['schemas']['InboundOnlySetting'];
export type SchemaInboundRoute = components['schemas']['InboundRoute'];
export type SchemaInstagramId = components['schemas']['InstagramId'];
export type SchemaInstagramIdentityResolutionConfig = components['schemas']['InstagramIdentityResolutionConfig'];
export type SchemaInstagramIntegration = components['schemas']['InstagramIntegration'];
export type SchemaInstagramIntegrationEntityListing = components['schemas']['InstagramIntegrationEntityListing'];
export type SchemaInstagramIntegrationRequest = components['schemas']['InstagramIntegrationRequest'];
export type SchemaInstagramIntegrationUpdateRequest = components['schemas']['InstagramIntegrationUpdateRequest'];
export type SchemaInstagramScopedId = components['schemas']['InstagramScopedId'];
export type SchemaInternalMessage = components['schemas']['InternalMessage'];
export type SchemaInternalMessageConversation = components['schemas']['InternalMessageConversation'];
export type SchemaInternalMessageConversationEntityListing = components['schemas']['InternalMessageConversationEntityListing'];
export type SchemaInternalMessageData = components['schemas']['InternalMessageData'];
export type SchemaInternalMessageDataEntityListing = components['schemas']['InternalMessageDataEntityListing'];
export type SchemaInternalMessageDetails = components['schemas']['InternalMessageDetails'];
export type SchemaInternalMessageMediaParticipant = components['schemas']['InternalMessageMediaParticipant'];
export type SchemaInternalMessageRequest = components['schemas']['InternalMessageRequest'];
export type SchemaItems = components['schemas']['Items'];
export type SchemaItemValidationLimits = components['schemas']['ItemValidationLimits'];
export type SchemaJourneyAction = components['schemas']['JourneyAction'];
export type SchemaJourneyActionMap = components['schemas']['JourneyActionMap'];
export type SchemaJourneyContext = components['schemas']['JourneyContext'];
export type SchemaJourneyCustomer = components['schemas']['JourneyCustomer'];
export type SchemaJourneyCustomerSession = components['schemas']['JourneyCustomerSession'];
export type SchemaJsonCursorSearchResponse = components['schemas']['JsonCursorSearchResponse'];
export type SchemaJsonSchemaDocument = components['schemas']['JsonSchemaDocument'];
export type SchemaJsonSearchResponse = components['schemas']['JsonSearchResponse'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaLineId = components['schemas']['LineId'];
export type SchemaLineUserId = components['schemas']['LineUserId'];
export type SchemaLinkConfiguration = components['schemas']['LinkConfiguration'];
export type SchemaLocation = components['schemas']['Location'];
export type SchemaLocationAddress = components['schemas']['LocationAddress'];
export type SchemaLocationAddressVerificationDetails = components['schemas']['LocationAddressVerificationDetails'];
export type SchemaLocationDefinition = components['schemas']['LocationDefinition'];
export type SchemaLocationEmergencyNumber = components['schemas']['LocationEmergencyNumber'];
export type SchemaLocationImage = components['schemas']['LocationImage'];
export type SchemaMandatoryPostCallActionInput = components['schemas']['MandatoryPostCallActionInput'];
export type SchemaMaxLength = components['schemas']['MaxLength'];
export type SchemaMaxParticipants = components['schemas']['MaxParticipants'];
export type SchemaMediaParticipantRequest = components['schemas']['MediaParticipantRequest'];
export type SchemaMediaSettings = components['schemas']['MediaSettings'];
export type SchemaMediaSummary = components['schemas']['MediaSummary'];
export type SchemaMediaSummaryDetail = components['schemas']['MediaSummaryDetail'];
export type SchemaMediaType = components['schemas']['MediaType'];
export type SchemaMediaTypeAccess = components['schemas']['MediaTypeAccess'];
export type SchemaMediaTypes = components['schemas']['MediaTypes'];
export type SchemaMeetingIdRecord = components['schemas']['MeetingIdRecord'];
export type SchemaMemberGroup = components['schemas']['MemberGroup'];
export type SchemaMergeOperation = components['schemas']['MergeOperation'];
export type SchemaMessage = components['schemas']['Message'];
export type SchemaMessageConversation = components['schemas']['MessageConversation'];
export type SchemaMessageConversationEntityListing = components['schemas']['MessageConversationEntityListing'];
export type SchemaMessageData = components['schemas']['MessageData'];
export type SchemaMessageDetails = components['schemas']['MessageDetails'];
export type SchemaMessageMedia = components['schemas']['MessageMedia'];
export type SchemaMessageMediaData = components['schemas']['MessageMediaData'];
export type SchemaMessageMediaListing = components['schemas']['MessageMediaListing'];
export type SchemaMessageMediaParticipant = components['schemas']['MessageMediaParticipant'];
export type SchemaMessageMediaSettings = components['schemas']['MessageMediaSettings'];
export type SchemaMessageMediaUploadData = components['schemas']['MessageMediaUploadData'];
export type SchemaMessageSticker = components['schemas']['MessageSticker'];
export type SchemaMessageSubtypeSettings = components['schemas']['MessageSubtypeSettings'];
export type SchemaMessageTypingEventRequest = components['schemas']['MessageTypingEventRequest'];
export type SchemaMessagingConferResponse = components['schemas']['MessagingConferResponse'];
export type SchemaMessagingConferWithUserRequest = components['schemas']['MessagingConferWithUserRequest'];
export type SchemaMessagingConfigListing = components['schemas']['MessagingConfigListing'];
export type SchemaMessagingIntegration = components['schemas']['MessagingIntegration'];
export type SchemaMessagingIntegrationEntityListing = components['schemas']['MessagingIntegrationEntityListing'];
export type SchemaMessagingSetting = components['schemas']['MessagingSetting'];
export type SchemaMessagingSettingDefaultRequest = components['schemas']['MessagingSettingDefaultRequest'];
export type SchemaMessagingSettingPatchRequest = components['schemas']['MessagingSettingPatchRequest'];
export type SchemaMessagingSettingReference = components['schemas']['MessagingSettingReference'];
export type SchemaMessagingSettingRequest = components['schemas']['MessagingSettingRequest'];
export type SchemaMessagingSettingRequestReference = components['schemas']['MessagingSettingRequestReference'];
export type SchemaMetadataAttribute = components['schemas']['MetadataAttribute'];
export type SchemaMinLength = components['schemas']['MinLength'];
export type SchemaNumericRange = components['schemas']['NumericRange'];
export type SchemaOAuthAppleAuthorizationResponse = components['schemas']['OAuthAppleAuthorizationResponse'];
export type SchemaOAuthAppleAuthorizationResponseError = components['schemas']['OAuthAppleAuthorizationResponseError'];
export type SchemaOAuthLastTokenIssued = components['schemas']['OAuthLastTokenIssued'];
export type SchemaOnDemandConversationSummaryRequest = components['schemas']['OnDemandConversationSummaryRequest'];
export type SchemaOnDemandSummaryAcceptedResponse = components['schemas']['OnDemandSummaryAcceptedResponse'];
export type SchemaOpenContentAttachment = components['schemas']['OpenContentAttachment'];
export type SchemaOpenEvent = components['schemas']['OpenEvent'];
export type SchemaOpenEventNormalizedMessage = components['schemas']['OpenEventNormalizedMessage'];
export type SchemaOpenInboundMessageContent = components['schemas']['OpenInboundMessageContent'];
export type SchemaOpenInboundMessageMessagingChannel = components['schemas']['OpenInboundMessageMessagingChannel'];
export type SchemaOpenInboundMessagingChannel = components['schemas']['OpenInboundMessagingChannel'];
export type SchemaOpenInboundMessagingReceiptChannel = components['schemas']['OpenInboundMessagingReceiptChannel'];
export type SchemaOpenInboundNormalizedEvent = components['schemas']['OpenInboundNormalizedEvent'];
export type SchemaOpenInboundNormalizedMessage = components['schemas']['OpenInboundNormalizedMessage'];
export type SchemaOpenInboundNormalizedReceipt = components['schemas']['OpenInboundNormalizedReceipt'];
export type SchemaOpenInboundStructuredResponseMessage = components['schemas']['OpenInboundStructuredResponseMessage'];
export type SchemaOpenInboundStructuredResponseNormalizedMessageContent = components['schemas']['OpenInboundStructuredResponseNormalizedMessageContent'];
export type SchemaOpenIntegration = components['schemas']['OpenIntegration'];
export type SchemaOpenIntegrationEntityListing = components['schemas']['OpenIntegrationEntityListing'];
export type SchemaOpenIntegrationRequest = components['schemas']['OpenIntegrationRequest'];
export type SchemaOpenIntegrationUpdateRequest = components['schemas']['OpenIntegrationUpdateRequest'];
export type SchemaOpenMessageContent = components['schemas']['OpenMessageContent'];
export type SchemaOpenMessageEvent = components['schemas']['OpenMessageEvent'];
export type SchemaOpenMessageNormalizedMessage = components['schemas']['OpenMessageNormalizedMessage'];
export type SchemaOpenMessagingChannel = components['schemas']['OpenMessagingChannel'];
export type SchemaOpenMessagingFromRecipient = components['schemas']['OpenMessagingFromRecipient'];
export type SchemaOpenMessagingIdentityResolutionConfig = components['schemas']['OpenMessagingIdentityResolutionConfig'];
export type SchemaOpenMessagingToRecipient = components['schemas']['OpenMessagingToRecipient'];
export type SchemaOpenNormalizedMessage = components['schemas']['OpenNormalizedMessage'];
export type SchemaOpenReceiptNormalizedMessage = components['schemas']['OpenReceiptNormalizedMessage'];
export type SchemaOpenStructuredResponseNormalizedMessage = components['schemas']['OpenStructuredResponseNormalizedMessage'];
export type SchemaOrganization = components['schemas']['Organization'];
export type SchemaOrgUser = components['schemas']['OrgUser'];
export type SchemaOutOfOffice = components['schemas']['OutOfOffice'];
export type SchemaPage = components['schemas']['Page'];
export type SchemaPagelessDomainEntityListingEvaluationVersion = components['schemas']['PagelessDomainEntityListingEvaluationVersion'];
export type SchemaPagingSpec = components['schemas']['PagingSpec'];
export type SchemaParkingStateRequest = components['schemas']['ParkingStateRequest'];
export type SchemaParticipant = components['schemas']['Participant'];
export type SchemaParticipantAttributes = components['schemas']['ParticipantAttributes'];
export type SchemaParticipantInfo = components['schemas']['ParticipantInfo'];
export type SchemaPatchCallbackRequest = components['schemas']['PatchCallbackRequest'];
export type SchemaPatchCallbackResponse = components['schemas']['PatchCallbackResponse'];
export type SchemaPhoneColumn = components['schemas']['PhoneColumn'];
export type SchemaPhoneNumber = components['schemas']['PhoneNumber'];
export type SchemaPhoneNumberColumn = components['schemas']['PhoneNumberColumn'];
export type SchemaPresenceDefinition = components['schemas']['PresenceDefinition'];
export type SchemaPropertyIndexRequest = components['schemas']['PropertyIndexRequest'];
export type SchemaQuestionGroupSettings = components['schemas']['QuestionGroupSettings'];
export type SchemaQuestionSettings = components['schemas']['QuestionSettings'];
export type SchemaQueue = components['schemas']['Queue'];
export type SchemaQueueEmailAddress = components['schemas']['QueueEmailAddress'];
export type SchemaQueueMediaSettings = components['schemas']['QueueMediaSettings'];
export type SchemaQueueMessagingAddresses = components['schemas']['QueueMessagingAddresses'];
export type SchemaRecordersState = components['schemas']['RecordersState'];
export type SchemaResolutionDetailQueryClause = components['schemas']['ResolutionDetailQueryClause'];
export type SchemaResolutionDetailQueryFilter = components['schemas']['ResolutionDetailQueryFilter'];
export type SchemaResolutionDetailQueryPredicate = components['schemas']['ResolutionDetailQueryPredicate'];
export type SchemaResourceConditionNode = components['schemas']['ResourceConditionNode'];
export type SchemaResourceConditionValue = components['schemas']['ResourceConditionValue'];
export type SchemaResourcePermissionPolicy = components['schemas']['ResourcePermissionPolicy'];
export type SchemaRestErrorDetail = components['schemas']['RestErrorDetail'];
export type SchemaRing = components['schemas']['Ring'];
export type SchemaRoutingData = components['schemas']['RoutingData'];
export type SchemaRoutingRule = components['schemas']['RoutingRule'];
export type SchemaRoutingStatus = components['schemas']['RoutingStatus'];
export type SchemaSchema = components['schemas']['Schema'];
export type SchemaSchemaQuantityLimits = components['schemas']['SchemaQuantityLimits'];
export type SchemaScoredAgent = components['schemas']['ScoredAgent'];
export type SchemaScreenMonitoring = components['schemas']['ScreenMonitoring'];
export type SchemaScreenshare = components['schemas']['Screenshare'];
export type SchemaScript = components['schemas']['Script'];
export type SchemaSearchSort = components['schemas']['SearchSort'];
export type SchemaSecureSession = components['schemas']['SecureSession'];
export type SchemaSecureSessionEntityListing = components['schemas']['SecureSessionEntityListing'];
export type SchemaSegment = components['schemas']['Segment'];
export type SchemaSegmentDetailQueryClause = components['schemas']['SegmentDetailQueryClause'];
export type SchemaSegmentDetailQueryFilter = components['schemas']['SegmentDetailQueryFilter'];
export type SchemaSegmentDetailQueryPredicate = components['schemas']['SegmentDetailQueryPredicate'];
export type SchemaSendAgentlessOutboundMessageRequest = components['schemas']['SendAgentlessOutboundMessageRequest'];
export type SchemaSendAgentlessOutboundMessageResponse = components['schemas']['SendAgentlessOutboundMessageResponse'];
export type SchemaSendMessagingTemplateRequest = components['schemas']['SendMessagingTemplateRequest'];
export type SchemaServiceLevel = components['schemas']['ServiceLevel'];
export type SchemaSetRecordingState = components['schemas']['SetRecordingState'];
export type SchemaSettingDirection = components['schemas']['SettingDirection'];
export type SchemaSettings = components['schemas']['Settings'];
export type SchemaSetUuiDataRequest = components['schemas']['SetUuiDataRequest'];
export type SchemaSignature = components['schemas']['Signature'];
export type SchemaSkillsToRemove = components['schemas']['SkillsToRemove'];
export type SchemaSnippetRecordingRequest = components['schemas']['SnippetRecordingRequest'];
export type SchemaSocialExpression = components['schemas']['SocialExpression'];
export type SchemaSocialMediaMessageData = components['schemas']['SocialMediaMessageData'];
export type SchemaStarrableDivision = components['schemas']['StarrableDivision'];
export type SchemaStatisticalResponse = components['schemas']['StatisticalResponse'];
export type SchemaStatisticalSummary = components['schemas']['StatisticalSummary'];
export type SchemaStorySetting = components['schemas']['StorySetting'];
export type SchemaSuggestion = components['schemas']['Suggestion'];
export type SchemaSuggestionCannedResponse = components['schemas']['SuggestionCannedResponse'];
export type SchemaSuggestionContext = components['schemas']['SuggestionContext'];
export type SchemaSuggestionEngagement = components['schemas']['SuggestionEngagement'];
export type SchemaSuggestionFeedback = components['schemas']['SuggestionFeedback'];
export type SchemaSuggestionKnowledgeAnswer = components['schemas']['SuggestionKnowledgeAnswer'];
export type SchemaSuggestionKnowledgeArticle = components['schemas']['SuggestionKnowledgeArticle'];
export type SchemaSuggestionKnowledgeSearch = components['schemas']['SuggestionKnowledgeSearch'];
export type SchemaSuggestionListing = components['schemas']['SuggestionListing'];
export type SchemaSuggestionPatchRequest = components['schemas']['SuggestionPatchRequest'];
export type SchemaSuggestionScript = components['schemas']['SuggestionScript'];
export type SchemaSupportedContent = components['schemas']['SupportedContent'];
export type SchemaSupportedContentListing = components['schemas']['SupportedContentListing'];
export type SchemaSupportedContentReference = components['schemas']['SupportedContentReference'];
export type SchemaSurveyDetailQueryClause = components['schemas']['SurveyDetailQueryClause'];
export type SchemaSurveyDetailQueryFilter = components['schemas']['SurveyDetailQueryFilter'];
export type SchemaSurveyDetailQueryPredicate = components['schemas']['SurveyDetailQueryPredicate'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaTemplateParameter = components['schemas']['TemplateParameter'];
export type SchemaTextMessageListing = components['schemas']['TextMessageListing'];
export type SchemaThirdPartySuggestion = components['schemas']['ThirdPartySuggestion'];
export type SchemaThirdPartySuggestionSource = components['schemas']['ThirdPartySuggestionSource'];
export type SchemaTicker = components['schemas']['Ticker'];
export type SchemaTopicDuration = components['schemas']['TopicDuration'];
export type SchemaTopicOffset = components['schemas']['TopicOffset'];
export type SchemaTranscriptTopic = components['schemas']['TranscriptTopic'];
export type SchemaTransferDestination = components['schemas']['TransferDestination'];
export type SchemaTransferInitiator = components['schemas']['TransferInitiator'];
export type SchemaTransferRequest = components['schemas']['TransferRequest'];
export type SchemaTransferResponse = components['schemas']['TransferResponse'];
export type SchemaTransferResponseModifiedBy = components['schemas']['TransferResponseModifiedBy'];
export type SchemaTransferToAddressRequest = components['schemas']['TransferToAddressRequest'];
export type SchemaTransferToAgentRequest = components['schemas']['TransferToAgentRequest'];
export type SchemaTransferToExternalContactRequest = components['schemas']['TransferToExternalContactRequest'];
export type SchemaTransferToExternalRequest = components['schemas']['TransferToExternalRequest'];
export type SchemaTransferToQueueRequest = components['schemas']['TransferToQueueRequest'];
export type SchemaTrusteeAuthorization = components['schemas']['TrusteeAuthorization'];
export type SchemaTrustor = components['schemas']['Trustor'];
export type SchemaTwitterId = components['schemas']['TwitterId'];
export type SchemaTwitterIdentityResolutionConfig = components['schemas']['TwitterIdentityResolutionConfig'];
export type SchemaTwitterIntegration = components['schemas']['TwitterIntegration'];
export type SchemaTwitterIntegrationEntityListing = components['schemas']['TwitterIntegrationEntityListing'];
export type SchemaTwitterIntegrationRequest = components['schemas']['TwitterIntegrationRequest'];
export type SchemaTwitterIntegrationUpdateRequest = components['schemas']['TwitterIntegrationUpdateRequest'];
export type SchemaTwitterOAuthSettings = components['schemas']['TwitterOAuthSettings'];
export type SchemaTwitterSignupOAuthSettings = components['schemas']['TwitterSignupOAuthSettings'];
export type SchemaTypingSetting = components['schemas']['TypingSetting'];
export type SchemaUpdateConferenceRequest = components['schemas']['UpdateConferenceRequest'];
export type SchemaUploadAttachmentRequest = components['schemas']['UploadAttachmentRequest'];
export type SchemaUploadAttachmentResponse = components['schemas']['UploadAttachmentResponse'];
export type SchemaUploadMediaRequest = components['schemas']['UploadMediaRequest'];
export type SchemaUser = components['schemas']['User'];
export type SchemaUserAuthorization = components['schemas']['UserAuthorization'];
export type SchemaUserConversationSummary = components['schemas']['UserConversationSummary'];
export type SchemaUserParam = components['schemas']['UserParam'];
export type SchemaUserPresence = components['schemas']['UserPresence'];
export type SchemaUserReference = components['schemas']['UserReference'];
export type SchemaUserReferenceWithName = components['schemas']['UserReferenceWithName'];
export type SchemaUserRoutingLanguage = components['schemas']['UserRoutingLanguage'];
export type SchemaUserRoutingSkill = components['schemas']['UserRoutingSkill'];
export type SchemaUserStation = components['schemas']['UserStation'];
export type SchemaUserStations = components['schemas']['UserStations'];
export type SchemaValidationLimits = components['schemas']['ValidationLimits'];
export type SchemaVideo = components['schemas']['Video'];
export type SchemaVideoConferenceDetails = components['schemas']['VideoConferenceDetails'];
export type SchemaVisibilityCondition = components['schemas']['VisibilityCondition'];
export type SchemaVoicemail = components['schemas']['Voicemail'];
export type SchemaWhatsAppAvailablePhoneNumberDetails = components['schemas']['WhatsAppAvailablePhoneNumberDetails'];
export type SchemaWhatsAppAvailablePhoneNumberDetailsListing = components['schemas']['WhatsAppAvailablePhoneNumberDetailsListing'];
export type SchemaWhatsAppEmbeddedSignupIntegrationActivationRequest = components['schemas']['WhatsAppEmbeddedSignupIntegrationActivationRequest'];
export type SchemaWhatsAppEmbeddedSignupIntegrationRequest = components['schemas']['WhatsAppEmbeddedSignupIntegrationRequest'];
export type SchemaWhatsAppId = components['schemas']['WhatsAppId'];
export type SchemaWhatsAppIdentityResolutionConfig = components['schemas']['WhatsAppIdentityResolutionConfig'];
export type SchemaWhatsAppIntegration = components['schemas']['WhatsAppIntegration'];
export type SchemaWhatsAppIntegrationEntityListing = components['schemas']['WhatsAppIntegrationEntityListing'];
export type SchemaWhatsAppIntegrationRequest = components['schemas']['WhatsAppIntegrationRequest'];
export type SchemaWhatsAppIntegrationUpdateRequest = components['schemas']['WhatsAppIntegrationUpdateRequest'];
export type SchemaWorkPlanBidRanks = components['schemas']['WorkPlanBidRanks'];
export type SchemaWorkspace = components['schemas']['Workspace'];
export type SchemaWorkspaceSummary = components['schemas']['WorkspaceSummary'];
export type SchemaWrapup = components['schemas']['Wrapup'];
export type SchemaWrapupCode = components['schemas']['WrapupCode'];
export type SchemaWrapupInput = components['schemas']['WrapupInput'];
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
    getAnalyticsConversationDetails: {
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
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsConversationWithoutAttributes"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAnalyticsConversationDetailsProperties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PropertyIndexRequest"];
            };
        };
        responses: {
            /** @description Accepted - Indexing properties */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PropertyIndexRequest"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAnalyticsConversationsActivityQuery: {
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
                "application/json": components["schemas"]["ConversationActivityQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationActivityResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAnalyticsConversationsAggregatesJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationAsyncAggregationQuery"];
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
    getAnalyticsConversationsAggregatesJob: {
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
    deleteAnalyticsConversationsAggregatesJob: {
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
    getAnalyticsConversationsAggregatesJobResults: {
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
                    "application/json": components["schemas"]["ConversationAsyncAggregateQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAnalyticsConversationsAggregatesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationAggregationQuery"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationAggregateQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAnalyticsConversationsDetails: {
        parameters: {
            query?: {
                /** @description Comma-separated conversation ids */
                id?: string[];
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
                    "application/json": components["schemas"]["AnalyticsConversationWithoutAttributesMultiGetResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAnalyticsConversationsDetailsJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AsyncConversationQuery"];
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
    getAnalyticsConversationsDetailsJob: {
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
    deleteAnalyticsConversationsDetailsJob: {
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
    getAnalyticsConversationsDetailsJobResults: {
        parameters: {
            query?: {
                /** @description Indicates where to resume query results (not required for first page) */
                cursor?: string;
                /** @description The desired maximum number of results */
                pageSize?: number;
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
                    "application/json": components["schemas"]["AnalyticsConversationAsyncQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getAnalyticsConversationsDetailsJobsAvailability: {
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
                    "application/json": components["schemas"]["DataAvailabilityResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postAnalyticsConversationsDetailsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationQuery"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsConversationQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversations: {
        parameters: {
            query?: {
                /** @description Call or Chat communication filtering */
                communicationType?: string;
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
                    "application/json": components["schemas"]["ConversationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
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
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
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
    getConversationAccessattributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
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
                    "application/json": components["schemas"]["ConversationAccessAttributesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationAccessattributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Conversation Access Attributes */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationAccessAttributesUpdate"];
            };
        };
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
    postConversationAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Targeted user */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationUser"];
            };
        };
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
    getConversationAssistantCopilotcontext: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID. */
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
                    "application/json": components["schemas"]["CopilotContextValues"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationBarge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
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
    postConversationCobrowse: {
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
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CobrowseWebMessagingSession"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationCommunicationAgentchecklists: {
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
                    "application/json": components["schemas"]["AgentChecklistResponseList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationCommunicationAgentchecklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent Checklist ID */
                agentChecklistId: string;
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
                    "application/json": components["schemas"]["AgentChecklistResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationCommunicationAgentchecklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent Checklist ID */
                agentChecklistId: string;
                /** @description Communication ID */
                communicationId: string;
                /** @description Conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Agent checklist activation payload */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChecklistActivationPayload"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentChecklistResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationCommunicationAgentchecklistAgentaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent Checklist ID */
                agentChecklistId: string;
                /** @description Communication ID */
                communicationId: string;
                /** @description Conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Agent action payload */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentActionPayload"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentChecklistResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationCommunicationAgentchecklistJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent Checklist ID */
                agentChecklistId: string;
                /** @description Communication ID */
                communicationId: string;
                /** @description Conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Agent checklist inference job payload */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChecklistInferenceJobPayload"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistInferenceJobCreationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationCommunicationAgentchecklistJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent Checklist ID */
                agentChecklistId: string;
                /** @description Communication ID */
                communicationId: string;
                /** @description Conversation ID */
                conversationId: string;
                /** @description Inference Job ID */
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
                    "application/json": components["schemas"]["ChecklistInferenceJobResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationCommunicationAgentchecklistsFinalize: {
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
        /** @description Agent checklist finalize payload */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChecklistFinalizePayload"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentChecklistResponseList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationCommunicationInternalmessages: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Indicates maximum number of results in response. Default page size is 25 results. The maximum page size is 200. */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
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
                    "application/json": components["schemas"]["InternalMessageDataEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationCommunicationInternalmessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Message */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InternalMessageRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalMessageData"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationCommunicationInternalmessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description messageId */
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalMessageData"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationCustomattributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
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
                    "application/json": components["schemas"]["CustomAttributesListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationCustomattributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CustomAttributesUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomAttributesIdResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationCustomattributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CustomAttributesPatchRequest"];
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
    getConversationCustomattribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description attributesId */
                attributesId: string;
                /** @description conversation ID */
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
                    "application/json": components["schemas"]["CustomAttributes"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteConversationCustomattribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description attributesId */
                attributesId: string;
                /** @description conversation ID */
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
    putConversationCustomattributesBulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CustomAttributesUpdateRequest"][];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomAttributesBulkUpdateResponseMap"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationCustomattributesBulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CustomAttributesPatchRequest"][];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomAttributesBulkUpdateResponseMap"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationDisconnect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
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
    patchConversationParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Update request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediaParticipantRequest"];
            };
        };
        responses: {
            /** @description Accepted */
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
    patchConversationParticipantAttributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Participant attributes */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantAttributes"];
            };
        };
        responses: {
            /** @description Accepted */
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
    postConversationParticipantCallbacks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateCallbackOnConversationCommand"];
            };
        };
        responses: {
            /** @description Created */
            201: {
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
    deleteConversationParticipantCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description addCommunicationCode */
                addCommunicationCode: string;
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
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
    postConversationParticipantDigits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Digits */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Digits"];
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
    putConversationParticipantFlaggedreason: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
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
    deleteConversationParticipantFlaggedreason: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
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
    postConversationParticipantInternalmessagesUsersCommunications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Confer request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessagingConferWithUserRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingConferResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationParticipantReplace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Transfer request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            /** @description Accepted */
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
    postConversationParticipantReplaceAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Transfer request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferToAgentRequest"];
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
    postConversationParticipantReplaceContactExternal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Transfer request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferToExternalContactRequest"];
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
    postConversationParticipantReplaceExternal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Transfer request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferToExternalRequest"];
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
    postConversationParticipantReplaceQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Transfer request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferToQueueRequest"];
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
    getConversationParticipantSecureivrsessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecureSessionEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationParticipantSecureivrsessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateSecureSession"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecureSession"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationParticipantSecureivrsession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
                /** @description secure IVR session ID */
                secureSessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecureSession"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationParticipantTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Transfer request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferToAddressRequest"];
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
    getConversationParticipantWrapup: {
        parameters: {
            query?: {
                /** @description Indicates if the wrap-up code is provisional. */
                provisional?: boolean;
            };
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
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
                    "application/json": components["schemas"]["AssignedWrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationParticipantWrapupcodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
                /** @description participant ID */
                participantId: string;
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
    patchConversationRecordingstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description SetRecordingState */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRecordingState"];
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
    getConversationSecureattributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
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
                    "application/json": components["schemas"]["ConversationSecureAttributes"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationSecureattributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Conversation Secure Attributes */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationSecureAttributes"];
            };
        };
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
    patchConversationSecureattributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Conversation Secure Attributes */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationSecureAttributes"];
            };
        };
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
    getConversationSuggestions: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
                /** @description Suggestion state to filter Copilot suggestions. */
                state?: string;
                /** @description Suggestion type to filter by. */
                type?: string;
            };
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["SuggestionListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationSuggestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
                /** @description Suggestion ID */
                suggestionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Suggestion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationSuggestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
                /** @description Suggestion ID */
                suggestionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestionPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Suggestion"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationSuggestionEngagement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
                /** @description Suggestion ID */
                suggestionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestionEngagement"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionEngagement"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationSuggestionsFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description SuggestionFeedback */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Feedback"];
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
    getConversationSummaries: {
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
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationSummariesGetResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationSummaryEngagements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
                /** @description Summary ID */
                summaryId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EngagementRequest"];
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
    postConversationSummaryFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
                /** @description Summary ID */
                summaryId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["FeedbackAddRequest"];
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
    patchConversationSummaryFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation ID */
                conversationId: string;
                /** @description Summary ID */
                summaryId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["FeedbackUpdateRequest"];
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
    putConversationTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Conversation Tags */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationTagsUpdate"];
            };
        };
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
    patchConversationUtilizationlabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversation ID */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Conversation Utilization Label */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationUtilizationLabelUpdate"];
            };
        };
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
    patchConversationsAftercallworkConversationIdParticipantCommunication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description AfterCallWorkUpdate */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AfterCallWorkUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AfterCallWorkUpdate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsCallbacks: {
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
                    "application/json": components["schemas"]["CallbackConversationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsCallbacks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Callback */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCallbackCommand"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCallbackResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsCallbacks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description PatchCallbackRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchCallbackRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatchCallbackResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsCallback: {
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
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackConversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Conversation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsCallbackParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Participant */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediaParticipantRequest"];
            };
        };
        responses: {
            /** @description Accepted */
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
    patchConversationsCallbackParticipantAttributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Attributes */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantAttributes"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantAttributes"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsCallbackParticipantCommunication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Participant */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediaParticipantRequest"];
            };
        };
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
    getConversationsCallbackParticipantCommunicationWrapup: {
        parameters: {
            query?: {
                /** @description Indicates whether or not to fetch provisional wrap-up code. */
                provisional?: boolean;
            };
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedWrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsCallbackParticipantCommunicationWrapup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Wrap-up */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WrapupInput"];
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
    postConversationsCallbackParticipantReplace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Transfer request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            /** @description Accepted */
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
    getConversationsCallbackParticipantWrapup: {
        parameters: {
            query?: {
                /** @description Indicates whether or not to fetch provisional wrap-up code. */
                provisional?: boolean;
            };
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
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
                    "application/json": components["schemas"]["AssignedWrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsCallbackParticipantWrapupcodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
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
    putConversationsCallbackRecordingstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description SetRecordingState */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRecordingState"];
            };
        };
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
    postConversationsCallbacksBulkDisconnect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description BulkCallbackDisconnectRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkCallbackDisconnectRequest"];
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
    postConversationsCallbacksBulkUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description BulkCallbackPatchRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkCallbackPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkCallbackPatchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsCalls: {
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
                    "application/json": components["schemas"]["CallConversationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsCalls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Call request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCallRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCallResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsCall: {
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
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallConversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Conversation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallCommand"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Conversation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsCallConference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description UpdateConferenceRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConferenceRequest"];
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
    postConversationsCallParticipants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Conversation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsCallParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Participant request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediaParticipantRequest"];
            };
        };
        responses: {
            /** @description Accepted */
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
    patchConversationsCallParticipantAttributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Participant attributes */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantAttributes"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantAttributes"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsCallParticipantBarge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
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
    postConversationsCallParticipantCoach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
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
    patchConversationsCallParticipantCommunication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Participant */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediaParticipantRequest"];
            };
        };
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
    deleteConversationsCallParticipantCommunicationPostflowaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
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
    patchConversationsCallParticipantCommunicationPostflowaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Action */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MandatoryPostCallActionInput"];
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
    postConversationsCallParticipantCommunicationSummaries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Communication ID */
                communicationId: string;
                /** @description Conversation ID */
                conversationId: string;
                /** @description Participant ID */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description On-demand summary request */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OnDemandConversationSummaryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnDemandSummaryAcceptedResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationsCallParticipantCommunicationUuidata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description UUIData Request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetUuiDataRequest"];
            };
        };
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
    getConversationsCallParticipantCommunicationWrapup: {
        parameters: {
            query?: {
                /** @description Indicates whether or not to fetch provisional wrap-up code. */
                provisional?: boolean;
            };
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedWrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsCallParticipantCommunicationWrapup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Wrap-up */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WrapupInput"];
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
    postConversationsCallParticipantConsult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Destination address and initial speak to */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultTransfer"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultTransferResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteConversationsCallParticipantConsult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
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
    patchConversationsCallParticipantConsult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description new speak to */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultTransferUpdate"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultTransferResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsCallParticipantConsultAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Destination agent and initial speak to */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultTransferToAgent"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultTransferResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsCallParticipantConsultContactExternal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Destination address and initial speak to */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultTransferToExternalContact"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultTransferResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsCallParticipantConsultExternal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Destination address and initial speak to */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultTransferToExternal"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultTransferResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsCallParticipantConsultQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Destination queue and initial speak to */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultTransferToQueue"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultTransferResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsCallParticipantMonitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
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
    postConversationsCallParticipantReplace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Transfer request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            /** @description Accepted */
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
    postConversationsCallParticipantSnippetRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description snippetRecordingRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnippetRecordingRequest"];
            };
        };
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
    patchConversationsCallParticipantUserUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
                /** @description userId */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Participant request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediaParticipantRequest"];
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
    postConversationsCallParticipantVoiceConsult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Destination address and initial speak to */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultTransferToAddress"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultTransferResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsCallParticipantWrapup: {
        parameters: {
            query?: {
                /** @description Indicates whether or not to fetch provisional wrap-up code. */
                provisional?: boolean;
            };
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
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
                    "application/json": components["schemas"]["AssignedWrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsCallParticipantWrapupcodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
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
    postConversationsCallParticipantsUserUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description userId */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Conversation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationsCallRecordingstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description SetRecordingState */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRecordingState"];
            };
        };
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
    getConversationsCallsHistory: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
                /** @description Interval string; format is ISO-8601. Separate start and end times with forward slash '/' */
                interval?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size, maximum 50 */
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
                    "application/json": components["schemas"]["CallHistoryConversationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsCallsMaximumconferenceparties: {
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
                    "application/json": components["schemas"]["MaxParticipants"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsCallsUserUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description userId */
                userId: string;
            };
            cookie?: never;
        };
        /** @description Call request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCallRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCallResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsCobrowsesessions: {
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
                    "application/json": components["schemas"]["CobrowseConversationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsCobrowsesession: {
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
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CobrowseConversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsCobrowsesession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Conversation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsCobrowsesessionParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MediaParticipantRequest"];
            };
        };
        responses: {
            /** @description Accepted */
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
    patchConversationsCobrowsesessionParticipantAttributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ParticipantAttributes"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantAttributes"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsCobrowsesessionParticipantCommunication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Participant */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediaParticipantRequest"];
            };
        };
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
    getConversationsCobrowsesessionParticipantCommunicationWrapup: {
        parameters: {
            query?: {
                /** @description Indicates whether or not to fetch provisional wrap-up code. */
                provisional?: boolean;
            };
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedWrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsCobrowsesessionParticipantCommunicationWrapup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Wrap-up */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WrapupInput"];
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
    postConversationsCobrowsesessionParticipantReplace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            /** @description Accepted */
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
    getConversationsCobrowsesessionParticipantWrapup: {
        parameters: {
            query?: {
                /** @description Indicates whether or not to fetch provisional wrap-up code. */
                provisional?: boolean;
            };
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
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
                    "application/json": components["schemas"]["AssignedWrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsCobrowsesessionParticipantWrapupcodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
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
    putConversationsCobrowsesessionRecordingstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description SetRecordingState */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRecordingState"];
            };
        };
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
    getConversationsCustomattributesSchemas: {
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
                    "application/json": components["schemas"]["ConversationDataSchemaListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsCustomattributesSchemas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Schema create request body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationJsonSchemaRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationDataSchema"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsCustomattributesSchema: {
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
                    "application/json": components["schemas"]["ConversationDataSchema"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationsCustomattributesSchema: {
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
                "application/json": components["schemas"]["ConversationSchemaUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationDataSchema"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsCustomattributesSchemaVersions: {
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
                    "application/json": components["schemas"]["ConversationDataSchemaListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsCustomattributesSchemaVersion: {
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
                    "application/json": components["schemas"]["ConversationDataSchema"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsCustomattributesSchemasCoretypes: {
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
    getConversationsCustomattributesSchemasCoretype: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Name of the core type */
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
    getConversationsCustomattributesSchemasLimits: {
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
    postConversationsCustomattributesSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Search request options */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationCustomAttributesSearchRequest"];
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
    getConversationsEmails: {
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
                    "application/json": components["schemas"]["EmailConversationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsEmails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Create email request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEmailRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailConversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsEmail: {
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
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailConversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Conversation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsEmailInboundmessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Send external email reply */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboundMessageRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailConversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsEmailMessages: {
        parameters: {
            query?: {
                /** @description Whether to include Agentless 'api' type of messages, on stitched conversations. If you provide a conversationId in the agentless email request (/api/v2/conversations/emails/agentless) that matches an existing conversation, then that's a stitched agentless message. */
                includeAgentlessStitchedMessages?: boolean;
            };
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
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
                    "application/json": components["schemas"]["EmailMessagePreviewListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsEmailMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Reply */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailMessage"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageReply"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsEmailMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description messageId */
                messageId: string;
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
                    "application/json": components["schemas"]["EmailMessage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsEmailMessagesDraft: {
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
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationsEmailMessagesDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Draft */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailMessage"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsEmailMessagesDraft: {
        parameters: {
            query?: {
                /** @description autoFill */
                autoFill?: boolean;
                /** @description discard */
                discard?: boolean;
            };
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Draft Manipulation Request */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DraftManipulationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteConversationsEmailMessagesDraftAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description attachmentId */
                attachmentId: string;
                /** @description conversationId */
                conversationId: string;
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
    postConversationsEmailMessagesDraftAttachmentsCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Copy Attachment Request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyAttachmentsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsEmailMessagesDraftAttachmentsUploads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Create attachment pre-signed URL request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadAttachmentRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadAttachmentResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsEmailParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Update request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediaParticipantRequest"];
            };
        };
        responses: {
            /** @description Accepted */
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
    patchConversationsEmailParticipantAttributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Participant attributes */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantAttributes"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantAttributes"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsEmailParticipantCommunication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Participant */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediaParticipantRequest"];
            };
        };
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
    getConversationsEmailParticipantCommunicationWrapup: {
        parameters: {
            query?: {
                /** @description Indicates whether or not to fetch provisional wrap-up code. */
                provisional?: boolean;
            };
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedWrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsEmailParticipantCommunicationWrapup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Wrap-up */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WrapupInput"];
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
    patchConversationsEmailParticipantParkingstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Parking update request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParkingStateRequest"];
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
    postConversationsEmailParticipantReplace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Transfer request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            /** @description Accepted */
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
    getConversationsEmailParticipantWrapup: {
        parameters: {
            query?: {
                /** @description Indicates whether or not to fetch provisional wrap-up code. */
                provisional?: boolean;
            };
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
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
                    "application/json": components["schemas"]["AssignedWrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsEmailParticipantWrapupcodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
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
    postConversationsEmailReconnect: {
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
    putConversationsEmailRecordingstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description SetRecordingState */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRecordingState"];
            };
        };
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
    getConversationsEmailSettings: {
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
                    "application/json": components["schemas"]["EmailsSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsEmailsAgentless: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Create agentless email request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentlessEmailSendRequestDto"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentlessEmailSendResponseDto"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsFaxes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Fax */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FaxSendRequest"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaxSendResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsInternalmessages: {
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
                    "application/json": components["schemas"]["InternalMessageConversationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsInternalmessage: {
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
                    "application/json": components["schemas"]["InternalMessageConversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsKeyconfigurations: {
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
                    "application/json": components["schemas"]["ConversationEncryptionConfigurationListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsKeyconfigurations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Encryption Configuration */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationEncryptionConfiguration"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationEncryptionConfiguration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsKeyconfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Key Configurations Id */
                keyconfigurationsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationEncryptionConfiguration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationsKeyconfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Key Configurations Id */
                keyconfigurationsId: string;
            };
            cookie?: never;
        };
        /** @description Encryption key configuration metadata */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationEncryptionConfiguration"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationEncryptionConfiguration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsKeyconfigurationsValidate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Encryption Configuration */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationEncryptionConfiguration"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationEncryptionConfiguration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessages: {
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
                    "application/json": components["schemas"]["MessageConversationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Create outbound messaging conversation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOutboundMessagingConversationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOutboundMessagingConversationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessage: {
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
                    "application/json": components["schemas"]["MessageConversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Conversation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessageCommunicationMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Message */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdditionalMessage"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageData"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessageCommunicationMessagesMedia: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description The status on which to filter the response. */
                status?: string;
            };
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
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
                    "application/json": components["schemas"]["MessageMediaListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessageCommunicationMessagesMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
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
                    "application/json": components["schemas"]["MessageMediaData"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessageCommunicationMessagesMediaMediaId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description mediaId */
                mediaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageMediaData"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessageCommunicationMessagesMediaUploads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadMediaRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageMediaUploadData"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessageCommunicationSocialmediaMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description Message */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdditionalSocialMediaMessage"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialMediaMessageData"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessageCommunicationTyping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description MessageTypingEvent */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageTypingEventRequest"];
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
    getConversationsMessageMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description messageId */
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageData"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessageMessagesBulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description messageIds */
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
                    "application/json": components["schemas"]["TextMessageListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsMessageParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MediaParticipantRequest"];
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
    patchConversationsMessageParticipantAttributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ParticipantAttributes"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantAttributes"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsMessageParticipantCommunication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Participant */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediaParticipantRequest"];
            };
        };
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
    postConversationsMessageParticipantCommunicationSummaries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Communication ID */
                communicationId: string;
                /** @description Conversation ID */
                conversationId: string;
                /** @description Participant ID */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description On-demand summary request */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OnDemandConversationSummaryRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnDemandSummaryAcceptedResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessageParticipantCommunicationWrapup: {
        parameters: {
            query?: {
                /** @description Indicates whether or not to fetch provisional wrap-up code. */
                provisional?: boolean;
            };
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedWrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessageParticipantCommunicationWrapup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Wrap-up */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WrapupInput"];
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
    postConversationsMessageParticipantMonitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
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
    patchConversationsMessageParticipantParkingstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Parking update request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParkingStateRequest"];
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
    postConversationsMessageParticipantReplace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Transfer request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferRequest"];
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
    getConversationsMessageParticipantWrapup: {
        parameters: {
            query?: {
                /** @description Indicates whether or not to fetch provisional wrap-up code. */
                provisional?: boolean;
            };
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedWrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessageParticipantWrapupcodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
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
    putConversationsMessageRecordingstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description SetRecordingState */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRecordingState"];
            };
        };
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
    postConversationsMessageInboundOpenEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description integrationId */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description NormalizedMessage */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenInboundNormalizedEvent"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenEventNormalizedMessage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessageInboundOpenMessage: {
        parameters: {
            query?: {
                /** @description Indicates whether or not to prefetch conversationId */
                prefetchConversationId?: boolean;
            };
            header?: never;
            path: {
                /** @description integrationId */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description NormalizedMessage */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenInboundNormalizedMessage"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMessageNormalizedMessage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessageInboundOpenReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description integrationId */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description NormalizedMessage */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenInboundNormalizedReceipt"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenReceiptNormalizedMessage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessageInboundOpenStructuredResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description integrationId */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description OpenInboundStructuredResponseMessage */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenInboundStructuredResponseMessage"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenStructuredResponseNormalizedMessage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessageDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description messageId */
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageData"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessagesAgentless: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Create agentless outbound messaging request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendAgentlessOutboundMessageRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendAgentlessOutboundMessageResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagesCachedmedia: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description URL to search for */
                url?: string;
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
                    "application/json": components["schemas"]["CachedMediaItemEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagesCachedmediaCachedMediaItemId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description cachedMediaItemId */
                cachedMediaItemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CachedMediaItem"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteConversationsMessagesCachedmediaCachedMediaItemId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description cachedMediaItemId */
                cachedMediaItemId: string;
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
    postConversationsMessagesInboundOpen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description NormalizedMessage */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenNormalizedMessage"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenNormalizedMessage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingFacebookApp: {
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
                    "application/json": components["schemas"]["FacebookAppCredentials"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingFacebookPermissions: {
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
                    "application/json": components["schemas"]["FacebookPermissionEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIdentityresolutionIntegrationsAppleIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppleIdentityResolutionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationsMessagingIdentityresolutionIntegrationsAppleIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description IdentityResolutionConfig */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppleIdentityResolutionConfig"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppleIdentityResolutionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIdentityresolutionIntegrationsFacebookIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacebookIdentityResolutionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationsMessagingIdentityresolutionIntegrationsFacebookIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description IdentityResolutionConfig */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FacebookIdentityResolutionConfig"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacebookIdentityResolutionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIdentityresolutionIntegrationsInstagramIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstagramIdentityResolutionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationsMessagingIdentityresolutionIntegrationsInstagramIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description IdentityResolutionConfig */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstagramIdentityResolutionConfig"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstagramIdentityResolutionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIdentityresolutionIntegrationsOpenIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMessagingIdentityResolutionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationsMessagingIdentityresolutionIntegrationsOpenIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenMessagingIdentityResolutionConfig"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMessagingIdentityResolutionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIdentityresolutionIntegrationsTwitterIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration Id */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwitterIdentityResolutionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationsMessagingIdentityresolutionIntegrationsTwitterIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration Id */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description IdentityResolutionConfig */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwitterIdentityResolutionConfig"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwitterIdentityResolutionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIdentityresolutionIntegrationsWhatsappIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppIdentityResolutionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationsMessagingIdentityresolutionIntegrationsWhatsappIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsAppIdentityResolutionConfig"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppIdentityResolutionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrations: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: string[];
                /** @description Filter integrations returned based on the setting ID */
                "messagingSetting.id"?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Filter integrations returned based on the supported content ID */
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
                    "application/json": components["schemas"]["MessagingIntegrationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationTwitterOauthSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration Id of an existing integration that needs to be patched with new oauth settings */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwitterOAuthSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsApple: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: string;
                /** @description Filter integrations returned based on the setting ID */
                "messagingSetting.id"?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Filter integrations returned based on the supported content ID */
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
                    "application/json": components["schemas"]["AppleIntegrationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessagingIntegrationsApple: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description AppleIntegrationRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppleIntegrationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppleIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsAppleIntegrationId: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppleIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteConversationsMessagingIntegrationsAppleIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
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
    patchConversationsMessagingIntegrationsAppleIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description AppleIntegrationUpdateRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppleIntegrationUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppleIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsFacebook: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: string;
                /** @description Filter integrations returned based on the setting ID */
                "messagingSetting.id"?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Filter integrations returned based on the supported content ID */
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
                    "application/json": components["schemas"]["FacebookIntegrationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessagingIntegrationsFacebook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description FacebookIntegrationRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FacebookIntegrationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacebookIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsFacebookIntegrationId: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacebookIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteConversationsMessagingIntegrationsFacebookIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
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
    patchConversationsMessagingIntegrationsFacebookIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description FacebookIntegrationUpdateRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FacebookIntegrationUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacebookIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsInstagram: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: string;
                /** @description Filter integrations returned based on the setting ID */
                "messagingSetting.id"?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Filter integrations returned based on the supported content ID */
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
                    "application/json": components["schemas"]["InstagramIntegrationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessagingIntegrationsInstagram: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description InstagramIntegrationRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstagramIntegrationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstagramIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsInstagramIntegrationId: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstagramIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteConversationsMessagingIntegrationsInstagramIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
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
    patchConversationsMessagingIntegrationsInstagramIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description InstagramIntegrationUpdateRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstagramIntegrationUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstagramIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsOpen: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: string;
                /** @description Filter integrations returned based on the setting ID */
                "messagingSetting.id"?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Filter integrations returned based on the supported content ID */
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
                    "application/json": components["schemas"]["OpenIntegrationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessagingIntegrationsOpen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description OpenIntegrationRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenIntegrationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsOpenIntegrationId: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteConversationsMessagingIntegrationsOpenIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
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
    patchConversationsMessagingIntegrationsOpenIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description OpenIntegrationUpdateRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenIntegrationUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessagingIntegrationsOpenExtensionsGooglebusinessprofile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description GoogleBusinessProfileOpenIntegrationRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoogleBusinessProfileOpenIntegrationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoogleBusinessProfileOpenIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsOpenExtensionsGooglebusinessprofileIntegrationId: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoogleBusinessProfileOpenIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteConversationsMessagingIntegrationsOpenExtensionsGooglebusinessprofileIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
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
    patchConversationsMessagingIntegrationsOpenExtensionsGooglebusinessprofileIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description GoogleBusinessProfileOpenIntegrationUpdateRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoogleBusinessProfileOpenIntegrationUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoogleBusinessProfileOpenIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsOpenExtensionsGooglebusinessprofileOauthSettings: {
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
                    "application/json": components["schemas"]["GoogleOAuthSettingsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessagingIntegrationsOpenExtensionsGooglebusinessprofileTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description GoogleAuthTokenRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoogleAuthTokenRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoogleAuthToken"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsOpenExtensionsGooglebusinessprofileToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Token ID */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoogleAuthToken"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsOpenExtensionsGooglebusinessprofileTokenAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Token ID */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoogleBusinessProfileAccountListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsTwitter: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: string;
                /** @description Filter integrations returned based on the setting ID */
                "messagingSetting.id"?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Filter integrations returned based on the supported content ID */
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
                    "application/json": components["schemas"]["TwitterIntegrationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessagingIntegrationsTwitter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description TwitterIntegrationRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwitterIntegrationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwitterIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsTwitterIntegrationId: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwitterIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteConversationsMessagingIntegrationsTwitterIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
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
    patchConversationsMessagingIntegrationsTwitterIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description TwitterIntegrationUpdateRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwitterIntegrationUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwitterIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsTwitterOauthSettings: {
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
                    "application/json": components["schemas"]["TwitterSignupOAuthSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsWhatsapp: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: string;
                /** @description Filter integrations returned based on the setting ID */
                "messagingSetting.id"?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Filter integrations returned based on the supported content ID */
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
                    "application/json": components["schemas"]["WhatsAppIntegrationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessagingIntegrationsWhatsapp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description WhatsAppIntegrationRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsAppIntegrationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingIntegrationsWhatsappIntegrationId: {
        parameters: {
            query?: {
                /** @description Expand instructions for the return value. */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteConversationsMessagingIntegrationsWhatsappIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsMessagingIntegrationsWhatsappIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description WhatsAppIntegrationUpdateRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsAppIntegrationUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessagingIntegrationsWhatsappEmbeddedsignup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description WhatsAppEmbeddedSignupIntegrationRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsAppEmbeddedSignupIntegrationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsMessagingIntegrationsWhatsappEmbeddedsignupIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration ID */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description WhatsAppEmbeddedSignupIntegrationActivationRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsAppEmbeddedSignupIntegrationActivationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingOauthAppleCallback: {
        parameters: {
            query: {
                /** @description The authorization code to be sent to the authentication server during the token request. */
                code: string;
                /** @description Error parameter from OAuth provider */
                error?: string;
                /** @description The state/nonce value generated by Genesys Auth-Client Service. */
                state: string;
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
                    "application/json": components["schemas"]["OAuthAppleAuthorizationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingSettings: {
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
                    "application/json": components["schemas"]["MessagingConfigListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessagingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description MessagingSetting */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessagingSettingRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingSetting"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Message Setting ID */
                messageSettingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingSetting"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteConversationsMessagingSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Message Setting ID */
                messageSettingId: string;
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
    patchConversationsMessagingSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Message Setting ID */
                messageSettingId: string;
            };
            cookie?: never;
        };
        /** @description MessagingSetting */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessagingSettingPatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingSetting"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingSettingsDefault: {
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
                    "application/json": components["schemas"]["MessagingSetting"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationsMessagingSettingsDefault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description MessagingSetting */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessagingSettingDefaultRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingSetting"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteConversationsMessagingSettingsDefault: {
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
    getConversationsMessagingSupportedcontent: {
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
                    "application/json": components["schemas"]["SupportedContentListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsMessagingSupportedcontent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description SupportedContent */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportedContent"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportedContent"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingSupportedcontentSupportedContentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Supported Content ID */
                supportedContentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportedContent"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteConversationsMessagingSupportedcontentSupportedContentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Supported Content ID */
                supportedContentId: string;
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
    patchConversationsMessagingSupportedcontentSupportedContentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Supported Content ID */
                supportedContentId: string;
            };
            cookie?: never;
        };
        /** @description SupportedContent */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportedContent"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportedContent"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingSupportedcontentDefault: {
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
                    "application/json": components["schemas"]["SupportedContent"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationsMessagingSupportedcontentDefault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Reference to supported content profile */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportedContentReference"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportedContent"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsMessagingThreadingtimeline: {
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
                    "application/json": components["schemas"]["ConversationThreadingWindow"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putConversationsMessagingThreadingtimeline: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description ConversationThreadingWindowRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationThreadingWindow"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationThreadingWindow"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsParticipantsAttributesSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Search request options */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationParticipantSearchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonCursorSearchResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsScreenshareParticipantCommunicationWrapup: {
        parameters: {
            query?: {
                /** @description Indicates whether or not to fetch provisional wrap-up code. */
                provisional?: boolean;
            };
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedWrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsScreenshareParticipantCommunicationWrapup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Wrap-up */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WrapupInput"];
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
    putConversationsScreenshareRecordingstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description SetRecordingState */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRecordingState"];
            };
        };
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
    getConversationsSettings: {
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
                    "application/json": components["schemas"]["Settings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchConversationsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Settings"];
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
    getConversationsSocialParticipantCommunicationWrapup: {
        parameters: {
            query?: {
                /** @description Indicates whether or not to fetch provisional wrap-up code. */
                provisional?: boolean;
            };
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedWrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsSocialParticipantCommunicationWrapup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Wrap-up */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WrapupInput"];
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
    putConversationsSocialRecordingstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description SetRecordingState */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRecordingState"];
            };
        };
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
    getConversationsVideoDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conferenceId */
                conferenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoConferenceDetails"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsVideoAgentconferenceCommunication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
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
                    "application/json": components["schemas"]["CreateJoinVideoResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsVideoParticipantCommunicationWrapup: {
        parameters: {
            query?: {
                /** @description Indicates whether or not to fetch provisional wrap-up code. */
                provisional?: boolean;
            };
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedWrapupCode"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postConversationsVideoParticipantCommunicationWrapup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description communicationId */
                communicationId: string;
                /** @description conversationId */
                conversationId: string;
                /** @description participantId */
                participantId: string;
            };
            cookie?: never;
        };
        /** @description Wrap-up */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WrapupInput"];
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
    putConversationsVideoRecordingstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description conversationId */
                conversationId: string;
            };
            cookie?: never;
        };
        /** @description SetRecordingState */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRecordingState"];
            };
        };
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
    postConversationsVideosMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description MeetingIdRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateMeetingIdRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingIdRecord"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getConversationsVideosMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description meetingId */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingIdRecord"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
