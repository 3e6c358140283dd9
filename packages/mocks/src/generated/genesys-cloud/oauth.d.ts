// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/oauth/openapi.yaml (sha256 1b82a61ce07f24a8)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud oauth: 13 operations; typed overrides from its `paths`. */
export declare const oauth: MockOperationTable<import('@ccaas/genesys-cloud/oauth').paths>;
