// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/settings/openapi.yaml (sha256 a705de58b81685c4)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area settings` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Settings (14 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const settings = settingsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function settingsApi(client) {
  registerOperationPolicies(client, 'settings', () => import('./permissions/settings.js'));
  return client;
}
