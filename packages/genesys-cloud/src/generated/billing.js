// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/billing/openapi.yaml (sha256 3f6ca561973112b3)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area billing` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Billing (8 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const billing = billingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function billingApi(client) {
  return client;
}
