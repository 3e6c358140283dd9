// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/chat/openapi.yaml (sha256 090c4ddac59b7e29)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area chat` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Chat (34 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const chat = chatApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function chatApi(client) {
  return client;
}
