// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/external-contacts/openapi.yaml (sha256 0ffdd168f14c70db)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud external-contacts: 145 operations; typed overrides from its `paths`. */
export declare const externalContacts: MockOperationTable<import('@ccaas/genesys-cloud/external-contacts').paths>;
