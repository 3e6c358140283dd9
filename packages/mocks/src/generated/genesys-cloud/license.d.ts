// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/license/openapi.yaml (sha256 ae5c593120ff2c49)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud license: 10 operations; typed overrides from its `paths`. */
export declare const license: MockOperationTable<import('@ccaas/genesys-cloud/license').paths>;
