// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/business-data/openapi.yaml (sha256 ca168585cc5fa3d1)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone business-data: 2 operations; typed overrides from its `paths`. */
export declare const businessData: MockOperationTable<import('@ccaas/nice-cxone/business-data').paths>;
