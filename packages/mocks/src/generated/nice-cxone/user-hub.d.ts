// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/user-hub/openapi.yaml (sha256 a4e1fa145f0fc507)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** nice-cxone user-hub: 68 operations; typed overrides from its `paths`. */
export declare const userHub: MockOperationTable<import('@ccaas/nice-cxone/user-hub').paths>;
