// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/assistant-copilot-variations/openapi.yaml (sha256 d7e7c5947b599323)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud assistant-copilot-variations: 5 operations; typed overrides from its `paths`. */
export declare const assistantCopilotVariations: MockOperationTable<import('@ccaas/genesys-cloud/assistant-copilot-variations').paths>;
