// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/recording/openapi.yaml (sha256 8dcaf5e796f2cd7c)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area recording` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * recording (9 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const recording = recordingApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function recordingApi(client) {
  return client;
}
