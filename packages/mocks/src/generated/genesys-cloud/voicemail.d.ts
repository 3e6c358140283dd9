// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/voicemail/openapi.yaml (sha256 39da19da55e45f85)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud voicemail: 27 operations; typed overrides from its `paths`. */
export declare const voicemail: MockOperationTable<import('@ccaas/genesys-cloud/voicemail').paths>;
