// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/realtime/openapi.yaml (sha256 d9497087e4ec7240)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone realtime: 12 operations; typed overrides from its `paths`. */
export declare const realtime: MockOperationTable<import('@ccaas/nice-cxone/realtime').paths>;
