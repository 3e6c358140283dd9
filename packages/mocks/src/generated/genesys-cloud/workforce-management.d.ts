// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/workforce-management/openapi.yaml (sha256 4ba155e6e2f5bb4d)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud workforce-management: 351 operations; typed overrides from its `paths`. */
export declare const workforceManagement: MockOperationTable<import('@ccaas/genesys-cloud/workforce-management').paths>;
