// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/employee-engagement/openapi.yaml (sha256 e20a2f6560891bbb)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area employee-engagement` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Employee Engagement (6 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const employeeEngagement = employeeEngagementApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function employeeEngagementApi(client) {
  registerOperationPolicies(client, 'employee-engagement', () => import('./permissions/employee-engagement.js'));
  return client;
}
