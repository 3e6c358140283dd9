// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/identity-provider/openapi.yaml (sha256 761270372fbf6567)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud identity-provider: 38 operations; typed overrides from its `paths`. */
export declare const identityProvider: MockOperationTable<import('@ccaas/genesys-cloud/identity-provider').paths>;
