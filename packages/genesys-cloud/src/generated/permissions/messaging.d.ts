// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/messaging/openapi.yaml (sha256 9ec40e7fb8a8f5aa)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area messaging` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export declare const operationPermissions: Readonly<Record<string, string>>;
