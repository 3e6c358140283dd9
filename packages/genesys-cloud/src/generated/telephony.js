// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/telephony/openapi.yaml (sha256 1769a40e4423eabc)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area telephony` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Telephony (25 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const telephony = telephonyApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function telephonyApi(client) {
  return client;
}
