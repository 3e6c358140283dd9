// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/alerting/openapi.yaml (sha256 17d3ced7fc7226ff)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area alerting` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Alerting (15 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const alerting = alertingApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function alertingApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/alerting/alerts/{alertId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an alert
         * @permissions ALL: `alerting:alert:view`
         */
        get: operations["getAlertingAlert"];
        /**
         * Update an alert read status
         * @permissions ALL: `alerting:alert:edit`
         */
        put: operations["putAlertingAlert"];
        post?: never;
        /**
         * Delete an alert
         * @permissions ALL: `alerting:alert:delete`
         */
        delete: operations["deleteAlertingAlert"];
        options?: never;
        head?: never;
        /**
         * Allows an entity to mute/snooze an alert, update the unread status of the alert, or close an alert.
         * @description Snoozing an alert temporarily stop it from resending notifications to individualsas well as other services within Genesys Cloud for a given period.  Muting an alert will only block the notifications to individuals. Closing an alert will mark it as closed.
         * @permissions ALL: `alerting:alert:edit`
         */
        patch: operations["patchAlertingAlert"];
        trace?: never;
    };
    "/api/v2/alerting/alerts/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete all alerts for the user
         * @permissions ALL: `alerting:alert:edit`
         */
        delete: operations["deleteAlertingAlertsAll"];
        options?: never;
        head?: never;
        /**
         * Updates all alerts
         * @permissions ALL: `alerting:alert:edit`
         */
        patch: operations["patchAlertingAlertsAll"];
        trace?: never;
    };
    "/api/v2/alerting/alerts/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Bulk alert updates
         * @permissions ALL: `alerting:alert:edit`
         */
        patch: operations["patchAlertingAlertsBulk"];
        trace?: never;
    };
    "/api/v2/alerting/alerts/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gets a paged list of alerts. The max page size is 50
         * @permissions ALL: `alerting:alert:view`
         */
        post: operations["postAlertingAlertsQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/alerting/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Rule.
         * @permissions ALL: `alerting:rule:add`
         */
        post: operations["postAlertingRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/alerting/rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a rule.
         * @permissions ALL: `alerting:rule:view`
         */
        get: operations["getAlertingRule"];
        /**
         * Update a rule
         * @permissions ALL: `alerting:rule:edit`
         */
        put: operations["putAlertingRule"];
        post?: never;
        /**
         * Delete a rule.
         * @permissions ALL: `alerting:rule:delete`
         */
        delete: operations["deleteAlertingRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/alerting/rules/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Bulk update of notification lists
         * @permissions ALL: `alerting:rule:edit`
         */
        patch: operations["patchAlertingRulesBulk"];
        trace?: never;
    };
    "/api/v2/alerting/rules/bulk/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk remove rules
         * @permissions ALL: `alerting:rule:delete`
         */
        post: operations["postAlertingRulesBulkRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/alerting/rules/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a paged list of rules.  The max size of the page is 50 items.
         * @permissions ALL: `alerting:rule:view`
         */
        post: operations["postAlertingRulesQuery"];
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
        AlertingUnreadStatus: {
            unread: boolean;
        };
        AlertListing: {
            entities?: components["schemas"]["CommonAlert"][];
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
        AlertNotification: {
            locale?: string;
            notificationTypes: string[];
            recipient: string;
        };
        AlertRequest: {
            dateEnd?: string;
            dateStart?: string;
            type: string;
            unread?: components["schemas"]["UnreadFields"];
            validRequest?: boolean;
        };
        AlertRuleProperties: {
            id?: string;
            name?: string;
            type: string;
        };
        AlertSummary: {
            conversation?: components["schemas"]["AddressableEntityRef"];
            entities: components["schemas"]["AlertSummaryEntity"][];
            entitiesAreTeamMembers: boolean;
            metricType: string;
        };
        AlertSummaryEntity: {
            alerting: boolean;
            entityType: string;
            group?: components["schemas"]["AddressableEntityRef"];
            queue?: components["schemas"]["AddressableEntityRef"];
            team?: components["schemas"]["AddressableEntityRef"];
            user?: components["schemas"]["AddressableEntityRef"];
        };
        BulkError: {
            code?: string;
            message?: string;
        };
        BulkResponse: {
            errorCount?: number;
            errorIndexes?: number[];
            results?: components["schemas"]["BulkResult"][];
        };
        BulkResult: {
            entity?: {
                [key: string]: unknown;
            };
            error?: components["schemas"]["BulkError"];
        };
        CommonAlert: {
            active: boolean;
            alertSummary?: components["schemas"]["AlertSummary"];
            conditions: components["schemas"]["CommonRuleConditions"];
            conversationId?: string;
            dateEnd?: string;
            dateMutedUntil: string;
            dateSnoozedUntil: string;
            dateStart: string;
            id?: string;
            muted: boolean;
            name?: string;
            notifications: components["schemas"]["AlertNotification"][];
            rule: components["schemas"]["AlertRuleProperties"];
            ruleUri?: string;
            selfUri?: string;
            snoozed: boolean;
            unread: boolean;
            user: components["schemas"]["UserReference"];
            waitBetweenNotificationMs: number;
        };
        CommonAlertBulkUpdateRequest: {
            alertIds: string[];
            muteSnooze?: components["schemas"]["MuteSnoozeFields"];
            type: string;
            unread?: components["schemas"]["UnreadFields"];
        };
        CommonAllAlertUpdateRequest: {
            type: string;
            unread?: components["schemas"]["UnreadFields"];
        };
        CommonRule: {
            conditions?: components["schemas"]["CommonRuleConditions"];
            dateCreated?: string;
            dateLastModified?: string;
            description?: string;
            enabled?: boolean;
            id?: string;
            inAlarm?: boolean;
            name: string;
            notifications?: components["schemas"]["AlertNotification"][];
            selfUri?: string;
            sendExitingAlarmNotifications?: boolean;
            type: string;
            user?: components["schemas"]["UserReference"];
            version?: number;
            waitBetweenNotificationMs?: number;
        };
        CommonRuleBulkDeleteRequest: {
            ruleIds: string[];
        };
        CommonRuleBulkUpdateNotificationsRequest: {
            properties?: components["schemas"]["ModifiableRuleProperties"];
            ruleIds: string[];
            typesToAdd?: string[];
            typesToRemove?: string[];
        };
        CommonRuleConditions: {
            clauses?: components["schemas"]["CommonRuleConditions"][];
            id?: string;
            predicates: components["schemas"]["CommonRulePredicate"][];
            type: string;
        };
        CommonRuleContainer: {
            entities?: components["schemas"]["CommonRule"][];
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
        CommonRulePredicate: {
            characteristic?: string;
            comparisonOperator: string;
            entity: components["schemas"]["CommonRulePredicateEntity"];
            mediaType?: string;
            metric: string;
            metricType: string;
            metricValueType: string;
            status?: string;
            topic?: string;
            value: number;
        };
        CommonRulePredicateEntity: {
            entityType: string;
            group?: components["schemas"]["AddressableEntityRef"];
            queue?: components["schemas"]["AddressableEntityRef"];
            team?: components["schemas"]["AddressableEntityRef"];
            user?: components["schemas"]["AddressableEntityRef"];
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
        GetAlertQuery: {
            alertStatus?: string;
            pageNumber?: number;
            pageSize?: number;
            queryType: string;
            ruleType: string;
            sortBy?: string;
            sortOrder?: string;
            viewedStatus?: string;
        };
        GetRulesQuery: {
            enabledType?: string;
            nameSearchType?: string;
            pageNumber?: number;
            pageSize?: number;
            queryType: string;
            ruleName?: string;
            ruleType: string;
            sortBy?: string;
            sortOrder?: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        ModifiableRuleProperties: {
            conditions?: components["schemas"]["CommonRuleConditions"];
            description?: string;
            enabled?: boolean;
            id?: string;
            name: string;
            notifications?: components["schemas"]["AlertNotification"][];
            selfUri?: string;
            sendExitingAlarmNotifications?: boolean;
            waitBetweenNotificationMs?: number;
        };
        MuteSnoozeFields: {
            dateEnd: string;
            dateStart: string;
        };
        UnreadFields: {
            state: boolean;
        };
        UserReference: {
            id?: string;
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
export type SchemaAlertingUnreadStatus = components['schemas']['AlertingUnreadStatus'];
export type SchemaAlertListing = components['schemas']['AlertListing'];
export type SchemaAlertNotification = components['schemas']['AlertNotification'];
export type SchemaAlertRequest = components['schemas']['AlertRequest'];
export type SchemaAlertRuleProperties = components['schemas']['AlertRuleProperties'];
export type SchemaAlertSummary = components['schemas']['AlertSummary'];
export type SchemaAlertSummaryEntity = components['schemas']['AlertSummaryEntity'];
export type SchemaBulkError = components['schemas']['BulkError'];
export type SchemaBulkResponse = components['schemas']['BulkResponse'];
export type SchemaBulkResult = components['schemas']['BulkResult'];
export type SchemaCommonAlert = components['schemas']['CommonAlert'];
export type SchemaCommonAlertBulkUpdateRequest = components['schemas']['CommonAlertBulkUpdateRequest'];
export type SchemaCommonAllAlertUpdateRequest = components['schemas']['CommonAllAlertUpdateRequest'];
export type SchemaCommonRule = components['schemas']['CommonRule'];
export type SchemaCommonRuleBulkDeleteRequest = components['schemas']['CommonRuleBulkDeleteRequest'];
export type SchemaCommonRuleBulkUpdateNotificationsRequest = components['schemas']['CommonRuleBulkUpdateNotificationsRequest'];
export type SchemaCommonRuleConditions = components['schemas']['CommonRuleConditions'];
export type SchemaCommonRuleContainer = components['schemas']['CommonRuleContainer'];
export type SchemaCommonRulePredicate = components['schemas']['CommonRulePredicate'];
export type SchemaCommonRulePredicateEntity = components['schemas']['CommonRulePredicateEntity'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaGetAlertQuery = components['schemas']['GetAlertQuery'];
export type SchemaGetRulesQuery = components['schemas']['GetRulesQuery'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaModifiableRuleProperties = components['schemas']['ModifiableRuleProperties'];
export type SchemaMuteSnoozeFields = components['schemas']['MuteSnoozeFields'];
export type SchemaUnreadFields = components['schemas']['UnreadFields'];
export type SchemaUserReference = components['schemas']['UserReference'];
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
    getAlertingAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Alert ID */
                alertId: string;
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
                    "application/json": components["schemas"]["CommonAlert"];
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
    putAlertingAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Alert ID */
                alertId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AlertingUnreadStatus"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertingUnreadStatus"];
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
    deleteAlertingAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Alert ID */
                alertId: string;
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
    patchAlertingAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Alert ID */
                alertId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AlertRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonAlert"];
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
    deleteAlertingAlertsAll: {
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
                    "application/json": {
                        [key: string]: unknown;
                    };
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
    patchAlertingAlertsAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CommonAllAlertUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
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
    patchAlertingAlertsBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommonAlertBulkUpdateRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResponse"];
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
    postAlertingAlertsQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GetAlertQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertListing"];
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
    postAlertingRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description rule to be created */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommonRule"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonRule"];
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
    getAlertingRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Rule Id */
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
                    "application/json": components["schemas"]["CommonRule"];
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
    putAlertingRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Rule Id */
                ruleId: string;
            };
            cookie?: never;
        };
        /** @description rule to be updated */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifiableRuleProperties"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonRule"];
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
    deleteAlertingRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Rule Id */
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
    patchAlertingRulesBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommonRuleBulkUpdateNotificationsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResponse"];
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
    postAlertingRulesBulkRemove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommonRuleBulkDeleteRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResponse"];
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
    postAlertingRulesQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GetRulesQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonRuleContainer"];
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
