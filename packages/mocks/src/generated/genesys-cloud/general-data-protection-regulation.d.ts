// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/general-data-protection-regulation/openapi.yaml (sha256 1cc270ab8126d698)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud general-data-protection-regulation: 4 operations; typed overrides from its `paths`. */
export declare const generalDataProtectionRegulation: MockOperationTable<import('@ccaas/genesys-cloud/general-data-protection-regulation').paths>;
