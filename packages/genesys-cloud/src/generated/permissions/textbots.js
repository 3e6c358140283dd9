// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/textbots/openapi.yaml (sha256 8c2e488ed7d724dc)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area textbots` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/textbots/bots/search": "ANY integrations:integration:view",
  "POST /api/v2/textbots/botflows/sessions": "ANY textbots:botFlowSession:execute",
  "POST /api/v2/textbots/botflows/sessions/{sessionId}/turns": "ANY textbots:botFlowSession:execute",
  "POST /api/v2/textbots/bots/execute": "ANY textbots:session:execute",
};
