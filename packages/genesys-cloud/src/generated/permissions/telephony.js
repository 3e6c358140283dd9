// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/telephony/openapi.yaml (sha256 dddbf770f77e2992)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area telephony` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/telephony/organization/link/{targetOrganizationId}": "ALL telephony:organizationLink:delete",
  "GET /api/v2/telephony/agents/greetings/me": "ANY telephony:selfAgentGreeting:view",
  "GET /api/v2/telephony/agents/{agentId}/greetings": "ANY telephony:otherAgentGreeting:view",
  "GET /api/v2/telephony/calls/metrics": "ANY telephony:callMetrics:view",
  "GET /api/v2/telephony/mediaregions": "ANY telephony:plugin:all",
  "GET /api/v2/telephony/numbers/routing": "ALL telephony:numberRouting:view",
  "GET /api/v2/telephony/organization/link": "ALL telephony:organizationLink:view",
  "GET /api/v2/telephony/organization/link/regions": "ALL telephony:organizationLink:view",
  "GET /api/v2/telephony/settings": "ANY telephony:settings:view",
  "GET /api/v2/telephony/sipmessages/conversations/{conversationId}": "ALL telephony:pcap:view",
  "GET /api/v2/telephony/sipmessages/conversations/{conversationId}/headers": "ALL telephony:pcap:view",
  "GET /api/v2/telephony/siptraces": "ALL telephony:pcap:view",
  "GET /api/v2/telephony/siptraces/download/{downloadId}": "ALL telephony:pcap:view",
  "PATCH /api/v2/telephony/organization/link/approve/{requestingOrganizationId}": "ALL telephony:organizationLink:edit",
  "POST /api/v2/telephony/numbers/routing": "ALL telephony:numberRouting:edit",
  "POST /api/v2/telephony/numbers/routing/all": "ALL telephony:numberRouting:edit",
  "POST /api/v2/telephony/numbers/routing/reset": "ALL telephony:numberRouting:edit",
  "POST /api/v2/telephony/organization/link": "ALL telephony:organizationLink:add",
  "POST /api/v2/telephony/siptraces/download": "ALL telephony:pcap:add",
  "PUT /api/v2/telephony/agents/greetings/me": "ANY telephony:selfAgentGreeting:edit",
  "PUT /api/v2/telephony/agents/{agentId}/greetings": "ANY telephony:otherAgentGreeting:edit",
  "PUT /api/v2/telephony/settings": "ANY telephony:settings:edit",
};
