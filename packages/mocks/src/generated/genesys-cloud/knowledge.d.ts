// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/knowledge/openapi.yaml (sha256 d70ed03576f8b356)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud knowledge: 127 operations; typed overrides from its `paths`. */
export declare const knowledge: MockOperationTable<import('@ccaas/genesys-cloud/knowledge').paths>;
