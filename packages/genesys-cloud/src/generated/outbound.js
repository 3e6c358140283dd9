// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/outbound/openapi.yaml (sha256 7518f3c7da2f8b33)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area outbound` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Outbound (177 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const outbound = outboundApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function outboundApi(client) {
  return client;
}
