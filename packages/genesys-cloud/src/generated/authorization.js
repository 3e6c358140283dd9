// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/authorization/openapi.yaml (sha256 7b76ea0aa48326ff)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area authorization` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/authorization/divisions/{divisionId}": "ANY authorization:division:delete",
  "DELETE /api/v2/authorization/policies/targets/{targetName}/subject/{subjectId}": "ANY authorization:policy:delete",
  "DELETE /api/v2/authorization/roles/{roleId}": "ANY authorization:role:delete",
  "DELETE /api/v2/authorization/subjects/{subjectId}/divisions/{divisionId}/roles/{roleId}": "ALL authorization:grant:delete",
  "GET /api/v2/authorization/divisions/deleted": "ANY authorization:divisionDeleted:view",
  "GET /api/v2/authorization/divisions/{divisionId}/grants": "ANY authorization:grant:view",
  "GET /api/v2/authorization/policies": "ANY authorization:policy:view",
  "GET /api/v2/authorization/policies/subject/{subjectId}": "ANY authorization:policy:view",
  "GET /api/v2/authorization/policies/targets": "ANY authorization:policy:view",
  "GET /api/v2/authorization/policies/targets/{targetName}": "ANY authorization:policy:view",
  "GET /api/v2/authorization/policies/targets/{targetName}/subject/{subjectId}": "ANY authorization:policy:view",
  "GET /api/v2/authorization/policies/{policyId}": "ANY authorization:policy:view",
  "GET /api/v2/authorization/policies/{policyId}/attributes": "ANY authorization:policy:view",
  "GET /api/v2/authorization/roles": "ANY authorization:role:view",
  "GET /api/v2/authorization/roles/settings": "ANY directory:organization:admin authorization:settings:view",
  "GET /api/v2/authorization/roles/{leftRoleId}/comparedefault/{rightRoleId}": "ANY authorization:role:view",
  "GET /api/v2/authorization/roles/{roleId}": "ANY authorization:role:view",
  "GET /api/v2/authorization/roles/{roleId}/subjectgrants": "ANY authorization:role:view",
  "GET /api/v2/authorization/settings": "ANY directory:organization:admin authorization:settings:view",
  "GET /api/v2/authorization/subjects/rolecounts": "ANY authorization:grant:view",
  "GET /api/v2/authorization/subjects/{subjectId}": "ANY authorization:grant:view",
  "GET /api/v2/users/{subjectId}/roles": "ANY authorization:grant:view",
  "PATCH /api/v2/authorization/roles/{roleId}": "ANY authorization:role:edit",
  "PATCH /api/v2/authorization/settings": "ANY directory:organization:admin authorization:settings:edit",
  "POST /api/v2/authorization/divisions": "ALL authorization:division:add authorization:grant:add",
  "POST /api/v2/authorization/divisions/{divisionId}/restore": "ANY authorization:division:add",
  "POST /api/v2/authorization/policies/targets/{targetName}": "ANY authorization:policy:add",
  "POST /api/v2/authorization/policies/targets/{targetName}/validate": "ANY authorization:policy:add",
  "POST /api/v2/authorization/policies/{policyId}/simulate": "ANY authorization:policy:view",
  "POST /api/v2/authorization/roles": "ANY authorization:role:add",
  "POST /api/v2/authorization/roles/default": "ANY authorization:role:edit",
  "POST /api/v2/authorization/roles/{leftRoleId}/comparedefault/{rightRoleId}": "ANY authorization:role:view",
  "POST /api/v2/authorization/roles/{roleId}": "ALL authorization:grant:add",
  "POST /api/v2/authorization/subjects/{subjectId}/bulkadd": "ALL authorization:grant:add",
  "POST /api/v2/authorization/subjects/{subjectId}/bulkremove": "ALL authorization:grant:delete",
  "POST /api/v2/authorization/subjects/{subjectId}/bulkreplace": "ALL authorization:grant:add authorization:grant:delete",
  "POST /api/v2/authorization/subjects/{subjectId}/divisions/{divisionId}/roles/{roleId}": "ALL authorization:grant:add",
  "PUT /api/v2/authorization/divisions/{divisionId}": "ANY authorization:division:edit",
  "PUT /api/v2/authorization/policies/targets/{targetName}": "ANY authorization:policy:edit authorization:policy:add",
  "PUT /api/v2/authorization/policies/{policyId}": "ANY authorization:policy:add",
  "PUT /api/v2/authorization/roles/default": "ANY authorization:role:edit",
  "PUT /api/v2/authorization/roles/settings": "ANY directory:organization:admin authorization:settings:edit",
  "PUT /api/v2/authorization/roles/{roleId}": "ANY authorization:role:edit",
  "PUT /api/v2/authorization/roles/{roleId}/users/add": "ANY authorization:grant:add",
  "PUT /api/v2/authorization/roles/{roleId}/users/remove": "ANY authorization:grant:delete",
  "PUT /api/v2/users/{subjectId}/roles": "ANY authorization:grant:add",
};

/**
 * Authorization (59 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const authorization = authorizationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function authorizationApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
