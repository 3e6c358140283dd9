// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/background-assistant/openapi.yaml (sha256 51be8dad71d6badd)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------
/** genesys-cloud background-assistant: 2 operations. */
export const backgroundAssistant = JSON.parse("{\"name\":\"background-assistant\",\"operations\":[[\"POST\",\"/api/v2/backgroundassistant/token\",200,\"SignedData\",\"BackgroundAssistantUserAuthenticatedInfo\",0,\"\"],[\"POST\",\"/api/v2/screenrecording/token\",200,\"SignedData\",\"BackgroundAssistantUserAuthenticatedInfo\",0,\"\"]],\"schemas\":{\"BackgroundAssistantUserAuthenticatedInfo\":{\"properties\":{\"backgroundAssistantId\":{\"type\":\"string\"}},\"required\":[\"backgroundAssistantId\"],\"type\":\"object\"},\"SignedData\":{\"properties\":{\"jwt\":{\"type\":\"string\"}},\"type\":\"object\"}}}");
