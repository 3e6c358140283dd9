// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/admin/openapi.yaml (sha256 048083195fc333cb)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area admin` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * admin (304 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const admin = adminApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function adminApi(client) {
  return client;
}
