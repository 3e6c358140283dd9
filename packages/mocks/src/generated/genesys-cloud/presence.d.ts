// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/presence/openapi.yaml (sha256 c63aae342c3a7ee9)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud presence: 27 operations; typed overrides from its `paths`. */
export declare const presence: MockOperationTable<import('@ccaas/genesys-cloud/presence').paths>;
