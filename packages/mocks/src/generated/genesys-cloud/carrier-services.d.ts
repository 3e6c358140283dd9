// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/carrier-services/openapi.yaml (sha256 baed658b49f2a461)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud carrier-services: 2 operations; typed overrides from its `paths`. */
export declare const carrierServices: MockOperationTable<import('@ccaas/genesys-cloud/carrier-services').paths>;
