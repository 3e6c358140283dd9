// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/integrations/openapi.yaml (sha256 a32c2a724ef37241)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud integrations: 91 operations; typed overrides from its `paths`. */
export declare const integrations: MockOperationTable<import('@ccaas/genesys-cloud/integrations').paths>;
