// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/telephony-providers-edge/openapi.yaml (sha256 6e6546e527949eac)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud telephony-providers-edge: 129 operations; typed overrides from its `paths`. */
export declare const telephonyProvidersEdge: MockOperationTable<import('@ccaas/genesys-cloud/telephony-providers-edge').paths>;
