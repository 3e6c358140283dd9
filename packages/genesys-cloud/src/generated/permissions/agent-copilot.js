// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/agent-copilot/openapi.yaml (sha256 715042a902d59a12)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area agent-copilot` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/assistants/copilot/featuresupport": "ALL assistants:copilot:view",
  "GET /api/v2/assistants/{assistantId}/copilot": "ALL assistants:copilot:view",
  "PUT /api/v2/assistants/{assistantId}/copilot": "ALL assistants:copilot:edit",
};
