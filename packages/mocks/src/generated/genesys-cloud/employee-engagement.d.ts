// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/employee-engagement/openapi.yaml (sha256 fda9dc0be03c4c58)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud employee-engagement: 6 operations; typed overrides from its `paths`. */
export declare const employeeEngagement: MockOperationTable<import('@ccaas/genesys-cloud/employee-engagement').paths>;
