// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/task-management/openapi.yaml (sha256 cf471bf3b3535da2)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area task-management` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * Task Management (76 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const taskManagement = taskManagementApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function taskManagementApi(client) {
  return client;
}
