// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/users/openapi.yaml (sha256 028e40e2073defac)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud users: 130 operations; typed overrides from its `paths`. */
export declare const users: MockOperationTable<import('@ccaas/genesys-cloud/users').paths>;
