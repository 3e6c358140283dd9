// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/teams/openapi.yaml (sha256 d2ed0cd398232428)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area teams` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/teams/{teamId}": "ANY groups:team:delete",
  "DELETE /api/v2/teams/{teamId}/members": "ANY groups:team:assign",
  "GET /api/v2/teams": "ANY groups:team:view",
  "GET /api/v2/teams/{teamId}": "ANY groups:team:view",
  "GET /api/v2/teams/{teamId}/members": "ANY groups:team:view",
  "PATCH /api/v2/teams/{teamId}": "ANY groups:team:edit",
  "POST /api/v2/analytics/teams/activity/query": "ANY analytics:teamObservation:view",
  "POST /api/v2/teams": "ANY groups:team:add",
  "POST /api/v2/teams/search": "ANY groups:team:view",
  "POST /api/v2/teams/{teamId}/members": "ANY groups:team:assign",
};
