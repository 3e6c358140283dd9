// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/reporting/openapi.yaml (sha256 5024254b69a71075)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area reporting` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * reporting (35 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const reporting = reportingApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function reportingApi(client) {
  return client;
}
