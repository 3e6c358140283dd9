// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/quality/openapi.yaml (sha256 dfc03371d667b47f)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud quality: 76 operations; typed overrides from its `paths`. */
export declare const quality: MockOperationTable<import('@ccaas/genesys-cloud/quality').paths>;
