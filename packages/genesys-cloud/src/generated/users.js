// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/users/openapi.yaml (sha256 b935988dc3492bbe)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area users` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Users (130 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const users = usersApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function usersApi(client) {
  return client;
}
