// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/data-extraction/openapi.yaml (sha256 174d57cf9e42d578)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area data-extraction` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * data-extraction (3 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const dataExtraction = dataExtractionApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function dataExtractionApi(client) {
  return client;
}
