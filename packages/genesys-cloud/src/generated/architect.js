// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/architect/openapi.yaml (sha256 e95af7bab60bca8d)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area architect` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Architect (151 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const architect = architectApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function architectApi(client) {
  return client;
}
