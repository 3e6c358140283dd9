// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/license/openapi.yaml (sha256 143b3d36c5edb902)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area license` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * License (10 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const license = licenseApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function licenseApi(client) {
  return client;
}
