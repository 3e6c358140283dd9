// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/dependencies/openapi.yaml (sha256 5b1e257a530989cf)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud dependencies: 3 operations; typed overrides from its `paths`. */
export declare const dependencies: MockOperationTable<import('@ccaas/genesys-cloud/dependencies').paths>;
