// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/social-media/openapi.yaml (sha256 840b3c3dd7efd8f4)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area social-media` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Social Media (57 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const socialMedia = socialMediaApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function socialMediaApi(client) {
  registerOperationPolicies(client, 'social-media', () => import('./permissions/social-media.js'));
  return client;
}
