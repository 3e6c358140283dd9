// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/language-understanding/openapi.yaml (sha256 244d3e2b592c0dd9)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud language-understanding: 40 operations; typed overrides from its `paths`. */
export declare const languageUnderstanding: MockOperationTable<import('@ccaas/genesys-cloud/language-understanding').paths>;
