// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/data-extensions/openapi.yaml (sha256 5ec2f22781e55e08)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area data-extensions` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "GET /api/v2/dataextensions/coretypes": "ANY externalContacts:customFields:view",
  "GET /api/v2/dataextensions/coretypes/{coretypeName}": "ANY externalContacts:customFields:view",
  "GET /api/v2/dataextensions/limits": "ANY externalContacts:customFields:view",
};

/**
 * Data Extensions (3 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const dataExtensions = dataExtensionsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function dataExtensionsApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
