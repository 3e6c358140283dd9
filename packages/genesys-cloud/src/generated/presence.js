// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/presence/openapi.yaml (sha256 d0960abd399d68d1)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area presence` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Presence (27 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const presence = presenceApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function presenceApi(client) {
  return client;
}
