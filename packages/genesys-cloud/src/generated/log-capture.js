// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/log-capture/openapi.yaml (sha256 c922234115f3e600)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area log-capture` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Log Capture (7 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const logCapture = logCaptureApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function logCaptureApi(client) {
  return client;
}
