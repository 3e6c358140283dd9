// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/alerting/openapi.yaml (sha256 17d3ced7fc7226ff)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud alerting: 15 operations; typed overrides from its `paths`. */
export declare const alerting: MockOperationTable<import('@ccaas/genesys-cloud/alerting').paths>;
