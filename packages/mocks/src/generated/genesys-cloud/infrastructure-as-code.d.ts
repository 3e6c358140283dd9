// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/infrastructure-as-code/openapi.yaml (sha256 b476f581c15da853)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud infrastructure-as-code: 5 operations; typed overrides from its `paths`. */
export declare const infrastructureAsCode: MockOperationTable<import('@ccaas/genesys-cloud/infrastructure-as-code').paths>;
