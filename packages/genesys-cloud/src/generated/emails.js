// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/emails/openapi.yaml (sha256 1a45907c61394ffd)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area emails` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/emails/settings/threading": "ANY conversation:emailThreadingSettings:edit",
  "GET /api/v2/emails/settings": "ANY conversation:settings:view",
  "GET /api/v2/emails/settings/threading": "ANY conversation:emailThreadingSettings:view",
  "PATCH /api/v2/emails/settings": "ANY conversation:settings:edit",
  "PATCH /api/v2/emails/settings/threading": "ANY conversation:emailThreadingSettings:edit",
};

/**
 * Emails (5 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const emails = emailsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function emailsApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
