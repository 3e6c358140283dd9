// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/greetings/openapi.yaml (sha256 2bcaf3c2590aa78c)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud greetings: 19 operations; typed overrides from its `paths`. */
export declare const greetings: MockOperationTable<import('@ccaas/genesys-cloud/greetings').paths>;
