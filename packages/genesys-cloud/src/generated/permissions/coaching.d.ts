// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/coaching/openapi.yaml (sha256 c091ce21adb19c45)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area coaching` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export declare const operationPermissions: Readonly<Record<string, string>>;
