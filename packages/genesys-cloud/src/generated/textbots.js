// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/textbots/openapi.yaml (sha256 e5c3f256bb41af41)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area textbots` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Textbots (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const textbots = textbotsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function textbotsApi(client) {
  return client;
}
