// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/scripts/openapi.yaml (sha256 6e106118407a7530)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area scripts` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Scripts (15 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const scripts = scriptsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function scriptsApi(client) {
  return client;
}
