// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/search/openapi.yaml (sha256 92e828afdfc7bca0)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud search: 26 operations; typed overrides from its `paths`. */
export declare const search: MockOperationTable<import('@ccaas/genesys-cloud/search').paths>;
