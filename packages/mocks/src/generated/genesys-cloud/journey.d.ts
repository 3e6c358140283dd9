// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/journey/openapi.yaml (sha256 1e7ece6a06d7eca7)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud journey: 95 operations; typed overrides from its `paths`. */
export declare const journey: MockOperationTable<import('@ccaas/genesys-cloud/journey').paths>;
