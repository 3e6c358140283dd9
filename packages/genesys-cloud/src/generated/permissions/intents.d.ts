// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/intents/openapi.yaml (sha256 e4473eb2a6e63e78)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area intents` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export declare const operationPermissions: Readonly<Record<string, string>>;
