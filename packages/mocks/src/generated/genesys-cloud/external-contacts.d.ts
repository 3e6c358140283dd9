// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/external-contacts/openapi.yaml (sha256 0410668213140871)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud external-contacts: 145 operations; typed overrides from its `paths`. */
export declare const externalContacts: MockOperationTable<import('@ccaas/genesys-cloud/external-contacts').paths>;
