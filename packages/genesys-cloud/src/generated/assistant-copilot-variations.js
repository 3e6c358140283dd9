// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/assistant-copilot-variations/openapi.yaml (sha256 d7e7c5947b599323)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area assistant-copilot-variations` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Assistant Copilot Variations (5 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const assistantCopilotVariations = assistantCopilotVariationsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function assistantCopilotVariationsApi(client) {
  registerOperationPolicies(client, 'assistant-copilot-variations', () => import('./permissions/assistant-copilot-variations.js'));
  return client;
}
