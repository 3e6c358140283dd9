// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/speech-text-analytics/openapi.yaml (sha256 bd859d1563b9092b)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area speech-text-analytics` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Speech Text Analytics (66 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const speechTextAnalytics = speechTextAnalyticsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function speechTextAnalyticsApi(client) {
  registerOperationPolicies(client, 'speech-text-analytics', () => import('./permissions/speech-text-analytics.js'));
  return client;
}
