// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/coaching/openapi.yaml (sha256 c091ce21adb19c45)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud coaching: 21 operations; typed overrides from its `paths`. */
export declare const coaching: MockOperationTable<import('@ccaas/genesys-cloud/coaching').paths>;
