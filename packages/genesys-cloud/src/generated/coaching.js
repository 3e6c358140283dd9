// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/coaching/openapi.yaml (sha256 a5197dff51f4b00e)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area coaching` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Coaching (21 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const coaching = coachingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function coachingApi(client) {
  return client;
}
