// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/response-management/openapi.yaml (sha256 800450a49be067d5)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area response-management` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Response Management (24 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const responseManagement = responseManagementApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function responseManagementApi(client) {
  return client;
}
