// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/notifications/openapi.yaml (sha256 a5206a9308bed2ff)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud notifications: 8 operations; typed overrides from its `paths`. */
export declare const notifications: MockOperationTable<import('@ccaas/genesys-cloud/notifications').paths>;
