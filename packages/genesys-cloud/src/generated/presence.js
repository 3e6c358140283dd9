// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/presence/openapi.yaml (sha256 c63aae342c3a7ee9)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area presence` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Presence (27 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const presence = presenceApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function presenceApi(client) {
  registerOperationPolicies(client, 'presence', () => import('./permissions/presence.js'));
  return client;
}
