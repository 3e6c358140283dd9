// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/privacy/openapi.yaml (sha256 1ba13b598fe217a2)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area privacy` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * privacy (1 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const privacy = privacyApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function privacyApi(client) {
  return client;
}
