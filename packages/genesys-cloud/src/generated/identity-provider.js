// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/identity-provider/openapi.yaml (sha256 761270372fbf6567)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area identity-provider` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/identityproviders/adfs": "ANY sso:provider:delete",
  "DELETE /api/v2/identityproviders/cic": "ANY sso:provider:delete",
  "DELETE /api/v2/identityproviders/generic": "ANY sso:provider:delete",
  "DELETE /api/v2/identityproviders/gsuite": "ANY sso:provider:delete",
  "DELETE /api/v2/identityproviders/identitynow": "ANY sso:provider:delete",
  "DELETE /api/v2/identityproviders/okta": "ANY sso:provider:delete",
  "DELETE /api/v2/identityproviders/onelogin": "ANY sso:provider:delete",
  "DELETE /api/v2/identityproviders/ping": "ANY sso:provider:delete",
  "DELETE /api/v2/identityproviders/purecloud": "ANY sso:provider:delete",
  "DELETE /api/v2/identityproviders/pureengage": "ANY sso:provider:delete",
  "DELETE /api/v2/identityproviders/salesforce": "ANY sso:provider:delete",
  "DELETE /api/v2/identityproviders/{providerId}": "ANY sso:provider:delete",
  "GET /api/v2/identityproviders": "ANY sso:provider:view",
  "GET /api/v2/identityproviders/adfs": "ANY sso:provider:view",
  "GET /api/v2/identityproviders/cic": "ANY sso:provider:view",
  "GET /api/v2/identityproviders/generic": "ANY sso:provider:view",
  "GET /api/v2/identityproviders/gsuite": "ANY sso:provider:view",
  "GET /api/v2/identityproviders/identitynow": "ANY sso:provider:view",
  "GET /api/v2/identityproviders/okta": "ANY sso:provider:view",
  "GET /api/v2/identityproviders/onelogin": "ANY sso:provider:view",
  "GET /api/v2/identityproviders/ping": "ANY sso:provider:view",
  "GET /api/v2/identityproviders/purecloud": "ANY sso:provider:view",
  "GET /api/v2/identityproviders/pureengage": "ANY sso:provider:view",
  "GET /api/v2/identityproviders/salesforce": "ANY sso:provider:view",
  "GET /api/v2/identityproviders/{providerId}": "ANY sso:provider:view",
  "POST /api/v2/identityproviders": "ANY sso:provider:add",
  "PUT /api/v2/identityproviders/adfs": "ANY sso:provider:add sso:provider:edit",
  "PUT /api/v2/identityproviders/cic": "ANY sso:provider:add sso:provider:edit",
  "PUT /api/v2/identityproviders/generic": "ANY sso:provider:add sso:provider:edit",
  "PUT /api/v2/identityproviders/gsuite": "ANY sso:provider:add sso:provider:edit",
  "PUT /api/v2/identityproviders/identitynow": "ANY sso:provider:add sso:provider:edit",
  "PUT /api/v2/identityproviders/okta": "ANY sso:provider:add sso:provider:edit",
  "PUT /api/v2/identityproviders/onelogin": "ANY sso:provider:add sso:provider:edit",
  "PUT /api/v2/identityproviders/ping": "ANY sso:provider:add sso:provider:edit",
  "PUT /api/v2/identityproviders/purecloud": "ANY sso:provider:add sso:provider:edit",
  "PUT /api/v2/identityproviders/pureengage": "ANY sso:provider:add sso:provider:edit",
  "PUT /api/v2/identityproviders/salesforce": "ANY sso:provider:add sso:provider:edit",
  "PUT /api/v2/identityproviders/{providerId}": "ANY sso:provider:edit",
};

/**
 * Identity Provider (38 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const identityProvider = identityProviderApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function identityProviderApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
