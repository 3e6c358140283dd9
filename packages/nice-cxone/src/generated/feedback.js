// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/feedback/openapi.yaml (sha256 5c4896b5c66d8d2b)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area feedback` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * feedback (8 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const feedback = feedbackApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function feedbackApi(client) {
  return client;
}
