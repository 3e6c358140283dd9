// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/tokens/openapi.yaml (sha256 66fcbb45f746de6c)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area tokens` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Tokens (6 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const tokens = tokensApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function tokensApi(client) {
  return client;
}
