// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/virtual-agents/openapi.yaml (sha256 f74b37f8cbba187e)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud virtual-agents: 7 operations; typed overrides from its `paths`. */
export declare const virtualAgents: MockOperationTable<import('@ccaas/genesys-cloud/virtual-agents').paths>;
