// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/process-automation/openapi.yaml (sha256 90a350446e99b422)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area process-automation` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Process Automation (13 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const processAutomation = processAutomationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function processAutomationApi(client) {
  registerOperationPolicies(client, 'process-automation', () => import('./permissions/process-automation.js'));
  return client;
}
