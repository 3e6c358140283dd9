// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/chat/openapi.yaml (sha256 49633837d89a97f4)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area chat` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/chats/rooms/{roomJid}/messages/pins/{pinnedMessageId}": "ANY chat:chat:access chat:room:edit",
  "DELETE /api/v2/chats/rooms/{roomJid}/messages/{messageId}": "ANY chat:chat:access chat:roomMessage:delete",
  "DELETE /api/v2/chats/rooms/{roomJid}/participants/{userId}": "ANY chat:chat:access chat:participant:delete",
  "DELETE /api/v2/chats/users/{userId}/messages/pins/{pinnedMessageId}": "ANY chat:chat:access chat:1on1:edit",
  "DELETE /api/v2/chats/users/{userId}/messages/{messageId}": "ANY chat:chat:access chat:1on1Message:delete",
  "GET /api/v2/chats/messages/{messageId}": "ANY chat:chat:access chat:1on1Message:view chat:room:view",
  "GET /api/v2/chats/rooms/{roomJid}": "ANY chat:chat:access chat:room:view",
  "GET /api/v2/chats/rooms/{roomJid}/messages": "ANY chat:chat:access chat:room:view",
  "GET /api/v2/chats/rooms/{roomJid}/messages/{messageIds}": "ANY chat:chat:access chat:room:view",
  "GET /api/v2/chats/rooms/{roomJid}/participants": "ANY chat:chat:access chat:room:view",
  "GET /api/v2/chats/settings": "ANY chat:setting:view chat:setting:edit",
  "GET /api/v2/chats/threads/{threadId}/messages": "ANY chat:chat:access chat:room:view",
  "GET /api/v2/chats/users/{userId}": "ANY chat:chat:access chat:1on1:view",
  "GET /api/v2/chats/users/{userId}/messages": "ANY chat:chat:access chat:1on1Message:view",
  "GET /api/v2/chats/users/{userId}/messages/{messageIds}": "ANY chat:chat:access chat:1on1Message:view",
  "GET /api/v2/chats/users/{userId}/settings": "ANY chat:usersettings:view chat:setting:view",
  "PATCH /api/v2/chats/rooms/{roomJid}": "ANY chat:chat:access chat:room:edit",
  "PATCH /api/v2/chats/rooms/{roomJid}/messages/{messageId}": "ANY chat:chat:access chat:roomMessage:edit",
  "PATCH /api/v2/chats/settings": "ANY chat:setting:edit",
  "PATCH /api/v2/chats/users/{userId}/messages/{messageId}": "ANY chat:chat:access chat:1on1Message:view",
  "PATCH /api/v2/chats/users/{userId}/settings": "ANY chat:usersettings:edit chat:setting:edit",
  "POST /api/v2/chats/rooms": "ANY chat:chat:access chat:room:add",
  "POST /api/v2/chats/rooms/{roomJid}/messages": "ANY chat:chat:access chat:roomMessage:add",
  "POST /api/v2/chats/rooms/{roomJid}/messages/pins": "ANY chat:chat:access chat:room:edit",
  "POST /api/v2/chats/rooms/{roomJid}/participants/{userId}": "ANY chat:chat:access chat:participant:add",
  "POST /api/v2/chats/users/{userId}/messages": "ANY chat:chat:access chat:1on1Message:add",
  "POST /api/v2/chats/users/{userId}/messages/pins": "ANY chat:chat:access chat:1on1:edit",
  "PUT /api/v2/chats/messages/{messageId}/reactions": "ANY chat:chat:access chat:reactions:edit",
  "PUT /api/v2/chats/settings": "ANY chat:setting:edit",
};
