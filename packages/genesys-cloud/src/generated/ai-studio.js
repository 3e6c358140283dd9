// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/ai-studio/openapi.yaml (sha256 c356c8fa19aa0a92)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area ai-studio` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * AI Studio (28 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const aiStudio = aiStudioApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function aiStudioApi(client) {
  return client;
}
