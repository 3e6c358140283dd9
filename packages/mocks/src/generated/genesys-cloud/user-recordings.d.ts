// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/user-recordings/openapi.yaml (sha256 9d15f2a08cadff5e)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud user-recordings: 6 operations; typed overrides from its `paths`. */
export declare const userRecordings: MockOperationTable<import('@ccaas/genesys-cloud/user-recordings').paths>;
