// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/interaction-analytics/openapi.yaml (sha256 461bbaf4210abe6f)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area interaction-analytics` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * interaction-analytics (2 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const interactionAnalytics = interactionAnalyticsApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function interactionAnalyticsApi(client) {
  return client;
}
