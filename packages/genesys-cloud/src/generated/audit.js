// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/audit/openapi.yaml (sha256 387047b1fc96c73f)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area audit` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Audit (7 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const audit = auditApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function auditApi(client) {
  registerOperationPolicies(client, 'audit', () => import('./permissions/audit.js'));
  return client;
}
