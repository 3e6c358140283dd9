// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/data-privacy/openapi.yaml (sha256 ac84b62a91be3d22)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area data-privacy` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/dataprivacy/maskingrules/{ruleId}": "ALL dataprivacy:maskingrule:delete",
  "GET /api/v2/dataprivacy/maskingrules": "ALL dataprivacy:maskingrule:view",
  "GET /api/v2/dataprivacy/maskingrules/{ruleId}": "ALL dataprivacy:maskingrule:view",
  "PATCH /api/v2/dataprivacy/maskingrules/{ruleId}": "ALL dataprivacy:maskingrule:edit",
  "POST /api/v2/dataprivacy/maskingrules": "ALL dataprivacy:maskingrule:add",
  "POST /api/v2/dataprivacy/maskingrules/validate": "ALL dataprivacy:maskingrule:execute",
};
