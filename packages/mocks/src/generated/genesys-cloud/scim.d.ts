// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/scim/openapi.yaml (sha256 74d8a14ba3fd4f75)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud scim: 30 operations; typed overrides from its `paths`. */
export declare const scim: MockOperationTable<import('@ccaas/genesys-cloud/scim').paths>;
