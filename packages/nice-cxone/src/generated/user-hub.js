// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/user-hub/openapi.yaml (sha256 a4e1fa145f0fc507)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area user-hub` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * user-hub (68 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const userHub = userHubApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function userHubApi(client) {
  return client;
}
