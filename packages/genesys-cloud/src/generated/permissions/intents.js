// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/intents/openapi.yaml (sha256 e4473eb2a6e63e78)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area intents` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/intents/categories/{categoryId}": "ANY externalContacts:customerIntentTaxonomy:delete",
  "DELETE /api/v2/intents/customerintents/{customerIntentId}": "ANY externalContacts:customerIntentTaxonomy:delete",
  "GET /api/v2/intents/assignments/externalcontacts/{externalContactId}": "ANY externalContacts:customerIntentAssignments:view",
  "GET /api/v2/intents/categories": "ANY externalContacts:customerIntentTaxonomy:view",
  "GET /api/v2/intents/categories/{categoryId}": "ANY externalContacts:customerIntentTaxonomy:view",
  "GET /api/v2/intents/customerintents": "ANY externalContacts:customerIntentTaxonomy:view",
  "GET /api/v2/intents/customerintents/{customerIntentId}": "ANY externalContacts:customerIntentTaxonomy:view",
  "GET /api/v2/intents/customerintents/{customerIntentId}/sourceintents": "ANY externalContacts:customerIntentTaxonomy:view",
  "GET /api/v2/intents/sourceintents": "ANY externalContacts:customerIntentTaxonomy:view",
  "PATCH /api/v2/intents/categories/{categoryId}": "ANY externalContacts:customerIntentTaxonomy:edit",
  "PATCH /api/v2/intents/customerintents/{customerIntentId}": "ANY externalContacts:customerIntentTaxonomy:edit",
  "POST /api/v2/intents/assignments/externalcontacts/{externalContactId}/customerintents/{customerIntentId}/assignment": "ANY externalContacts:customerIntentAssignments:add",
  "POST /api/v2/intents/categories": "ANY externalContacts:customerIntentTaxonomy:add",
  "POST /api/v2/intents/customerintents": "ANY externalContacts:customerIntentTaxonomy:add",
  "POST /api/v2/intents/customerintents/bulk/retrieve": "ANY externalContacts:customerIntentTaxonomy:view",
  "POST /api/v2/intents/customerintents/{customerIntentId}/sourceintents/bulk/add": "ANY externalContacts:customerIntentTaxonomy:edit",
  "POST /api/v2/intents/customerintents/{customerIntentId}/sourceintents/bulk/remove": "ANY externalContacts:customerIntentTaxonomy:edit",
};
