// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/voicemail/openapi.yaml (sha256 39da19da55e45f85)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area voicemail` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/voicemail/groups/{groupId}/policy": "ANY voicemail:groupPolicy:view",
  "GET /api/v2/voicemail/policy": "ALL telephony:plugin:all",
  "GET /api/v2/voicemail/queues/{queueId}/messages": "ANY voicemail:acdvoicemail:view",
  "GET /api/v2/voicemail/userpolicies/{userId}": "ANY telephony:plugin:all voicemail:userPolicy:viewOther",
  "GET /api/v2/voicemail/users/{userId}/mailbox": "ANY voicemail:mailbox:viewOther",
  "GET /api/v2/voicemail/users/{userId}/messages": "ANY voicemail:voicemail:viewOther",
  "PATCH /api/v2/voicemail/groups/{groupId}/policy": "ANY voicemail:groupPolicy:edit",
  "PATCH /api/v2/voicemail/userpolicies/{userId}": "ANY telephony:plugin:all voicemail:userPolicy:viewOther",
  "PUT /api/v2/voicemail/policy": "ALL telephony:plugin:all",
  "PUT /api/v2/voicemail/userpolicies/{userId}": "ANY telephony:plugin:all voicemail:userPolicy:viewOther",
};
