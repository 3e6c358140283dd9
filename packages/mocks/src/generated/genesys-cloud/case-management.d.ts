// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/case-management/openapi.yaml (sha256 e803005d14ace005)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud case-management: 50 operations; typed overrides from its `paths`. */
export declare const caseManagement: MockOperationTable<import('@ccaas/genesys-cloud/case-management').paths>;
