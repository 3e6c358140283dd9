// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/events/openapi.yaml (sha256 8ebf709a36bcc673)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area events` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "POST /api/v2/events/conversations": "ANY conversation:conversation:inject",
  "POST /api/v2/events/routing/customkpiattributions": "ANY routing:customKpiAttribution:inject",
  "POST /api/v2/events/users/presence": "ANY presence:userPresence:inject",
  "POST /api/v2/events/users/routingstatus": "ANY routing:routingstatus:inject",
};
