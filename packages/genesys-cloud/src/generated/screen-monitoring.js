// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/screen-monitoring/openapi.yaml (sha256 7ba76b9167a6f0a1)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area screen-monitoring` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Screen Monitoring (11 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const screenMonitoring = screenMonitoringApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function screenMonitoringApi(client) {
  registerOperationPolicies(client, 'screen-monitoring', () => import('./permissions/screen-monitoring.js'));
  return client;
}
