// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/utilities/openapi.yaml (sha256 f4e012f1349eebde)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud utilities: 4 operations; typed overrides from its `paths`. */
export declare const utilities: MockOperationTable<import('@ccaas/genesys-cloud/utilities').paths>;
