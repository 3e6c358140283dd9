// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/data-extensions/openapi.yaml (sha256 5ec2f22781e55e08)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud data-extensions: 3 operations; typed overrides from its `paths`. */
export declare const dataExtensions: MockOperationTable<import('@ccaas/genesys-cloud/data-extensions').paths>;
