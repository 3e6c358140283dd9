// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/integrations/openapi.yaml (sha256 a32c2a724ef37241)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area integrations` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/integrations/actions/{actionId}": "ANY integrations:action:delete",
  "DELETE /api/v2/integrations/actions/{actionId}/draft": "ANY integrations:action:delete",
  "DELETE /api/v2/integrations/credentials/{credentialId}": "ANY integrations:integration:delete",
  "DELETE /api/v2/integrations/{integrationId}": "ANY integrations:integration:delete",
  "GET /api/v2/integrations": "ANY integrations:integration:view",
  "GET /api/v2/integrations/actions": "ANY integrations:action:view bridge:actions:view",
  "GET /api/v2/integrations/actions/categories": "ANY integrations:action:view bridge:actions:view",
  "GET /api/v2/integrations/actions/certificates": "ANY integrations:actionCertificate:view",
  "GET /api/v2/integrations/actions/certificates/truststore": "ANY integrations:actionCertificate:view",
  "GET /api/v2/integrations/actions/drafts": "ANY integrations:action:view bridge:actions:view",
  "GET /api/v2/integrations/actions/functions/runtimes": "ANY integrations:actionFunction:view",
  "GET /api/v2/integrations/actions/{actionId}": "ANY integrations:action:view bridge:actions:view",
  "GET /api/v2/integrations/actions/{actionId}/draft": "ANY integrations:action:view bridge:actions:view",
  "GET /api/v2/integrations/actions/{actionId}/draft/function": "ANY integrations:actionFunction:view",
  "GET /api/v2/integrations/actions/{actionId}/draft/schemas/{fileName}": "ANY integrations:action:view bridge:actions:view",
  "GET /api/v2/integrations/actions/{actionId}/draft/templates/{fileName}": "ANY integrations:action:view bridge:actions:view",
  "GET /api/v2/integrations/actions/{actionId}/draft/validation": "ANY integrations:action:edit",
  "GET /api/v2/integrations/actions/{actionId}/function": "ANY integrations:actionFunction:view",
  "GET /api/v2/integrations/actions/{actionId}/schemas/{fileName}": "ANY integrations:action:view bridge:actions:view",
  "GET /api/v2/integrations/actions/{actionId}/templates/{fileName}": "ANY integrations:action:view bridge:actions:view",
  "GET /api/v2/integrations/botconnector/{integrationId}/bots": "ANY integration:botconnector:view",
  "GET /api/v2/integrations/botconnector/{integrationId}/bots/summaries": "ANY integration:botconnector:view",
  "GET /api/v2/integrations/botconnector/{integrationId}/bots/{botId}": "ANY integration:botconnector:view",
  "GET /api/v2/integrations/botconnector/{integrationId}/bots/{botId}/versions": "ANY integration:botconnector:view",
  "GET /api/v2/integrations/botconnectors/{integrationId}/bots": "ANY integration:botconnector:view",
  "GET /api/v2/integrations/botconnectors/{integrationId}/bots/summaries": "ANY integration:botconnector:view",
  "GET /api/v2/integrations/botconnectors/{integrationId}/bots/{botId}": "ANY integration:botconnector:view",
  "GET /api/v2/integrations/credentials": "ANY integrations:integration:view",
  "GET /api/v2/integrations/credentials/listing": "ANY integrations:integration:view",
  "GET /api/v2/integrations/credentials/types": "ANY integrations:integration:view",
  "GET /api/v2/integrations/credentials/{credentialId}": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/audioconnector": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/audioconnector/{integrationId}": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/dialogflow/agents": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/dialogflow/agents/{agentId}": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/dialogflowcx/agents": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/dialogflowcx/agents/{agentId}": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/lex/bot/alias/{aliasId}": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/lex/bot/{botId}/aliases": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/lex/bots": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/lexv2/bot/alias/{aliasId}": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/lexv2/bot/{botId}/aliases": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/lexv2/bots": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/jobs/{jobId}": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/jobs/{jobId}/results": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/{botId}": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/{botId}/jobs/{jobId}": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/{botId}/jobs/{jobId}/results": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/stt/engines": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/stt/engines/{engineId}": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/tts/engines": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/tts/engines/{engineId}": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/tts/engines/{engineId}/voices": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/tts/engines/{engineId}/voices/{voiceId}": "ANY integrations:integration:view",
  "GET /api/v2/integrations/speech/tts/settings": "ANY integrations:integration:view",
  "GET /api/v2/integrations/types": "ANY integrations:integration:view",
  "GET /api/v2/integrations/types/{typeId}": "ANY integrations:integration:view",
  "GET /api/v2/integrations/types/{typeId}/configschemas/{configType}": "ANY integrations:integration:view",
  "GET /api/v2/integrations/unifiedcommunications/clientapps": "ANY integration:unifiedCommunications:view",
  "GET /api/v2/integrations/unifiedcommunications/clientapps/{ucIntegrationId}": "ANY integration:unifiedCommunications:view",
  "GET /api/v2/integrations/{integrationId}": "ANY integrations:integration:view",
  "GET /api/v2/integrations/{integrationId}/config/current": "ANY integrations:integration:view",
  "PATCH /api/v2/integrations/actions/{actionId}": "ANY integrations:action:edit",
  "PATCH /api/v2/integrations/actions/{actionId}/draft": "ANY integrations:action:edit",
  "PATCH /api/v2/integrations/{integrationId}": "ANY integrations:integration:edit",
  "POST /api/v2/integrations": "ANY integrations:integration:add",
  "POST /api/v2/integrations/actions": "ANY integrations:action:add",
  "POST /api/v2/integrations/actions/drafts": "ANY integrations:action:add",
  "POST /api/v2/integrations/actions/{actionId}/draft": "ANY integrations:action:edit",
  "POST /api/v2/integrations/actions/{actionId}/draft/function/upload": "ANY integrations:actionFunction:edit",
  "POST /api/v2/integrations/actions/{actionId}/draft/publish": "ANY integrations:action:edit",
  "POST /api/v2/integrations/actions/{actionId}/draft/test": "ANY integrations:action:execute",
  "POST /api/v2/integrations/actions/{actionId}/execute": "ANY integrations:action:execute bridge:actions:execute",
  "POST /api/v2/integrations/actions/{actionId}/test": "ANY integrations:action:execute bridge:actions:execute",
  "POST /api/v2/integrations/botconnectors/incoming/messages": "ANY integration:botconnector:send",
  "POST /api/v2/integrations/botconnectors/outgoing/messages": "ANY integration:botconnector:send",
  "POST /api/v2/integrations/credentials": "ANY integrations:integration:add",
  "POST /api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/jobs": "ANY integrations:integration:view",
  "POST /api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/launch/validate": "ANY integrations:integration:edit",
  "POST /api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/{botId}/jobs": "ANY integrations:integration:view",
  "PUT /api/v2/integrations/actions/{actionId}/draft/function": "ANY integrations:actionFunction:edit",
  "PUT /api/v2/integrations/botconnector/{integrationId}/bots": "ANY integration:botconnector:edit",
  "PUT /api/v2/integrations/credentials/{credentialId}": "ANY integrations:integration:edit",
  "PUT /api/v2/integrations/speech/nuance/{nuanceIntegrationId}/bots/launch/settings": "ANY integrations:integration:edit",
  "PUT /api/v2/integrations/speech/tts/settings": "ANY integrations:integration:edit",
  "PUT /api/v2/integrations/unifiedcommunications/{ucIntegrationId}/thirdpartypresences": "ANY integration:presence:edit",
  "PUT /api/v2/integrations/{integrationId}/config/current": "ANY integrations:integration:edit",
};

/**
 * Integrations (91 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const integrations = integrationsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function integrationsApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
