// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/integrations/openapi.yaml (sha256 a32c2a724ef37241)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area integrations` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Integrations (91 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const integrations = integrationsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function integrationsApi(client) {
  registerOperationPolicies(client, 'integrations', () => import('./permissions/integrations.js'));
  return client;
}
