// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/emails/openapi.yaml (sha256 1a45907c61394ffd)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area emails` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Emails (5 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const emails = emailsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function emailsApi(client) {
  registerOperationPolicies(client, 'emails', () => import('./permissions/emails.js'));
  return client;
}
