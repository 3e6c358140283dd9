// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/oauth/openapi.yaml (sha256 03a4a3d04fcf908c)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area oauth` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * OAuth (13 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const oauth = oauthApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function oauthApi(client) {
  return client;
}
