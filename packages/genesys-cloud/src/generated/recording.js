// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/recording/openapi.yaml (sha256 16173237bfce9e42)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area recording` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Recording (57 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const recording = recordingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function recordingApi(client) {
  registerOperationPolicies(client, 'recording', () => import('./permissions/recording.js'));
  return client;
}
