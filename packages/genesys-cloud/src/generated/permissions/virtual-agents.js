// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/virtual-agents/openapi.yaml (sha256 f74b37f8cbba187e)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area virtual-agents` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/agentic/virtualagents/{virtualAgentId}/jobs": "ALL agentic:virtualAgentJob:add",
  "GET /api/v2/agentic/virtualagents": "ALL agentic:virtualAgent:view",
  "GET /api/v2/agentic/virtualagents/{virtualAgentId}": "ALL agentic:virtualAgent:view",
  "GET /api/v2/agentic/virtualagents/{virtualAgentId}/jobs/{jobId}": "ALL agentic:virtualAgentJob:view",
  "PATCH /api/v2/agentic/virtualagents/{virtualAgentId}": "ALL agentic:virtualAgent:edit",
  "POST /api/v2/agentic/virtualagents": "ALL agentic:virtualAgent:add",
  "POST /api/v2/agentic/virtualagents/{virtualAgentId}/versions/{versionId}/jobs": "ALL agentic:virtualAgentVersionJob:add",
};
