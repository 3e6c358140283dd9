// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/outbound/openapi.yaml (sha256 ce8c2e4b333865bf)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud outbound: 177 operations; typed overrides from its `paths`. */
export declare const outbound: MockOperationTable<import('@ccaas/genesys-cloud/outbound').paths>;
