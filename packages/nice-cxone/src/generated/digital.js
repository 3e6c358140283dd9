// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/digital/openapi.yaml (sha256 0f1524a48c374669)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area digital` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * digital (58 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const digital = digitalApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function digitalApi(client) {
  return client.withPaths('digital');
}
