// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/assistant-copilot-variations/openapi.yaml (sha256 67895e64b25cdf83)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud assistant-copilot-variations: 5 operations; typed overrides from its `paths`. */
export declare const assistantCopilotVariations: MockOperationTable<import('@ccaas/genesys-cloud/assistant-copilot-variations').paths>;
