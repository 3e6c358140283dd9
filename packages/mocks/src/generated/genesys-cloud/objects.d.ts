// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/objects/openapi.yaml (sha256 eac58d0a4095b3ae)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud objects: 11 operations; typed overrides from its `paths`. */
export declare const objects: MockOperationTable<import('@ccaas/genesys-cloud/objects').paths>;
