// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/gamification/openapi.yaml (sha256 bd4b4831114432ee)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area gamification` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import { registerOperationPolicies } from '../operation-policies.js';

/** Permissions each operation of the area requires (the vendor's `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */
export const operationPermissions = {
  "DELETE /api/v2/employeeperformance/externalmetrics/definitions/{metricId}": "ANY employeePerformance:externalMetricDefinition:delete",
  "DELETE /api/v2/gamification/contests/{contestId}": "ANY gamification:contest:delete gamification:contest:deleteAll",
  "GET /api/v2/employeeperformance/externalmetrics/definitions": "ANY employeePerformance:externalMetricDefinition:view",
  "GET /api/v2/employeeperformance/externalmetrics/definitions/{metricId}": "ANY employeePerformance:externalMetricDefinition:view",
  "GET /api/v2/gamification/contests": "ANY gamification:contest:viewAll",
  "GET /api/v2/gamification/contests/me": "ALL gamification:contest:view",
  "GET /api/v2/gamification/contests/{contestId}": "ANY gamification:contest:view",
  "GET /api/v2/gamification/contests/{contestId}/agents/scores": "ANY gamification:contest:viewAll",
  "GET /api/v2/gamification/contests/{contestId}/agents/scores/me": "ALL gamification:contest:view",
  "GET /api/v2/gamification/contests/{contestId}/agents/scores/trends": "ANY gamification:contest:view",
  "GET /api/v2/gamification/contests/{contestId}/agents/scores/trends/me": "ANY gamification:contest:view",
  "GET /api/v2/gamification/contests/{contestId}/prizeimages/{prizeImageId}": "ANY gamification:contest:view gamification:contest:viewAll",
  "GET /api/v2/gamification/insights": "ANY gamification:insights:viewAll",
  "GET /api/v2/gamification/insights/details": "ANY gamification:insights:view",
  "GET /api/v2/gamification/insights/groups/trends": "ANY gamification:insights:view",
  "GET /api/v2/gamification/insights/groups/trends/all": "ANY gamification:insights:viewAll",
  "GET /api/v2/gamification/insights/managers": "ANY gamification:insights:viewAll",
  "GET /api/v2/gamification/insights/members": "ANY gamification:insights:viewAll",
  "GET /api/v2/gamification/insights/rankings": "ANY gamification:insights:viewAll",
  "GET /api/v2/gamification/insights/trends": "ANY gamification:insights:view",
  "GET /api/v2/gamification/insights/users/{userId}/details": "ANY gamification:insights:viewAll",
  "GET /api/v2/gamification/insights/users/{userId}/trends": "ANY gamification:insights:viewAll",
  "GET /api/v2/gamification/leaderboard": "ANY gamification:leaderboard:view",
  "GET /api/v2/gamification/leaderboard/all": "ANY gamification:leaderboard:viewAll",
  "GET /api/v2/gamification/leaderboard/all/bestpoints": "ANY gamification:leaderboard:viewAll",
  "GET /api/v2/gamification/leaderboard/bestpoints": "ANY gamification:leaderboard:view",
  "GET /api/v2/gamification/metricdefinitions": "ANY gamification:profile:view",
  "GET /api/v2/gamification/metricdefinitions/{metricDefinitionId}": "ANY gamification:profile:view",
  "GET /api/v2/gamification/profiles": "ANY gamification:profile:view gamification:leaderboard:viewAll gamification:scorecard:viewAll",
  "GET /api/v2/gamification/profiles/users/{userId}": "ANY gamification:profile:view gamification:scorecard:viewAll gamification:leaderboard:viewAll",
  "GET /api/v2/gamification/profiles/{profileId}": "ANY gamification:profile:view gamification:leaderboard:viewAll gamification:scorecard:viewAll",
  "GET /api/v2/gamification/profiles/{profileId}/members": "ANY gamification:profile:view",
  "GET /api/v2/gamification/profiles/{profileId}/metrics": "ANY gamification:profile:view gamification:leaderboard:view gamification:scorecard:view",
  "GET /api/v2/gamification/profiles/{profileId}/metrics/objectivedetails": "ANY gamification:profile:view gamification:leaderboard:view gamification:scorecard:view",
  "GET /api/v2/gamification/profiles/{profileId}/metrics/{metricId}": "ANY gamification:profile:view gamification:leaderboard:view gamification:scorecard:view",
  "GET /api/v2/gamification/scorecards": "ANY gamification:scorecard:view",
  "GET /api/v2/gamification/scorecards/attendance": "ANY gamification:scorecard:view",
  "GET /api/v2/gamification/scorecards/bestpoints": "ANY gamification:scorecard:view",
  "GET /api/v2/gamification/scorecards/points/alltime": "ANY gamification:scorecard:view",
  "GET /api/v2/gamification/scorecards/points/average": "ANY gamification:scorecard:view",
  "GET /api/v2/gamification/scorecards/points/trends": "ANY gamification:scorecard:view",
  "GET /api/v2/gamification/scorecards/profiles/{profileId}/metrics/{metricId}/users/values/trends": "ANY gamification:scorecard:viewAll",
  "GET /api/v2/gamification/scorecards/profiles/{profileId}/metrics/{metricId}/users/{userId}/values/trends": "ANY gamification:scorecard:viewAll",
  "GET /api/v2/gamification/scorecards/profiles/{profileId}/metrics/{metricId}/values/trends": "ANY gamification:scorecard:view",
  "GET /api/v2/gamification/scorecards/users/points/average": "ANY gamification:scorecard:viewAll",
  "GET /api/v2/gamification/scorecards/users/values/average": "ANY gamification:scorecard:viewAll",
  "GET /api/v2/gamification/scorecards/users/values/trends": "ANY gamification:scorecard:viewAll",
  "GET /api/v2/gamification/scorecards/users/{userId}": "ANY gamification:scorecard:viewAll",
  "GET /api/v2/gamification/scorecards/users/{userId}/attendance": "ANY gamification:scorecard:viewAll",
  "GET /api/v2/gamification/scorecards/users/{userId}/bestpoints": "ANY gamification:scorecard:viewAll",
  "GET /api/v2/gamification/scorecards/users/{userId}/points/alltime": "ANY gamification:scorecard:viewAll",
  "GET /api/v2/gamification/scorecards/users/{userId}/points/trends": "ANY gamification:scorecard:viewAll",
  "GET /api/v2/gamification/scorecards/users/{userId}/values/trends": "ANY gamification:scorecard:viewAll",
  "GET /api/v2/gamification/scorecards/values/average": "ANY gamification:scorecard:view",
  "GET /api/v2/gamification/scorecards/values/trends": "ANY gamification:scorecard:view",
  "GET /api/v2/gamification/status": "ANY gamification:profile:view gamification:profile:update gamification:scorecard:view",
  "GET /api/v2/gamification/templates": "ANY gamification:profile:view",
  "GET /api/v2/gamification/templates/{templateId}": "ANY gamification:profile:view",
  "PATCH /api/v2/employeeperformance/externalmetrics/definitions/{metricId}": "ANY employeePerformance:externalMetricDefinition:edit",
  "PATCH /api/v2/gamification/contests/{contestId}": "ANY gamification:contestStatus:edit gamification:contestStatus:editAll",
  "POST /api/v2/employeeperformance/externalmetrics/data": "ANY employeePerformance:externalMetricData:add",
  "POST /api/v2/employeeperformance/externalmetrics/definitions": "ANY employeePerformance:externalMetricDefinition:add",
  "POST /api/v2/gamification/contests": "ANY gamification:contest:add",
  "POST /api/v2/gamification/contests/uploads/prizeimages": "ALL gamification:contestPrizeImage:upload",
  "POST /api/v2/gamification/profiles": "ANY gamification:profile:update",
  "POST /api/v2/gamification/profiles/users/{userId}/query": "ANY gamification:agentProfileMembership:view",
  "POST /api/v2/gamification/profiles/{profileId}/activate": "ANY gamification:profile:update",
  "POST /api/v2/gamification/profiles/{profileId}/deactivate": "ANY gamification:profile:update",
  "POST /api/v2/gamification/profiles/{profileId}/members": "ANY gamification:profile:update",
  "POST /api/v2/gamification/profiles/{profileId}/members/validate": "ANY gamification:profile:update",
  "POST /api/v2/gamification/profiles/{profileId}/metrics": "ALL gamification:profile:update",
  "POST /api/v2/gamification/profiles/{sourceProfileId}/metrics/{sourceMetricId}/link": "ANY gamification:profile:update",
  "PUT /api/v2/gamification/contests/{contestId}": "ANY gamification:contest:edit gamification:contest:editAll",
  "PUT /api/v2/gamification/profiles/{profileId}": "ANY gamification:profile:update",
  "PUT /api/v2/gamification/profiles/{profileId}/metrics/{metricId}": "ALL gamification:profile:update",
  "PUT /api/v2/gamification/status": "ANY gamification:profile:update",
};

/**
 * Gamification (78 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const gamification = gamificationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export function gamificationApi(client) {
  registerOperationPolicies(client, operationPermissions);
  return client;
}
