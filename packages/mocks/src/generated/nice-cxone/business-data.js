// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/business-data/openapi.yaml (sha256 ca168585cc5fa3d1)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------
/** nice-cxone business-data: 2 operations. */
export const businessData = JSON.parse("{\"name\":\"business-data\",\"host\":\"api\",\"operations\":[[\"PUT\",\"/business-data-manager/v1/business-data/contact/{contactId}\",204,\"\",\"updateContactBusinessData.request\",1,\"\"],[\"PUT\",\"/business-data-manager/v1/business-data/contact/{contactId}/segment/{segmentId}\",204,\"\",\"updateSegmentBusinessData.request\",1,\"\"]],\"schemas\":{\"updateContactBusinessData.request\":{\"items\":{\"additionalProperties\":true,\"type\":\"object\"},\"type\":\"array\"},\"updateSegmentBusinessData.request\":{\"items\":{\"additionalProperties\":true,\"type\":\"object\"},\"type\":\"array\"}}}");
