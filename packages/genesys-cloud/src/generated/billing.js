// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/billing/openapi.yaml (sha256 083764fca6b8da40)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area billing` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Billing (8 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const billing = billingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function billingApi(client) {
  registerOperationPolicies(client, 'billing', () => import('./permissions/billing.js'));
  return client;
}
