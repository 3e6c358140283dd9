// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/interaction-analytics/openapi.yaml (sha256 461bbaf4210abe6f)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone interaction-analytics: 2 operations; typed overrides from its `paths`. */
export declare const interactionAnalytics: MockOperationTable<import('@ccaas/nice-cxone/interaction-analytics').paths>;
