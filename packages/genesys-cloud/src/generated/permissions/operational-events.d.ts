// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/operational-events/openapi.yaml (sha256 429610362967eef4)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area operational-events` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export declare const operationPermissions: Readonly<Record<string, string>>;
