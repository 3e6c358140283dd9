// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/analytics/openapi.yaml (sha256 08aa607b34279042)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area analytics` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Analytics (138 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const analytics = analyticsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function analyticsApi(client) {
  return client;
}
