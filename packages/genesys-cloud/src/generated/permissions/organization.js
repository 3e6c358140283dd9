// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/organization/openapi.yaml (sha256 a5a846504efb7a86)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area organization` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/organizations/authentication/settings": "ANY directory:organization:admin",
  "GET /api/v2/organizations/ipaddressauthentication": "ANY directory:organization:admin",
  "GET /api/v2/organizations/limits/changerequests": "ANY limits:organization:view",
  "GET /api/v2/organizations/limits/changerequests/{requestId}": "ANY limits:organization:view",
  "PATCH /api/v2/organizations/authentication/settings": "ANY directory:organization:admin",
  "PATCH /api/v2/organizations/features/{featureName}": "ANY directory:organization:admin",
  "PUT /api/v2/organizations/embeddedintegration": "ANY directory:organization:admin",
  "PUT /api/v2/organizations/ipaddressauthentication": "ANY directory:organization:admin",
  "PUT /api/v2/organizations/me": "ANY directory:organization:admin",
  "PUT /api/v2/organizations/whitelist": "ANY directory:organization:admin",
};
