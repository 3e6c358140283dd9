// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/messaging/openapi.yaml (sha256 9ec40e7fb8a8f5aa)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud messaging: 13 operations; typed overrides from its `paths`. */
export declare const messaging: MockOperationTable<import('@ccaas/genesys-cloud/messaging').paths>;
