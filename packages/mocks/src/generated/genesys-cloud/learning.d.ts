// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/learning/openapi.yaml (sha256 af30e39222ba863e)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud learning: 38 operations; typed overrides from its `paths`. */
export declare const learning: MockOperationTable<import('@ccaas/genesys-cloud/learning').paths>;
