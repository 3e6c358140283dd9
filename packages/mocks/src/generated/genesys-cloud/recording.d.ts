// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/recording/openapi.yaml (sha256 16173237bfce9e42)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud recording: 57 operations; typed overrides from its `paths`. */
export declare const recording: MockOperationTable<import('@ccaas/genesys-cloud/recording').paths>;
