// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/architect/openapi.yaml (sha256 8ca7ec069d21fee3)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area architect` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Architect (151 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const architect = architectApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function architectApi(client) {
  registerOperationPolicies(client, 'architect', () => import('./permissions/architect.js'));
  return client;
}
