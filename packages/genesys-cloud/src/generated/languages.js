// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/languages/openapi.yaml (sha256 610973028b920d7b)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area languages` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Languages (8 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const languages = languagesApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function languagesApi(client) {
  return client;
}
