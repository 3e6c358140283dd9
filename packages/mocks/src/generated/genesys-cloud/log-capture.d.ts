// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/log-capture/openapi.yaml (sha256 5f71780ee019dc78)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud log-capture: 7 operations; typed overrides from its `paths`. */
export declare const logCapture: MockOperationTable<import('@ccaas/genesys-cloud/log-capture').paths>;
