// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/scripts/openapi.yaml (sha256 5f903450d3ecc207)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud scripts: 15 operations; typed overrides from its `paths`. */
export declare const scripts: MockOperationTable<import('@ccaas/genesys-cloud/scripts').paths>;
