// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/agent-ui/openapi.yaml (sha256 bb8fba198e8404a4)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area agent-ui` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Agent UI (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const agentUi = agentUiApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function agentUiApi(client) {
  return client;
}
