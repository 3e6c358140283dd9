// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/locations/openapi.yaml (sha256 ad19bb0f84538473)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud locations: 8 operations; typed overrides from its `paths`. */
export declare const locations: MockOperationTable<import('@ccaas/genesys-cloud/locations').paths>;
