// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/language-understanding/openapi.yaml (sha256 e61e7da19b98f3c6)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area language-understanding` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Language Understanding (40 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const languageUnderstanding = languageUnderstandingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function languageUnderstandingApi(client) {
  return client;
}
