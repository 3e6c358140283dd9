// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/gamification/openapi.yaml (sha256 909b2a9d21ec4963)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area gamification` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Gamification (78 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const gamification = gamificationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function gamificationApi(client) {
  return client;
}
