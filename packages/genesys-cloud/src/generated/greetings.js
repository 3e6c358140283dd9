// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/greetings/openapi.yaml (sha256 2bcaf3c2590aa78c)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area greetings` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Greetings (19 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const greetings = greetingsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function greetingsApi(client) {
  registerOperationPolicies(client, 'greetings', () => import('./permissions/greetings.js'));
  return client;
}
