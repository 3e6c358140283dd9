// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/languages/openapi.yaml (sha256 8e1cc63b3656b079)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud languages: 8 operations; typed overrides from its `paths`. */
export declare const languages: MockOperationTable<import('@ccaas/genesys-cloud/languages').paths>;
