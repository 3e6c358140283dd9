// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/privacy/openapi.yaml (sha256 1ba13b598fe217a2)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------
/** nice-cxone privacy: 1 operations. */
export const privacy = JSON.parse("{\"name\":\"privacy\",\"host\":\"api\",\"operations\":[[\"POST\",\"/privacy/v1/erasure\",200,\"createErasureRequest.response\",\"createErasureRequest.request\",1,\"\"]],\"schemas\":{\"createErasureRequest.response\":{\"properties\":{\"requestId\":{\"type\":\"string\"}},\"type\":\"object\"},\"createErasureRequest.request\":{\"properties\":{\"subjectIdentifier\":{\"type\":\"string\"},\"subjectIdentifierType\":{\"enum\":[\"PHONENO\",\"EMAIL\",\"USER\"],\"type\":\"string\"},\"tenantId\":{\"type\":\"string\"}},\"required\":[\"subjectIdentifier\",\"subjectIdentifierType\"],\"type\":\"object\"}}}");
