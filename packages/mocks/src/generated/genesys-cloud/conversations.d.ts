// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/conversations/openapi.yaml (sha256 1bdcd500e6ab6dfe)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud conversations: 313 operations; typed overrides from its `paths`. */
export declare const conversations: MockOperationTable<import('@ccaas/genesys-cloud/conversations').paths>;
