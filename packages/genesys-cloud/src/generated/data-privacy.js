// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/data-privacy/openapi.yaml (sha256 ac84b62a91be3d22)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area data-privacy` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Data Privacy (6 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const dataPrivacy = dataPrivacyApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function dataPrivacyApi(client) {
  registerOperationPolicies(client, 'data-privacy', () => import('./permissions/data-privacy.js'));
  return client;
}
