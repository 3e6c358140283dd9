// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/data-privacy/openapi.yaml (sha256 ac84b62a91be3d22)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud data-privacy: 6 operations; typed overrides from its `paths`. */
export declare const dataPrivacy: MockOperationTable<import('@ccaas/genesys-cloud/data-privacy').paths>;
