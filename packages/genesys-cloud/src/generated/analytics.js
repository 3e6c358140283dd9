// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/analytics/openapi.yaml (sha256 5088af620cea223d)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area analytics` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Analytics (138 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const analytics = analyticsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function analyticsApi(client) {
  registerOperationPolicies(client, 'analytics', () => import('./permissions/analytics.js'));
  return client;
}
