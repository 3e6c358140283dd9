// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/users-rules/openapi.yaml (sha256 fd1c1b3beeabe1ad)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area users-rules` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Users Rules (9 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const usersRules = usersRulesApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function usersRulesApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/users/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the list of users rules
         * @permissions ANY: `users:rules:view`
         */
        get: operations["getUsersRules"];
        put?: never;
        /**
         * Create a new rule
         * @description This will create a new rule with the specified fields.
         * @permissions ANY: `users:rules:add`
         */
        post: operations["postUsersRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a users rule
         * @permissions ANY: `users:rules:view`
         */
        get: operations["getUsersRule"];
        put?: never;
        post?: never;
        /**
         * Delete an existing users rule
         * @permissions ANY: `users:rules:delete`
         */
        delete: operations["deleteUsersRule"];
        options?: never;
        head?: never;
        /**
         * Update an existing users rule
         * @description This will update an existing users rule with the specified fields.
         * @permissions ANY: `users:rules:edit`
         */
        patch: operations["patchUsersRule"];
        trace?: never;
    };
    "/api/v2/users/rules/{ruleId}/dependents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get dependents for a users rule
         * @permissions ANY: `users:ruleDependents:view`
         */
        get: operations["getUsersRuleDependents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/rules/{ruleId}/dependents/{ruleType}/{typeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get dependent of a users rule
         * @permissions ANY: `users:ruleDependents:view`
         */
        get: operations["getUsersRuleDependentTypeId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/rules/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query the result of a users rule
         * @description This will query the result of a rule.
         * @permissions ANY: `users:ruleUsers:view`
         */
        post: operations["postUsersRulesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/rules/settings/{ruleType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the settings for a specific users rule type
         * @permissions ANY: `users:rules:view`
         */
        get: operations["getUsersRulesSetting"];
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
        UserReference: {
            id?: string;
            selfUri?: string;
        };
        UsersRulesCreateRuleRequest: {
            criteria: components["schemas"]["UsersRulesCriteria"][];
            description?: string;
            name: string;
            type: string;
        };
        UsersRulesCriteria: {
            group: components["schemas"]["UsersRulesGroupItem"][];
            id?: string;
            operator: string;
        };
        UsersRulesDependent: {
            createdBy?: components["schemas"]["UserReference"];
            createdDate?: string;
            lastRun?: components["schemas"]["UsersRulesLastRunMetadata"];
            recentRunCount?: number;
            rule?: components["schemas"]["UsersRulesDependentRule"];
            selfUri?: string;
            type?: string;
            typeId?: string;
        };
        UsersRulesDependentList: {
            entities?: components["schemas"]["UsersRulesDependent"][];
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
        UsersRulesDependentRule: {
            id?: string;
            selfUri?: string;
        };
        UsersRulesGroupItem: {
            container: string;
            id?: string;
            operator: string;
            values: components["schemas"]["UsersRulesValue"][];
        };
        UsersRulesLastRunMetadata: {
            createdBy?: components["schemas"]["UserReference"];
            createdDate?: string;
            id?: string;
            resultCount?: number;
        };
        UsersRulesLockedCriteriaSettingsCriteria: {
            group: components["schemas"]["UsersRulesLockedCriteriaSettingsGroup"][];
            operator: string;
        };
        UsersRulesLockedCriteriaSettingsGroup: {
            container: string;
            maxIdCount?: number;
            operators: string[];
        };
        UsersRulesQueryResponse: {
            entities?: components["schemas"]["UserReference"][];
            nextUri?: string;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
        };
        UsersRulesQueryRuleRequest: {
            criteria: components["schemas"]["UsersRulesCriteria"][];
            type: string;
            userIds: string[];
        };
        UsersRulesRule: {
            createdBy?: components["schemas"]["UserReference"];
            createdDate?: string;
            criteria?: components["schemas"]["UsersRulesCriteria"][];
            dependentCount?: number;
            description?: string;
            id?: string;
            lastRun?: components["schemas"]["UsersRulesLastRunMetadata"];
            modifiedBy?: components["schemas"]["UserReference"];
            modifiedDate?: string;
            name?: string;
            recentRunCount?: number;
            selfUri?: string;
            type?: string;
        };
        UsersRulesRuleList: {
            entities?: components["schemas"]["UsersRulesRule"][];
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
        UsersRulesRuleSettings: {
            allowedContainers?: string[];
            lockedCriteria?: components["schemas"]["UsersRulesLockedCriteriaSettingsCriteria"][];
        };
        UsersRulesUpdateRuleRequest: {
            criteria?: components["schemas"]["UsersRulesCriteria"][];
            description?: string;
            lockedCriteria?: components["schemas"]["UsersRulesCriteria"][];
            name?: string;
        };
        UsersRulesValue: {
            contextId?: string;
            ids: string[];
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
export type SchemaUserReference = components['schemas']['UserReference'];
export type SchemaUsersRulesCreateRuleRequest = components['schemas']['UsersRulesCreateRuleRequest'];
export type SchemaUsersRulesCriteria = components['schemas']['UsersRulesCriteria'];
export type SchemaUsersRulesDependent = components['schemas']['UsersRulesDependent'];
export type SchemaUsersRulesDependentList = components['schemas']['UsersRulesDependentList'];
export type SchemaUsersRulesDependentRule = components['schemas']['UsersRulesDependentRule'];
export type SchemaUsersRulesGroupItem = components['schemas']['UsersRulesGroupItem'];
export type SchemaUsersRulesLastRunMetadata = components['schemas']['UsersRulesLastRunMetadata'];
export type SchemaUsersRulesLockedCriteriaSettingsCriteria = components['schemas']['UsersRulesLockedCriteriaSettingsCriteria'];
export type SchemaUsersRulesLockedCriteriaSettingsGroup = components['schemas']['UsersRulesLockedCriteriaSettingsGroup'];
export type SchemaUsersRulesQueryResponse = components['schemas']['UsersRulesQueryResponse'];
export type SchemaUsersRulesQueryRuleRequest = components['schemas']['UsersRulesQueryRuleRequest'];
export type SchemaUsersRulesRule = components['schemas']['UsersRulesRule'];
export type SchemaUsersRulesRuleList = components['schemas']['UsersRulesRuleList'];
export type SchemaUsersRulesRuleSettings = components['schemas']['UsersRulesRuleSettings'];
export type SchemaUsersRulesUpdateRuleRequest = components['schemas']['UsersRulesUpdateRuleRequest'];
export type SchemaUsersRulesValue = components['schemas']['UsersRulesValue'];
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
    getUsersRules: {
        parameters: {
            query: {
                /** @description Whether to list enabled or disabled rules */
                enabled?: boolean;
                /** @description Fields to expand in response */
                expand?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Number of results per page */
                pageSize?: number;
                /** @description a search term for finding a rule by name */
                searchTerm?: string;
                /** @description sort rules by name, ascending, descending */
                sortOrder?: string;
                /** @description The types of the rule */
                types: string[];
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
                    "application/json": components["schemas"]["UsersRulesRuleList"];
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
    postUsersRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description usersRulesCreateRuleRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsersRulesCreateRuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersRulesRule"];
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
    getUsersRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the rule to retrieve */
                ruleId: string;
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
                    "application/json": components["schemas"]["UsersRulesRule"];
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
    deleteUsersRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the rule */
                ruleId: string;
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
    patchUsersRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the rule to update */
                ruleId: string;
            };
            cookie?: never;
        };
        /** @description updateRuleRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsersRulesUpdateRuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersRulesRule"];
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
    getUsersRuleDependents: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Number of results per page */
                pageSize?: number;
                /** @description Sort order for dependents (by last run date, then created date) */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the rule for which to retrieve dependents */
                ruleId: string;
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
                    "application/json": components["schemas"]["UsersRulesDependentList"];
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
    getUsersRuleDependentTypeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the rule for which to retrieve dependents */
                ruleId: string;
                /** @description The type of the dependent */
                ruleType: string;
                /** @description The type ID of the dependent */
                typeId: string;
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
                    "application/json": components["schemas"]["UsersRulesDependent"];
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
    postUsersRulesQuery: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Number of results per page */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description usersRulesQueryRuleRequest */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsersRulesQueryRuleRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersRulesQueryResponse"];
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
    getUsersRulesSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type of the rule */
                ruleType: string;
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
                    "application/json": components["schemas"]["UsersRulesRuleSettings"];
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
