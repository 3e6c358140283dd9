// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/groups/openapi.yaml (sha256 cc21fd5f47f78d73)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud groups: 18 operations; typed overrides from its `paths`. */
export declare const groups: MockOperationTable<import('@ccaas/genesys-cloud/groups').paths>;
