// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/mobile-devices/openapi.yaml (sha256 9367f3aeba96a4dc)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area mobile-devices` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../permission-tables.js';

/**
 * Mobile Devices (5 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const mobileDevices = mobileDevicesApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function mobileDevicesApi(client) {
  registerOperationPolicies(client, 'mobile-devices', () => import('./permissions/mobile-devices.js'));
  return client;
}
