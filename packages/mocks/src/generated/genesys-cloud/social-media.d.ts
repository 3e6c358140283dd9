// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/social-media/openapi.yaml (sha256 840b3c3dd7efd8f4)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud social-media: 57 operations; typed overrides from its `paths`. */
export declare const socialMedia: MockOperationTable<import('@ccaas/genesys-cloud/social-media').paths>;
