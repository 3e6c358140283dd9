// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/agent/openapi.yaml (sha256 0762266e1322a9e8)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area agent` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * agent (68 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const agent = agentApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function agentApi(client) {
  return client;
}
