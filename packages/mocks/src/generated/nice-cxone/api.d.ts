// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/openapi.yaml (sha256 1c39f1d3e989901a)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone api: 349 operations; typed overrides from its `paths`. */
export declare const api: MockOperationTable<Record<string, unknown>>;
