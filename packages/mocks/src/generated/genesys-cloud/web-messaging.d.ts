// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/web-messaging/openapi.yaml (sha256 892d8c9593cff14f)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud web-messaging: 4 operations; typed overrides from its `paths`. */
export declare const webMessaging: MockOperationTable<import('@ccaas/genesys-cloud/web-messaging').paths>;
