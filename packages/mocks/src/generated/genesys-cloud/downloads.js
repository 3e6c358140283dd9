// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/downloads/openapi.yaml (sha256 eefb7e16b7d6b5e5)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------
/** genesys-cloud downloads: 1 operations. */
export const downloads = JSON.parse("{\"name\":\"downloads\",\"operations\":[[\"GET\",\"/api/v2/downloads/{downloadId}\",200,\"UrlResponse\",\"\",0,\"\"]],\"schemas\":{\"UrlResponse\":{\"properties\":{\"url\":{\"type\":\"string\"}},\"type\":\"object\"}}}");
