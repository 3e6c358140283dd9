// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/external-contacts/openapi.yaml (sha256 0ffdd168f14c70db)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area external-contacts` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * External Contacts (145 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const externalContacts = externalContactsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function externalContactsApi(client) {
  return client;
}
