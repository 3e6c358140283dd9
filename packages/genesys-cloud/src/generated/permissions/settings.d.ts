// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/settings/openapi.yaml (sha256 a705de58b81685c4)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area settings` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export declare const operationPermissions: Readonly<Record<string, string>>;
