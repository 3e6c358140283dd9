// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/web-deployments/openapi.yaml (sha256 7a2e561ff5ff7023)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area web-deployments` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/webdeployments/configurations/{configurationId}": "ALL webDeployments:configuration:delete",
  "DELETE /api/v2/webdeployments/deployments/{deploymentId}": "ALL webDeployments:deployment:delete",
  "GET /api/v2/webdeployments/configurations": "ALL webDeployments:configuration:view",
  "GET /api/v2/webdeployments/configurations/{configurationId}/versions": "ALL webDeployments:configuration:view",
  "GET /api/v2/webdeployments/configurations/{configurationId}/versions/draft": "ALL webDeployments:configuration:view",
  "GET /api/v2/webdeployments/configurations/{configurationId}/versions/{versionId}": "ALL webDeployments:configuration:view",
  "GET /api/v2/webdeployments/deployments": "ALL webDeployments:deployment:view",
  "GET /api/v2/webdeployments/deployments/{deploymentId}": "ALL webDeployments:deployment:view",
  "GET /api/v2/webdeployments/deployments/{deploymentId}/identityresolution": "ALL webDeployments:deployment:view webDeployments:identityResolution:view",
  "POST /api/v2/webdeployments/configurations": "ALL webDeployments:configuration:add",
  "POST /api/v2/webdeployments/configurations/{configurationId}/versions/draft/publish": "ALL webDeployments:configuration:edit webDeployments:configuration:add",
  "POST /api/v2/webdeployments/deployments": "ALL webDeployments:deployment:add",
  "PUT /api/v2/webdeployments/configurations/{configurationId}/versions/draft": "ALL webDeployments:configuration:edit",
  "PUT /api/v2/webdeployments/deployments/{deploymentId}": "ALL webDeployments:deployment:edit",
  "PUT /api/v2/webdeployments/deployments/{deploymentId}/identityresolution": "ALL webDeployments:deployment:edit webDeployments:identityResolution:edit",
};
