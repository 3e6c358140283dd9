// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/ai-studio/openapi.yaml (sha256 3c0f1ccef1ecd654)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud ai-studio: 28 operations; typed overrides from its `paths`. */
export declare const aiStudio: MockOperationTable<import('@ccaas/genesys-cloud/ai-studio').paths>;
