// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/digital/openapi.yaml (sha256 0f1524a48c374669)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone digital: 58 operations; typed overrides from its `paths`. */
export declare const digital: MockOperationTable<import('@ccaas/nice-cxone/digital').paths>;
