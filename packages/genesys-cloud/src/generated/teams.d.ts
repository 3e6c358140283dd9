// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/teams/openapi.yaml (sha256 d2ed0cd398232428)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area teams` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Teams (10 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const teams = teamsApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function teamsApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/analytics/teams/activity/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query for team activity observations
         * @permissions ANY: `analytics:teamObservation:view`
         */
        post: operations["postAnalyticsTeamsActivityQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Team listing
         * @permissions ANY: `groups:team:view`
         */
        get: operations["getTeams"];
        put?: never;
        /**
         * Create a team
         * @permissions ANY: `groups:team:add`
         */
        post: operations["postTeams"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/teams/{teamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get team
         * @permissions ANY: `groups:team:view`
         */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        /**
         * Delete team
         * @permissions ANY: `groups:team:delete`
         */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        /**
         * Update team
         * @permissions ANY: `groups:team:edit`
         */
        patch: operations["patchTeam"];
        trace?: never;
    };
    "/api/v2/teams/{teamId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get team membership
         * @permissions ANY: `groups:team:view`
         */
        get: operations["getTeamMembers"];
        put?: never;
        /**
         * Add team members
         * @permissions ANY: `groups:team:assign`
         */
        post: operations["postTeamMembers"];
        /**
         * Delete team members
         * @permissions ANY: `groups:team:assign`
         */
        delete: operations["deleteTeamMembers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/teams/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search resources.
         * @permissions ANY: `groups:team:view`
         */
        post: operations["postTeamsSearch"];
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
        Detail: {
            entityId?: string;
            entityName?: string;
            errorCode?: string;
            fieldName?: string;
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
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        SearchSort: {
            /** @description The field in the resource that you want to sort the results by */
            sortBy?: string;
            /**
             * @description The sort order for results
             * @enum {string}
             */
            sortOrder?: "ASC" | "DESC" | "SCORE" | (string & {});
        };
        Team: {
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            memberCount?: number;
            name: string;
            selfUri?: string;
        };
        TeamActivityData: {
            data?: components["schemas"]["TeamActivityMetricValue"][];
            entities?: components["schemas"]["TeamActivityEntityData"][];
            group?: {
                [key: string]: string;
            };
            truncated?: boolean;
        };
        TeamActivityEntityData: {
            activityDate: string;
            organizationPresenceId?: string;
            presenceDate?: string;
            queueId?: string;
            queueMembershipStatus?: string;
            routingStatus?: string;
            routingStatusDate?: string;
            systemPresence?: string;
            teamId?: string;
            userId?: string;
        };
        TeamActivityMetricValue: {
            count?: number;
            entityIds?: string[];
            metric?: string;
            qualifier?: string;
            secondaryQualifier?: string;
        };
        TeamActivityQuery: {
            filter?: components["schemas"]["TeamActivityQueryFilter"];
            groupBy: string[];
            metrics: components["schemas"]["TeamActivityQueryMetric"][];
            order?: string;
        };
        TeamActivityQueryClause: {
            predicates: components["schemas"]["TeamActivityQueryPredicate"][];
            type: string;
        };
        TeamActivityQueryFilter: {
            clauses?: components["schemas"]["TeamActivityQueryClause"][];
            predicates?: components["schemas"]["TeamActivityQueryPredicate"][];
            type: string;
        };
        TeamActivityQueryMetric: {
            details?: boolean;
            metric: string;
        };
        TeamActivityQueryPredicate: {
            dimension?: string;
            operator?: string;
            type?: string;
            value?: string;
        };
        TeamActivityResponse: {
            entityIdDimension?: string;
            results?: components["schemas"]["TeamActivityData"][];
        };
        TeamAddMemberFailure: {
            id?: string;
            reason?: string;
        };
        TeamEntityListing: {
            entities?: components["schemas"]["Team"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        TeamMemberAddListingResponse: {
            entities?: components["schemas"]["UserReference"][];
            failures?: components["schemas"]["TeamAddMemberFailure"][];
        };
        TeamMemberEntityListing: {
            entities?: components["schemas"]["UserReferenceWithName"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        TeamMembers: {
            memberIds: string[];
        };
        TeamSearchCriteria: {
            dateFormat?: string;
            endValue?: string;
            fields?: string[];
            group?: components["schemas"]["TeamSearchCriteria"][];
            operator?: string;
            startValue?: string;
            type: string;
            value?: string;
            values?: string[];
        };
        TeamSearchRequest: {
            pageNumber?: number;
            pageSize?: number;
            query: components["schemas"]["TeamSearchCriteria"][];
            sort?: components["schemas"]["SearchSort"][];
            sortBy?: string;
            sortOrder?: string;
        };
        TeamsSearchResponse: {
            currentPage?: string;
            nextPage?: string;
            pageCount: number;
            pageNumber: number;
            pageSize: number;
            previousPage?: string;
            results: components["schemas"]["Team"][];
            total: number;
            types: string[];
        };
        UserReference: {
            id?: string;
            selfUri?: string;
        };
        UserReferenceWithName: {
            id?: string;
            name?: string;
            selfUri?: string;
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
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaSearchSort = components['schemas']['SearchSort'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaTeamActivityData = components['schemas']['TeamActivityData'];
export type SchemaTeamActivityEntityData = components['schemas']['TeamActivityEntityData'];
export type SchemaTeamActivityMetricValue = components['schemas']['TeamActivityMetricValue'];
export type SchemaTeamActivityQuery = components['schemas']['TeamActivityQuery'];
export type SchemaTeamActivityQueryClause = components['schemas']['TeamActivityQueryClause'];
export type SchemaTeamActivityQueryFilter = components['schemas']['TeamActivityQueryFilter'];
export type SchemaTeamActivityQueryMetric = components['schemas']['TeamActivityQueryMetric'];
export type SchemaTeamActivityQueryPredicate = components['schemas']['TeamActivityQueryPredicate'];
export type SchemaTeamActivityResponse = components['schemas']['TeamActivityResponse'];
export type SchemaTeamAddMemberFailure = components['schemas']['TeamAddMemberFailure'];
export type SchemaTeamEntityListing = components['schemas']['TeamEntityListing'];
export type SchemaTeamMemberAddListingResponse = components['schemas']['TeamMemberAddListingResponse'];
export type SchemaTeamMemberEntityListing = components['schemas']['TeamMemberEntityListing'];
export type SchemaTeamMembers = components['schemas']['TeamMembers'];
export type SchemaTeamSearchCriteria = components['schemas']['TeamSearchCriteria'];
export type SchemaTeamSearchRequest = components['schemas']['TeamSearchRequest'];
export type SchemaTeamsSearchResponse = components['schemas']['TeamsSearchResponse'];
export type SchemaUserReference = components['schemas']['UserReference'];
export type SchemaUserReferenceWithName = components['schemas']['UserReferenceWithName'];
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
    postAnalyticsTeamsActivityQuery: {
        parameters: {
            query?: {
                /** @description The desired page number */
                pageNumber?: number;
                /** @description The desired page size */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamActivityQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamActivityResponse"];
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
    getTeams: {
        parameters: {
            query?: {
                /** @description The cursor that points to the next item in the complete list of teams */
                after?: string;
                /** @description The cursor that points to the previous item in the complete list of teams */
                before?: string;
                /** @description Expand the division on each team */
                expand?: string;
                /** @description Return only teams whose names start with this value (case-insensitive matching) */
                name?: string;
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
                    "application/json": components["schemas"]["TeamEntityListing"];
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
    postTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Team */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Team"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
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
    getTeam: {
        parameters: {
            query?: {
                /** @description Expand the division name */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description Team ID */
                teamId: string;
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
                    "application/json": components["schemas"]["Team"];
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
    deleteTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team ID */
                teamId: string;
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
    patchTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team ID */
                teamId: string;
            };
            cookie?: never;
        };
        /** @description Team */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Team"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
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
    getTeamMembers: {
        parameters: {
            query?: {
                /** @description The cursor that points to the next item in the complete list of teams */
                after?: string;
                /** @description The cursor that points to the previous item in the complete list of teams */
                before?: string;
                /** @description Expand the name on each user */
                expand?: string;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Team ID */
                teamId: string;
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
                    "application/json": components["schemas"]["TeamMemberEntityListing"];
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
    postTeamMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team ID */
                teamId: string;
            };
            cookie?: never;
        };
        /** @description TeamMembers */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamMembers"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberAddListingResponse"];
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
    deleteTeamMembers: {
        parameters: {
            query: {
                /** @description Comma separated list of member ids to remove */
                id: string;
            };
            header?: never;
            path: {
                /** @description Team ID */
                teamId: string;
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
    postTeamsSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Search request options */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamSearchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamsSearchResponse"];
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
