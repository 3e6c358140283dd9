// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/process-automation/openapi.yaml (sha256 90a350446e99b422)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud process-automation: 13 operations; typed overrides from its `paths`. */
export declare const processAutomation: MockOperationTable<import('@ccaas/genesys-cloud/process-automation').paths>;
