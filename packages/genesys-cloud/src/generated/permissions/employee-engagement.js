// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/employee-engagement/openapi.yaml (sha256 e20a2f6560891bbb)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area employee-engagement` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/employeeengagement/celebrations/{celebrationId}": "ANY engagement:celebration:delete",
  "GET /api/v2/employeeengagement/celebrations": "ANY engagement:celebration:view",
  "GET /api/v2/employeeengagement/recognitions": "ANY engagement:recognition:view",
  "GET /api/v2/employeeengagement/recognitions/{recognitionId}": "ANY engagement:recognition:view",
  "PATCH /api/v2/employeeengagement/celebrations/{celebrationId}": "ANY engagement:celebration:edit",
  "POST /api/v2/employeeengagement/recognitions": "ANY engagement:recognition:add",
};
