// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/business-rules/openapi.yaml (sha256 12eca1a470374b63)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area business-rules` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Business Rules (46 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const businessRules = businessRulesApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function businessRulesApi(client) {
  return client;
}
