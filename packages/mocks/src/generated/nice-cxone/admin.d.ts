// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/admin/openapi.yaml (sha256 048083195fc333cb)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone admin: 304 operations; typed overrides from its `paths`. */
export declare const admin: MockOperationTable<import('@ccaas/nice-cxone/admin').paths>;
