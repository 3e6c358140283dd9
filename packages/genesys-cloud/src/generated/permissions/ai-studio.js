// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/ai-studio/openapi.yaml (sha256 3c0f1ccef1ecd654)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area ai-studio` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/agentic/virtualagents/{virtualAgentId}/jobs": "ALL agentic:virtualAgentJob:add",
  "DELETE /api/v2/conversations/summaries/settings/{summarySettingId}": "ALL aiStudio:summaryConfig:delete",
  "DELETE /api/v2/guides/{guideId}/jobs": "ALL aiStudio:guideJob:add",
  "GET /api/v2/agentic/virtualagents": "ALL agentic:virtualAgent:view",
  "GET /api/v2/agentic/virtualagents/{virtualAgentId}": "ALL agentic:virtualAgent:view",
  "GET /api/v2/agentic/virtualagents/{virtualAgentId}/jobs/{jobId}": "ALL agentic:virtualAgentJob:view",
  "GET /api/v2/conversations/summaries/settings": "ALL aiStudio:summaryConfig:view",
  "GET /api/v2/conversations/summaries/settings/{summarySettingId}": "ALL aiStudio:summaryConfig:view",
  "GET /api/v2/guides": "ALL aiStudio:guide:view",
  "GET /api/v2/guides/jobs/{jobId}": "ALL aiStudio:guideJob:view",
  "GET /api/v2/guides/{guideId}": "ALL aiStudio:guide:view",
  "GET /api/v2/guides/{guideId}/jobs/{jobId}": "ALL aiStudio:guideJob:view",
  "GET /api/v2/guides/{guideId}/versions/{versionId}": "ALL aiStudio:guideVersion:view",
  "GET /api/v2/guides/{guideId}/versions/{versionId}/jobs/{jobId}": "ALL aiStudio:guideVersionJob:view",
  "PATCH /api/v2/agentic/virtualagents/{virtualAgentId}": "ALL agentic:virtualAgent:edit",
  "PATCH /api/v2/guides/{guideId}": "ALL aiStudio:guide:edit",
  "PATCH /api/v2/guides/{guideId}/versions/{versionId}": "ALL aiStudio:guideVersion:edit",
  "POST /api/v2/agentic/virtualagents": "ALL agentic:virtualAgent:add",
  "POST /api/v2/agentic/virtualagents/{virtualAgentId}/versions/{versionId}/jobs": "ALL agentic:virtualAgentVersionJob:add",
  "POST /api/v2/conversations/summaries/preview": "ALL aiStudio:summaryPreview:view",
  "POST /api/v2/conversations/summaries/settings": "ALL aiStudio:summaryConfig:add",
  "POST /api/v2/guides": "ALL aiStudio:guide:add",
  "POST /api/v2/guides/jobs": "ALL aiStudio:guideJob:add",
  "POST /api/v2/guides/uploads": "ALL aiStudio:guide:upload",
  "POST /api/v2/guides/{guideId}/sessions/{guideSessionId}/turns": "ALL aiStudio:guideSessionTurn:add",
  "POST /api/v2/guides/{guideId}/versions": "ALL aiStudio:guideVersion:add",
  "POST /api/v2/guides/{guideId}/versions/{versionId}/jobs": "ALL aiStudio:guideVersionJob:add",
  "PUT /api/v2/conversations/summaries/settings/{summarySettingId}": "ALL aiStudio:summaryConfig:edit",
};
