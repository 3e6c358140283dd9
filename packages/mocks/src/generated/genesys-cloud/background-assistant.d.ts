// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/background-assistant/openapi.yaml (sha256 51be8dad71d6badd)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud background-assistant: 2 operations; typed overrides from its `paths`. */
export declare const backgroundAssistant: MockOperationTable<import('@ccaas/genesys-cloud/background-assistant').paths>;
