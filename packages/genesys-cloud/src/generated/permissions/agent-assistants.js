// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/agent-assistants/openapi.yaml (sha256 0c9bde09bb5a5a19)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area agent-assistants` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/assistants/agentchecklists/{agentChecklistId}": "ALL assistants:agentchecklist:delete",
  "DELETE /api/v2/assistants/{assistantId}": "ALL assistants:assistant:delete",
  "DELETE /api/v2/assistants/{assistantId}/queues": "ALL assistants:queue:delete",
  "DELETE /api/v2/assistants/{assistantId}/queues/{queueId}": "ALL assistants:queue:delete",
  "GET /api/v2/assistants": "ALL assistants:assistant:view",
  "GET /api/v2/assistants/agentchecklists": "ALL assistants:agentchecklist:view",
  "GET /api/v2/assistants/agentchecklists/languages": "ALL assistants:agentchecklist:view",
  "GET /api/v2/assistants/agentchecklists/{agentChecklistId}": "ALL assistants:agentchecklist:view",
  "GET /api/v2/assistants/queues": "ALL assistants:queue:view",
  "GET /api/v2/assistants/{assistantId}": "ALL assistants:assistant:view",
  "GET /api/v2/assistants/{assistantId}/queues": "ALL assistants:queue:view",
  "GET /api/v2/assistants/{assistantId}/queues/{queueId}": "ALL assistants:queue:view",
  "GET /api/v2/assistants/{assistantId}/queues/{queueId}/users/jobs/{jobId}": "ANY assistants:queueUserJob:view",
  "PATCH /api/v2/assistants/{assistantId}": "ALL assistants:assistant:edit",
  "PATCH /api/v2/assistants/{assistantId}/queues": "ALL assistants:queue:edit",
  "POST /api/v2/assistants": "ALL assistants:assistant:add",
  "POST /api/v2/assistants/agentchecklists": "ALL assistants:agentchecklist:add",
  "POST /api/v2/assistants/{assistantId}/queues/{queueId}/users/bulk/add": "ANY assistants:queueUserAssignment:add",
  "POST /api/v2/assistants/{assistantId}/queues/{queueId}/users/bulk/remove": "ANY assistants:queueUserAssignment:delete",
  "POST /api/v2/assistants/{assistantId}/queues/{queueId}/users/jobs": "ANY assistants:queueUserJob:add",
  "POST /api/v2/assistants/{assistantId}/queues/{queueId}/users/query": "ANY assistants:queueUserAssignment:view",
  "PUT /api/v2/assistants/agentchecklists/{agentChecklistId}": "ALL assistants:agentchecklist:edit",
  "PUT /api/v2/assistants/{assistantId}/queues/{queueId}": "ALL assistants:queue:edit",
};
