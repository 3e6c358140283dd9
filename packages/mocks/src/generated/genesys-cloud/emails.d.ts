// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/emails/openapi.yaml (sha256 1a45907c61394ffd)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud emails: 5 operations; typed overrides from its `paths`. */
export declare const emails: MockOperationTable<import('@ccaas/genesys-cloud/emails').paths>;
