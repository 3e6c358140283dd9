// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/intents/openapi.yaml (sha256 e4473eb2a6e63e78)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud intents: 17 operations; typed overrides from its `paths`. */
export declare const intents: MockOperationTable<import('@ccaas/genesys-cloud/intents').paths>;
