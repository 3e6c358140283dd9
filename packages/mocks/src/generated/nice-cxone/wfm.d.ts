// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/wfm/openapi.yaml (sha256 217b2bc77a8d0749)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone wfm: 3 operations; typed overrides from its `paths`. */
export declare const wfm: MockOperationTable<import('@ccaas/nice-cxone/wfm').paths>;
