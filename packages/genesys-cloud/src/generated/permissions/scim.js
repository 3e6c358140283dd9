// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/scim/openapi.yaml (sha256 74d8a14ba3fd4f75)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area scim` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/scim/users/{userId}": "ANY directory:user:delete",
  "DELETE /api/v2/scim/v2/users/{userId}": "ANY directory:user:delete",
  "GET /api/v2/scim/groups": "ANY directory:group:edit",
  "GET /api/v2/scim/groups/{groupId}": "ANY directory:group:edit",
  "GET /api/v2/scim/v2/groups": "ANY directory:group:edit",
  "GET /api/v2/scim/v2/groups/{groupId}": "ANY directory:group:edit",
  "PATCH /api/v2/scim/groups/{groupId}": "ANY directory:group:edit",
  "PATCH /api/v2/scim/users/{userId}": "ANY directory:user:edit directory:user:setPassword authorization:grant:add authorization:grant:delete routing:skill:assign routing:language:assign telephony:extension:assign",
  "PATCH /api/v2/scim/v2/groups/{groupId}": "ANY directory:group:edit",
  "PATCH /api/v2/scim/v2/users/{userId}": "ANY directory:user:edit directory:user:setPassword authorization:grant:add authorization:grant:delete routing:skill:assign routing:language:assign telephony:extension:assign",
  "POST /api/v2/scim/users": "ANY directory:user:add authorization:grant:add authorization:grant:delete routing:skill:assign routing:language:assign telephony:extension:assign",
  "POST /api/v2/scim/v2/users": "ANY directory:user:add authorization:grant:add authorization:grant:delete routing:skill:assign routing:language:assign telephony:extension:assign",
  "PUT /api/v2/scim/groups/{groupId}": "ANY directory:group:edit",
  "PUT /api/v2/scim/users/{userId}": "ANY directory:user:edit directory:user:setPassword authorization:grant:add authorization:grant:delete routing:skill:assign routing:language:assign telephony:extension:assign",
  "PUT /api/v2/scim/v2/groups/{groupId}": "ANY directory:group:edit",
  "PUT /api/v2/scim/v2/users/{userId}": "ANY directory:user:edit directory:user:setPassword authorization:grant:add authorization:grant:delete routing:skill:assign routing:language:assign telephony:extension:assign",
};
