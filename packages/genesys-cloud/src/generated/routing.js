// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/routing/openapi.yaml (sha256 6ee4b717cc4fe356)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area routing` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Routing (175 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const routing = routingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function routingApi(client) {
  return client;
}
