// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/data-policies/openapi.yaml (sha256 cb3589f35b8ba443)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone data-policies: 7 operations; typed overrides from its `paths`. */
export declare const dataPolicies: MockOperationTable<import('@ccaas/nice-cxone/data-policies').paths>;
