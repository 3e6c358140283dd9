// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/flows/openapi.yaml (sha256 845452e8949acdf5)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud flows: 7 operations; typed overrides from its `paths`. */
export declare const flows: MockOperationTable<import('@ccaas/genesys-cloud/flows').paths>;
