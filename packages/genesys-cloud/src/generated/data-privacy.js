// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/data-privacy/openapi.yaml (sha256 2d9cce047296b50d)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area data-privacy` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Data Privacy (6 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const dataPrivacy = dataPrivacyApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function dataPrivacyApi(client) {
  return client;
}
