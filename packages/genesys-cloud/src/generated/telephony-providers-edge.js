// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/telephony-providers-edge/openapi.yaml (sha256 74eb34961ba42a80)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area telephony-providers-edge` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Telephony Providers Edge (129 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const telephonyProvidersEdge = telephonyProvidersEdgeApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function telephonyProvidersEdgeApi(client) {
  return client;
}
