// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/integrations/openapi.yaml (sha256 55fc0d2516ffd4bc)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area integrations` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Integrations (91 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const integrations = integrationsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function integrationsApi(client) {
  return client;
}
