// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/general-data-protection-regulation/openapi.yaml (sha256 1cc270ab8126d698)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area general-data-protection-regulation` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * General Data Protection Regulation (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const generalDataProtectionRegulation = generalDataProtectionRegulationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function generalDataProtectionRegulationApi(client) {
  registerOperationPolicies(client, 'general-data-protection-regulation', () => import('./permissions/general-data-protection-regulation.js'));
  return client;
}
