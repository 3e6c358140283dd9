// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/feedback/openapi.yaml (sha256 5c4896b5c66d8d2b)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone feedback: 8 operations; typed overrides from its `paths`. */
export declare const feedback: MockOperationTable<import('@ccaas/nice-cxone/feedback').paths>;
