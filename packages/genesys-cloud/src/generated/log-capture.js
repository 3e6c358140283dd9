// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/log-capture/openapi.yaml (sha256 5f71780ee019dc78)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area log-capture` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Log Capture (7 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const logCapture = logCaptureApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function logCaptureApi(client) {
  registerOperationPolicies(client, 'log-capture', () => import('./permissions/log-capture.js'));
  return client;
}
