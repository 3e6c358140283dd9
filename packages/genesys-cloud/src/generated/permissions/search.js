// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/search/openapi.yaml (sha256 92e828afdfc7bca0)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area search` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/search": "ANY directory:user:view",
  "GET /api/v2/search/suggest": "ANY directory:user:view",
  "GET /api/v2/telephony/providers/edges/sites/search": "ANY telephony:plugin:all telephony:sites:view",
  "GET /api/v2/users/search": "ANY directory:user:view",
  "POST /api/v2/conversations/customattributes/search": "ANY conversation:customAttributes:view",
  "POST /api/v2/conversations/participants/attributes/search": "ANY conversation:participant:attributesview",
  "POST /api/v2/search": "ANY directory:user:view",
  "POST /api/v2/search/suggest": "ANY directory:user:view",
  "POST /api/v2/speechandtextanalytics/transcripts/search": "ANY analytics:conversationDetail:view recording:recording:view recording:recordingSegment:view",
  "POST /api/v2/teams/search": "ANY groups:team:view",
  "POST /api/v2/telephony/providers/edges/sites/search": "ANY telephony:plugin:all telephony:sites:view",
  "POST /api/v2/users/search": "ANY directory:user:view",
  "POST /api/v2/users/search/conversation/target": "ANY conversation:communication:target",
  "POST /api/v2/users/search/queuemembers/manage": "ANY routing:queueMember:manage routing:queue:edit",
  "POST /api/v2/users/search/teams/assign": "ANY groups:team:assign",
};
