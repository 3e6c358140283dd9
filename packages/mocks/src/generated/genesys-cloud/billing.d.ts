// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/billing/openapi.yaml (sha256 083764fca6b8da40)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud billing: 8 operations; typed overrides from its `paths`. */
export declare const billing: MockOperationTable<import('@ccaas/genesys-cloud/billing').paths>;
