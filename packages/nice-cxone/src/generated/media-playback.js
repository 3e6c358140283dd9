// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/media-playback/openapi.yaml (sha256 24663a20ec70a3bf)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area media-playback` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * media-playback (6 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const mediaPlayback = mediaPlaybackApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function mediaPlaybackApi(client) {
  return client;
}
