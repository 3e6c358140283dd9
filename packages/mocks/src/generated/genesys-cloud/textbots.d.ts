// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/textbots/openapi.yaml (sha256 8c2e488ed7d724dc)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud textbots: 4 operations; typed overrides from its `paths`. */
export declare const textbots: MockOperationTable<import('@ccaas/genesys-cloud/textbots').paths>;
