// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/agent-ui/openapi.yaml (sha256 7810496f7b4b9dbb)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud agent-ui: 4 operations; typed overrides from its `paths`. */
export declare const agentUi: MockOperationTable<import('@ccaas/genesys-cloud/agent-ui').paths>;
