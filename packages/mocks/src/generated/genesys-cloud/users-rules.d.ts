// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/users-rules/openapi.yaml (sha256 fd1c1b3beeabe1ad)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud users-rules: 9 operations; typed overrides from its `paths`. */
export declare const usersRules: MockOperationTable<import('@ccaas/genesys-cloud/users-rules').paths>;
