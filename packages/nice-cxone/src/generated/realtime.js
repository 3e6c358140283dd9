// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/realtime/openapi.yaml (sha256 d9497087e4ec7240)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area realtime` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * realtime (12 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const realtime = realtimeApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function realtimeApi(client) {
  return client;
}
