// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/agent-assistants/openapi.yaml (sha256 0c9bde09bb5a5a19)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud agent-assistants: 23 operations; typed overrides from its `paths`. */
export declare const agentAssistants: MockOperationTable<import('@ccaas/genesys-cloud/agent-assistants').paths>;
