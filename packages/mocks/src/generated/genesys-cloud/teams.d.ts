// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/teams/openapi.yaml (sha256 d2ed0cd398232428)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud teams: 10 operations; typed overrides from its `paths`. */
export declare const teams: MockOperationTable<import('@ccaas/genesys-cloud/teams').paths>;
