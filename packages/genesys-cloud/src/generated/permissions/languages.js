// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/languages/openapi.yaml (sha256 8e1cc63b3656b079)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area languages` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/languages/{languageId}": "ANY routing:skill:manage",
  "GET /api/v2/languages": "ANY routing:skill:manage",
  "GET /api/v2/languages/{languageId}": "ANY routing:skill:manage",
  "POST /api/v2/languages": "ANY routing:skill:manage",
};
