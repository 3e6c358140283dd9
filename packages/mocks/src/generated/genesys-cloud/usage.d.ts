// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/usage/openapi.yaml (sha256 754568f0d5fa239e)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud usage: 11 operations; typed overrides from its `paths`. */
export declare const usage: MockOperationTable<import('@ccaas/genesys-cloud/usage').paths>;
