// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/organization/openapi.yaml (sha256 a5a846504efb7a86)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud organization: 19 operations; typed overrides from its `paths`. */
export declare const organization: MockOperationTable<import('@ccaas/genesys-cloud/organization').paths>;
