// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/content-management/openapi.yaml (sha256 19c31d4030b37042)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area content-management` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/contentmanagement/documents/{documentId}": "ANY content_management_user",
  "GET /api/v2/contentmanagement/documents/{documentId}": "ANY content_management_user",
  "GET /api/v2/contentmanagement/documents/{documentId}/content": "ANY content_management_user",
  "POST /api/v2/contentmanagement/documents/{documentId}": "ANY content_management_user",
  "POST /api/v2/contentmanagement/documents/{documentId}/content": "ANY content_management_user",
};
