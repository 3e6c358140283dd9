// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/web-deployments/openapi.yaml (sha256 7a2e561ff5ff7023)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud web-deployments: 21 operations; typed overrides from its `paths`. */
export declare const webDeployments: MockOperationTable<import('@ccaas/genesys-cloud/web-deployments').paths>;
