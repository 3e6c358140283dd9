// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/user-recordings/openapi.yaml (sha256 9d15f2a08cadff5e)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area user-recordings` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * User Recordings (6 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const userRecordings = userRecordingsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function userRecordingsApi(client) {
  registerOperationPolicies(client, 'user-recordings', () => import('./permissions/user-recordings.js'));
  return client;
}
