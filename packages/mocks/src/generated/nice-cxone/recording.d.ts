// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/recording/openapi.yaml (sha256 8dcaf5e796f2cd7c)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone recording: 9 operations; typed overrides from its `paths`. */
export declare const recording: MockOperationTable<import('@ccaas/nice-cxone/recording').paths>;
