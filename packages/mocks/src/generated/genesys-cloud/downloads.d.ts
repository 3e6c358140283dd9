// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/downloads/openapi.yaml (sha256 eefb7e16b7d6b5e5)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud downloads: 1 operations; typed overrides from its `paths`. */
export declare const downloads: MockOperationTable<import('@ccaas/genesys-cloud/downloads').paths>;
