// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/users-rules/openapi.yaml (sha256 f121d7e936552589)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area users-rules` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Users Rules (9 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const usersRules = usersRulesApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function usersRulesApi(client) {
  return client;
}
