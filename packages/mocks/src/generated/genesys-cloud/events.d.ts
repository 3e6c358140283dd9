// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/events/openapi.yaml (sha256 8ebf709a36bcc673)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud events: 4 operations; typed overrides from its `paths`. */
export declare const events: MockOperationTable<import('@ccaas/genesys-cloud/events').paths>;
