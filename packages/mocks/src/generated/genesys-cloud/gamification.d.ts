// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/gamification/openapi.yaml (sha256 bd4b4831114432ee)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud gamification: 78 operations; typed overrides from its `paths`. */
export declare const gamification: MockOperationTable<import('@ccaas/genesys-cloud/gamification').paths>;
