// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/privacy/openapi.yaml (sha256 1ba13b598fe217a2)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone privacy: 1 operations; typed overrides from its `paths`. */
export declare const privacy: MockOperationTable<import('@ccaas/nice-cxone/privacy').paths>;
