// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/settings/openapi.yaml (sha256 a705de58b81685c4)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud settings: 14 operations; typed overrides from its `paths`. */
export declare const settings: MockOperationTable<import('@ccaas/genesys-cloud/settings').paths>;
