// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/data-extraction/openapi.yaml (sha256 174d57cf9e42d578)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone data-extraction: 3 operations; typed overrides from its `paths`. */
export declare const dataExtraction: MockOperationTable<import('@ccaas/nice-cxone/data-extraction').paths>;
