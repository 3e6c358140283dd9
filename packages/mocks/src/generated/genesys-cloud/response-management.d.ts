// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/response-management/openapi.yaml (sha256 419792f5f3c8d802)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud response-management: 24 operations; typed overrides from its `paths`. */
export declare const responseManagement: MockOperationTable<import('@ccaas/genesys-cloud/response-management').paths>;
