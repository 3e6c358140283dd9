// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/agent/openapi.yaml (sha256 0762266e1322a9e8)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone agent: 68 operations; typed overrides from its `paths`. */
export declare const agent: MockOperationTable<import('@ccaas/nice-cxone/agent').paths>;
