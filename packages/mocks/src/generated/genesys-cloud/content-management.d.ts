// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/content-management/openapi.yaml (sha256 19c31d4030b37042)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud content-management: 36 operations; typed overrides from its `paths`. */
export declare const contentManagement: MockOperationTable<import('@ccaas/genesys-cloud/content-management').paths>;
