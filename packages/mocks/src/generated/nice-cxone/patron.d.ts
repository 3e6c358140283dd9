// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/patron/openapi.yaml (sha256 dce617fd27ad4cba)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone patron: 12 operations; typed overrides from its `paths`. */
export declare const patron: MockOperationTable<import('@ccaas/nice-cxone/patron').paths>;
