// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/uploads/openapi.yaml (sha256 0200a805e0ec5315)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud uploads: 11 operations; typed overrides from its `paths`. */
export declare const uploads: MockOperationTable<import('@ccaas/genesys-cloud/uploads').paths>;
