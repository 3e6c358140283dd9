// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/users-rules/openapi.yaml (sha256 fd1c1b3beeabe1ad)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area users-rules` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/users/rules/{ruleId}": "ANY users:rules:delete",
  "GET /api/v2/users/rules": "ANY users:rules:view",
  "GET /api/v2/users/rules/settings/{ruleType}": "ANY users:rules:view",
  "GET /api/v2/users/rules/{ruleId}": "ANY users:rules:view",
  "GET /api/v2/users/rules/{ruleId}/dependents": "ANY users:ruleDependents:view",
  "GET /api/v2/users/rules/{ruleId}/dependents/{ruleType}/{typeId}": "ANY users:ruleDependents:view",
  "PATCH /api/v2/users/rules/{ruleId}": "ANY users:rules:edit",
  "POST /api/v2/users/rules": "ANY users:rules:add",
  "POST /api/v2/users/rules/query": "ANY users:ruleUsers:view",
};
