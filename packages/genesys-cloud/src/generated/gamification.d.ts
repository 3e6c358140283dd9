// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/gamification/openapi.yaml (sha256 bd4b4831114432ee)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area gamification` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Gamification (78 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const gamification = gamificationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function gamificationApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/employeeperformance/externalmetrics/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write External Metric Data
         * @permissions ANY: `employeePerformance:externalMetricData:add`
         */
        post: operations["postEmployeeperformanceExternalmetricsData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/employeeperformance/externalmetrics/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of External Metric Definitions of an organization, sorted by name in ascending order
         * @permissions ANY: `employeePerformance:externalMetricDefinition:view`
         */
        get: operations["getEmployeeperformanceExternalmetricsDefinitions"];
        put?: never;
        /**
         * Create External Metric Definition
         * @permissions ANY: `employeePerformance:externalMetricDefinition:add`
         */
        post: operations["postEmployeeperformanceExternalmetricsDefinitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/employeeperformance/externalmetrics/definitions/{metricId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an External Metric Definition
         * @permissions ANY: `employeePerformance:externalMetricDefinition:view`
         */
        get: operations["getEmployeeperformanceExternalmetricsDefinition"];
        put?: never;
        post?: never;
        /**
         * Delete an External Metric Definition
         * @permissions ANY: `employeePerformance:externalMetricDefinition:delete`
         */
        delete: operations["deleteEmployeeperformanceExternalmetricsDefinition"];
        options?: never;
        head?: never;
        /**
         * Update External Metric Definition
         * @permissions ANY: `employeePerformance:externalMetricDefinition:edit`
         */
        patch: operations["patchEmployeeperformanceExternalmetricsDefinition"];
        trace?: never;
    };
    "/api/v2/gamification/contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a List of Contests (Admin)
         * @permissions ANY: `gamification:contest:viewAll`
         */
        get: operations["getGamificationContests"];
        put?: never;
        /**
         * Creates a Contest
         * @permissions ANY: `gamification:contest:add`
         */
        post: operations["postGamificationContests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/contests/{contestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Contest by Id
         * @permissions ANY: `gamification:contest:view`
         */
        get: operations["getGamificationContest"];
        /**
         * Update a Contest by Id
         * @permissions ANY: any one of `gamification:contest:edit`, `gamification:contest:editAll`
         */
        put: operations["putGamificationContest"];
        post?: never;
        /**
         * Delete a Contest by Id
         * @permissions ANY: any one of `gamification:contest:delete`, `gamification:contest:deleteAll`
         */
        delete: operations["deleteGamificationContest"];
        options?: never;
        head?: never;
        /**
         * Finalize a Contest by Id
         * @permissions ANY: any one of `gamification:contestStatus:edit`, `gamification:contestStatus:editAll`
         */
        patch: operations["patchGamificationContest"];
        trace?: never;
    };
    "/api/v2/gamification/contests/{contestId}/agents/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Contest Scores (Admin)
         * @permissions ANY: `gamification:contest:viewAll`
         */
        get: operations["getGamificationContestAgentsScores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/contests/{contestId}/agents/scores/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Contest Scores for the requesting Agent/Supervisor
         * @permissions ALL: `gamification:contest:view`
         */
        get: operations["getGamificationContestAgentsScoresMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/contests/{contestId}/agents/scores/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Contest Score Trend (Average Trend)
         * @permissions ANY: `gamification:contest:view`
         */
        get: operations["getGamificationContestAgentsScoresTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/contests/{contestId}/agents/scores/trends/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Contest Score Trend for the requesting Agent
         * @permissions ANY: `gamification:contest:view`
         */
        get: operations["getGamificationContestAgentsScoresTrendsMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/contests/{contestId}/prizeimages/{prizeImageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Contest Prize Image by Id
         * @permissions ANY: any one of `gamification:contest:view`, `gamification:contest:viewAll`
         */
        get: operations["getGamificationContestPrizeimage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/contests/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a List of Contests (Agent/Supervisor)
         * @permissions ALL: `gamification:contest:view`
         */
        get: operations["getGamificationContestsMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/contests/uploads/prizeimages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generates pre-signed URL to upload a prize image for gamification contests
         * @permissions ALL: `gamification:contestPrizeImage:upload`
         */
        post: operations["postGamificationContestsUploadsPrizeimages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get insights summary
         * @permissions ANY: `gamification:insights:viewAll`
         */
        get: operations["getGamificationInsights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/insights/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get insights details for the current user
         * @permissions ANY: `gamification:insights:view`
         */
        get: operations["getGamificationInsightsDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/insights/groups/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get insights overall trend for the current user
         * @permissions ANY: `gamification:insights:view`
         */
        get: operations["getGamificationInsightsGroupsTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/insights/groups/trends/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get insights overall trend
         * @permissions ANY: `gamification:insights:viewAll`
         */
        get: operations["getGamificationInsightsGroupsTrendsAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/insights/managers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query managers in a profile during a period of time
         * @permissions ANY: `gamification:insights:viewAll`
         */
        get: operations["getGamificationInsightsManagers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/insights/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query users in a profile during a period of time
         * @permissions ANY: `gamification:insights:viewAll`
         */
        get: operations["getGamificationInsightsMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/insights/rankings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get insights rankings
         * @permissions ANY: `gamification:insights:viewAll`
         */
        get: operations["getGamificationInsightsRankings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/insights/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get insights user trend for the current user
         * @permissions ANY: `gamification:insights:view`
         */
        get: operations["getGamificationInsightsTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/insights/users/{userId}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get insights details for the user
         * @permissions ANY: `gamification:insights:viewAll`
         */
        get: operations["getGamificationInsightsUserDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/insights/users/{userId}/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get insights user trend for the user
         * @permissions ANY: `gamification:insights:viewAll`
         */
        get: operations["getGamificationInsightsUserTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Leaderboard of the requesting user's division or performance profile
         * @permissions ANY: `gamification:leaderboard:view`
         */
        get: operations["getGamificationLeaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/leaderboard/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Leaderboard by filter type
         * @permissions ANY: `gamification:leaderboard:viewAll`
         */
        get: operations["getGamificationLeaderboardAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/leaderboard/all/bestpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Best Points by division or performance profile
         * @permissions ANY: `gamification:leaderboard:viewAll`
         */
        get: operations["getGamificationLeaderboardAllBestpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/leaderboard/bestpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Best Points of the requesting user's current performance profile or division
         * @permissions ANY: `gamification:leaderboard:view`
         */
        get: operations["getGamificationLeaderboardBestpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/metricdefinitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All metric definitions
         * @description Retrieves the metric definitions and their corresponding default objectives used to create a gamified metric
         * @permissions ANY: `gamification:profile:view`
         */
        get: operations["getGamificationMetricdefinitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/metricdefinitions/{metricDefinitionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metric definition by id
         * @permissions ANY: `gamification:profile:view`
         */
        get: operations["getGamificationMetricdefinition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All performance profiles
         * @permissions ANY: any one of `gamification:profile:view`, `gamification:leaderboard:viewAll`, `gamification:scorecard:viewAll`
         */
        get: operations["getGamificationProfiles"];
        put?: never;
        /**
         * Create a new custom performance profile
         * @permissions ANY: `gamification:profile:update`
         */
        post: operations["postGamificationProfiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/profiles/{profileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Performance profile by id
         * @permissions ANY: any one of `gamification:profile:view`, `gamification:leaderboard:viewAll`, `gamification:scorecard:viewAll`
         */
        get: operations["getGamificationProfile"];
        /**
         * Updates a performance profile
         * @permissions ANY: `gamification:profile:update`
         */
        put: operations["putGamificationProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/profiles/{profileId}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a performance profile
         * @permissions ANY: `gamification:profile:update`
         */
        post: operations["postGamificationProfileActivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/profiles/{profileId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a performance profile
         * @permissions ANY: `gamification:profile:update`
         */
        post: operations["postGamificationProfileDeactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/profiles/{profileId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members of a given performance profile
         * @permissions ANY: `gamification:profile:view`
         */
        get: operations["getGamificationProfileMembers"];
        put?: never;
        /**
         * Assign members to a given performance profile
         * @permissions ANY: `gamification:profile:update`
         */
        post: operations["postGamificationProfileMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/profiles/{profileId}/members/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate member assignment
         * @permissions ANY: `gamification:profile:update`
         */
        post: operations["postGamificationProfileMembersValidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/profiles/{profileId}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All gamified metrics for a given performance profile
         * @permissions ANY: any one of `gamification:profile:view`, `gamification:leaderboard:view`, `gamification:scorecard:view`
         */
        get: operations["getGamificationProfileMetrics"];
        put?: never;
        /**
         * Creates a gamified metric with a given metric definition and metric objective under in a performance profile
         * @permissions ALL: `gamification:profile:update`
         */
        post: operations["postGamificationProfileMetrics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/profiles/{profileId}/metrics/{metricId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Performance profile gamified metric by id
         * @permissions ANY: any one of `gamification:profile:view`, `gamification:leaderboard:view`, `gamification:scorecard:view`
         */
        get: operations["getGamificationProfileMetric"];
        /**
         * Updates a metric in performance profile
         * @permissions ALL: `gamification:profile:update`
         */
        put: operations["putGamificationProfileMetric"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/profiles/{profileId}/metrics/objectivedetails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All metrics for a given performance profile with objective details such as order and maxPoints
         * @permissions ANY: any one of `gamification:profile:view`, `gamification:leaderboard:view`, `gamification:scorecard:view`
         */
        get: operations["getGamificationProfileMetricsObjectivedetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/profiles/{sourceProfileId}/metrics/{sourceMetricId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a linked metric
         * @permissions ANY: `gamification:profile:update`
         */
        post: operations["postGamificationProfileMetricLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/profiles/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Performance profile of a user
         * @permissions ANY: any one of `gamification:profile:view`, `gamification:scorecard:viewAll`, `gamification:leaderboard:viewAll`
         */
        get: operations["getGamificationProfilesUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/profiles/users/{userId}/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query performance profiles in date range for a user
         * @permissions ANY: `gamification:agentProfileMembership:view`
         */
        post: operations["postGamificationProfilesUserQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/profiles/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Performance profile of the requesting user
         * @permissions none required
         */
        get: operations["getGamificationProfilesUsersMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/profiles/users/me/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query performance profiles in date range for the current user
         * @permissions none required
         */
        post: operations["postGamificationProfilesUsersMeQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Workday performance metrics of the requesting user
         * @permissions ANY: `gamification:scorecard:view`
         */
        get: operations["getGamificationScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Attendance status metrics of the requesting user
         * @permissions ANY: `gamification:scorecard:view`
         */
        get: operations["getGamificationScorecardsAttendance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/bestpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Best points of the requesting user
         * @permissions ANY: `gamification:scorecard:view`
         */
        get: operations["getGamificationScorecardsBestpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/points/alltime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All-time points of the requesting user
         * @permissions ANY: `gamification:scorecard:view`
         */
        get: operations["getGamificationScorecardsPointsAlltime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/points/average": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Average points of the requesting user's division or performance profile
         * @permissions ANY: `gamification:scorecard:view`
         */
        get: operations["getGamificationScorecardsPointsAverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/points/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Points trends of the requesting user
         * @permissions ANY: `gamification:scorecard:view`
         */
        get: operations["getGamificationScorecardsPointsTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/profiles/{profileId}/metrics/{metricId}/users/{userId}/values/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Average performance values trends by metric of a user
         * @permissions ANY: `gamification:scorecard:viewAll`
         */
        get: operations["getGamificationScorecardsProfileMetricUserValuesTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/profiles/{profileId}/metrics/{metricId}/users/values/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Average performance values trends by metric of a division or a performance profile
         * @permissions ANY: `gamification:scorecard:viewAll`
         */
        get: operations["getGamificationScorecardsProfileMetricUsersValuesTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/profiles/{profileId}/metrics/{metricId}/values/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Average performance values trends by metric of the requesting user
         * @permissions ANY: `gamification:scorecard:view`
         */
        get: operations["getGamificationScorecardsProfileMetricValuesTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Workday performance metrics for a user
         * @permissions ANY: `gamification:scorecard:viewAll`
         */
        get: operations["getGamificationScorecardsUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/users/{userId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Attendance status metrics for a user
         * @permissions ANY: `gamification:scorecard:viewAll`
         */
        get: operations["getGamificationScorecardsUserAttendance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/users/{userId}/bestpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Best points of a user
         * @permissions ANY: `gamification:scorecard:viewAll`
         */
        get: operations["getGamificationScorecardsUserBestpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/users/{userId}/points/alltime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All-time points for a user
         * @permissions ANY: `gamification:scorecard:viewAll`
         */
        get: operations["getGamificationScorecardsUserPointsAlltime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/users/{userId}/points/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Points trend for a user
         * @permissions ANY: `gamification:scorecard:viewAll`
         */
        get: operations["getGamificationScorecardsUserPointsTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/users/{userId}/values/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Values trends of a user
         * @permissions ANY: `gamification:scorecard:viewAll`
         */
        get: operations["getGamificationScorecardsUserValuesTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/users/points/average": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Workday average points by target group
         * @permissions ANY: `gamification:scorecard:viewAll`
         */
        get: operations["getGamificationScorecardsUsersPointsAverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/users/values/average": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Workday average values by target group
         * @permissions ANY: `gamification:scorecard:viewAll`
         */
        get: operations["getGamificationScorecardsUsersValuesAverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/users/values/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Values trend by target group
         * @permissions ANY: `gamification:scorecard:viewAll`
         */
        get: operations["getGamificationScorecardsUsersValuesTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/values/average": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Average values of the requesting user's division or performance profile
         * @permissions ANY: `gamification:scorecard:view`
         */
        get: operations["getGamificationScorecardsValuesAverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/scorecards/values/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Values trends of the requesting user or group
         * @permissions ANY: `gamification:scorecard:view`
         */
        get: operations["getGamificationScorecardsValuesTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gamification activation status
         * @permissions ANY: any one of `gamification:profile:view`, `gamification:profile:update`, `gamification:scorecard:view`
         */
        get: operations["getGamificationStatus"];
        /**
         * Update gamification activation status
         * @permissions ANY: `gamification:profile:update`
         */
        put: operations["putGamificationStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All objective templates
         * @permissions ANY: `gamification:profile:view`
         */
        get: operations["getGamificationTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/gamification/templates/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Objective template by id
         * @permissions ANY: `gamification:profile:view`
         */
        get: operations["getGamificationTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        AllTimePoints: {
            allTimePoints?: number;
            dateEndWorkday?: string;
            user?: components["schemas"]["UserReference"];
        };
        Assignment: {
            assignedMembers?: components["schemas"]["UserReference"][];
            assignmentErrors?: components["schemas"]["AssignmentError"][];
            removedMembers?: components["schemas"]["UserReference"][];
        };
        AssignmentError: {
            message?: string;
            user?: components["schemas"]["UserReference"];
        };
        AssignmentValidation: {
            invalidMemberAssignments?: components["schemas"]["InvalidAssignment"][];
            membersAlreadyAssigned?: components["schemas"]["UserReference"][];
            membersAlreadyAssignedToOther?: components["schemas"]["OtherProfileAssignment"][];
            membersNotAssigned?: components["schemas"]["UserReference"][];
        };
        AssignUsers: {
            membersToAssign: string[];
            membersToRemove: string[];
        };
        AttendanceStatus: {
            attendanceStatusType?: string;
            dateWorkday?: string;
            hasEvaluation?: string;
        };
        AttendanceStatusListing: {
            entities?: components["schemas"]["AttendanceStatus"][];
        };
        ContestDisqualifiedAgents: {
            id?: string;
            note?: string;
            selfUri?: string;
        };
        ContestMetrics: {
            id: string;
            minimumQualifier: number;
            name?: string;
            selfUri?: string;
            weight: number;
        };
        ContestMetricScore: {
            metric?: components["schemas"]["AddressableEntityRef"];
            percentOfGoal?: number;
            score?: number;
            totalPoints?: number;
        };
        ContestMetricScoreRanked: {
            metric?: components["schemas"]["AddressableEntityRef"];
            percentOfGoal?: number;
            rank?: number;
            score?: number;
            totalPoints?: number;
        };
        ContestPrizes: {
            description: string;
            imageId: string;
            imageUrl?: string;
            name: string;
            tier: number;
            winnersCount: number;
        };
        ContestProfile: {
            id: string;
            name?: string;
            selfUri?: string;
        };
        ContestRequesingParticipantDailyInfo: {
            contestScore?: components["schemas"]["ContestScoreRanked"];
            dateWorkday?: string;
        };
        ContestScore: {
            percentOfGoal?: number;
            score?: number;
            totalPoints?: number;
        };
        ContestScoreRanked: {
            percentOfGoal?: number;
            rank?: number;
            score?: number;
            tier?: number;
            totalPoints?: number;
        };
        ContestScoresAgents: {
            contestScore?: components["schemas"]["ContestScoreRanked"];
            disqualified?: boolean;
            metricScores?: components["schemas"]["ContestMetricScoreRanked"][];
            user?: components["schemas"]["UserReference"];
        };
        ContestScoresAgentsPagedList: {
            dateWorkday?: string;
            entities?: components["schemas"]["ContestScoresAgents"][];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            total?: number;
        };
        ContestScoresAgentTrend: {
            contestScore?: components["schemas"]["ContestScoreRanked"];
            dateWorkday?: string;
            disqualified?: boolean;
            metricScores?: components["schemas"]["ContestMetricScoreRanked"][];
        };
        ContestScoresAgentTrendList: {
            entities?: components["schemas"]["ContestScoresAgentTrend"][];
            user?: components["schemas"]["UserReference"];
        };
        ContestScoresGroupTrend: {
            contestScore?: components["schemas"]["ContestScore"];
            dateWorkday?: string;
            metricScores?: components["schemas"]["ContestMetricScore"][];
        };
        ContestScoresGroupTrendList: {
            entities?: components["schemas"]["ContestScoresGroupTrend"][];
        };
        ContestsCreateRequest: {
            announcementTimezone: string;
            anonymization: string;
            dateAnnounced: string;
            dateEnd: string;
            dateStart: string;
            description: string;
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            metrics: components["schemas"]["ContestMetrics"][];
            participantIds: string[];
            prizes: components["schemas"]["ContestPrizes"][];
            profileId: string;
            selfUri?: string;
            title: string;
            winningCriteria: string;
        };
        ContestsEssentials: {
            dateAnnounced: string;
            dateCancelled?: string;
            dateEnd: string;
            dateFinalized?: string;
            dateModified?: string;
            dateScoresModified?: string;
            dateStart: string;
            id?: string;
            metrics: components["schemas"]["ContestMetrics"][];
            participantCount?: number;
            profile?: components["schemas"]["ContestProfile"];
            requestingParticipantContestInfo?: components["schemas"]["ContestRequesingParticipantDailyInfo"];
            selfUri?: string;
            status?: string;
            title: string;
        };
        ContestsFinalizeRequest: {
            disqualifiedAgents?: components["schemas"]["ContestDisqualifiedAgents"][];
            status: string;
            winners?: components["schemas"]["ContestWinnersRequest"][];
        };
        ContestsResponse: {
            announcementTimezone: string;
            anonymization: string;
            createdBy?: components["schemas"]["UserReference"];
            dateAnnounced: string;
            dateCancelled?: string;
            dateEnd: string;
            dateFinalized?: string;
            dateModified?: string;
            dateScoresModified?: string;
            dateStart: string;
            description: string;
            disqualifiedAgents?: components["schemas"]["ContestDisqualifiedAgents"][];
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            metrics: components["schemas"]["ContestMetrics"][];
            participantCount?: number;
            participants?: components["schemas"]["UserReference"][];
            prizes: components["schemas"]["ContestPrizes"][];
            profile?: components["schemas"]["ContestProfile"];
            selfUri?: string;
            status?: string;
            title: string;
            version?: number;
            winners?: components["schemas"]["ContestWinners"][];
            winningCriteria: string;
        };
        ContestUserRank: {
            id?: string;
            rank?: number;
            score?: number;
            selfUri?: string;
        };
        ContestWinners: {
            tier?: number;
            users?: components["schemas"]["ContestUserRank"][];
            winnersCount?: number;
        };
        ContestWinnersRequest: {
            tier?: number;
            userIds?: string[];
        };
        CreateMetric: {
            externalMetricDefinitionId?: string;
            metricDefinitionId?: string;
            name: string;
            objective?: components["schemas"]["CreateObjective"];
            performanceProfileId?: string;
            precision?: number;
            timeDisplayUnit?: string;
        };
        CreateObjective: {
            dateStart?: string;
            enabled?: boolean;
            evaluationFormContextIds?: string[];
            id?: string;
            initialDirection?: string;
            mediaTypes?: string[];
            queueIds?: string[];
            templateId?: string;
            topicIds?: string[];
            topicIdsFilterType?: string;
            zones?: components["schemas"]["ObjectiveZone"][];
        };
        CreatePerformanceProfile: {
            active: boolean;
            dateCreated?: string;
            description: string;
            division: components["schemas"]["WritableDivision"];
            id?: string;
            maxLeaderboardRankSize: number;
            memberCount?: number;
            metricOrders?: string[];
            name: string;
            reportingIntervals: components["schemas"]["ReportingInterval"][];
            selfUri?: string;
        };
        DefaultObjective: {
            enabled?: boolean;
            evaluationFormContextIds?: string[];
            id?: string;
            initialDirection?: string;
            mediaTypes?: string[];
            queues?: components["schemas"]["AddressableEntityRef"][];
            templateId?: string;
            topicIdsFilterType?: string;
            topics?: components["schemas"]["AddressableEntityRef"][];
            zones?: components["schemas"]["ObjectiveZone"][];
        };
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
        };
        Division: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        DivisionReference: {
            id?: string;
            selfUri?: string;
        };
        DomainEntityRef: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        ErrorBody: {
            code?: string;
            contextId?: string;
            details?: components["schemas"]["Detail"][];
            entityId?: string;
            entityName?: string;
            errors?: components["schemas"]["ErrorBody"][];
            limit?: components["schemas"]["Limit"];
            message?: string;
            messageParams?: {
                [key: string]: string;
            };
            messageWithParams?: string;
            /** Format: int32 */
            status?: number;
        };
        ExternalMetricDataItem: {
            count?: number;
            dateOccurred: string;
            metricId: string;
            type?: string;
            userEmail?: string;
            userId?: string;
            value: number;
        };
        ExternalMetricDataProcessedItem: {
            count?: number;
            dateOccurred: string;
            metricId: string;
            totalCount?: number;
            totalValue?: number;
            type?: string;
            userEmail?: string;
            userId?: string;
            value: number;
        };
        ExternalMetricDataUnprocessedItem: {
            code?: string;
            count?: number;
            dateOccurred: string;
            message?: string;
            metricId: string;
            type?: string;
            userEmail?: string;
            userId?: string;
            value: number;
        };
        ExternalMetricDataWriteRequest: {
            items: components["schemas"]["ExternalMetricDataItem"][];
        };
        ExternalMetricDataWriteResponse: {
            processedEntities?: components["schemas"]["ExternalMetricDataProcessedItem"][];
            unprocessedEntities?: components["schemas"]["ExternalMetricDataUnprocessedItem"][];
        };
        ExternalMetricDefinition: {
            dateLastRefreshed?: string;
            defaultObjectiveType?: string;
            enabled?: boolean;
            id?: string;
            inUse?: boolean;
            name?: string;
            precision?: number;
            retentionMonths?: number;
            selfUri?: string;
            unit?: string;
            unitDefinition?: string;
        };
        ExternalMetricDefinitionCreateRequest: {
            defaultObjectiveType: string;
            enabled: boolean;
            name: string;
            precision: number;
            unit: string;
            unitDefinition?: string;
        };
        ExternalMetricDefinitionListing: {
            entities?: components["schemas"]["ExternalMetricDefinition"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
        };
        ExternalMetricDefinitionUpdateRequest: {
            defaultObjectiveType?: string;
            enabled?: boolean;
            name?: string;
            precision?: number;
        };
        GamificationContestPrizeImageUploadUrlRequest: {
            contentLength: number;
            contentMd5?: string;
            contentType: string;
            fileName?: string;
            serverSideEncryption?: string;
            signedUrlTimeoutSeconds?: number;
        };
        GamificationStatus: {
            automaticUserAssignment?: boolean;
            dateStart?: string;
            dateStartPersonalBest?: string;
            isActive?: boolean;
        };
        GetContestsEssentialsListing: {
            entities?: components["schemas"]["ContestsEssentials"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
        };
        GetMetricDefinitionsResponse: {
            entities?: components["schemas"]["MetricDefinition"][];
            selfUri?: string;
            total?: number;
        };
        GetMetricResponse: {
            entities?: components["schemas"]["Metric"][];
            selfUri?: string;
            total?: number;
        };
        GetMetricsResponse: {
            entities?: components["schemas"]["Metrics"][];
            selfUri?: string;
            total?: number;
        };
        GetProfilesResponse: {
            entities?: components["schemas"]["PerformanceProfile"][];
            selfUri?: string;
            total?: number;
        };
        GetTemplatesResponse: {
            entities?: components["schemas"]["ObjectiveTemplate"][];
            selfUri?: string;
            total?: number;
        };
        InsightsAgentItem: {
            id?: string;
            manager?: components["schemas"]["DomainEntityRef"];
            name?: string;
            selfUri?: string;
        };
        InsightsAgents: {
            dateEndWorkday?: string;
            dateStartWorkday?: string;
            division?: components["schemas"]["DivisionReference"];
            entities?: components["schemas"]["InsightsAgentItem"][];
            granularity?: string;
            performanceProfile?: components["schemas"]["AddressableEntityRef"];
        };
        InsightsDetails: {
            comparativePeriod?: components["schemas"]["WorkdayPeriod"];
            division?: components["schemas"]["DivisionReference"];
            granularity?: string;
            metricData?: components["schemas"]["InsightsDetailsMetricItem"][];
            overallData?: components["schemas"]["InsightsDetailsOverallItem"];
            performanceProfile?: components["schemas"]["AddressableEntityRef"];
            primaryPeriod?: components["schemas"]["WorkdayPeriod"];
            user?: components["schemas"]["UserReference"];
        };
        InsightsDetailsMetricItem: {
            comparativePeriod?: components["schemas"]["InsightsDetailsMetricPeriodPoints"];
            metric?: components["schemas"]["AddressableEntityRef"];
            percentOfGoalChange?: number;
            primaryPeriod?: components["schemas"]["InsightsDetailsMetricPeriodPoints"];
            valueChange?: number;
        };
        InsightsDetailsMetricPeriodPoints: {
            dataPointCount?: number;
            maxPoints?: number;
            percentOfGoal?: number;
            points?: number;
            rankPercentagePoints?: number;
            rankTotalPoints?: number;
            value?: number;
        };
        InsightsDetailsOverallItem: {
            comparativePeriod?: components["schemas"]["InsightsDetailsOverallPeriodPoints"];
            percentOfGoalChange?: number;
            primaryPeriod?: components["schemas"]["InsightsDetailsOverallPeriodPoints"];
        };
        InsightsDetailsOverallPeriodPoints: {
            dataPointCount?: number;
            maxPoints?: number;
            percentOfGoal?: number;
            points?: number;
            rankPercentagePoints?: number;
            rankTotalPoints?: number;
        };
        InsightsRankings: {
            comparativePeriod?: components["schemas"]["WorkdayPeriod"];
            division?: components["schemas"]["DivisionReference"];
            granularity?: string;
            leaders?: components["schemas"]["InsightsSummaryUserItem"][];
            performanceProfile?: components["schemas"]["AddressableEntityRef"];
            primaryPeriod?: components["schemas"]["WorkdayPeriod"];
            trailers?: components["schemas"]["InsightsSummaryUserItem"][];
        };
        InsightsSummary: {
            comparativePeriod?: components["schemas"]["WorkdayPeriod"];
            division?: components["schemas"]["DivisionReference"];
            entities?: components["schemas"]["InsightsSummaryUserItem"][];
            granularity?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            performanceProfile?: components["schemas"]["AddressableEntityRef"];
            primaryPeriod?: components["schemas"]["WorkdayPeriod"];
            total?: number;
        };
        InsightsSummaryMetricItem: {
            comparativePeriod?: components["schemas"]["InsightsSummaryMetricPeriodPoints"];
            metric?: components["schemas"]["AddressableEntityRef"];
            percentOfGoalChange?: number;
            primaryPeriod?: components["schemas"]["InsightsSummaryMetricPeriodPoints"];
            valueChange?: number;
        };
        InsightsSummaryMetricPeriodPoints: {
            dataPointCount?: number;
            maxPoints?: number;
            percentOfGoal?: number;
            points?: number;
            value?: number;
        };
        InsightsSummaryOverallItem: {
            comparativePeriod?: components["schemas"]["InsightsSummaryOverallPeriodPoints"];
            percentOfGoalChange?: number;
            primaryPeriod?: components["schemas"]["InsightsSummaryOverallPeriodPoints"];
        };
        InsightsSummaryOverallPeriodPoints: {
            dataPointCount?: number;
            maxPoints?: number;
            percentOfGoal?: number;
            points?: number;
        };
        InsightsSummaryUserItem: {
            metricData?: components["schemas"]["InsightsSummaryMetricItem"][];
            overallData?: components["schemas"]["InsightsSummaryOverallItem"];
            ranking?: number;
            user?: components["schemas"]["UserReference"];
        };
        InsightsTrend: {
            comparativePeriod?: components["schemas"]["WorkdayPeriod"];
            division?: components["schemas"]["DivisionReference"];
            entities?: components["schemas"]["InsightsTrendMetricItem"][];
            granularity?: string;
            performanceProfile?: components["schemas"]["AddressableEntityRef"];
            primaryPeriod?: components["schemas"]["WorkdayPeriod"];
            total?: components["schemas"]["InsightsTrendTotalItem"];
        };
        InsightsTrendMetricItem: {
            metric?: components["schemas"]["AddressableEntityRef"];
            trends?: components["schemas"]["InsightsTrends"];
        };
        InsightsTrends: {
            comparativePeriod?: components["schemas"]["TrendData"][];
            primaryPeriod?: components["schemas"]["TrendData"][];
        };
        InsightsTrendTotalItem: {
            trends?: components["schemas"]["InsightsTrends"];
        };
        InvalidAssignment: {
            message?: string;
            user?: components["schemas"]["UserReference"];
        };
        Leaderboard: {
            dateEndWorkday?: string;
            dateStartWorkday?: string;
            division?: components["schemas"]["Division"];
            leaders?: components["schemas"]["LeaderboardItem"][];
            metric?: components["schemas"]["AddressableEntityRef"];
            performanceProfile?: components["schemas"]["AddressableEntityRef"];
            userRank?: components["schemas"]["LeaderboardItem"];
        };
        LeaderboardItem: {
            points?: number;
            rank?: number;
            user?: components["schemas"]["UserReference"];
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        Member: {
            id: string;
            selfUri?: string;
        };
        MemberListing: {
            entities?: components["schemas"]["Member"][];
        };
        Metric: {
            dateCreated?: string;
            dateUnlinked?: string;
            externalMetricDefinitionId?: string;
            id?: string;
            linkedMetric?: components["schemas"]["AddressableEntityRef"];
            metricDefinitionId?: string;
            name: string;
            objective?: components["schemas"]["Objective"];
            performanceProfileId?: string;
            precision?: number;
            selfUri?: string;
            sourcePerformanceProfile?: components["schemas"]["PerformanceProfile"];
            timeDisplayUnit?: string;
        };
        MetricDefinition: {
            defaultObjective?: components["schemas"]["DefaultObjective"];
            dividendMetrics?: string[];
            divisorMetrics?: string[];
            id?: string;
            initialDirectionFilteringAllowed?: boolean;
            lockTemplateId?: string;
            mediaTypeFilteringAllowed?: boolean;
            name?: string;
            queueFilteringAllowed?: boolean;
            selfUri?: string;
            shortName?: string;
            unitType?: string;
        };
        Metrics: {
            dateCreated?: string;
            dateUnlinked?: string;
            enabled?: boolean;
            externalMetricDefinitionId?: string;
            id?: string;
            linkedMetric?: components["schemas"]["AddressableEntityRef"];
            maxPoints?: number;
            metricDefinitionId?: string;
            metricDefinitionName?: string;
            name?: string;
            order?: number;
            performanceProfileId?: string;
            precision?: number;
            selfUri?: string;
            sourcePerformanceProfile?: components["schemas"]["PerformanceProfile"];
            templateName?: string;
            timeDisplayUnit?: string;
            unitDefinition?: string;
            unitType?: string;
        };
        MetricValueTrendAverage: {
            dateEndWorkday?: string;
            dateReferenceWorkday?: string;
            dateStartWorkday?: string;
            division?: components["schemas"]["Division"];
            metric?: components["schemas"]["AddressableEntityRef"];
            performanceProfile?: components["schemas"]["AddressableEntityRef"];
            result?: components["schemas"]["WorkdayValuesMetricItem"];
            timezone?: string;
            user?: components["schemas"]["UserReference"];
        };
        Objective: {
            dateStart?: string;
            enabled?: boolean;
            evaluationFormContextIds?: string[];
            id?: string;
            initialDirection?: string;
            mediaTypes?: string[];
            queues?: components["schemas"]["AddressableEntityRef"][];
            templateId?: string;
            topicIdsFilterType?: string;
            topics?: components["schemas"]["AddressableEntityRef"][];
            zones?: components["schemas"]["ObjectiveZone"][];
        };
        ObjectiveTemplate: {
            id?: string;
            name?: string;
            selfUri?: string;
            zones?: components["schemas"]["ObjectiveZone"][];
        };
        ObjectiveZone: {
            directionType: string;
            label: string;
            lowerLimitPoints: number;
            lowerLimitValue?: number;
            upperLimitPoints: number;
            upperLimitValue?: number;
            zoneType: string;
        };
        OtherProfileAssignment: {
            currentProfile?: components["schemas"]["DomainEntityRef"];
            id?: string;
            selfUri?: string;
        };
        OverallBestPoints: {
            bestPoints?: components["schemas"]["OverallBestPointsItem"][];
            division?: components["schemas"]["Division"];
            performanceProfile?: components["schemas"]["AddressableEntityRef"];
        };
        OverallBestPointsItem: {
            count?: number;
            dateEndWorkday?: string;
            dateStartWorkday?: string;
            granularityType?: string;
            points?: number;
            users?: components["schemas"]["UserReference"][];
        };
        PerformanceProfile: {
            active?: boolean;
            dateCreated?: string;
            description: string;
            division?: components["schemas"]["Division"];
            id?: string;
            maxLeaderboardRankSize?: number;
            memberCount?: number;
            metricOrders: string[];
            name: string;
            reportingIntervals?: components["schemas"]["ReportingInterval"][];
            selfUri?: string;
        };
        PrizeImages: {
            imageUrl?: string;
        };
        ProfileWithDateRange: {
            dateEndWorkday?: string;
            dateStartWorkday?: string;
            division?: components["schemas"]["Division"];
            id?: string;
            name?: string;
            selfUri?: string;
        };
        PunctualityEvent: {
            activityCode?: string;
            activityCodeId?: string;
            activityColor?: string;
            activityName?: string;
            bullseye?: boolean;
            category?: string;
            dateScheduleStart?: string;
            dateStart?: string;
            delta?: number;
            description?: string;
            lengthMinutes?: number;
            points?: number;
        };
        QualityEvaluationScoreItem: {
            conversationDate?: string;
            conversationEndDate?: string;
            conversationId?: string;
            evaluationId?: string;
            evaluationScore?: number;
            formName?: string;
            maxPoints?: number;
            mediaTypes?: string[];
            points?: number;
        };
        ReportingInterval: {
            intervalType: string;
            intervalValue: number;
        };
        SingleWorkdayAveragePoints: {
            averagePoints?: number;
            dateWorkday?: string;
            division?: components["schemas"]["Division"];
            performanceProfile?: components["schemas"]["AddressableEntityRef"];
        };
        SingleWorkdayAverageValues: {
            dateWorkday?: string;
            division?: components["schemas"]["Division"];
            performanceProfile?: components["schemas"]["AddressableEntityRef"];
            results?: components["schemas"]["WorkdayValuesMetricItem"][];
            timezone?: string;
            user?: components["schemas"]["UserReference"];
        };
        TargetPerformanceProfile: {
            targetPerformanceProfileId: string;
        };
        TrendData: {
            averageValue?: number;
            dateEndWorkday?: string;
            dateStartWorkday?: string;
            percentOfGoal?: number;
        };
        UploadUrlResponse: {
            headers?: {
                [key: string]: string;
            };
            uploadKey?: string;
            url?: string;
        };
        UserBestPoints: {
            bestPoints?: components["schemas"]["UserBestPointsItem"][];
            user?: components["schemas"]["UserReference"];
        };
        UserBestPointsItem: {
            dateEndWorkday?: string;
            dateStartWorkday?: string;
            granularityType?: string;
            points?: number;
            rank?: number;
        };
        UserInsightsTrend: {
            comparativePeriod?: components["schemas"]["WorkdayPeriod"];
            division?: components["schemas"]["DivisionReference"];
            entities?: components["schemas"]["UserInsightsTrendMetricItem"][];
            granularity?: string;
            performanceProfile?: components["schemas"]["AddressableEntityRef"];
            primaryPeriod?: components["schemas"]["WorkdayPeriod"];
            total?: components["schemas"]["UserInsightsTrendTotalItem"];
            user?: components["schemas"]["UserReference"];
        };
        UserInsightsTrendMetricItem: {
            metric?: components["schemas"]["AddressableEntityRef"];
            trends?: components["schemas"]["UserInsightsTrends"];
        };
        UserInsightsTrends: {
            comparativePeriod?: components["schemas"]["UserTrendData"][];
            primaryPeriod?: components["schemas"]["UserTrendData"][];
        };
        UserInsightsTrendTotalItem: {
            trends?: components["schemas"]["UserInsightsTrends"];
        };
        UserProfilesInDateRange: {
            dateEndWorkday?: string;
            dateStartWorkday?: string;
            profiles?: components["schemas"]["ProfileWithDateRange"][];
            user?: components["schemas"]["UserReference"];
        };
        UserProfilesInDateRangeRequest: {
            endWorkday: string;
            startWorkday: string;
        };
        UserReference: {
            id?: string;
            selfUri?: string;
        };
        UserTrendData: {
            averageValue?: number;
            dateEndWorkday?: string;
            dateStartWorkday?: string;
            percentOfGoal?: number;
            rankPercentagePoints?: number;
            rankTotalPoints?: number;
        };
        ValidateAssignUsers: {
            membersToAssign: string[];
        };
        WorkdayMetric: {
            businessUnitId?: string;
            evaluationDetails?: components["schemas"]["QualityEvaluationScoreItem"][];
            maxPoints?: number;
            metric?: components["schemas"]["Metric"];
            objective?: components["schemas"]["Objective"];
            points?: number;
            punctualityEvents?: components["schemas"]["PunctualityEvent"][];
            value?: number;
        };
        WorkdayMetricListing: {
            entities?: components["schemas"]["WorkdayMetric"][];
        };
        WorkdayPeriod: {
            dateEndWorkday?: string;
            dateStartWorkday?: string;
        };
        WorkdayPointsTrend: {
            averagePoints?: number;
            dateEndWorkday?: string;
            dateStartWorkday?: string;
            dayOfWeek?: string;
            trend?: components["schemas"]["WorkdayPointsTrendItem"][];
            user?: components["schemas"]["UserReference"];
        };
        WorkdayPointsTrendItem: {
            dateWorkday?: string;
            points?: number;
        };
        WorkdayValuesMetricItem: {
            average?: number;
            metric?: components["schemas"]["AddressableEntityRef"];
            metricDefinition?: components["schemas"]["DomainEntityRef"];
            trend?: components["schemas"]["WorkdayValuesTrendItem"][];
            unitType?: string;
        };
        WorkdayValuesTrend: {
            dateEndWorkday?: string;
            dateReferenceWorkday?: string;
            dateStartWorkday?: string;
            division?: components["schemas"]["Division"];
            metric?: components["schemas"]["AddressableEntityRef"];
            performanceProfile?: components["schemas"]["AddressableEntityRef"];
            results?: components["schemas"]["WorkdayValuesMetricItem"][];
            timezone?: string;
            user?: components["schemas"]["UserReference"];
        };
        WorkdayValuesTrendItem: {
            dateWorkday?: string;
            value?: number;
        };
        WritableDivision: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
    };
    responses: {
        /** @description The request could not be understood by the server due to malformed syntax. */
        400: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No authentication bearer token specified in authorization header. */
        401: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description You are not authorized to perform the requested action. */
        403: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The requested resource was not found. */
        404: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header. */
        415: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Rate limit exceeded the maximum [%s] requests within [%s] seconds */
        429: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The server encountered an unexpected condition which prevented it from fulfilling the request. */
        500: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance). */
        503: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request timed out. */
        504: {
            headers: {
                "ININ-Correlation-Id": components["headers"]["ININ-Correlation-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Correlation id of the request; error bodies repeat it as `contextId`. */
        "ININ-Correlation-Id": string;
    };
    pathItems: never;
}
export type SchemaAddressableEntityRef = components['schemas']['AddressableEntityRef'];
export type SchemaAllTimePoints = components['schemas']['AllTimePoints'];
export type SchemaAssignment = components['schemas']['Assignment'];
export type SchemaAssignmentError = components['schemas']['AssignmentError'];
export type SchemaAssignmentValidation = components['schemas']['AssignmentValidation'];
export type SchemaAssignUsers = components['schemas']['AssignUsers'];
export type SchemaAttendanceStatus = components['schemas']['AttendanceStatus'];
export type SchemaAttendanceStatusListing = components['schemas']['AttendanceStatusListing'];
export type SchemaContestDisqualifiedAgents = components['schemas']['ContestDisqualifiedAgents'];
export type SchemaContestMetrics = components['schemas']['ContestMetrics'];
export type SchemaContestMetricScore = components['schemas']['ContestMetricScore'];
export type SchemaContestMetricScoreRanked = components['schemas']['ContestMetricScoreRanked'];
export type SchemaContestPrizes = components['schemas']['ContestPrizes'];
export type SchemaContestProfile = components['schemas']['ContestProfile'];
export type SchemaContestRequesingParticipantDailyInfo = components['schemas']['ContestRequesingParticipantDailyInfo'];
export type SchemaContestScore = components['schemas']['ContestScore'];
export type SchemaContestScoreRanked = components['schemas']['ContestScoreRanked'];
export type SchemaContestScoresAgents = components['schemas']['ContestScoresAgents'];
export type SchemaContestScoresAgentsPagedList = components['schemas']['ContestScoresAgentsPagedList'];
export type SchemaContestScoresAgentTrend = components['schemas']['ContestScoresAgentTrend'];
export type SchemaContestScoresAgentTrendList = components['schemas']['ContestScoresAgentTrendList'];
export type SchemaContestScoresGroupTrend = components['schemas']['ContestScoresGroupTrend'];
export type SchemaContestScoresGroupTrendList = components['schemas']['ContestScoresGroupTrendList'];
export type SchemaContestsCreateRequest = components['schemas']['ContestsCreateRequest'];
export type SchemaContestsEssentials = components['schemas']['ContestsEssentials'];
export type SchemaContestsFinalizeRequest = components['schemas']['ContestsFinalizeRequest'];
export type SchemaContestsResponse = components['schemas']['ContestsResponse'];
export type SchemaContestUserRank = components['schemas']['ContestUserRank'];
export type SchemaContestWinners = components['schemas']['ContestWinners'];
export type SchemaContestWinnersRequest = components['schemas']['ContestWinnersRequest'];
export type SchemaCreateMetric = components['schemas']['CreateMetric'];
export type SchemaCreateObjective = components['schemas']['CreateObjective'];
export type SchemaCreatePerformanceProfile = components['schemas']['CreatePerformanceProfile'];
export type SchemaDefaultObjective = components['schemas']['DefaultObjective'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDivisionReference = components['schemas']['DivisionReference'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaExternalMetricDataItem = components['schemas']['ExternalMetricDataItem'];
export type SchemaExternalMetricDataProcessedItem = components['schemas']['ExternalMetricDataProcessedItem'];
export type SchemaExternalMetricDataUnprocessedItem = components['schemas']['ExternalMetricDataUnprocessedItem'];
export type SchemaExternalMetricDataWriteRequest = components['schemas']['ExternalMetricDataWriteRequest'];
export type SchemaExternalMetricDataWriteResponse = components['schemas']['ExternalMetricDataWriteResponse'];
export type SchemaExternalMetricDefinition = components['schemas']['ExternalMetricDefinition'];
export type SchemaExternalMetricDefinitionCreateRequest = components['schemas']['ExternalMetricDefinitionCreateRequest'];
export type SchemaExternalMetricDefinitionListing = components['schemas']['ExternalMetricDefinitionListing'];
export type SchemaExternalMetricDefinitionUpdateRequest = components['schemas']['ExternalMetricDefinitionUpdateRequest'];
export type SchemaGamificationContestPrizeImageUploadUrlRequest = components['schemas']['GamificationContestPrizeImageUploadUrlRequest'];
export type SchemaGamificationStatus = components['schemas']['GamificationStatus'];
export type SchemaGetContestsEssentialsListing = components['schemas']['GetContestsEssentialsListing'];
export type SchemaGetMetricDefinitionsResponse = components['schemas']['GetMetricDefinitionsResponse'];
export type SchemaGetMetricResponse = components['schemas']['GetMetricResponse'];
export type SchemaGetMetricsResponse = components['schemas']['GetMetricsResponse'];
export type SchemaGetProfilesResponse = components['schemas']['GetProfilesResponse'];
export type SchemaGetTemplatesResponse = components['schemas']['GetTemplatesResponse'];
export type SchemaInsightsAgentItem = components['schemas']['InsightsAgentItem'];
export type SchemaInsightsAgents = components['schemas']['InsightsAgents'];
export type SchemaInsightsDetails = components['schemas']['InsightsDetails'];
export type SchemaInsightsDetailsMetricItem = components['schemas']['InsightsDetailsMetricItem'];
export type SchemaInsightsDetailsMetricPeriodPoints = components['schemas']['InsightsDetailsMetricPeriodPoints'];
export type SchemaInsightsDetailsOverallItem = components['schemas']['InsightsDetailsOverallItem'];
export type SchemaInsightsDetailsOverallPeriodPoints = components['schemas']['InsightsDetailsOverallPeriodPoints'];
export type SchemaInsightsRankings = components['schemas']['InsightsRankings'];
export type SchemaInsightsSummary = components['schemas']['InsightsSummary'];
export type SchemaInsightsSummaryMetricItem = components['schemas']['InsightsSummaryMetricItem'];
export type SchemaInsightsSummaryMetricPeriodPoints = components['schemas']['InsightsSummaryMetricPeriodPoints'];
export type SchemaInsightsSummaryOverallItem = components['schemas']['InsightsSummaryOverallItem'];
export type SchemaInsightsSummaryOverallPeriodPoints = components['schemas']['InsightsSummaryOverallPeriodPoints'];
export type SchemaInsightsSummaryUserItem = components['schemas']['InsightsSummaryUserItem'];
export type SchemaInsightsTrend = components['schemas']['InsightsTrend'];
export type SchemaInsightsTrendMetricItem = components['schemas']['InsightsTrendMetricItem'];
export type SchemaInsightsTrends = components['schemas']['InsightsTrends'];
export type SchemaInsightsTrendTotalItem = components['schemas']['InsightsTrendTotalItem'];
export type SchemaInvalidAssignment = components['schemas']['InvalidAssignment'];
export type SchemaLeaderboard = components['schemas']['Leaderboard'];
export type SchemaLeaderboardItem = components['schemas']['LeaderboardItem'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaMember = components['schemas']['Member'];
export type SchemaMemberListing = components['schemas']['MemberListing'];
export type SchemaMetric = components['schemas']['Metric'];
export type SchemaMetricDefinition = components['schemas']['MetricDefinition'];
export type SchemaMetrics = components['schemas']['Metrics'];
export type SchemaMetricValueTrendAverage = components['schemas']['MetricValueTrendAverage'];
export type SchemaObjective = components['schemas']['Objective'];
export type SchemaObjectiveTemplate = components['schemas']['ObjectiveTemplate'];
export type SchemaObjectiveZone = components['schemas']['ObjectiveZone'];
export type SchemaOtherProfileAssignment = components['schemas']['OtherProfileAssignment'];
export type SchemaOverallBestPoints = components['schemas']['OverallBestPoints'];
export type SchemaOverallBestPointsItem = components['schemas']['OverallBestPointsItem'];
export type SchemaPerformanceProfile = components['schemas']['PerformanceProfile'];
export type SchemaPrizeImages = components['schemas']['PrizeImages'];
export type SchemaProfileWithDateRange = components['schemas']['ProfileWithDateRange'];
export type SchemaPunctualityEvent = components['schemas']['PunctualityEvent'];
export type SchemaQualityEvaluationScoreItem = components['schemas']['QualityEvaluationScoreItem'];
export type SchemaReportingInterval = components['schemas']['ReportingInterval'];
export type SchemaSingleWorkdayAveragePoints = components['schemas']['SingleWorkdayAveragePoints'];
export type SchemaSingleWorkdayAverageValues = components['schemas']['SingleWorkdayAverageValues'];
export type SchemaTargetPerformanceProfile = components['schemas']['TargetPerformanceProfile'];
export type SchemaTrendData = components['schemas']['TrendData'];
export type SchemaUploadUrlResponse = components['schemas']['UploadUrlResponse'];
export type SchemaUserBestPoints = components['schemas']['UserBestPoints'];
export type SchemaUserBestPointsItem = components['schemas']['UserBestPointsItem'];
export type SchemaUserInsightsTrend = components['schemas']['UserInsightsTrend'];
export type SchemaUserInsightsTrendMetricItem = components['schemas']['UserInsightsTrendMetricItem'];
export type SchemaUserInsightsTrends = components['schemas']['UserInsightsTrends'];
export type SchemaUserInsightsTrendTotalItem = components['schemas']['UserInsightsTrendTotalItem'];
export type SchemaUserProfilesInDateRange = components['schemas']['UserProfilesInDateRange'];
export type SchemaUserProfilesInDateRangeRequest = components['schemas']['UserProfilesInDateRangeRequest'];
export type SchemaUserReference = components['schemas']['UserReference'];
export type SchemaUserTrendData = components['schemas']['UserTrendData'];
export type SchemaValidateAssignUsers = components['schemas']['ValidateAssignUsers'];
export type SchemaWorkdayMetric = components['schemas']['WorkdayMetric'];
export type SchemaWorkdayMetricListing = components['schemas']['WorkdayMetricListing'];
export type SchemaWorkdayPeriod = components['schemas']['WorkdayPeriod'];
export type SchemaWorkdayPointsTrend = components['schemas']['WorkdayPointsTrend'];
export type SchemaWorkdayPointsTrendItem = components['schemas']['WorkdayPointsTrendItem'];
export type SchemaWorkdayValuesMetricItem = components['schemas']['WorkdayValuesMetricItem'];
export type SchemaWorkdayValuesTrend = components['schemas']['WorkdayValuesTrend'];
export type SchemaWorkdayValuesTrendItem = components['schemas']['WorkdayValuesTrendItem'];
export type SchemaWritableDivision = components['schemas']['WritableDivision'];
export type Response400 = components['responses']['400'];
export type Response401 = components['responses']['401'];
export type Response403 = components['responses']['403'];
export type Response404 = components['responses']['404'];
export type Response415 = components['responses']['415'];
export type Response429 = components['responses']['429'];
export type Response500 = components['responses']['500'];
export type Response503 = components['responses']['503'];
export type Response504 = components['responses']['504'];
export type HeaderIninCorrelationId = components['headers']['ININ-Correlation-Id'];
export type $defs = Record<string, never>;
export interface operations {
    postEmployeeperformanceExternalmetricsData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The External Metric Data to be added */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ExternalMetricDataWriteRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalMetricDataWriteResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getEmployeeperformanceExternalmetricsDefinitions: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalMetricDefinitionListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postEmployeeperformanceExternalmetricsDefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The External Metric Definition to be created */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ExternalMetricDefinitionCreateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalMetricDefinition"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getEmployeeperformanceExternalmetricsDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Specifies the External Metric Definition ID */
                metricId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalMetricDefinition"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteEmployeeperformanceExternalmetricsDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Specifies the External Metric Definition ID */
                metricId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the SDK returns no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchEmployeeperformanceExternalmetricsDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Specifies the metric definition ID */
                metricId: string;
            };
            cookie?: never;
        };
        /** @description The External Metric Definition parameters to be updated */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExternalMetricDefinitionUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalMetricDefinition"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationContests: {
        parameters: {
            query?: {
                /** @description End date for the query. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                dateEnd?: string;
                /** @description Start date for the query. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                dateStart?: string;
                pageNumber?: number;
                pageSize?: number;
                sortBy?: string;
                sortOrder?: string;
                status?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetContestsEssentialsListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postGamificationContests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Create Contest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContestsCreateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationContest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the contest */
                contestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putGamificationContest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the contest */
                contestId: string;
            };
            cookie?: never;
        };
        /** @description Contest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContestsCreateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    deleteGamificationContest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the contest */
                contestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the SDK returns no body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    patchGamificationContest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the contest */
                contestId: string;
            };
            cookie?: never;
        };
        /** @description Finalize Contest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContestsFinalizeRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationContestAgentsScores: {
        parameters: {
            query?: {
                pageNumber?: number;
                pageSize?: number;
                /** @description Desired response results */
                returnsView?: string;
                /** @description Target querying workday. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                workday?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the contest */
                contestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestScoresAgentsPagedList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationContestAgentsScoresMe: {
        parameters: {
            query?: {
                pageNumber?: number;
                pageSize?: number;
                /** @description Desired response results (Supervisor Only) */
                returnsView?: string;
                /** @description Target querying workday. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                workday?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the contest */
                contestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestScoresAgentsPagedList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationContestAgentsScoresTrends: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the contest */
                contestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestScoresGroupTrendList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationContestAgentsScoresTrendsMe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the contest */
                contestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestScoresAgentTrendList"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationContestPrizeimage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the contest */
                contestId: string;
                /** @description The ID of the prize image */
                prizeImageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrizeImages"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationContestsMe: {
        parameters: {
            query?: {
                /** @description End date for the query. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                dateEnd?: string;
                /** @description Start date for the query. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                dateStart?: string;
                pageNumber?: number;
                pageSize?: number;
                sortBy?: string;
                sortOrder?: string;
                status?: string[];
                view?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetContestsEssentialsListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postGamificationContestsUploadsPrizeimages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GamificationContestPrizeImageUploadUrlRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadUrlResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationInsights: {
        parameters: {
            query: {
                /** @description The start work day of comparative period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                comparativePeriodStartWorkday: string;
                /** @description ID for the filter type. */
                filterId: string;
                /** @description Filter type for the query request. */
                filterType: string;
                /** @description Granularity */
                granularity: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description The start work day of primary period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                primaryPeriodStartWorkday: string;
                /** @description The reportsTo used by ABAC policies. */
                reportsTo?: string;
                /** @description Sort key */
                sortKey?: string;
                /** @description Sort Metric Id */
                sortMetricId?: string;
                /** @description Sort order */
                sortOrder?: string;
                /** @description A list of up to 100 comma-separated user Ids */
                userIds?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightsSummary"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationInsightsDetails: {
        parameters: {
            query: {
                /** @description The start work day of comparative period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                comparativePeriodStartWorkday: string;
                /** @description ID for the filter type. */
                filterId: string;
                /** @description Filter type for the query request. */
                filterType: string;
                /** @description Granularity */
                granularity: string;
                /** @description The start work day of primary period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                primaryPeriodStartWorkday: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightsDetails"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationInsightsGroupsTrends: {
        parameters: {
            query: {
                /** @description The end work day of comparative period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                comparativePeriodEndWorkday: string;
                /** @description The start work day of comparative period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                comparativePeriodStartWorkday: string;
                /** @description ID for the filter type. */
                filterId: string;
                /** @description Filter type for the query request. */
                filterType: string;
                /** @description Granularity */
                granularity: string;
                /** @description The end work day of primary period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                primaryPeriodEndWorkday: string;
                /** @description The start work day of primary period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                primaryPeriodStartWorkday: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightsTrend"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationInsightsGroupsTrendsAll: {
        parameters: {
            query: {
                /** @description The end work day of comparative period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                comparativePeriodEndWorkday: string;
                /** @description The start work day of comparative period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                comparativePeriodStartWorkday: string;
                /** @description ID for the filter type. */
                filterId: string;
                /** @description Filter type for the query request. */
                filterType: string;
                /** @description Granularity */
                granularity: string;
                /** @description The end work day of primary period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                primaryPeriodEndWorkday: string;
                /** @description The start work day of primary period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                primaryPeriodStartWorkday: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightsTrend"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationInsightsManagers: {
        parameters: {
            query: {
                /** @description ID for the filter type. */
                filterId: string;
                /** @description Filter type for the query request. */
                filterType: string;
                /** @description Granularity */
                granularity: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description The start work day. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                startWorkday: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightsAgents"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationInsightsMembers: {
        parameters: {
            query: {
                /** @description ID for the filter type. */
                filterId: string;
                /** @description Filter type for the query request. */
                filterType: string;
                /** @description Granularity */
                granularity: string;
                /** @description The reportsTo used by ABAC policies. */
                reportsTo?: string;
                /** @description The start work day. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                startWorkday: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightsAgents"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationInsightsRankings: {
        parameters: {
            query: {
                /** @description The start work day of comparative period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                comparativePeriodStartWorkday: string;
                /** @description ID for the filter type. */
                filterId: string;
                /** @description Filter type for the query request. */
                filterType: string;
                /** @description Granularity */
                granularity: string;
                /** @description The start work day of primary period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                primaryPeriodStartWorkday: string;
                /** @description The reportsTo used by ABAC policies. */
                reportsTo?: string;
                /** @description The number of top and bottom users to return before ties */
                sectionSize?: number;
                /** @description Sort key */
                sortKey: string;
                /** @description Sort Metric Id */
                sortMetricId?: string;
                /** @description A list of up to 100 comma-separated user Ids */
                userIds?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightsRankings"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationInsightsTrends: {
        parameters: {
            query: {
                /** @description The end work day of comparative period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                comparativePeriodEndWorkday: string;
                /** @description The start work day of comparative period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                comparativePeriodStartWorkday: string;
                /** @description ID for the filter type. */
                filterId: string;
                /** @description Filter type for the query request. */
                filterType: string;
                /** @description Granularity */
                granularity: string;
                /** @description The end work day of primary period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                primaryPeriodEndWorkday: string;
                /** @description The start work day of primary period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                primaryPeriodStartWorkday: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserInsightsTrend"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationInsightsUserDetails: {
        parameters: {
            query: {
                /** @description The start work day of comparative period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                comparativePeriodStartWorkday: string;
                /** @description ID for the filter type. */
                filterId: string;
                /** @description Filter type for the query request. */
                filterType: string;
                /** @description Granularity */
                granularity: string;
                /** @description The start work day of primary period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                primaryPeriodStartWorkday: string;
            };
            header?: never;
            path: {
                /** @description The ID of a user. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightsDetails"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationInsightsUserTrends: {
        parameters: {
            query: {
                /** @description The end work day of comparative period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                comparativePeriodEndWorkday: string;
                /** @description The start work day of comparative period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                comparativePeriodStartWorkday: string;
                /** @description ID for the filter type. */
                filterId: string;
                /** @description Filter type for the query request. */
                filterType: string;
                /** @description Granularity */
                granularity: string;
                /** @description The end work day of primary period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                primaryPeriodEndWorkday: string;
                /** @description The start work day of primary period. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                primaryPeriodStartWorkday: string;
            };
            header?: never;
            path: {
                /** @description The ID of a user. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserInsightsTrend"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationLeaderboard: {
        parameters: {
            query: {
                /** @description End workday to retrieve for the leaderboard. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                endWorkday: string;
                /** @description Metric Id for which the leaderboard is to be generated. The total points is used if nothing is given. */
                metricId?: string;
                /** @description Start workday to retrieve for the leaderboard. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                startWorkday: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Leaderboard"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationLeaderboardAll: {
        parameters: {
            query: {
                /** @description End workday to retrieve for the leaderboard. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                endWorkday: string;
                /** @description ID for the filter type. For example, division or performance profile Id */
                filterId: string;
                /** @description Filter type for the query request. */
                filterType: string;
                /** @description Metric Id for which the leaderboard is to be generated. The total points is used if nothing is given. */
                metricId?: string;
                /** @description Start workday to retrieve for the leaderboard. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                startWorkday: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Leaderboard"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationLeaderboardAllBestpoints: {
        parameters: {
            query: {
                /** @description ID for the filter type. For example, division or performance profile Id */
                filterId: string;
                /** @description Filter type for the query request. */
                filterType: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverallBestPoints"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationLeaderboardBestpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverallBestPoints"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationMetricdefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMetricDefinitionsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationMetricdefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description metric definition id */
                metricDefinitionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricDefinition"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationProfiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetProfilesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postGamificationProfiles: {
        parameters: {
            query?: {
                /** @description Flag to copy metrics. If set to false, there will be no metrics associated with the new profile. If set to true or is absent (the default behavior), all metrics from the default profile will be copied over into the new profile. */
                copyMetrics?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description performanceProfile */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePerformanceProfile"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceProfile"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description performanceProfileId */
                profileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceProfile"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putGamificationProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description performanceProfileId */
                profileId: string;
            };
            cookie?: never;
        };
        /** @description performanceProfile */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PerformanceProfile"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceProfile"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postGamificationProfileActivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description performanceProfileId */
                profileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceProfile"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postGamificationProfileDeactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description performanceProfileId */
                profileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceProfile"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationProfileMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Profile Id */
                profileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postGamificationProfileMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Profile Id */
                profileId: string;
            };
            cookie?: never;
        };
        /** @description assignUsers */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignUsers"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postGamificationProfileMembersValidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Profile Id */
                profileId: string;
            };
            cookie?: never;
        };
        /** @description memberAssignments */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidateAssignUsers"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentValidation"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationProfileMetrics: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
                /** @description List of metric ids to filter the response (Optional, comma-separated). */
                metricIds?: string;
                /** @description The objective query workday. If not specified, then it retrieves the current objective. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                workday?: string;
            };
            header?: never;
            path: {
                /** @description Performance Profile Id */
                profileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMetricResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postGamificationProfileMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Performance Profile Id */
                profileId: string;
            };
            cookie?: never;
        };
        /** @description Metric */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMetric"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Metric"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationProfileMetric: {
        parameters: {
            query?: {
                /** @description The objective query workday. If not specified, then it retrieves the current objective. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                workday?: string;
            };
            header?: never;
            path: {
                /** @description Metric Id */
                metricId: string;
                /** @description Performance Profile Id */
                profileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Metric"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putGamificationProfileMetric: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Metric Id */
                metricId: string;
                /** @description Performance Profile Id */
                profileId: string;
            };
            cookie?: never;
        };
        /** @description Metric */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMetric"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Metric"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationProfileMetricsObjectivedetails: {
        parameters: {
            query?: {
                /** @description The objective query workday. If not specified, then it retrieves the current objective. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                workday?: string;
            };
            header?: never;
            path: {
                /** @description Performance Profile Id */
                profileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMetricsResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postGamificationProfileMetricLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Source Metric Id */
                sourceMetricId: string;
                /** @description Source Performance Profile Id */
                sourceProfileId: string;
            };
            cookie?: never;
        };
        /** @description linkedMetric */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetPerformanceProfile"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Metric"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationProfilesUser: {
        parameters: {
            query?: {
                /** @description Target querying workday. If not provided, then queries the current performance profile. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                workday?: string;
            };
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceProfile"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postGamificationProfilesUserQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of a user. */
                userId: string;
            };
            cookie?: never;
        };
        /** @description The date range of work day. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserProfilesInDateRangeRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserProfilesInDateRange"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationProfilesUsersMe: {
        parameters: {
            query?: {
                /** @description Target querying workday. If not provided, then queries the current performance profile. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                workday?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceProfile"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    postGamificationProfilesUsersMeQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The date range of work day. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserProfilesInDateRangeRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserProfilesInDateRange"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecards: {
        parameters: {
            query: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
                /** @description Target querying workday. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                workday: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkdayMetricListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsAttendance: {
        parameters: {
            query: {
                /** @description End workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                endWorkday: string;
                /** @description Start workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                startWorkday: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceStatusListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsBestpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserBestPoints"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsPointsAlltime: {
        parameters: {
            query: {
                /** @description End workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                endWorkday: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllTimePoints"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsPointsAverage: {
        parameters: {
            query: {
                /** @description The target workday. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                workday: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleWorkdayAveragePoints"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsPointsTrends: {
        parameters: {
            query: {
                /** @description Optional filter to specify which day of weeks to be included in the response */
                dayOfWeek?: string;
                /** @description End workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                endWorkday: string;
                /** @description Start workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                startWorkday: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkdayPointsTrend"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsProfileMetricUserValuesTrends: {
        parameters: {
            query: {
                /** @description End workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                endWorkday: string;
                /** @description Reference workday for the trend. Used to determine the associated metric definition. If not set, then the value of endWorkday is used. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                referenceWorkday?: string;
                /** @description Start workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                startWorkday: string;
                /** @description Timezone for the workday. Defaults to UTC */
                timeZone?: string;
            };
            header?: never;
            path: {
                /** @description metricId */
                metricId: string;
                /** @description performanceProfileId */
                profileId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricValueTrendAverage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsProfileMetricUsersValuesTrends: {
        parameters: {
            query: {
                /** @description End workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                endWorkday: string;
                /** @description ID for the filter type. Only required when filterType is Division. */
                filterId?: string;
                /** @description Filter type for the query request. */
                filterType: string;
                /** @description Reference workday for the trend. Used to determine the associated metric definition. If not set, then the value of endWorkday is used. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                referenceWorkday?: string;
                /** @description Start workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                startWorkday: string;
                /** @description Timezone for the workday. Defaults to UTC */
                timeZone?: string;
            };
            header?: never;
            path: {
                /** @description metricId */
                metricId: string;
                /** @description performanceProfileId */
                profileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricValueTrendAverage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsProfileMetricValuesTrends: {
        parameters: {
            query: {
                /** @description End workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                endWorkday: string;
                /** @description Filter type for the query request. If not set, returns the values trends of the requesting user */
                filterType?: string;
                /** @description Reference workday for the trend. Used to determine the associated metric definition. If not set, then the value of endWorkday is used. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                referenceWorkday?: string;
                /** @description Start workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                startWorkday: string;
                /** @description Timezone for the workday. Defaults to UTC */
                timeZone?: string;
            };
            header?: never;
            path: {
                /** @description metricId */
                metricId: string;
                /** @description performanceProfileId */
                profileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricValueTrendAverage"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsUser: {
        parameters: {
            query: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
                /** @description Target querying workday. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                workday: string;
            };
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkdayMetricListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsUserAttendance: {
        parameters: {
            query: {
                /** @description End workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                endWorkday: string;
                /** @description Start workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                startWorkday: string;
            };
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceStatusListing"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsUserBestpoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserBestPoints"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsUserPointsAlltime: {
        parameters: {
            query: {
                /** @description End workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                endWorkday: string;
            };
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllTimePoints"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsUserPointsTrends: {
        parameters: {
            query: {
                /** @description Optional filter to specify which day of weeks to be included in the response */
                dayOfWeek?: string;
                /** @description End workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                endWorkday: string;
                /** @description Start workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                startWorkday: string;
            };
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkdayPointsTrend"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsUserValuesTrends: {
        parameters: {
            query: {
                /** @description End workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                endWorkday: string;
                /** @description Start workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                startWorkday: string;
                /** @description Timezone for the workday. Defaults to UTC */
                timeZone?: string;
            };
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkdayValuesTrend"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsUsersPointsAverage: {
        parameters: {
            query: {
                /** @description ID for the filter type. */
                filterId: string;
                /** @description Filter type for the query request. */
                filterType: string;
                /** @description The target workday. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                workday: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleWorkdayAveragePoints"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsUsersValuesAverage: {
        parameters: {
            query: {
                /** @description ID for the filter type. For example, division Id */
                filterId: string;
                /** @description Filter type for the query request. */
                filterType: string;
                /** @description Timezone for the workday. Defaults to UTC */
                timeZone?: string;
                /** @description The target workday. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                workday: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleWorkdayAverageValues"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsUsersValuesTrends: {
        parameters: {
            query: {
                /** @description End workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                endWorkday: string;
                /** @description ID for the filter type. */
                filterId: string;
                /** @description Filter type for the query request. */
                filterType: string;
                /** @description Start workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                startWorkday: string;
                /** @description Timezone for the workday. Defaults to UTC */
                timeZone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkdayValuesTrend"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsValuesAverage: {
        parameters: {
            query: {
                /** @description Timezone for the workday. Defaults to UTC */
                timeZone?: string;
                /** @description The target workday. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                workday: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleWorkdayAverageValues"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationScorecardsValuesTrends: {
        parameters: {
            query: {
                /** @description End workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                endWorkday: string;
                /** @description Filter type for the query request. If not set, then the request is for the requesting user. */
                filterType?: string;
                /** @description Reference workday for the trend. Used to determine the profile of the user as of this date. If not set, then the user's current profile will be used. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                referenceWorkday?: string;
                /** @description Start workday of querying workdays range. Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd */
                startWorkday: string;
                /** @description Timezone for the workday. Defaults to UTC */
                timeZone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkdayValuesTrend"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GamificationStatus"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    putGamificationStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Gamification status */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GamificationStatus"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GamificationStatus"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTemplatesResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
    getGamificationTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description template id */
                templateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectiveTemplate"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            504: components["responses"]["504"];
        };
    };
}
