// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/geolocation/openapi.yaml (sha256 cf632e3747f75cad)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area geolocation` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Geolocation (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const geolocation = geolocationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function geolocationApi(client) {
  return client;
}
