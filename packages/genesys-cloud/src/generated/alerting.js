// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/alerting/openapi.yaml (sha256 17d3ced7fc7226ff)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area alerting` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Alerting (15 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const alerting = alertingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function alertingApi(client) {
  registerOperationPolicies(client, 'alerting', () => import('./permissions/alerting.js'));
  return client;
}
