// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/ai-studio/openapi.yaml (sha256 3c0f1ccef1ecd654)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area ai-studio` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * AI Studio (28 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const aiStudio = aiStudioApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function aiStudioApi(client) {
  registerOperationPolicies(client, 'ai-studio', () => import('./permissions/ai-studio.js'));
  return client;
}
