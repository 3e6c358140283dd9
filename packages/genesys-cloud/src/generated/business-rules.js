// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/business-rules/openapi.yaml (sha256 d0cc7a09c78293be)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area business-rules` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/businessrules/decisiontables/{tableId}": "ANY businessrules:decisionTable:delete",
  "DELETE /api/v2/businessrules/decisiontables/{tableId}/exports/{exportJobId}": "ANY businessrules:decisionTableExportJob:delete",
  "DELETE /api/v2/businessrules/decisiontables/{tableId}/imports/{importJobId}": "ANY businessrules:decisionTableImportJob:delete",
  "DELETE /api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}": "ANY businessrules:decisionTable:delete",
  "DELETE /api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/rows/{rowId}": "ALL businessrules:decisionTableRow:delete routing:queue:view",
  "DELETE /api/v2/businessrules/schemas/{schemaId}": "ANY businessrules:businessRulesSchema:delete",
  "GET /api/v2/businessrules/decisiontables": "ANY businessrules:decisionTable:view",
  "GET /api/v2/businessrules/decisiontables/search": "ANY businessrules:decisionTable:search",
  "GET /api/v2/businessrules/decisiontables/{tableId}": "ANY businessrules:decisionTable:view",
  "GET /api/v2/businessrules/decisiontables/{tableId}/exports": "ANY businessrules:decisionTableExportJob:view",
  "GET /api/v2/businessrules/decisiontables/{tableId}/exports/{exportJobId}": "ANY businessrules:decisionTableExportJob:view",
  "GET /api/v2/businessrules/decisiontables/{tableId}/imports": "ANY businessrules:decisionTableImportJob:view",
  "GET /api/v2/businessrules/decisiontables/{tableId}/imports/{importJobId}": "ANY businessrules:decisionTableImportJob:view",
  "GET /api/v2/businessrules/decisiontables/{tableId}/versions": "ANY businessrules:decisionTable:view",
  "GET /api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}": "ANY businessrules:decisionTable:view",
  "GET /api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/rows": "ANY businessrules:decisionTableRow:view",
  "GET /api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/rows/{rowId}": "ANY businessrules:decisionTableRow:view",
  "GET /api/v2/businessrules/schemas": "ANY businessrules:businessRulesSchema:view",
  "GET /api/v2/businessrules/schemas/coretypes": "ANY businessrules:businessRulesSchema:view",
  "GET /api/v2/businessrules/schemas/coretypes/{coreTypeName}": "ANY businessrules:businessRulesSchema:view",
  "GET /api/v2/businessrules/schemas/{schemaId}": "ANY businessrules:businessRulesSchema:view",
  "PATCH /api/v2/businessrules/decisiontables/{tableId}": "ALL businessrules:decisionTable:edit businessrules:businessRulesSchema:view routing:queue:view",
  "PATCH /api/v2/businessrules/decisiontables/{tableId}/imports/{importJobId}": "ANY businessrules:decisionTableImportJob:edit",
  "PATCH /api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}": "ANY businessrules:decisionTable:edit",
  "POST /api/v2/businessrules/decisiontables": "ALL businessrules:decisionTable:add businessrules:businessRulesSchema:view routing:queue:view",
  "POST /api/v2/businessrules/decisiontables/{tableId}/execute": "ANY businessrules:decisionTable:execute",
  "POST /api/v2/businessrules/decisiontables/{tableId}/exports": "ANY businessrules:decisionTableExportJob:add",
  "POST /api/v2/businessrules/decisiontables/{tableId}/imports": "ANY businessrules:decisionTableImportJob:add",
  "POST /api/v2/businessrules/decisiontables/{tableId}/versions": "ANY businessrules:decisionTable:add",
  "POST /api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/copy": "ANY businessrules:decisionTable:copy",
  "POST /api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/execute": "ANY businessrules:decisionTable:execute",
  "POST /api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/rows": "ALL businessrules:decisionTableRow:add routing:queue:view",
  "POST /api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/rows/bulk/add": "ALL businessrules:decisionTableRow:add routing:queue:view",
  "POST /api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/rows/bulk/remove": "ALL businessrules:decisionTableRow:delete routing:queue:view",
  "POST /api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/rows/bulk/update": "ALL businessrules:decisionTableRow:edit routing:queue:view",
  "POST /api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/rows/search": "ANY businessrules:decisionTableRow:search",
  "POST /api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/sync": "ANY businessrules:decisionTable:edit",
  "POST /api/v2/businessrules/schemas": "ANY businessrules:businessRulesSchema:add",
  "PUT /api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/publish": "ANY businessrules:decisionTable:publish",
  "PUT /api/v2/businessrules/decisiontables/{tableId}/versions/{tableVersion}/rows/{rowId}": "ALL businessrules:decisionTableRow:edit routing:queue:view",
  "PUT /api/v2/businessrules/schemas/{schemaId}": "ANY businessrules:businessRulesSchema:edit",
};

/**
 * Business Rules (46 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const businessRules = businessRulesApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function businessRulesApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
