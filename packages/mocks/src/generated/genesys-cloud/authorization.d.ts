// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/authorization/openapi.yaml (sha256 7b76ea0aa48326ff)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud authorization: 59 operations; typed overrides from its `paths`. */
export declare const authorization: MockOperationTable<import('@ccaas/genesys-cloud/authorization').paths>;
