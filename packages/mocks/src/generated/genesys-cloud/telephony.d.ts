// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/telephony/openapi.yaml (sha256 dddbf770f77e2992)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud telephony: 25 operations; typed overrides from its `paths`. */
export declare const telephony: MockOperationTable<import('@ccaas/genesys-cloud/telephony').paths>;
