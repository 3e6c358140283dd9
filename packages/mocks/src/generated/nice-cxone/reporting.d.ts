// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/reporting/openapi.yaml (sha256 5024254b69a71075)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone reporting: 35 operations; typed overrides from its `paths`. */
export declare const reporting: MockOperationTable<import('@ccaas/nice-cxone/reporting').paths>;
