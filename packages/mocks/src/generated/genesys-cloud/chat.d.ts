// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/chat/openapi.yaml (sha256 49633837d89a97f4)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud chat: 34 operations; typed overrides from its `paths`. */
export declare const chat: MockOperationTable<import('@ccaas/genesys-cloud/chat').paths>;
