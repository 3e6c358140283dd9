// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/audit/openapi.yaml (sha256 387047b1fc96c73f)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area audit` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/audits/query/realtime/servicemapping": "ALL audits:audit:view",
  "GET /api/v2/audits/query/servicemapping": "ALL audits:audit:view",
  "GET /api/v2/audits/query/{transactionId}": "ALL audits:audit:view",
  "GET /api/v2/audits/query/{transactionId}/results": "ALL audits:audit:view",
  "POST /api/v2/audits/query": "ALL audits:audit:view",
  "POST /api/v2/audits/query/realtime": "ALL audits:audit:view",
  "POST /api/v2/audits/query/realtime/related": "ALL audits:audit:view",
};
