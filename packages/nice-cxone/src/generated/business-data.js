// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/business-data/openapi.yaml (sha256 ca168585cc5fa3d1)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area business-data` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * business-data (2 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const businessData = businessDataApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function businessDataApi(client) {
  return client;
}
