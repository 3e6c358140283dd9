// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/voicemail/openapi.yaml (sha256 39da19da55e45f85)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area voicemail` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Voicemail (27 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const voicemail = voicemailApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function voicemailApi(client) {
  registerOperationPolicies(client, 'voicemail', () => import('./permissions/voicemail.js'));
  return client;
}
