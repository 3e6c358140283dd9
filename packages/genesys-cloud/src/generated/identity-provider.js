// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/identity-provider/openapi.yaml (sha256 761270372fbf6567)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area identity-provider` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Identity Provider (38 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const identityProvider = identityProviderApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function identityProviderApi(client) {
  registerOperationPolicies(client, 'identity-provider', () => import('./permissions/identity-provider.js'));
  return client;
}
