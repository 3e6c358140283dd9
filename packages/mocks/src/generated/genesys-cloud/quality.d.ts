// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/quality/openapi.yaml (sha256 7723279e0f18e09d)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud quality: 76 operations; typed overrides from its `paths`. */
export declare const quality: MockOperationTable<import('@ccaas/genesys-cloud/quality').paths>;
