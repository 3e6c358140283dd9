// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/oauth/openapi.yaml (sha256 03a4a3d04fcf908c)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud oauth: 13 operations; typed overrides from its `paths`. */
export declare const oauth: MockOperationTable<import('@ccaas/genesys-cloud/oauth').paths>;
