// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/suggest/openapi.yaml (sha256 5badef1e30448aae)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud suggest: 4 operations; typed overrides from its `paths`. */
export declare const suggest: MockOperationTable<import('@ccaas/genesys-cloud/suggest').paths>;
