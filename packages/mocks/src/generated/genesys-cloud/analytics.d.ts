// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/analytics/openapi.yaml (sha256 5088af620cea223d)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud analytics: 138 operations; typed overrides from its `paths`. */
export declare const analytics: MockOperationTable<import('@ccaas/genesys-cloud/analytics').paths>;
