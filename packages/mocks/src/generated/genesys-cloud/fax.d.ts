// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/fax/openapi.yaml (sha256 2a107a89fd704655)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud fax: 9 operations; typed overrides from its `paths`. */
export declare const fax: MockOperationTable<import('@ccaas/genesys-cloud/fax').paths>;
