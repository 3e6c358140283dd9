// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/process-automation/openapi.yaml (sha256 90a350446e99b422)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area process-automation` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Process Automation (13 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const processAutomation = processAutomationApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function processAutomationApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/processautomation/scheduledtriggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves all scheduled triggers, optionally filtered by query parameters.
         * @permissions ANY: any one of `processautomation:trigger:edit`, `processautomation:trigger:view`
         */
        get: operations["getProcessautomationScheduledtriggers"];
        put?: never;
        /**
         * Create a scheduled Trigger
         * @permissions ANY: `processautomation:trigger:add`
         */
        post: operations["postProcessautomationScheduledtriggers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/processautomation/scheduledtriggers/{scheduledTriggerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a single Scheduled Trigger matching id
         * @permissions ANY: any one of `processautomation:trigger:edit`, `processautomation:trigger:view`
         */
        get: operations["getProcessautomationScheduledtrigger"];
        /**
         * Update a Scheduled Trigger
         * @permissions ANY: `processautomation:trigger:edit`
         */
        put: operations["putProcessautomationScheduledtrigger"];
        post?: never;
        /**
         * Delete a Scheduled Trigger
         * @permissions ANY: `processautomation:trigger:delete`
         */
        delete: operations["deleteProcessautomationScheduledtrigger"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/processautomation/triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves all triggers, optionally filtered by query parameters.
         * @permissions ANY: any one of `processautomation:trigger:edit`, `processautomation:trigger:view`
         */
        get: operations["getProcessautomationTriggers"];
        put?: never;
        /**
         * Create a Trigger
         * @permissions ANY: `processautomation:trigger:add`
         */
        post: operations["postProcessautomationTriggers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/processautomation/triggers/{triggerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a single Trigger matching id
         * @permissions ANY: any one of `processautomation:trigger:edit`, `processautomation:trigger:view`
         */
        get: operations["getProcessautomationTrigger"];
        /**
         * Update a Trigger
         * @permissions ANY: `processautomation:trigger:edit`
         */
        put: operations["putProcessautomationTrigger"];
        post?: never;
        /**
         * Delete a Trigger
         * @permissions ANY: `processautomation:trigger:delete`
         */
        delete: operations["deleteProcessautomationTrigger"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/processautomation/triggers/{triggerId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test the matching of a Trigger based on provided event body
         * @permissions ANY: `processautomation:trigger:test`
         */
        post: operations["postProcessautomationTriggerTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/processautomation/triggers/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get topics available for organization
         * @permissions ANY: any one of `processautomation:trigger:edit`, `processautomation:trigger:view`
         */
        get: operations["getProcessautomationTriggersTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/processautomation/triggers/topics/{topicName}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test the matching of all organization Triggers on given topic using provided event body
         * @permissions ANY: `processautomation:trigger:test`
         */
        post: operations["postProcessautomationTriggersTopicTest"];
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
        CreateScheduledTriggerRequest: {
            description?: string;
            enabled: boolean;
            name: string;
            schedule: components["schemas"]["TriggerSchedule"];
            target: components["schemas"]["TriggerTarget"];
        };
        CreateTriggerRequest: {
            delayBySeconds?: number;
            description?: string;
            enabled: boolean;
            eventTTLSeconds?: number;
            matchCriteria?: components["schemas"]["MatchCriteria"][];
            name: string;
            target: components["schemas"]["TriggerTarget"];
            topicName: string;
        };
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
        MatchCriteria: {
            jsonPath?: string;
            operator?: string;
            value?: {
                [key: string]: unknown;
            };
            values?: {
                [key: string]: unknown;
            }[];
        };
        MatchCriteriaTestResult: {
            generatedJsonPathCondition?: string;
            jsonPath?: string;
            jsonPathExtraction?: components["schemas"]["MatchTestResult"][];
            match?: boolean;
            operator?: string;
            value?: {
                [key: string]: unknown;
            };
            values?: {
                [key: string]: unknown;
            }[];
        };
        MatchTestResult: {
            path?: string;
            value?: {
                [key: string]: unknown;
            };
        };
        ScheduledTrigger: {
            description?: string;
            enabled?: boolean;
            id?: string;
            name?: string;
            schedule?: components["schemas"]["TriggerSchedule"];
            selfUri?: string;
            target?: components["schemas"]["TriggerTarget"];
            version?: number;
        };
        ScheduledTriggerEntityListing: {
            entities?: components["schemas"]["ScheduledTrigger"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        TestMatchesEventOperation: {
            matchedTriggers?: components["schemas"]["TestModeTrigger"][];
            name?: string;
            step?: number;
            unmatchedTriggers?: components["schemas"]["TestModeTrigger"][];
        };
        TestMatchesOperation: {
            details?: components["schemas"]["MatchCriteriaTestResult"][];
            matches?: boolean;
            name?: string;
            step?: number;
        };
        TestModeEventResults: {
            schemaValidation?: components["schemas"]["TestSchemaOperation"];
            triggerMatchValidation?: components["schemas"]["TestMatchesEventOperation"];
        };
        TestModeResults: {
            jsonPathValidation?: components["schemas"]["TestMatchesOperation"];
            schemaValidation?: components["schemas"]["TestSchemaOperation"];
            targetValidation?: components["schemas"]["TestTargetOperation"];
            triggerMatches?: boolean;
        };
        TestModeTrigger: {
            enabled?: boolean;
            id?: string;
            name?: string;
            selfUri?: string;
        };
        TestSchemaOperation: {
            details?: string[];
            matches?: boolean;
            name?: string;
            step?: number;
        };
        TestTargetOperation: {
            details?: string[];
            matches?: boolean;
            name?: string;
            step?: number;
        };
        TopicCursorEntityListing: {
            entities?: string[];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        Trigger: {
            delayBySeconds?: number;
            description?: string;
            enabled?: boolean;
            eventTTLSeconds?: number;
            id?: string;
            matchCriteria?: components["schemas"]["MatchCriteria"][];
            name?: string;
            selfUri?: string;
            target?: components["schemas"]["TriggerTarget"];
            topicName?: string;
            version?: number;
        };
        TriggerEntityListing: {
            entities?: components["schemas"]["Trigger"][];
            nextUri?: string;
            previousUri?: string;
            selfUri?: string;
        };
        TriggerSchedule: {
            daysOfMonth?: string;
            daysOfWeek?: string;
            hours?: string;
            minutes?: string;
            months?: string;
            timezone?: string;
        };
        TriggerTarget: {
            id?: string;
            type?: string;
            workflowTargetSettings?: components["schemas"]["WorkflowTargetSettings"];
        };
        UpdateScheduledTriggerRequest: {
            description?: string;
            enabled: boolean;
            name: string;
            schedule: components["schemas"]["TriggerSchedule"];
            target: components["schemas"]["TriggerTarget"];
            version: number;
        };
        UpdateTriggerRequest: {
            delayBySeconds?: number;
            description?: string;
            enabled: boolean;
            eventTTLSeconds?: number;
            matchCriteria?: components["schemas"]["MatchCriteria"][];
            name: string;
            target: components["schemas"]["TriggerTarget"];
            topicName: string;
            version: number;
        };
        WorkflowTargetSettings: {
            dataFormat?: string;
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
export type SchemaCreateScheduledTriggerRequest = components['schemas']['CreateScheduledTriggerRequest'];
export type SchemaCreateTriggerRequest = components['schemas']['CreateTriggerRequest'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaMatchCriteria = components['schemas']['MatchCriteria'];
export type SchemaMatchCriteriaTestResult = components['schemas']['MatchCriteriaTestResult'];
export type SchemaMatchTestResult = components['schemas']['MatchTestResult'];
export type SchemaScheduledTrigger = components['schemas']['ScheduledTrigger'];
export type SchemaScheduledTriggerEntityListing = components['schemas']['ScheduledTriggerEntityListing'];
export type SchemaTestMatchesEventOperation = components['schemas']['TestMatchesEventOperation'];
export type SchemaTestMatchesOperation = components['schemas']['TestMatchesOperation'];
export type SchemaTestModeEventResults = components['schemas']['TestModeEventResults'];
export type SchemaTestModeResults = components['schemas']['TestModeResults'];
export type SchemaTestModeTrigger = components['schemas']['TestModeTrigger'];
export type SchemaTestSchemaOperation = components['schemas']['TestSchemaOperation'];
export type SchemaTestTargetOperation = components['schemas']['TestTargetOperation'];
export type SchemaTopicCursorEntityListing = components['schemas']['TopicCursorEntityListing'];
export type SchemaTrigger = components['schemas']['Trigger'];
export type SchemaTriggerEntityListing = components['schemas']['TriggerEntityListing'];
export type SchemaTriggerSchedule = components['schemas']['TriggerSchedule'];
export type SchemaTriggerTarget = components['schemas']['TriggerTarget'];
export type SchemaUpdateScheduledTriggerRequest = components['schemas']['UpdateScheduledTriggerRequest'];
export type SchemaUpdateTriggerRequest = components['schemas']['UpdateTriggerRequest'];
export type SchemaWorkflowTargetSettings = components['schemas']['WorkflowTargetSettings'];
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
    getProcessautomationScheduledtriggers: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Boolean indicating desired enabled state of scheduled triggers */
                enabled?: boolean;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
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
                    "application/json": components["schemas"]["ScheduledTriggerEntityListing"];
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
    postProcessautomationScheduledtriggers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Input used to create a Scheduled Trigger */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScheduledTriggerRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledTrigger"];
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
    getProcessautomationScheduledtrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description scheduledTriggerId */
                scheduledTriggerId: string;
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
                    "application/json": components["schemas"]["ScheduledTrigger"];
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
    putProcessautomationScheduledtrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description scheduledTriggerId */
                scheduledTriggerId: string;
            };
            cookie?: never;
        };
        /** @description Input to update Scheduled Trigger. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateScheduledTriggerRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledTrigger"];
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
    deleteProcessautomationScheduledtrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description scheduledTriggerId */
                scheduledTriggerId: string;
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
    getProcessautomationTriggers: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Boolean indicating desired enabled state of triggers */
                enabled?: boolean;
                /** @description Boolean to filter based on delayBySeconds being set in triggers. Default returns all, true returns only those with delayBySeconds set, false returns those without delayBySeconds set. */
                hasDelayBy?: boolean;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
                /** @description Topic name(s). Separated by commas */
                topicName?: string;
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
                    "application/json": components["schemas"]["TriggerEntityListing"];
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
    postProcessautomationTriggers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Input used to create a Trigger. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTriggerRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Trigger"];
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
    getProcessautomationTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description triggerId */
                triggerId: string;
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
                    "application/json": components["schemas"]["Trigger"];
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
    putProcessautomationTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description triggerId */
                triggerId: string;
            };
            cookie?: never;
        };
        /** @description Input to update Trigger. (topicName cannot be updated, a new trigger must be created to use a new topicName) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTriggerRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Trigger"];
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
    deleteProcessautomationTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description triggerId */
                triggerId: string;
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
    postProcessautomationTriggerTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description triggerId */
                triggerId: string;
            };
            cookie?: never;
        };
        /** @description eventBody */
        requestBody?: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestModeResults"];
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
    getProcessautomationTriggersTopics: {
        parameters: {
            query?: {
                /** @description The cursor that points to the end of the set of entities that has been returned. */
                after?: string;
                /** @description The cursor that points to the start of the set of entities that has been returned. */
                before?: string;
                /** @description Number of entities to return. Maximum of 200. */
                pageSize?: string;
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
                    "application/json": components["schemas"]["TopicCursorEntityListing"];
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
    postProcessautomationTriggersTopicTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description topicName */
                topicName: string;
            };
            cookie?: never;
        };
        /** @description eventBody */
        requestBody?: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestModeEventResults"];
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
