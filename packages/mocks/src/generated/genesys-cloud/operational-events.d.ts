// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/operational-events/openapi.yaml (sha256 429610362967eef4)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud operational-events: 4 operations; typed overrides from its `paths`. */
export declare const operationalEvents: MockOperationTable<import('@ccaas/genesys-cloud/operational-events').paths>;
