// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/business-rules/openapi.yaml (sha256 d0cc7a09c78293be)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area business-rules` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Business Rules (46 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const businessRules = businessRulesApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function businessRulesApi(client) {
  registerOperationPolicies(client, 'business-rules', () => import('./permissions/business-rules.js'));
  return client;
}
