// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/mobile-devices/openapi.yaml (sha256 9367f3aeba96a4dc)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud mobile-devices: 5 operations; typed overrides from its `paths`. */
export declare const mobileDevices: MockOperationTable<import('@ccaas/genesys-cloud/mobile-devices').paths>;
