// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/wfm/openapi.yaml (sha256 217b2bc77a8d0749)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area wfm` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * wfm (3 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const wfm = wfmApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function wfmApi(client) {
  return client;
}
