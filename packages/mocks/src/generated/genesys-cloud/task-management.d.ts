// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/task-management/openapi.yaml (sha256 ca44b449b6731d4c)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud task-management: 76 operations; typed overrides from its `paths`. */
export declare const taskManagement: MockOperationTable<import('@ccaas/genesys-cloud/task-management').paths>;
