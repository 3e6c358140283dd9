// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/flows/openapi.yaml (sha256 845452e8949acdf5)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area flows` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Flows (7 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const flows = flowsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function flowsApi(client) {
  registerOperationPolicies(client, 'flows', () => import('./permissions/flows.js'));
  return client;
}
