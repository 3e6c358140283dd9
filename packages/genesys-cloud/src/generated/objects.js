// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/objects/openapi.yaml (sha256 130b4f985f136ee8)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area objects` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Objects (11 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const objects = objectsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function objectsApi(client) {
  return client;
}
