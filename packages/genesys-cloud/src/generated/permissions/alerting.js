// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/alerting/openapi.yaml (sha256 17d3ced7fc7226ff)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area alerting` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/alerting/alerts/all": "ALL alerting:alert:edit",
  "DELETE /api/v2/alerting/alerts/{alertId}": "ALL alerting:alert:delete",
  "DELETE /api/v2/alerting/rules/{ruleId}": "ALL alerting:rule:delete",
  "GET /api/v2/alerting/alerts/{alertId}": "ALL alerting:alert:view",
  "GET /api/v2/alerting/rules/{ruleId}": "ALL alerting:rule:view",
  "PATCH /api/v2/alerting/alerts/all": "ALL alerting:alert:edit",
  "PATCH /api/v2/alerting/alerts/bulk": "ALL alerting:alert:edit",
  "PATCH /api/v2/alerting/alerts/{alertId}": "ALL alerting:alert:edit",
  "PATCH /api/v2/alerting/rules/bulk": "ALL alerting:rule:edit",
  "POST /api/v2/alerting/alerts/query": "ALL alerting:alert:view",
  "POST /api/v2/alerting/rules": "ALL alerting:rule:add",
  "POST /api/v2/alerting/rules/bulk/remove": "ALL alerting:rule:delete",
  "POST /api/v2/alerting/rules/query": "ALL alerting:rule:view",
  "PUT /api/v2/alerting/alerts/{alertId}": "ALL alerting:alert:edit",
  "PUT /api/v2/alerting/rules/{ruleId}": "ALL alerting:rule:edit",
};
