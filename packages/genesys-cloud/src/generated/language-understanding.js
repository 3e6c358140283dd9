// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/language-understanding/openapi.yaml (sha256 244d3e2b592c0dd9)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area language-understanding` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Language Understanding (40 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const languageUnderstanding = languageUnderstandingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function languageUnderstandingApi(client) {
  registerOperationPolicies(client, 'language-understanding', () => import('./permissions/language-understanding.js'));
  return client;
}
