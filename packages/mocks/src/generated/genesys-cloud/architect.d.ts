// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/architect/openapi.yaml (sha256 8ca7ec069d21fee3)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud architect: 151 operations; typed overrides from its `paths`. */
export declare const architect: MockOperationTable<import('@ccaas/genesys-cloud/architect').paths>;
