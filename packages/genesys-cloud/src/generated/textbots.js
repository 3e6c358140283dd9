// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/textbots/openapi.yaml (sha256 8c2e488ed7d724dc)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area textbots` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Textbots (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const textbots = textbotsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function textbotsApi(client) {
  registerOperationPolicies(client, 'textbots', () => import('./permissions/textbots.js'));
  return client;
}
