// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/intents/openapi.yaml (sha256 e4473eb2a6e63e78)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area intents` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Intents (17 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const intents = intentsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function intentsApi(client) {
  registerOperationPolicies(client, 'intents', () => import('./permissions/intents.js'));
  return client;
}
