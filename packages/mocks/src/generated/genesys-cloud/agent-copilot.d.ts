// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/agent-copilot/openapi.yaml (sha256 715042a902d59a12)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud agent-copilot: 3 operations; typed overrides from its `paths`. */
export declare const agentCopilot: MockOperationTable<import('@ccaas/genesys-cloud/agent-copilot').paths>;
