// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/intents/openapi.yaml (sha256 bc880ddfd6188b46)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area intents` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Intents (17 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const intents = intentsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function intentsApi(client) {
  return client;
}
