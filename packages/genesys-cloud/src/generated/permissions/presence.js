// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/presence/openapi.yaml (sha256 c63aae342c3a7ee9)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area presence` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/presence/definitions/{definitionId}": "ANY presence:presenceDefinition:delete presence:presenceDefinition:edit",
  "DELETE /api/v2/presence/sources/{sourceId}": "ANY presence:source:delete presence:source:edit",
  "DELETE /api/v2/presencedefinitions/{presenceId}": "ALL presence:presenceDefinition:delete",
  "GET /api/v2/presence/definitions": "ALL presence:presenceDefinition:view",
  "GET /api/v2/presence/definitions/{definitionId}": "ALL presence:presenceDefinition:view",
  "GET /api/v2/presence/settings": "ALL presence:settings:view",
  "GET /api/v2/presence/sources": "ALL presence:source:view",
  "GET /api/v2/presence/sources/{sourceId}": "ALL presence:source:view",
  "GET /api/v2/presence/users/{userId}/primarysource": "ALL presence:userPrimarySource:view",
  "GET /api/v2/presencedefinitions/{presenceId}": "ALL presence:presenceDefinition:view",
  "POST /api/v2/presence/definitions": "ALL presence:presenceDefinition:add",
  "POST /api/v2/presence/sources": "ALL presence:source:add",
  "POST /api/v2/presencedefinitions": "ALL presence:presenceDefinition:add",
  "PUT /api/v2/presence/definitions/{definitionId}": "ALL presence:presenceDefinition:edit",
  "PUT /api/v2/presence/settings": "ALL presence:settings:edit",
  "PUT /api/v2/presence/sources/{sourceId}": "ALL presence:source:edit",
  "PUT /api/v2/presence/users/{userId}/primarysource": "ALL presence:userPrimarySource:edit",
  "PUT /api/v2/presencedefinitions/{presenceId}": "ALL presence:presenceDefinition:edit",
  "PUT /api/v2/users/presences/bulk": "ANY presence:userPresence:edit",
};
