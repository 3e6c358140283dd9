// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/screen-monitoring/openapi.yaml (sha256 7ba76b9167a6f0a1)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud screen-monitoring: 11 operations; typed overrides from its `paths`. */
export declare const screenMonitoring: MockOperationTable<import('@ccaas/genesys-cloud/screen-monitoring').paths>;
