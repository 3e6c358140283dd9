// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/background-assistant/openapi.yaml (sha256 51be8dad71d6badd)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area background-assistant` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Background Assistant (2 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const backgroundAssistant = backgroundAssistantApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function backgroundAssistantApi(client) {
  registerOperationPolicies(client, 'background-assistant', () => import('./permissions/background-assistant.js'));
  return client;
}
