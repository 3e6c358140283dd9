// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/uploads/openapi.yaml (sha256 0200a805e0ec5315)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area uploads` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/knowledge/knowledgebases/{knowledgeBaseId}/uploads/urls/jobs/{jobId}": "ALL knowledge:uploadSourceUrlJob:view",
  "POST /api/v2/gamification/contests/uploads/prizeimages": "ALL gamification:contestPrizeImage:upload",
  "POST /api/v2/guides/uploads": "ALL aiStudio:guide:upload",
  "POST /api/v2/integrations/actions/{actionId}/draft/function/upload": "ANY integrations:actionFunction:edit",
  "POST /api/v2/knowledge/documentuploads": "ALL knowledge:document:upload",
  "POST /api/v2/knowledge/knowledgebases/{knowledgeBaseId}/uploads/urls/jobs": "ALL knowledge:uploadSourceUrlJob:add",
  "POST /api/v2/languageunderstanding/miners/{minerId}/uploads": "ALL languageUnderstanding:miner:upload",
  "POST /api/v2/uploads/learning/coverart": "ALL learning:coverart:upload",
  "POST /api/v2/uploads/publicassets/images": "ALL uploads:publicasset:upload",
  "POST /api/v2/uploads/recordings": "ALL recording:recording:upload",
  "POST /api/v2/uploads/workforcemanagement/historicaldata/csv": "ALL wfm:historicalData:upload",
};
