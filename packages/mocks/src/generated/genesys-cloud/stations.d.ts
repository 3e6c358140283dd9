// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/stations/openapi.yaml (sha256 318df964c8545eca)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud stations: 3 operations; typed overrides from its `paths`. */
export declare const stations: MockOperationTable<import('@ccaas/genesys-cloud/stations').paths>;
