// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/employee-engagement/openapi.yaml (sha256 e20a2f6560891bbb)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud employee-engagement: 6 operations; typed overrides from its `paths`. */
export declare const employeeEngagement: MockOperationTable<import('@ccaas/genesys-cloud/employee-engagement').paths>;
