// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/routing/openapi.yaml (sha256 149d8c9464a0f52c)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud routing: 175 operations; typed overrides from its `paths`. */
export declare const routing: MockOperationTable<import('@ccaas/genesys-cloud/routing').paths>;
