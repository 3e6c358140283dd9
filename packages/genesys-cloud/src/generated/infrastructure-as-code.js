// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/infrastructure-as-code/openapi.yaml (sha256 b476f581c15da853)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area infrastructure-as-code` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Infrastructure As Code (5 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const infrastructureAsCode = infrastructureAsCodeApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function infrastructureAsCodeApi(client) {
  registerOperationPolicies(client, 'infrastructure-as-code', () => import('./permissions/infrastructure-as-code.js'));
  return client;
}
