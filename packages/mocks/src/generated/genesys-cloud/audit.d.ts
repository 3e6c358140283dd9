// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/audit/openapi.yaml (sha256 387047b1fc96c73f)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud audit: 7 operations; typed overrides from its `paths`. */
export declare const audit: MockOperationTable<import('@ccaas/genesys-cloud/audit').paths>;
