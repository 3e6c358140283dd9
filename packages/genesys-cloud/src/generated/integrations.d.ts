// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/integrations/openapi.yaml (sha256 a32c2a724ef37241)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area integrations` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Integrations (91 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const integrations = integrationsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function integrationsApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List integrations
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrations"];
        put?: never;
        /**
         * Create an integration.
         * @permissions ANY: `integrations:integration:add`
         */
        post: operations["postIntegrations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get integration.
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegration"];
        put?: never;
        post?: never;
        /**
         * Delete integration.
         * @permissions ANY: `integrations:integration:delete`
         */
        delete: operations["deleteIntegration"];
        options?: never;
        head?: never;
        /**
         * Update an integration.
         * @permissions ANY: `integrations:integration:edit`
         */
        patch: operations["patchIntegration"];
        trace?: never;
    };
    "/api/v2/integrations/{integrationId}/config/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get integration configuration.
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationConfigCurrent"];
        /**
         * Update integration configuration.
         * @permissions ANY: `integrations:integration:edit`
         */
        put: operations["putIntegrationConfigCurrent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves all actions associated with filters passed in via query param.
         * @permissions ANY: any one of `integrations:action:view`, `bridge:actions:view`
         */
        get: operations["getIntegrationsActions"];
        put?: never;
        /**
         * Create a new Action. Not supported for 'Function Integration' actions. Function integrations must be created as drafts to allow managing of uploading required ZIP function package before they may be used as a published action.
         * @permissions ANY: `integrations:action:add`
         */
        post: operations["postIntegrationsActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves a single Action matching id.
         * @permissions ANY: any one of `integrations:action:view`, `bridge:actions:view`
         */
        get: operations["getIntegrationsAction"];
        put?: never;
        post?: never;
        /**
         * Delete an Action
         * @permissions ANY: `integrations:action:delete`
         */
        delete: operations["deleteIntegrationsAction"];
        options?: never;
        head?: never;
        /**
         * Patch an Action
         * @permissions ANY: `integrations:action:edit`
         */
        patch: operations["patchIntegrationsAction"];
        trace?: never;
    };
    "/api/v2/integrations/actions/{actionId}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a Draft
         * @permissions ANY: any one of `integrations:action:view`, `bridge:actions:view`
         */
        get: operations["getIntegrationsActionDraft"];
        put?: never;
        /**
         * Create a new Draft from existing Action
         * @permissions ANY: `integrations:action:edit`
         */
        post: operations["postIntegrationsActionDraft"];
        /**
         * Delete a Draft
         * @permissions ANY: `integrations:action:delete`
         */
        delete: operations["deleteIntegrationsActionDraft"];
        options?: never;
        head?: never;
        /**
         * Update an existing Draft
         * @permissions ANY: `integrations:action:edit`
         */
        patch: operations["patchIntegrationsActionDraft"];
        trace?: never;
    };
    "/api/v2/integrations/actions/{actionId}/draft/function": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get draft function settings for Action
         * @permissions ANY: `integrations:actionFunction:view`
         */
        get: operations["getIntegrationsActionDraftFunction"];
        /**
         * Update draft function settings.
         * @permissions ANY: `integrations:actionFunction:edit`
         */
        put: operations["putIntegrationsActionDraftFunction"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/{actionId}/draft/function/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create upload presigned URL for draft function package file.
         * @permissions ANY: `integrations:actionFunction:edit`
         */
        post: operations["postIntegrationsActionDraftFunctionUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/{actionId}/draft/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a Draft and make it the active Action configuration
         * @permissions ANY: `integrations:action:edit`
         */
        post: operations["postIntegrationsActionDraftPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/{actionId}/draft/schemas/{fileName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve schema for a Draft based on filename.
         * @permissions ANY: any one of `integrations:action:view`, `bridge:actions:view`
         */
        get: operations["getIntegrationsActionDraftSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/{actionId}/draft/templates/{fileName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve templates for a Draft based on filename.
         * @permissions ANY: any one of `integrations:action:view`, `bridge:actions:view`
         */
        get: operations["getIntegrationsActionDraftTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/{actionId}/draft/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test the execution of a draft. Responses will show execution steps broken out with intermediate results to help in debugging.
         * @permissions ANY: `integrations:action:execute`
         */
        post: operations["postIntegrationsActionDraftTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/{actionId}/draft/validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Validate current Draft configuration.
         * @permissions ANY: `integrations:action:edit`
         */
        get: operations["getIntegrationsActionDraftValidation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/{actionId}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute Action and return response from 3rd party.  Responses will follow the schemas defined on the Action for success and error.
         * @permissions ANY: any one of `integrations:action:execute`, `bridge:actions:execute`
         */
        post: operations["postIntegrationsActionExecute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/{actionId}/function": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get published function settings for Action
         * @permissions ANY: `integrations:actionFunction:view`
         */
        get: operations["getIntegrationsActionFunction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/{actionId}/schemas/{fileName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve schema for an action based on filename.
         * @permissions ANY: any one of `integrations:action:view`, `bridge:actions:view`
         */
        get: operations["getIntegrationsActionSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/{actionId}/templates/{fileName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve text of templates for an action based on filename.
         * @permissions ANY: any one of `integrations:action:view`, `bridge:actions:view`
         */
        get: operations["getIntegrationsActionTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/{actionId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test the execution of an action. Responses will show execution steps broken out with intermediate results to help in debugging.
         * @permissions ANY: any one of `integrations:action:execute`, `bridge:actions:execute`
         */
        post: operations["postIntegrationsActionTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves all categories of available Actions
         * @permissions ANY: any one of `integrations:action:view`, `bridge:actions:view`
         */
        get: operations["getIntegrationsActionsCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves the available mTLS client certificates in use. This endpoint will return inconsistent results while a certificate rotation is in progress.
         * @permissions ANY: `integrations:actionCertificate:view`
         */
        get: operations["getIntegrationsActionsCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/certificates/truststore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves basic info about trusted root CA certificates
         * @permissions ANY: `integrations:actionCertificate:view`
         */
        get: operations["getIntegrationsActionsCertificatesTruststore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves all action drafts associated with the filters passed in via query param.
         * @permissions ANY: any one of `integrations:action:view`, `bridge:actions:view`
         */
        get: operations["getIntegrationsActionsDrafts"];
        put?: never;
        /**
         * Create a new Draft
         * @permissions ANY: `integrations:action:add`
         */
        post: operations["postIntegrationsActionsDrafts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/actions/functions/runtimes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get action function settings for Action
         * @permissions ANY: `integrations:actionFunction:view`
         */
        get: operations["getIntegrationsActionsFunctionsRuntimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/botconnector/{integrationId}/bots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of botConnector bots for this integration
         * @permissions ANY: `integration:botconnector:view`
         */
        get: operations["getIntegrationsBotconnectorIntegrationIdBots"];
        /**
         * Set a list of botConnector bots plus versions for this integration
         * @permissions ANY: `integration:botconnector:edit`
         */
        put: operations["putIntegrationsBotconnectorIntegrationIdBots"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/botconnector/{integrationId}/bots/{botId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific botConnector bot, plus versions, for this integration
         * @permissions ANY: `integration:botconnector:view`
         */
        get: operations["getIntegrationsBotconnectorIntegrationIdBot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/botconnector/{integrationId}/bots/{botId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of bot versions for a bot
         * @permissions ANY: `integration:botconnector:view`
         */
        get: operations["getIntegrationsBotconnectorIntegrationIdBotVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/botconnector/{integrationId}/bots/summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a summary list of botConnector bots for this integration
         * @permissions ANY: `integration:botconnector:view`
         */
        get: operations["getIntegrationsBotconnectorIntegrationIdBotsSummaries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/botconnectors/{integrationId}/bots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of bots for this integration.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `integration:botconnector:view`
         */
        get: operations["getIntegrationsBotconnectorBots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/botconnectors/{integrationId}/bots/{botId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific Bot details
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `integration:botconnector:view`
         */
        get: operations["getIntegrationsBotconnectorBot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/botconnectors/{integrationId}/bots/summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the summary list of bots for this integration.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `integration:botconnector:view`
         */
        get: operations["getIntegrationsBotconnectorBotsSummaries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/botconnectors/incoming/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an incoming message to the bot.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `integration:botconnector:send`
         */
        post: operations["postIntegrationsBotconnectorsIncomingMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/botconnectors/outgoing/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an outgoing message to the end user.
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ANY: `integration:botconnector:send`
         */
        post: operations["postIntegrationsBotconnectorsOutgoingMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/clientapps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List permitted client app integrations for the logged in user
         * @permissions none required
         */
        get: operations["getIntegrationsClientapps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List multiple sets of credentials
         * @description This endpoint is deprecated. Please see the Listing API (GET /api/v2/integrations/credentials/listing)
         * @deprecated This endpoint is deprecated.
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsCredentials"];
        put?: never;
        /**
         * Create a set of credentials
         * @permissions ANY: `integrations:integration:add`
         */
        post: operations["postIntegrationsCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/credentials/{credentialId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single credential with sensitive fields redacted
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsCredential"];
        /**
         * Update a set of credentials
         * @permissions ANY: `integrations:integration:edit`
         */
        put: operations["putIntegrationsCredential"];
        post?: never;
        /**
         * Delete a set of credentials
         * @permissions ANY: `integrations:integration:delete`
         */
        delete: operations["deleteIntegrationsCredential"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/credentials/listing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List multiple sets of credentials using cursor-based paging
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsCredentialsListing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/credentials/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all credential types
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsCredentialsTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/audioconnector": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Audio Connector integrations
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechAudioconnector"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/audioconnector/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Audio Connector integration
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechAudioconnectorIntegrationId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/dialogflow/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Dialogflow agents in the customers' Google accounts
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechDialogflowAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/dialogflow/agents/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details about a Dialogflow agent
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechDialogflowAgent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/dialogflowcx/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Dialogflow CX agents in the customers' Google accounts
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechDialogflowcxAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/dialogflowcx/agents/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details about a Dialogflow CX agent
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechDialogflowcxAgent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/lex/bot/{botId}/aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of aliases for a bot in the customer's AWS accounts
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechLexBotBotIdAliases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/lex/bot/alias/{aliasId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details about a Lex bot alias
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechLexBotAlias"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/lex/bots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Lex bots in the customers' AWS accounts
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechLexBots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/lexv2/bot/{botId}/aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of aliases for a Lex V2 bot
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechLexv2BotBotIdAliases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/lexv2/bot/alias/{aliasId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details about a Lex V2 bot alias
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechLexv2BotAlias"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/lexv2/bots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Lex V2 bots
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechLexv2Bots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Nuance bots available in the specified Integration
         * @description If the onlyRegisteredBots param is set, the returned data will only include the Nuance bots which have configured client secrets within the Integration,  otherwise all of the Nuance bots available to the Integrations configured discovery credentials are returned.
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechNuanceNuanceIntegrationIdBots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/{botId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Nuance bot in the specified Integration
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechNuanceNuanceIntegrationIdBot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/{botId}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a Nuance bot in the specified Integration asynchronously
         * @permissions ANY: `integrations:integration:view`
         */
        post: operations["postIntegrationsSpeechNuanceNuanceIntegrationIdBotJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/{botId}/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of an asynchronous Nuance bot GET job
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechNuanceNuanceIntegrationIdBotJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/{botId}/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the result of an asynchronous Nuance bot GET job
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechNuanceNuanceIntegrationIdBotJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a list of Nuance bots in the specified Integration asynchronously
         * @permissions ANY: `integrations:integration:view`
         */
        post: operations["postIntegrationsSpeechNuanceNuanceIntegrationIdBotsJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of an asynchronous Nuance bots GET job
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechNuanceNuanceIntegrationIdBotsJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the result of an asynchronous Nuance bots GET job
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechNuanceNuanceIntegrationIdBotsJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/launch/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update the Nuance bot list for the specific bots made available to Genesys Cloud in the specified Integration
         * @permissions ANY: `integrations:integration:edit`
         */
        put: operations["putIntegrationsSpeechNuanceNuanceIntegrationIdBotsLaunchSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/launch/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Try out a single credential for a Nuance bot to know if the secret is correct
         * @permissions ANY: `integrations:integration:edit`
         */
        post: operations["postIntegrationsSpeechNuanceNuanceIntegrationIdBotsLaunchValidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/stt/engines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of STT engines enabled for org
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechSttEngines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/stt/engines/{engineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details about a STT engine
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechSttEngine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/tts/engines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of TTS engines enabled for org
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechTtsEngines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/tts/engines/{engineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details about a TTS engine
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechTtsEngine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/tts/engines/{engineId}/voices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of voices for a TTS engine
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechTtsEngineVoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/tts/engines/{engineId}/voices/{voiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details about a specific voice for a TTS engine
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechTtsEngineVoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/speech/tts/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get TTS settings for an org
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsSpeechTtsSettings"];
        /**
         * Update TTS settings for an org
         * @permissions ANY: `integrations:integration:edit`
         */
        put: operations["putIntegrationsSpeechTtsSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List integration types
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/types/{typeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get integration type.
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/types/{typeId}/configschemas/{configType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get properties config schema for an integration type.
         * @permissions ANY: `integrations:integration:view`
         */
        get: operations["getIntegrationsTypeConfigschema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/unifiedcommunications/{ucIntegrationId}/thirdpartypresences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Bulk integration presence ingestion
         * @description This endpoint accepts bulk presence updates from a 3rd-party presence integration and maps the 3rd-party user to a Genesys Cloud user via the matching email address. The 3rd-party presence value will be mapped to a Genesys Cloud organization presence definition value.
         * @permissions ANY: `integration:presence:edit`
         */
        put: operations["putIntegrationsUnifiedcommunicationThirdpartypresences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/unifiedcommunications/clientapps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List UC integration client application configurations.
         * @description This endpoint returns basic UI configuration data for all Unified Communications integrations client applications enabled.
         * @permissions ANY: `integration:unifiedCommunications:view`
         */
        get: operations["getIntegrationsUnifiedcommunicationsClientapps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/unifiedcommunications/clientapps/{ucIntegrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * UC integration client application configuration.
         * @description This endpoint returns basic UI configuration data for the specified Unified Communications integration client application.
         * @permissions ANY: `integration:unifiedCommunications:view`
         */
        get: operations["getIntegrationsUnifiedcommunicationsClientapp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/userapps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List permitted user app integrations for the logged in user
         * @permissions none required
         */
        get: operations["getIntegrationsUserapps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/integrations/webhooks/{tokenId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invoke Webhook
         * @permissions none required
         */
        post: operations["postIntegrationsWebhookEvents"];
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
        Action: {
            /** @description Category of Action */
            category?: string;
            config?: components["schemas"]["ActionConfig"];
            contract?: components["schemas"]["ActionContract"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description The ID of the integration for which this action is associated */
            integrationId?: string;
            name?: string;
            /** @description Indication of whether or not the action is designed to accept sensitive data */
            secure?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: int32
             * @description Version of this action
             */
            version?: number;
        };
        ActionCertificate: {
            certificate?: string;
            signingAuthority?: string;
            status?: string;
            type?: string;
        };
        ActionCertificateListing: {
            entities?: components["schemas"]["ActionCertificate"][];
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
        /** @description Defines components of the Action Config. */
        ActionConfig: {
            request?: components["schemas"]["RequestConfig"];
            response?: components["schemas"]["ResponseConfig"];
            timeoutSeconds?: number;
        };
        /** @description This resource contains all of the schemas needed to define the inputs and outputs, of a single Action. */
        ActionContract: {
            input?: components["schemas"]["ActionInput"];
            output?: components["schemas"]["ActionOutput"];
        };
        /** @description Contract definition. */
        ActionContractInput: {
            input: components["schemas"]["PostInputContract"];
            output: components["schemas"]["PostOutputContract"];
        };
        ActionEntityListing: {
            entities?: components["schemas"]["Action"][];
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
        /** @description Input requirements of Action. */
        ActionInput: {
            inputSchema?: components["schemas"]["JsonSchemaDocument"];
            inputSchemaFlattened?: components["schemas"]["JsonSchemaDocument"];
            /** @description The URI of the input schema */
            inputSchemaUri?: string;
        };
        /** @description Output definition of Action. */
        ActionOutput: {
            errorSchema?: components["schemas"]["JsonSchemaDocument"];
            errorSchemaFlattened?: components["schemas"]["FlattenedJsonSchemaDocument"];
            /** @description URI to retrieve error schema */
            errorSchemaUri?: string;
            successSchema?: components["schemas"]["JsonSchemaDocument"];
            successSchemaFlattened?: components["schemas"]["FlattenedJsonSchemaDocument"];
            /** @description URI to retrieve success schema */
            successSchemaUri?: string;
        };
        AddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        AsyncJob: {
            id?: string;
            selfUri?: string;
            state?: string;
        };
        AudioConnectorIntegration: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        AudioConnectorIntegrationEntityListing: {
            entities?: components["schemas"]["AudioConnectorIntegration"][];
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
        Bot: {
            botCompositeTag?: string;
            description?: string;
            id?: string;
            name?: string;
            provider?: string;
            selfUri?: string;
            versions?: components["schemas"]["BotVersion"][];
        };
        BotConnectorBot: {
            botCompositeTag?: string;
            description?: string;
            id: string;
            name?: string;
            selfUri?: string;
            versions: components["schemas"]["BotConnectorBotVersion"][];
        };
        BotConnectorBotSummaryEntityListing: {
            entities?: components["schemas"]["BotSummary"][];
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
        BotConnectorBotVersion: {
            intents: components["schemas"]["BotIntent"][];
            supportedLanguages: string[];
            version: string;
        };
        BotConnectorBotVersionSummaryEntityListing: {
            entities?: components["schemas"]["BotVersionSummary"][];
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
        BotConnectorIntent: {
            entities?: components["schemas"]["BotEntity"][];
            name?: string;
        };
        BotConnectorSummary: {
            botCompositeTag?: string;
            description?: string;
            id?: string;
            name?: string;
            versions?: components["schemas"]["BotConnectorVersionSummary"][];
        };
        BotConnectorVersionSummary: {
            version?: string;
        };
        BotEntity: {
            name?: string;
            type?: string;
        };
        BotEntityValue: {
            name: string;
            type: string;
            value?: string;
            values?: string[];
        };
        BotExecutionConfiguration: {
            botCredentials: components["schemas"]["NuanceBotCredentials"];
            botId: string;
            executionHost: string;
        };
        BotIntent: {
            name: string;
            slots?: {
                [key: string]: components["schemas"]["BotSlot"];
            };
        };
        BotList: {
            chatBots: components["schemas"]["BotConnectorBot"][];
        };
        BotListing: {
            entities?: components["schemas"]["Bot"][];
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
        BotSlot: {
            name: string;
            type: string;
        };
        BotSummary: {
            botCompositeTag?: string;
            description?: string;
            id: string;
            name: string;
        };
        BotSummaryEntityListing: {
            entities?: components["schemas"]["BotConnectorSummary"][];
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
        BotVersion: {
            intents?: components["schemas"]["BotConnectorIntent"][];
            supportedLanguages?: string[];
            version?: string;
        };
        BotVersionSummary: {
            botCompositeTag?: string;
            description?: string;
            id: string;
            name: string;
            version: string;
        };
        /** @description List of available Action categories. */
        Category: {
            /** @description Category name */
            name?: string;
        };
        CategoryEntityListing: {
            entities?: components["schemas"]["Category"][];
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: int64 */
            total?: number;
        };
        ClientApp: {
            attributes?: {
                [key: string]: string;
            };
            config?: components["schemas"]["ClientAppConfigurationInfo"];
            id?: string;
            integrationType?: components["schemas"]["IntegrationType"];
            intendedState: string;
            name?: string;
            notes?: string;
            reportedState?: components["schemas"]["IntegrationStatusInfo"];
            selfUri?: string;
        };
        ClientAppConfigurationInfo: {
            current?: components["schemas"]["IntegrationConfiguration"];
            effective?: components["schemas"]["EffectiveConfiguration"];
        };
        ClientAppEntityListing: {
            entities?: components["schemas"]["ClientApp"][];
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
        ComplexVariableInfo: {
            id: string;
            name: string;
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
        CreateIntegrationRequest: {
            id?: string;
            integrationType: components["schemas"]["IntegrationType"];
            name: string;
            selfUri?: string;
        };
        Credential: {
            credentialFields?: {
                [key: string]: string;
            };
            id?: string;
            name?: string;
            selfUri?: string;
            type: components["schemas"]["CredentialType"];
        };
        CredentialInfo: {
            createdDate?: string;
            id?: string;
            modifiedDate?: string;
            name?: string;
            selfUri?: string;
            type?: components["schemas"]["CredentialType"];
        };
        CredentialInfoCursorListing: {
            entities?: components["schemas"]["CredentialInfo"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        CredentialInfoListing: {
            entities?: components["schemas"]["CredentialInfo"][];
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
        CredentialSpecification: {
            credentialTypes?: string[];
            required?: boolean;
            title?: string;
        };
        CredentialType: {
            displayOrder?: string[];
            id?: string;
            name?: string;
            properties?: {
                [key: string]: unknown;
            };
            required?: string[];
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        DialogflowAgent: {
            environments?: string[];
            id?: string;
            integration?: components["schemas"]["DomainEntityRef"];
            intents?: components["schemas"]["DialogflowIntent"][];
            languages?: string[];
            name?: string;
            project?: components["schemas"]["DialogflowProject"];
            selfUri?: string;
        };
        DialogflowAgentSummary: {
            description?: string;
            id?: string;
            integration?: components["schemas"]["DomainEntityRef"];
            name?: string;
            project?: components["schemas"]["DialogflowProject"];
            selfUri?: string;
        };
        DialogflowAgentSummaryEntityListing: {
            entities?: components["schemas"]["DialogflowAgentSummary"][];
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
        DialogflowCXAgent: {
            environments?: components["schemas"]["DialogflowCXEnvironment"][];
            id?: string;
            integration?: components["schemas"]["DomainEntityRef"];
            languages?: string[];
            name?: string;
            project?: components["schemas"]["DialogflowCXProject"];
            selfUri?: string;
        };
        DialogflowCXAgentSummary: {
            description?: string;
            id?: string;
            integration?: components["schemas"]["DomainEntityRef"];
            name?: string;
            project?: components["schemas"]["DialogflowCXProject"];
            selfUri?: string;
        };
        DialogflowCXAgentSummaryEntityListing: {
            entities?: components["schemas"]["DialogflowCXAgentSummary"][];
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
        DialogflowCXEnvironment: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        DialogflowCXProject: {
            id?: string;
            name?: string;
        };
        DialogflowIntent: {
            name: string;
            parameters: {
                [key: string]: components["schemas"]["DialogflowParameter"];
            };
        };
        DialogflowParameter: {
            name: string;
            type: string;
        };
        DialogflowProject: {
            id?: string;
            name?: string;
        };
        DomainEntityRef: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        /** @description Validation results */
        DraftValidationResult: {
            /** @description List of errors causing validation failure */
            errors?: components["schemas"]["ErrorBody"][];
            /** @description Indicates if configuration is valid */
            valid?: boolean;
        };
        EffectiveConfiguration: {
            advanced: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            credentials: {
                [key: string]: components["schemas"]["CredentialInfo"];
            };
            name: string;
            notes: string;
            properties: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
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
        FlattenedJsonSchemaDocument: {
            arrayProperties?: string[];
            schema?: components["schemas"]["JsonSchemaDocument"];
        };
        Function: {
            dateCreated?: string;
            description: string;
            handler: string;
            id?: string;
            name?: string;
            runtime: string;
            timeoutSeconds?: number;
            zipId?: string;
        };
        FunctionConfig: {
            function?: components["schemas"]["Function"];
            id?: string;
            selfUri?: string;
            uploadExceptionHistory?: components["schemas"]["FunctionZipConfig"][];
            zip?: components["schemas"]["FunctionZipConfig"];
        };
        FunctionRuntime: {
            dateEndOfLife?: string;
            description?: string;
            name?: string;
            status?: string;
        };
        FunctionUploadRequest: {
            fileName: string;
            signedUrlTimeoutSeconds?: number;
        };
        FunctionUploadResponse: {
            headers?: {
                [key: string]: string;
            };
            signedUrlTimeoutSeconds?: number;
            url?: string;
        };
        FunctionZipConfig: {
            dateCreated?: string;
            errorMessage?: string;
            id?: string;
            name?: string;
            requestId?: string;
            status?: string;
        };
        HelpLink: {
            description?: string;
            title?: string;
            uri?: string;
        };
        Image: {
            imageUri?: string;
            resolution?: string;
        };
        IncomingMessageRequest: {
            automateFlowExecId: string;
            botId: string;
            botName: string;
            botSessionId: string;
            botSessionTimeout?: number;
            botVersion: string;
            channels: string[];
            conversationId: string;
            inputMessage: components["schemas"]["InputMessage"];
            integrationId: string;
            languageCode: string;
            messagingPlatformType: string;
            parameters?: {
                [key: string]: string;
            };
        };
        IncomingMessageResponse: {
            messageId?: string;
        };
        InputMessage: {
            content?: components["schemas"]["ConversationMessageContent"][];
            text?: string;
            type: string;
        };
        Integration: {
            attributes?: {
                [key: string]: string;
            };
            config?: components["schemas"]["IntegrationConfigurationInfo"];
            id?: string;
            integrationType?: components["schemas"]["IntegrationType"];
            intendedState: string;
            name?: string;
            notes?: string;
            reportedState?: components["schemas"]["IntegrationStatusInfo"];
            selfUri?: string;
        };
        IntegrationConfiguration: {
            advanced: {
                [key: string]: unknown;
            };
            credentials: {
                [key: string]: components["schemas"]["CredentialInfo"];
            };
            id?: string;
            name: string;
            notes: string;
            properties: {
                [key: string]: unknown;
            };
            selfUri?: string;
            version: number;
        };
        IntegrationConfigurationInfo: {
            current?: components["schemas"]["IntegrationConfiguration"];
        };
        IntegrationEntityListing: {
            entities?: components["schemas"]["Integration"][];
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
        IntegrationStatusInfo: {
            code?: string;
            detail?: components["schemas"]["MessageInfo"];
            effective?: string;
            lastUpdated?: string;
        };
        IntegrationType: {
            category?: string;
            configAdvancedSchemaUri?: string;
            configPropertiesSchemaUri?: string;
            credentials?: {
                [key: string]: components["schemas"]["CredentialSpecification"];
            };
            description?: string;
            faqUri?: string;
            helpLinks?: components["schemas"]["HelpLink"][];
            helpUri?: string;
            id: string;
            images?: components["schemas"]["Image"][];
            marketplaceUri?: string;
            maxInstances?: number;
            name?: string;
            nonInstallable?: boolean;
            privacyPolicyUri?: string;
            provider?: string;
            salesContactUri?: string;
            selfUri?: string;
            supportContactUri?: string;
            termsOfServiceUri?: string;
            userPermissions?: string[];
            vendorName?: string;
            vendorOAuthClientIds?: string[];
            vendorWebsiteUri?: string;
        };
        IntegrationTypeEntityListing: {
            entities?: components["schemas"]["IntegrationType"][];
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
        LanguageOverride: {
            engine: string;
            language: string;
            voice: string;
        };
        LexBot: {
            description?: string;
            id?: string;
            name?: string;
            selfUri?: string;
        };
        LexBotAlias: {
            bot?: components["schemas"]["LexBot"];
            botVersion?: string;
            failureReason?: string;
            id?: string;
            intents?: components["schemas"]["LexIntent"][];
            language?: string;
            name?: string;
            selfUri?: string;
            status: string;
        };
        LexBotAliasEntityListing: {
            entities?: components["schemas"]["LexBotAlias"][];
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
        LexBotEntityListing: {
            entities?: components["schemas"]["LexBot"][];
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
        LexIntent: {
            description?: string;
            name: string;
            slots: {
                [key: string]: components["schemas"]["LexSlot"];
            };
            version: string;
        };
        LexSlot: {
            description?: string;
            name: string;
            priority?: number;
            type: string;
        };
        LexV2Bot: {
            botId: string;
            description?: string;
            id?: string;
            name?: string;
            region: string;
            selfUri?: string;
        };
        LexV2BotAlias: {
            aliasId: string;
            bot?: components["schemas"]["LexV2Bot"];
            botVersion?: string;
            id?: string;
            intents?: components["schemas"]["LexV2Intent"][];
            language?: string;
            name?: string;
            region: string;
            selfUri?: string;
            status?: string;
        };
        LexV2BotAliasEntityListing: {
            entities?: components["schemas"]["LexV2BotAlias"][];
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
        LexV2BotEntityListing: {
            entities?: components["schemas"]["LexV2Bot"][];
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
        LexV2Intent: {
            description?: string;
            intentId: string;
            intentName: string;
            slots: {
                [key: string]: components["schemas"]["LexV2Slot"];
            };
        };
        LexV2Slot: {
            description?: string;
            slotId: string;
            slotName: string;
            slotTypeId: string;
            type: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        MessageInfo: {
            localizableMessageCode?: string;
            message?: string;
            messageParams?: {
                [key: string]: string;
            };
            messageWithParams?: string;
        };
        NuanceApplication: {
            id: string;
            name: string;
            tag: string;
        };
        NuanceBot: {
            application: components["schemas"]["NuanceApplication"];
            channels?: components["schemas"]["NuanceChannel"][];
            credentials?: components["schemas"]["NuanceBotCredentials"][];
            geography: components["schemas"]["NuanceGeography"];
            id: string;
            integrationId: string;
            locales?: string[];
            name: string;
            nuanceEnvironment: components["schemas"]["NuanceEnvironment"];
            nuanceOrganization: components["schemas"]["NuanceOrganization"];
            selfUri?: string;
            transferNodes?: components["schemas"]["NuanceBotTransferNode"][];
            variables?: components["schemas"]["NuanceBotVariable"][];
        };
        NuanceBotCredentials: {
            appId: string;
            clientId: string;
            clientSecret?: string;
            clientSecretProvided?: boolean;
        };
        NuanceBotEntityListing: {
            entities?: components["schemas"]["NuanceBot"][];
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
        NuanceBotLaunchSettings: {
            botExecutionConfigurations: components["schemas"]["BotExecutionConfiguration"][];
        };
        NuanceBotTransferNode: {
            description?: string;
            id: string;
            name: string;
            requestVariables?: components["schemas"]["NuanceBotVariable"][];
            type: string;
        };
        NuanceBotVariable: {
            complexGenericVariableInfo?: components["schemas"]["ComplexVariableInfo"];
            description?: string;
            id: string;
            name: string;
            reserved?: boolean;
            simpleVariableInfo?: string;
        };
        NuanceChannel: {
            color?: string;
            id: string;
            modes?: string[];
            name: string;
        };
        NuanceEnvironment: {
            environmentDesignation: string;
            executionHost?: string;
            id: string;
            name: string;
        };
        NuanceGeography: {
            id: string;
            name: string;
        };
        NuanceOrganization: {
            id: string;
            name: string;
        };
        OutgoingMessageRequest: {
            botId: string;
            botSessionId: string;
            botState: string;
            botVersion: string;
            confidence?: number;
            entities?: components["schemas"]["BotEntityValue"][];
            errorInfo?: components["schemas"]["ErrorInfo"];
            intent?: string;
            languageCode: string;
            parameters?: {
                [key: string]: string;
            };
            replyMessages?: components["schemas"]["ReplyMessage"][];
        };
        OutgoingMessageResponse: {
            messageId?: string;
        };
        /** @description Definition of an Action to be created or updated. */
        PostActionInput: {
            /** @description Category of action */
            category: string;
            config: components["schemas"]["ActionConfig"];
            contract: components["schemas"]["ActionContractInput"];
            /** @description The ID of the integration this action is associated to */
            integrationId: string;
            /** @description Name of action */
            name: string;
            /** @description Indication of whether or not the action is designed to accept sensitive data */
            secure?: boolean;
        };
        /** @description The schemas defining all of the expected requests/inputs. */
        PostInputContract: {
            inputSchema: components["schemas"]["JsonSchemaDocument"];
        };
        /** @description The schemas defining all of the expected responses/outputs. */
        PostOutputContract: {
            successSchema: components["schemas"]["JsonSchemaDocument"];
        };
        /** @description Draft to be published */
        PublishDraftInput: {
            /**
             * Format: int32
             * @description The current draft version.
             */
            version: number;
        };
        ReplyMessage: {
            content?: components["schemas"]["ConversationMessageContent"][];
            text?: string;
            type: string;
        };
        /** @description Defines response components of the Action Request. */
        RequestConfig: {
            /** @description Headers to include in request in (Header Name, Value) pairs. */
            headers?: {
                [key: string]: string;
            };
            /** @description Velocity template to define request body sent to 3rd party service. */
            requestTemplate?: string;
            /** @description URI to retrieve requestTemplate */
            requestTemplateUri?: string;
            /** @description HTTP method to use for request */
            requestType?: string;
            /** @description URL that may include placeholders for requests to 3rd party service */
            requestUrlTemplate?: string;
        };
        /** @description Defines response components of the Action Request. */
        ResponseConfig: {
            /** @description Velocity template to build response to return from Action. */
            successTemplate?: string;
            /** @description URI to retrieve success template. */
            successTemplateUri?: string;
            /** @description Map 'attribute name' and 'JSON path' pairs used to extract data from REST response. */
            translationMap?: {
                [key: string]: string;
            };
            translationMapDefaults?: {
                [key: string]: string;
            };
        };
        SttEngineEntity: {
            grammarBased?: boolean;
            id?: string;
            name?: string;
            replacedBy?: components["schemas"]["AddressableEntityRef"];
            selfUri?: string;
        };
        SttEngineEntityListing: {
            entities?: components["schemas"]["SttEngineEntity"][];
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
        TestExecutionOperationResult: {
            error?: components["schemas"]["ErrorBody"];
            /** @description Name of the operation performed */
            name?: string;
            /** @description The result of the operation */
            result?: {
                [key: string]: unknown;
            };
            /**
             * Format: int32
             * @description The step number to indicate the order in which the operation was performed
             */
            step?: number;
            /** @description Indicated whether or not the operation was successful */
            success?: boolean;
        };
        TestExecutionResult: {
            error?: components["schemas"]["ErrorBody"];
            /** @description The final result of the test. This is the response that would be returned during normal action execution */
            finalResult?: {
                [key: string]: unknown;
            };
            /** @description Execution operations performed as part of the test */
            operations?: components["schemas"]["TestExecutionOperationResult"][];
            /** @description Indicates whether or not the test was a success */
            success?: boolean;
        };
        TrustedCertificateInfo: {
            description?: string;
            serialNumber?: string;
            signature?: string;
        };
        TrustedCertificates: {
            entities?: components["schemas"]["TrustedCertificateInfo"][];
            total?: number;
        };
        TtsEngineEntity: {
            id?: string;
            isDefault?: boolean;
            isSecure?: boolean;
            languages: string[];
            name?: string;
            outputFormats: string[];
            selfUri?: string;
            voices?: components["schemas"]["TtsVoiceEntity"][];
        };
        TtsEngineEntityListing: {
            entities?: components["schemas"]["TtsEngineEntity"][];
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
        TtsSettings: {
            defaultEngine: string;
            languageOverrides: components["schemas"]["LanguageOverride"][];
        };
        TtsVoiceEntity: {
            engine: components["schemas"]["TtsEngineEntity"];
            gender: string;
            id?: string;
            isDefault?: boolean;
            language: string;
            name?: string;
            selfUri?: string;
        };
        TtsVoiceEntityListing: {
            entities?: components["schemas"]["TtsVoiceEntity"][];
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
        UCI10n: {
            name?: string;
        };
        UCIcon: {
            vector: string;
        };
        UCThirdPartyPresence: {
            dateModified?: string;
            email: string;
            message?: string;
            presence: string;
        };
        UnifiedCommunicationsIntegration: {
            badgeIcons: {
                [key: string]: components["schemas"]["UCIcon"];
            };
            i10n: {
                [key: string]: components["schemas"]["UCI10n"];
            };
            icon: components["schemas"]["UCIcon"];
            id?: string;
            includeBadge?: boolean;
            integrationPresenceSource: string;
            name?: string;
            oauthScopes?: string[];
            pbxPermission: string;
            polledPresence: boolean;
            pollIntervalSec?: number;
            selfUri?: string;
            ucIntegrationKey: components["schemas"]["AddressableEntityRef"];
            userPermissions: string[];
        };
        UnifiedCommunicationsIntegrationListing: {
            entities?: components["schemas"]["UnifiedCommunicationsIntegration"][];
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
        UpdateActionInput: {
            /** @description Category of action */
            category?: string;
            config?: components["schemas"]["ActionConfig"];
            /** @description Name of action */
            name?: string;
            /**
             * Format: int32
             * @description Version of this action
             */
            version: number;
        };
        /** @description Definition of an Action Draft to be created or updated. */
        UpdateDraftInput: {
            /** @description Category of action */
            category?: string;
            config?: components["schemas"]["ActionConfig"];
            contract?: components["schemas"]["ActionContractInput"];
            /** @description Name of action */
            name?: string;
            /** @description Indication of whether or not the action is designed to accept sensitive data */
            secure?: boolean;
            /**
             * Format: int32
             * @description Version of current Draft
             */
            version: number;
        };
        UserApp: {
            config?: components["schemas"]["UserAppConfigurationInfo"];
            id?: string;
            integrationType?: components["schemas"]["IntegrationType"];
            name?: string;
            selfUri?: string;
        };
        UserAppConfigurationInfo: {
            current?: components["schemas"]["IntegrationConfiguration"];
            effective?: components["schemas"]["EffectiveConfiguration"];
        };
        UserAppEntityListing: {
            entities?: components["schemas"]["UserApp"][];
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
        WebhookInvocationResponse: {
            invocationId: string;
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
export type SchemaAction = components['schemas']['Action'];
export type SchemaActionCertificate = components['schemas']['ActionCertificate'];
export type SchemaActionCertificateListing = components['schemas']['ActionCertificateListing'];
export type SchemaActionConfig = components['schemas']['ActionConfig'];
export type SchemaActionContract = components['schemas']['ActionContract'];
export type SchemaActionContractInput = components['schemas']['ActionContractInput'];
export type SchemaActionEntityListing = components['schemas']['ActionEntityListing'];
export type SchemaActionInput = components['schemas']['ActionInput'];
export type SchemaActionOutput = components['schemas']['ActionOutput'];
export type SchemaAddressableEntityRef = components['schemas']['AddressableEntityRef'];
export type SchemaAsyncJob = components['schemas']['AsyncJob'];
export type SchemaAudioConnectorIntegration = components['schemas']['AudioConnectorIntegration'];
export type SchemaAudioConnectorIntegrationEntityListing = components['schemas']['AudioConnectorIntegrationEntityListing'];
export type SchemaBot = components['schemas']['Bot'];
export type SchemaBotConnectorBot = components['schemas']['BotConnectorBot'];
export type SchemaBotConnectorBotSummaryEntityListing = components['schemas']['BotConnectorBotSummaryEntityListing'];
export type SchemaBotConnectorBotVersion = components['schemas']['BotConnectorBotVersion'];
export type SchemaBotConnectorBotVersionSummaryEntityListing = components['schemas']['BotConnectorBotVersionSummaryEntityListing'];
export type SchemaBotConnectorIntent = components['schemas']['BotConnectorIntent'];
export type SchemaBotConnectorSummary = components['schemas']['BotConnectorSummary'];
export type SchemaBotConnectorVersionSummary = components['schemas']['BotConnectorVersionSummary'];
export type SchemaBotEntity = components['schemas']['BotEntity'];
export type SchemaBotEntityValue = components['schemas']['BotEntityValue'];
export type SchemaBotExecutionConfiguration = components['schemas']['BotExecutionConfiguration'];
export type SchemaBotIntent = components['schemas']['BotIntent'];
export type SchemaBotList = components['schemas']['BotList'];
export type SchemaBotListing = components['schemas']['BotListing'];
export type SchemaBotSlot = components['schemas']['BotSlot'];
export type SchemaBotSummary = components['schemas']['BotSummary'];
export type SchemaBotSummaryEntityListing = components['schemas']['BotSummaryEntityListing'];
export type SchemaBotVersion = components['schemas']['BotVersion'];
export type SchemaBotVersionSummary = components['schemas']['BotVersionSummary'];
export type SchemaCategory = components['schemas']['Category'];
export type SchemaCategoryEntityListing = components['schemas']['CategoryEntityListing'];
export type SchemaClientApp = components['schemas']['ClientApp'];
export type SchemaClientAppConfigurationInfo = components['schemas']['ClientAppConfigurationInfo'];
export type SchemaClientAppEntityListing = components['schemas']['ClientAppEntityListing'];
export type SchemaComplexVariableInfo = components['schemas']['ComplexVariableInfo'];
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
export type SchemaConversationFormPage = components['schemas']['ConversationFormPage'];
export type SchemaConversationFormPageComponent = components['schemas']['ConversationFormPageComponent'];
export type SchemaConversationFormResponseComponent = components['schemas']['ConversationFormResponseComponent'];
export type SchemaConversationFormResponseContent = components['schemas']['ConversationFormResponseContent'];
export type SchemaConversationMessageContent = components['schemas']['ConversationMessageContent'];
export type SchemaConversationNotificationTemplateBody = components['schemas']['ConversationNotificationTemplateBody'];
export type SchemaConversationNotificationTemplateButton = components['schemas']['ConversationNotificationTemplateButton'];
export type SchemaConversationNotificationTemplateFooter = components['schemas']['ConversationNotificationTemplateFooter'];
export type SchemaConversationNotificationTemplateHeader = components['schemas']['ConversationNotificationTemplateHeader'];
export type SchemaConversationNotificationTemplateParameter = components['schemas']['ConversationNotificationTemplateParameter'];
export type SchemaConversationPushFailedMessageReferences = components['schemas']['ConversationPushFailedMessageReferences'];
export type SchemaConversationPushNotificationMessageLabel = components['schemas']['ConversationPushNotificationMessageLabel'];
export type SchemaConversationPushProviderIntegration = components['schemas']['ConversationPushProviderIntegration'];
export type SchemaCreateIntegrationRequest = components['schemas']['CreateIntegrationRequest'];
export type SchemaCredential = components['schemas']['Credential'];
export type SchemaCredentialInfo = components['schemas']['CredentialInfo'];
export type SchemaCredentialInfoCursorListing = components['schemas']['CredentialInfoCursorListing'];
export type SchemaCredentialInfoListing = components['schemas']['CredentialInfoListing'];
export type SchemaCredentialSpecification = components['schemas']['CredentialSpecification'];
export type SchemaCredentialType = components['schemas']['CredentialType'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDialogflowAgent = components['schemas']['DialogflowAgent'];
export type SchemaDialogflowAgentSummary = components['schemas']['DialogflowAgentSummary'];
export type SchemaDialogflowAgentSummaryEntityListing = components['schemas']['DialogflowAgentSummaryEntityListing'];
export type SchemaDialogflowCxAgent = components['schemas']['DialogflowCXAgent'];
export type SchemaDialogflowCxAgentSummary = components['schemas']['DialogflowCXAgentSummary'];
export type SchemaDialogflowCxAgentSummaryEntityListing = components['schemas']['DialogflowCXAgentSummaryEntityListing'];
export type SchemaDialogflowCxEnvironment = components['schemas']['DialogflowCXEnvironment'];
export type SchemaDialogflowCxProject = components['schemas']['DialogflowCXProject'];
export type SchemaDialogflowIntent = components['schemas']['DialogflowIntent'];
export type SchemaDialogflowParameter = components['schemas']['DialogflowParameter'];
export type SchemaDialogflowProject = components['schemas']['DialogflowProject'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaDraftValidationResult = components['schemas']['DraftValidationResult'];
export type SchemaEffectiveConfiguration = components['schemas']['EffectiveConfiguration'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaErrorInfo = components['schemas']['ErrorInfo'];
export type SchemaFlattenedJsonSchemaDocument = components['schemas']['FlattenedJsonSchemaDocument'];
export type SchemaFunction = components['schemas']['Function'];
export type SchemaFunctionConfig = components['schemas']['FunctionConfig'];
export type SchemaFunctionRuntime = components['schemas']['FunctionRuntime'];
export type SchemaFunctionUploadRequest = components['schemas']['FunctionUploadRequest'];
export type SchemaFunctionUploadResponse = components['schemas']['FunctionUploadResponse'];
export type SchemaFunctionZipConfig = components['schemas']['FunctionZipConfig'];
export type SchemaHelpLink = components['schemas']['HelpLink'];
export type SchemaImage = components['schemas']['Image'];
export type SchemaIncomingMessageRequest = components['schemas']['IncomingMessageRequest'];
export type SchemaIncomingMessageResponse = components['schemas']['IncomingMessageResponse'];
export type SchemaInputMessage = components['schemas']['InputMessage'];
export type SchemaIntegration = components['schemas']['Integration'];
export type SchemaIntegrationConfiguration = components['schemas']['IntegrationConfiguration'];
export type SchemaIntegrationConfigurationInfo = components['schemas']['IntegrationConfigurationInfo'];
export type SchemaIntegrationEntityListing = components['schemas']['IntegrationEntityListing'];
export type SchemaIntegrationStatusInfo = components['schemas']['IntegrationStatusInfo'];
export type SchemaIntegrationType = components['schemas']['IntegrationType'];
export type SchemaIntegrationTypeEntityListing = components['schemas']['IntegrationTypeEntityListing'];
export type SchemaJsonSchemaDocument = components['schemas']['JsonSchemaDocument'];
export type SchemaLanguageOverride = components['schemas']['LanguageOverride'];
export type SchemaLexBot = components['schemas']['LexBot'];
export type SchemaLexBotAlias = components['schemas']['LexBotAlias'];
export type SchemaLexBotAliasEntityListing = components['schemas']['LexBotAliasEntityListing'];
export type SchemaLexBotEntityListing = components['schemas']['LexBotEntityListing'];
export type SchemaLexIntent = components['schemas']['LexIntent'];
export type SchemaLexSlot = components['schemas']['LexSlot'];
export type SchemaLexV2Bot = components['schemas']['LexV2Bot'];
export type SchemaLexV2BotAlias = components['schemas']['LexV2BotAlias'];
export type SchemaLexV2BotAliasEntityListing = components['schemas']['LexV2BotAliasEntityListing'];
export type SchemaLexV2BotEntityListing = components['schemas']['LexV2BotEntityListing'];
export type SchemaLexV2Intent = components['schemas']['LexV2Intent'];
export type SchemaLexV2Slot = components['schemas']['LexV2Slot'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaMessageInfo = components['schemas']['MessageInfo'];
export type SchemaNuanceApplication = components['schemas']['NuanceApplication'];
export type SchemaNuanceBot = components['schemas']['NuanceBot'];
export type SchemaNuanceBotCredentials = components['schemas']['NuanceBotCredentials'];
export type SchemaNuanceBotEntityListing = components['schemas']['NuanceBotEntityListing'];
export type SchemaNuanceBotLaunchSettings = components['schemas']['NuanceBotLaunchSettings'];
export type SchemaNuanceBotTransferNode = components['schemas']['NuanceBotTransferNode'];
export type SchemaNuanceBotVariable = components['schemas']['NuanceBotVariable'];
export type SchemaNuanceChannel = components['schemas']['NuanceChannel'];
export type SchemaNuanceEnvironment = components['schemas']['NuanceEnvironment'];
export type SchemaNuanceGeography = components['schemas']['NuanceGeography'];
export type SchemaNuanceOrganization = components['schemas']['NuanceOrganization'];
export type SchemaOutgoingMessageRequest = components['schemas']['OutgoingMessageRequest'];
export type SchemaOutgoingMessageResponse = components['schemas']['OutgoingMessageResponse'];
export type SchemaPostActionInput = components['schemas']['PostActionInput'];
export type SchemaPostInputContract = components['schemas']['PostInputContract'];
export type SchemaPostOutputContract = components['schemas']['PostOutputContract'];
export type SchemaPublishDraftInput = components['schemas']['PublishDraftInput'];
export type SchemaReplyMessage = components['schemas']['ReplyMessage'];
export type SchemaRequestConfig = components['schemas']['RequestConfig'];
export type SchemaResponseConfig = components['schemas']['ResponseConfig'];
export type SchemaSttEngineEntity = components['schemas']['SttEngineEntity'];
export type SchemaSttEngineEntityListing = components['schemas']['SttEngineEntityListing'];
export type SchemaTestExecutionOperationResult = components['schemas']['TestExecutionOperationResult'];
export type SchemaTestExecutionResult = components['schemas']['TestExecutionResult'];
export type SchemaTrustedCertificateInfo = components['schemas']['TrustedCertificateInfo'];
export type SchemaTrustedCertificates = components['schemas']['TrustedCertificates'];
export type SchemaTtsEngineEntity = components['schemas']['TtsEngineEntity'];
export type SchemaTtsEngineEntityListing = components['schemas']['TtsEngineEntityListing'];
export type SchemaTtsSettings = components['schemas']['TtsSettings'];
export type SchemaTtsVoiceEntity = components['schemas']['TtsVoiceEntity'];
export type SchemaTtsVoiceEntityListing = components['schemas']['TtsVoiceEntityListing'];
export type SchemaUci10n = components['schemas']['UCI10n'];
export type SchemaUcIcon = components['schemas']['UCIcon'];
export type SchemaUcThirdPartyPresence = components['schemas']['UCThirdPartyPresence'];
export type SchemaUnifiedCommunicationsIntegration = components['schemas']['UnifiedCommunicationsIntegration'];
export type SchemaUnifiedCommunicationsIntegrationListing = components['schemas']['UnifiedCommunicationsIntegrationListing'];
export type SchemaUpdateActionInput = components['schemas']['UpdateActionInput'];
export type SchemaUpdateDraftInput = components['schemas']['UpdateDraftInput'];
export type SchemaUserApp = components['schemas']['UserApp'];
export type SchemaUserAppConfigurationInfo = components['schemas']['UserAppConfigurationInfo'];
export type SchemaUserAppEntityListing = components['schemas']['UserAppEntityListing'];
export type SchemaWebhookInvocationResponse = components['schemas']['WebhookInvocationResponse'];
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
    getIntegrations: {
        parameters: {
            query?: {
                /** @description Filter integrations by credential ID */
                credentialId?: string;
                /** @description variable name requested by expand list */
                expand?: string[];
                /** @description Comma-separated list of integration IDs to filter by (max 100) */
                ids?: string[];
                /** @description Filter integrations by integration type ID */
                integrationType?: string;
                /** @description next page token */
                nextPage?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Previous page token */
                previousPage?: string;
                /** @description Filter integrations by reported state (case-insensitive) */
                reportedState?: string;
                /** @description variable name requested to sort by */
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
                    "application/json": components["schemas"]["IntegrationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postIntegrations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Integration */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateIntegrationRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegration: {
        parameters: {
            query?: {
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
            };
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
                    "application/json": components["schemas"]["Integration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteIntegration: {
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
                    "application/json": components["schemas"]["Integration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchIntegration: {
        parameters: {
            query?: {
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
            };
            header?: never;
            path: {
                /** @description Integration Id */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description Integration Update */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Integration"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationConfigCurrent: {
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
                    "application/json": components["schemas"]["IntegrationConfiguration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putIntegrationConfigCurrent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration Id */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description Integration Configuration */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IntegrationConfiguration"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationConfiguration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsActions: {
        parameters: {
            query?: {
                /** @description Filter by category name. */
                category?: string;
                /** @description Filter by action Id. Can be a comma separated list to request multiple actions.  Limit of 50 Ids. */
                ids?: string;
                /** @description Whether or not to include authentication actions in the response. These actions are not directly executable. Some integrations create them and will run them as needed to refresh authentication information for other actions. */
                includeAuthActions?: string;
                /** @description Return config in response. */
                includeConfig?: boolean;
                /** @description Filter by partial or complete action name. */
                name?: string;
                /** @description next page token */
                nextPage?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Previous page token */
                previousPage?: string;
                /** @description Filter based on 'secure' configuration option. True will only return actions marked as secure. False will return only non-secure actions. Do not use filter if you want all Actions. */
                secure?: "true" | "false" | (string & {});
                /** @description Root level field name to sort on. */
                sortBy?: string;
                /** @description Direction to sort 'sortBy' field. */
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
                    "application/json": components["schemas"]["ActionEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postIntegrationsActions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Input used to create Action. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostActionInput"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsAction: {
        parameters: {
            query?: {
                /** @description Indicates a field in the response which should be expanded. */
                expand?: "contract" | (string & {});
                /** @description Indicates the response should be reformatted, based on Architect's flattening format. */
                flatten?: boolean;
                /** @description Return config in response. */
                includeConfig?: boolean;
            };
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
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
                    "application/json": components["schemas"]["Action"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteIntegrationsAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete was successful */
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
    patchIntegrationsAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
            };
            cookie?: never;
        };
        /** @description Input used to patch the Action. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActionInput"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsActionDraft: {
        parameters: {
            query?: {
                /** @description Indicates a field in the response which should be expanded. */
                expand?: "contract" | (string & {});
                /** @description Indicates the response should be reformatted, based on Architect's flattening format. */
                flatten?: boolean;
                /** @description Return config in response. */
                includeConfig?: boolean;
            };
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
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
                    "application/json": components["schemas"]["Action"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postIntegrationsActionDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
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
                    "application/json": components["schemas"]["Action"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteIntegrationsActionDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete was successful */
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
    patchIntegrationsActionDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
            };
            cookie?: never;
        };
        /** @description Input used to patch the Action Draft. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDraftInput"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsActionDraftFunction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putIntegrationsActionDraftFunction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
            };
            cookie?: never;
        };
        /** @description Input used to update function settings. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Function"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postIntegrationsActionDraftFunctionUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
            };
            cookie?: never;
        };
        /** @description Input used to request URL upload. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FunctionUploadRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionUploadResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postIntegrationsActionDraftPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
            };
            cookie?: never;
        };
        /** @description Input used to patch the Action. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishDraftInput"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsActionDraftSchema: {
        parameters: {
            query?: {
                /** @description Indicates the response should be reformatted, based on Architect's flattening format. */
                flatten?: boolean;
            };
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
                /** @description Name of schema file to be retrieved for this draft. */
                fileName: string;
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
                    "application/json": components["schemas"]["JsonSchemaDocument"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsActionDraftTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
                /** @description Name of template file to be retrieved for this action draft. */
                fileName: string;
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
                    "text/plain": string;
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postIntegrationsActionDraftTest: {
        parameters: {
            query?: {
                /** @description Indicates the response should be reformatted, based on Architect's flattening format. */
                flatten?: boolean;
            };
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
            };
            cookie?: never;
        };
        /** @description Map of parameters used for variable substitution. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestExecutionResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsActionDraftValidation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
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
                    "application/json": components["schemas"]["DraftValidationResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postIntegrationsActionExecute: {
        parameters: {
            query?: {
                /** @description Indicates the response should be reformatted, based on Architect's flattening format. */
                flatten?: boolean;
            };
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
            };
            cookie?: never;
        };
        /** @description Map of parameters used for variable substitution. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description successful operation */
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
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsActionFunction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionConfig"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsActionSchema: {
        parameters: {
            query?: {
                /** @description Indicates the response should be reformatted, based on Architect's flattening format. */
                flatten?: boolean;
            };
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
                /** @description Name of schema file to be retrieved for this action. */
                fileName: string;
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
                    "application/json": components["schemas"]["JsonSchemaDocument"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsActionTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
                /** @description Name of template file to be retrieved for this action. */
                fileName: string;
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
                    "text/plain": string;
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postIntegrationsActionTest: {
        parameters: {
            query?: {
                /** @description Indicates the response should be reformatted, based on Architect's flattening format. */
                flatten?: boolean;
            };
            header?: never;
            path: {
                /** @description actionId */
                actionId: string;
            };
            cookie?: never;
        };
        /** @description Map of parameters used for variable substitution. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestExecutionResult"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsActionsCategories: {
        parameters: {
            query?: {
                /** @description next page token */
                nextPage?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Previous page token */
                previousPage?: string;
                /** @description Filter to only include secure actions. True will only include actions marked secured. False will include only unsecure actions. Do not use filter if you want all Actions. */
                secure?: "true" | "false" | (string & {});
                /** @description Root level field name to sort on.  Only 'name' is supported on this endpoint. */
                sortBy?: string;
                /** @description Direction to sort 'sortBy' field. */
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
                    "application/json": components["schemas"]["CategoryEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsActionsCertificates: {
        parameters: {
            query?: {
                /** @description Indicates the validity of the certificate in question. */
                status?: string;
                /** @description Indicates the type of the certificate. */
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
                    "application/json": components["schemas"]["ActionCertificateListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsActionsCertificatesTruststore: {
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
                    "application/json": components["schemas"]["TrustedCertificates"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsActionsDrafts: {
        parameters: {
            query?: {
                /** @description Filter by category name. */
                category?: string;
                /** @description Filter by action Id. Can be a comma separated list to request multiple actions.  Limit of 50 Ids. */
                ids?: string;
                /** @description Whether or not to include authentication actions in the response. These actions are not directly executable. Some integrations create them and will run them as needed to refresh authentication information for other actions. */
                includeAuthActions?: string;
                /** @description Return config in response. */
                includeConfig?: boolean;
                /** @description Filter by partial or complete action name. */
                name?: string;
                /** @description next page token */
                nextPage?: string;
                /** @description The page number requested */
                pageNumber?: number;
                /** @description The total page size requested */
                pageSize?: number;
                /** @description Previous page token */
                previousPage?: string;
                /** @description Filter based on 'secure' configuration option. True will only return actions marked as secure. False will return only non-secure actions. Do not use filter if you want all Actions. */
                secure?: "true" | "false" | (string & {});
                /** @description Root level field name to sort on. */
                sortBy?: string;
                /** @description Direction to sort 'sortBy' field. */
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
                    "application/json": components["schemas"]["ActionEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postIntegrationsActionsDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Input used to create Action Draft. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostActionInput"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Action"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsActionsFunctionsRuntimes: {
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
                    "application/json": components["schemas"]["FunctionRuntime"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsBotconnectorIntegrationIdBots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The integration ID for this group of bots */
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
                    "application/json": components["schemas"]["BotList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putIntegrationsBotconnectorIntegrationIdBots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The integration ID for this group of bots */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BotList"];
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
    getIntegrationsBotconnectorIntegrationIdBot: {
        parameters: {
            query?: {
                /** @description Specific Version */
                version?: string;
            };
            header?: never;
            path: {
                /** @description The botID for this bot */
                botId: string;
                /** @description The integration ID for this group of bots */
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
                    "application/json": components["schemas"]["BotConnectorBot"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsBotconnectorIntegrationIdBotVersions: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The botID for this bot */
                botId: string;
                /** @description The integration ID for this bot group */
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
                    "application/json": components["schemas"]["BotConnectorBotVersionSummaryEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsBotconnectorIntegrationIdBotsSummaries: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The integration ID for this group of bots */
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
                    "application/json": components["schemas"]["BotConnectorBotSummaryEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsBotconnectorBots: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The integration ID for this group of bots. */
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
                    "application/json": components["schemas"]["BotListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsBotconnectorBot: {
        parameters: {
            query?: {
                /** @description Specific Version */
                version?: string;
            };
            header?: never;
            path: {
                /** @description The bot ID for this bot */
                botId: string;
                /** @description The integration ID for this group of bots */
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
                    "application/json": components["schemas"]["Bot"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsBotconnectorBotsSummaries: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The integration ID for this group of bots. */
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
                    "application/json": components["schemas"]["BotSummaryEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postIntegrationsBotconnectorsIncomingMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Incoming Message Request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncomingMessageRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingMessageResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postIntegrationsBotconnectorsOutgoingMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Outgoing Message Request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutgoingMessageRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutgoingMessageResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsClientapps: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["ClientAppEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsCredentials: {
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
                    "application/json": components["schemas"]["CredentialInfoListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postIntegrationsCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Credential */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Credential"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialInfo"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Credential ID */
                credentialId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Credential"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putIntegrationsCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Credential ID */
                credentialId: string;
            };
            cookie?: never;
        };
        /** @description Credential */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Credential"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialInfo"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteIntegrationsCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Credential ID */
                credentialId: string;
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
    getIntegrationsCredentialsListing: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
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
                    "application/json": components["schemas"]["CredentialInfoCursorListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsCredentialsTypes: {
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
                    "application/json": components["schemas"]["CredentialType"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechAudioconnector: {
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
                    "application/json": components["schemas"]["AudioConnectorIntegrationEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechAudioconnectorIntegrationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The integration ID */
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
                    "application/json": components["schemas"]["AudioConnectorIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechDialogflowAgents: {
        parameters: {
            query?: {
                /** @description Filter on agent name */
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
                    "application/json": components["schemas"]["DialogflowAgentSummaryEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechDialogflowAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent ID */
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
                    "application/json": components["schemas"]["DialogflowAgent"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechDialogflowcxAgents: {
        parameters: {
            query?: {
                /** @description Filter on agent name */
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
                    "application/json": components["schemas"]["DialogflowCXAgentSummaryEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechDialogflowcxAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent ID */
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
                    "application/json": components["schemas"]["DialogflowCXAgent"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechLexBotBotIdAliases: {
        parameters: {
            query?: {
                /** @description Filter on alias name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Filter on alias status */
                status?: string;
            };
            header?: never;
            path: {
                /** @description The bot ID */
                botId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LexBotAliasEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechLexBotAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The alias ID */
                aliasId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LexBotAlias"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechLexBots: {
        parameters: {
            query?: {
                /** @description Filter on bot name */
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
                    "application/json": components["schemas"]["LexBotEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechLexv2BotBotIdAliases: {
        parameters: {
            query?: {
                /** @description Filter on alias name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Filter on alias status */
                status?: string;
            };
            header?: never;
            path: {
                /** @description The Bot ID */
                botId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LexV2BotAliasEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechLexv2BotAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Alias ID */
                aliasId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LexV2BotAlias"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechLexv2Bots: {
        parameters: {
            query?: {
                /** @description Filter on bot name */
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
                    "application/json": components["schemas"]["LexV2BotEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechNuanceNuanceIntegrationIdBots: {
        parameters: {
            query?: {
                /** @description Limit bots to the ones configured for Genesys Cloud usage */
                onlyRegisteredBots?: boolean;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The integration ID for this group of bots */
                nuanceIntegrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NuanceBotEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechNuanceNuanceIntegrationIdBot: {
        parameters: {
            query?: {
                /** @description expand */
                expand?: string[];
                /** @description targetChannel */
                targetChannel?: string;
            };
            header?: never;
            path: {
                /** @description The Nuance bot ID to get */
                botId: string;
                /** @description The integration ID for this group of bots */
                nuanceIntegrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NuanceBot"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postIntegrationsSpeechNuanceNuanceIntegrationIdBotJobs: {
        parameters: {
            query?: {
                /** @description expand */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The Nuance bot ID */
                botId: string;
                /** @description The integration ID for this group of bots */
                nuanceIntegrationId: string;
            };
            cookie?: never;
        };
        /** @description targetChannel */
        requestBody?: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechNuanceNuanceIntegrationIdBotJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Nuance bot ID */
                botId: string;
                /** @description The asynchronous job ID */
                jobId: string;
                /** @description The integration ID for this group of bots */
                nuanceIntegrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechNuanceNuanceIntegrationIdBotJobResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Nuance bot ID */
                botId: string;
                /** @description The asynchronous job ID */
                jobId: string;
                /** @description The integration ID for this group of bots */
                nuanceIntegrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NuanceBot"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postIntegrationsSpeechNuanceNuanceIntegrationIdBotsJobs: {
        parameters: {
            query?: {
                /** @description Limit bots to the ones configured for Genesys Cloud usage */
                onlyRegisteredBots?: boolean;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The integration ID for this group of bots */
                nuanceIntegrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechNuanceNuanceIntegrationIdBotsJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The asynchronous job ID */
                jobId: string;
                /** @description The integration ID for this group of bots */
                nuanceIntegrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncJob"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechNuanceNuanceIntegrationIdBotsJobResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The asynchronous job ID */
                jobId: string;
                /** @description The integration ID for this group of bots */
                nuanceIntegrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NuanceBotEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putIntegrationsSpeechNuanceNuanceIntegrationIdBotsLaunchSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The integration ID for this group of bots */
                nuanceIntegrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NuanceBotLaunchSettings"];
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
    postIntegrationsSpeechNuanceNuanceIntegrationIdBotsLaunchValidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The integration ID for this group of bots */
                nuanceIntegrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BotExecutionConfiguration"];
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
    getIntegrationsSpeechSttEngines: {
        parameters: {
            query?: {
                /** @description Filter on engine name */
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
                    "application/json": components["schemas"]["SttEngineEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechSttEngine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The engine ID */
                engineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SttEngineEntity"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechTtsEngines: {
        parameters: {
            query?: {
                /** @description Include voices for the engine */
                includeVoices?: boolean;
                /** @description Filter on supported language. If includeVoices=true then the voices are also filtered. */
                language?: string;
                /** @description Filter on engine name */
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
                    "application/json": components["schemas"]["TtsEngineEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechTtsEngine: {
        parameters: {
            query?: {
                /** @description Include voices for the engine */
                includeVoices?: boolean;
            };
            header?: never;
            path: {
                /** @description The engine ID */
                engineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TtsEngineEntity"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechTtsEngineVoices: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The engine ID */
                engineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TtsVoiceEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechTtsEngineVoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The engine ID */
                engineId: string;
                /** @description The voice ID */
                voiceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TtsVoiceEntity"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsSpeechTtsSettings: {
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
                    "application/json": components["schemas"]["TtsSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putIntegrationsSpeechTtsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Updated TtsSettings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TtsSettings"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TtsSettings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsTypes: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["IntegrationTypeEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration Type Id */
                typeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationType"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsTypeConfigschema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Config schema type */
                configType: string;
                /** @description Integration Type Id */
                typeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonSchemaDocument"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putIntegrationsUnifiedcommunicationThirdpartypresences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UC Integration ID */
                ucIntegrationId: string;
            };
            cookie?: never;
        };
        /** @description List of User presences */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UCThirdPartyPresence"][];
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
    getIntegrationsUnifiedcommunicationsClientapps: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["UnifiedCommunicationsIntegrationListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsUnifiedcommunicationsClientapp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 3rd Party Service Type */
                ucIntegrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnifiedCommunicationsIntegration"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getIntegrationsUserapps: {
        parameters: {
            query?: {
                /** @description The type of UserApp to filter by */
                appHost?: string;
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
                    "application/json": components["schemas"]["UserAppEntityListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postIntegrationsWebhookEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The token of the webhook to be invoked */
                tokenId: string;
            };
            cookie?: never;
        };
        /** @description Webhook Invocation Payload */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookInvocationResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
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
