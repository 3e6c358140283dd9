// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/web-deployments/openapi.yaml (sha256 7a2e561ff5ff7023)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area web-deployments` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Web Deployments (21 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const webDeployments = webDeploymentsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function webDeploymentsApi(client) {
  registerOperationPolicies(client, 'web-deployments', () => import('./permissions/web-deployments.js'));
  return client;
}
