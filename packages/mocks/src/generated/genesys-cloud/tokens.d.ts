// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/tokens/openapi.yaml (sha256 83949eeaff55334b)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud tokens: 6 operations; typed overrides from its `paths`. */
export declare const tokens: MockOperationTable<import('@ccaas/genesys-cloud/tokens').paths>;
