// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/organization/openapi.yaml (sha256 6967a76afc9c1c05)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area organization` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Organization (19 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const organization = organizationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function organizationApi(client) {
  return client;
}
