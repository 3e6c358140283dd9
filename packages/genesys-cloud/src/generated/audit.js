// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/audit/openapi.yaml (sha256 387047b1fc96c73f)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area audit` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/audits/query/realtime/servicemapping": "ALL audits:audit:view",
  "GET /api/v2/audits/query/servicemapping": "ALL audits:audit:view",
  "GET /api/v2/audits/query/{transactionId}": "ALL audits:audit:view",
  "GET /api/v2/audits/query/{transactionId}/results": "ALL audits:audit:view",
  "POST /api/v2/audits/query": "ALL audits:audit:view",
  "POST /api/v2/audits/query/realtime": "ALL audits:audit:view",
  "POST /api/v2/audits/query/realtime/related": "ALL audits:audit:view",
};

/**
 * Audit (7 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const audit = auditApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function auditApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
