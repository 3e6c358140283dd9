// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/geolocation/openapi.yaml (sha256 9c082fa0fbc6fae8)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud geolocation: 4 operations; typed overrides from its `paths`. */
export declare const geolocation: MockOperationTable<import('@ccaas/genesys-cloud/geolocation').paths>;
