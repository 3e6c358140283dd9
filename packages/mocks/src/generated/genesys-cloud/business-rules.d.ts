// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/business-rules/openapi.yaml (sha256 d0cc7a09c78293be)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud business-rules: 46 operations; typed overrides from its `paths`. */
export declare const businessRules: MockOperationTable<import('@ccaas/genesys-cloud/business-rules').paths>;
