// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/organization-authorization/openapi.yaml (sha256 6ebdaf5f7eced7c6)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area organization-authorization` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/orgauthorization/trustees": "ANY authorization:orgTrustee:delete",
  "DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}": "ANY authorization:orgTrustee:delete",
  "DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}/clonedusers/{trusteeUserId}": "ANY directory:user:delete",
  "DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}/groups/{trusteeGroupId}": "ANY authorization:orgTrusteeGroup:delete",
  "DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}/groups/{trusteeGroupId}/roles": "ANY authorization:orgTrusteeGroup:delete",
  "DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}": "ANY authorization:orgTrusteeUser:delete",
  "DELETE /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles": "ANY authorization:orgTrusteeUser:delete",
  "DELETE /api/v2/orgauthorization/trustors": "ANY authorization:orgTrustor:delete",
  "DELETE /api/v2/orgauthorization/trustors/{trustorOrgId}": "ANY authorization:orgTrustor:delete",
  "DELETE /api/v2/orgauthorization/trustors/{trustorOrgId}/clonedusers/{trusteeUserId}": "ANY authorization:orgTrusteeUser:delete",
  "DELETE /api/v2/orgauthorization/trustors/{trustorOrgId}/groups/{trustorGroupId}": "ANY authorization:orgTrusteeGroup:delete",
  "DELETE /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}": "ANY authorization:orgTrusteeUser:delete",
  "GET /api/v2/orgauthorization/pairings/{pairingId}": "ANY authorization:orgTrustee:view authorization:orgTrustor:view",
  "GET /api/v2/orgauthorization/trustees": "ANY authorization:orgTrustee:view",
  "GET /api/v2/orgauthorization/trustees/care": "ANY authorization:orgTrustee:view authorization:orgTrusteeUser:view",
  "GET /api/v2/orgauthorization/trustees/default": "ANY authorization:orgTrustee:view authorization:orgTrusteeUser:view",
  "GET /api/v2/orgauthorization/trustees/{trusteeOrgId}": "ANY authorization:orgTrustee:view",
  "GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/clonedusers": "ANY directory:user:view",
  "GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/groups": "ANY authorization:orgTrusteeGroup:view",
  "GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/groups/{trusteeGroupId}": "ANY authorization:orgTrusteeGroup:view",
  "GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/groups/{trusteeGroupId}/roles": "ANY authorization:orgTrusteeGroup:view",
  "GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users": "ANY authorization:orgTrusteeUser:view",
  "GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}": "ANY authorization:orgTrusteeUser:view",
  "GET /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles": "ANY authorization:orgTrusteeUser:view",
  "GET /api/v2/orgauthorization/trustors": "ANY authorization:orgTrustor:view",
  "GET /api/v2/orgauthorization/trustors/{trustorOrgId}": "ANY authorization:orgTrustor:view",
  "GET /api/v2/orgauthorization/trustors/{trustorOrgId}/clonedusers": "ANY authorization:orgTrusteeUser:view",
  "GET /api/v2/orgauthorization/trustors/{trustorOrgId}/clonedusers/{trusteeUserId}": "ANY authorization:orgTrusteeUser:view",
  "GET /api/v2/orgauthorization/trustors/{trustorOrgId}/groups": "ANY authorization:orgTrusteeGroup:view",
  "GET /api/v2/orgauthorization/trustors/{trustorOrgId}/groups/{trustorGroupId}": "ANY authorization:orgTrusteeGroup:view",
  "GET /api/v2/orgauthorization/trustors/{trustorOrgId}/users": "ANY authorization:orgTrusteeUser:view",
  "GET /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}": "ANY authorization:orgTrusteeUser:view",
  "POST /api/v2/orgauthorization/pairings": "ANY authorization:orgTrustee:add",
  "POST /api/v2/orgauthorization/trustees": "ALL authorization:orgTrustee:add authorization:orgTrusteeUser:add",
  "POST /api/v2/orgauthorization/trustees/audits": "ANY authorization:audit:view",
  "POST /api/v2/orgauthorization/trustees/care": "ALL authorization:orgTrustee:add authorization:orgTrusteeUser:add",
  "POST /api/v2/orgauthorization/trustees/default": "ALL authorization:orgTrustee:add authorization:orgTrusteeUser:add",
  "POST /api/v2/orgauthorization/trustees/{trusteeOrgId}/groups": "ANY authorization:orgTrusteeGroup:add",
  "POST /api/v2/orgauthorization/trustees/{trusteeOrgId}/users": "ANY authorization:orgTrusteeUser:add",
  "POST /api/v2/orgauthorization/trustor/audits": "ANY authorization:audit:view",
  "PUT /api/v2/orgauthorization/trustees/{trusteeOrgId}": "ANY authorization:orgTrustee:edit",
  "PUT /api/v2/orgauthorization/trustees/{trusteeOrgId}/groups/{trusteeGroupId}/roledivisions": "ANY authorization:orgTrusteeGroup:edit",
  "PUT /api/v2/orgauthorization/trustees/{trusteeOrgId}/groups/{trusteeGroupId}/roles": "ANY authorization:orgTrusteeGroup:edit",
  "PUT /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roledivisions": "ANY authorization:orgTrusteeUser:edit",
  "PUT /api/v2/orgauthorization/trustees/{trusteeOrgId}/users/{trusteeUserId}/roles": "ANY authorization:orgTrusteeUser:edit",
  "PUT /api/v2/orgauthorization/trustors/{trustorOrgId}/clonedusers/{trusteeUserId}": "ALL authorization:orgTrusteeUser:add",
  "PUT /api/v2/orgauthorization/trustors/{trustorOrgId}/groups/{trustorGroupId}": "ALL authorization:orgTrusteeGroup:add",
  "PUT /api/v2/orgauthorization/trustors/{trustorOrgId}/users/{trusteeUserId}": "ALL authorization:orgTrusteeUser:add",
};

/**
 * Organization Authorization (48 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const organizationAuthorization = organizationAuthorizationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function organizationAuthorizationApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
