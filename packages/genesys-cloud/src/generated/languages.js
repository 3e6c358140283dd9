// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/languages/openapi.yaml (sha256 8e1cc63b3656b079)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area languages` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Languages (8 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const languages = languagesApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function languagesApi(client) {
  registerOperationPolicies(client, 'languages', () => import('./permissions/languages.js'));
  return client;
}
