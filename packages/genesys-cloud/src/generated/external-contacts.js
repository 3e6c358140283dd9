// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/external-contacts/openapi.yaml (sha256 0410668213140871)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area external-contacts` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * External Contacts (145 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const externalContacts = externalContactsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function externalContactsApi(client) {
  registerOperationPolicies(client, 'external-contacts', () => import('./permissions/external-contacts.js'));
  return client;
}
