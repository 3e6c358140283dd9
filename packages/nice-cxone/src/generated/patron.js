// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/patron/openapi.yaml (sha256 dce617fd27ad4cba)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area patron` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * patron (12 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const patron = patronApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function patronApi(client) {
  return client;
}
