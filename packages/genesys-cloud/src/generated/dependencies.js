// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/dependencies/openapi.yaml (sha256 603e65f2e49af733)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area dependencies` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Dependencies (3 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const dependencies = dependenciesApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function dependenciesApi(client) {
  return client;
}
