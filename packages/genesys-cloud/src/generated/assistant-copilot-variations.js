// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/assistant-copilot-variations/openapi.yaml (sha256 67895e64b25cdf83)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area assistant-copilot-variations` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Assistant Copilot Variations (5 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const assistantCopilotVariations = assistantCopilotVariationsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function assistantCopilotVariationsApi(client) {
  return client;
}
