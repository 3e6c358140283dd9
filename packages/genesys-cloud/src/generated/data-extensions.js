// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/data-extensions/openapi.yaml (sha256 5ec2f22781e55e08)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area data-extensions` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Data Extensions (3 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const dataExtensions = dataExtensionsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function dataExtensionsApi(client) {
  registerOperationPolicies(client, 'data-extensions', () => import('./permissions/data-extensions.js'));
  return client;
}
