// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/response-management/openapi.yaml (sha256 419792f5f3c8d802)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area response-management` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/responsemanagement/libraries/{libraryId}": "ANY responses:library:delete",
  "DELETE /api/v2/responsemanagement/responseassets/{responseAssetId}": "ANY responseAssets:asset:delete",
  "DELETE /api/v2/responsemanagement/responses/{responseId}": "ANY responses:response:delete",
  "GET /api/v2/responsemanagement/libraries": "ANY responses:library:view",
  "GET /api/v2/responsemanagement/libraries/divisionviews": "ANY responses:library:search",
  "GET /api/v2/responsemanagement/libraries/divisionviews/{libraryId}": "ANY responses:library:search",
  "GET /api/v2/responsemanagement/libraries/{libraryId}": "ANY responses:library:view",
  "GET /api/v2/responsemanagement/responseassets/status/{statusId}": "ANY responseAssets:asset:view",
  "GET /api/v2/responsemanagement/responseassets/{responseAssetId}": "ANY responseAssets:asset:view",
  "GET /api/v2/responsemanagement/responses": "ANY responses:response:view",
  "GET /api/v2/responsemanagement/responses/divisionviews/{responseId}": "ANY responses:response:search",
  "GET /api/v2/responsemanagement/responses/{responseId}": "ANY responses:response:view",
  "POST /api/v2/responsemanagement/libraries": "ANY responses:library:add",
  "POST /api/v2/responsemanagement/libraries/bulk": "ANY responses:library:view",
  "POST /api/v2/responsemanagement/libraries/query": "ANY responses:library:view",
  "POST /api/v2/responsemanagement/responseassets/bulk": "ANY responseAssets:asset:view",
  "POST /api/v2/responsemanagement/responseassets/search": "ALL responseAssets:asset:view",
  "POST /api/v2/responsemanagement/responseassets/uploads": "ANY responseAssets:asset:add",
  "POST /api/v2/responsemanagement/responses": "ANY responses:response:add",
  "POST /api/v2/responsemanagement/responses/divisionviews/query": "ANY responses:response:search",
  "POST /api/v2/responsemanagement/responses/query": "ANY responses:response:view",
  "PUT /api/v2/responsemanagement/libraries/{libraryId}": "ALL responses:library:edit",
  "PUT /api/v2/responsemanagement/responseassets/{responseAssetId}": "ALL responseAssets:asset:edit",
  "PUT /api/v2/responsemanagement/responses/{responseId}": "ANY responses:response:edit",
};
