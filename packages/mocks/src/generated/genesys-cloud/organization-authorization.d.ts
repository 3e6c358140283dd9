// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/organization-authorization/openapi.yaml (sha256 6ebdaf5f7eced7c6)
// Produced by `node tools/codegen/generate-mocks.mjs` (tools/codegen/generate-mocks.mjs).
// ---------------------------------------------------------------------------------------------

import type { MockOperationTable } from '../../create-schema-responder.js';

/** genesys-cloud organization-authorization: 48 operations; typed overrides from its `paths`. */
export declare const organizationAuthorization: MockOperationTable<import('@ccaas/genesys-cloud/organization-authorization').paths>;
