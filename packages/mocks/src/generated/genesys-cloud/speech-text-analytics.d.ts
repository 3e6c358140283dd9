// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/speech-text-analytics/openapi.yaml (sha256 bd859d1563b9092b)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud speech-text-analytics: 66 operations; typed overrides from its `paths`. */
export declare const speechTextAnalytics: MockOperationTable<import('@ccaas/genesys-cloud/speech-text-analytics').paths>;
