// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/screen-monitoring/openapi.yaml (sha256 58327a2f4436d5c4)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area screen-monitoring` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Screen Monitoring (11 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const screenMonitoring = screenMonitoringApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function screenMonitoringApi(client) {
  return client;
}
