// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/usage/openapi.yaml (sha256 e4162a4fac017e6d)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area usage` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Usage (11 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const usage = usageApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function usageApi(client) {
  return client;
}
