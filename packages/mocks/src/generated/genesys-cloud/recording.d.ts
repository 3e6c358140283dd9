// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/recording/openapi.yaml (sha256 299af544a173b9ec)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud recording: 57 operations; typed overrides from its `paths`. */
export declare const recording: MockOperationTable<import('@ccaas/genesys-cloud/recording').paths>;
