// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/realtime/openapi.yaml (sha256 d9497087e4ec7240)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area realtime` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { CxoneApi, CxoneClient } from '../create-cxone-client.js';

/**
 * realtime (12 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const realtime = realtimeApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export declare function realtimeApi(client: CxoneClient): CxoneApi<paths>;

export interface paths {
    "/inContactAPI/services/v34.0/agents/{agentId}/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns contact summary for personal queue */
        get: operations["getAgentsByAgentIdQueues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/queues-detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns contact detail for personal queue agent */
        get: operations["getAgentsByAgentIdQueuesDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/{agentId}/states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns the current state for an Agent */
        get: operations["getAgentsByAgentIdStates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/client-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gets a JSON object client data */
        get: operations["getAgentsClientData"];
        /** Updates or inserts a clientData record */
        put: operations["putAgentsClientData"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/agents/states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns the current state for all Agents */
        get: operations["getAgentStates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Active Contacts */
        get: operations["getActiveContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/parked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns Parked Contacts */
        get: operations["getContactsParked"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/contacts/states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns active Contacts states */
        get: operations["getContactsStates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/{skillId}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns activity for a Skill */
        get: operations["getSkillsBySkillIdActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns activity for all Skills */
        get: operations["getSkillsActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inContactAPI/services/v34.0/skills/activity/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search current activity levels for skills or campaign */
        post: operations["postSkillsActivitySearch"];
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
        ActiveContact: {
            agentId?: number;
            agentStartDate?: string;
            campaignId?: number;
            campaignName?: string;
            contactId?: number;
            contactStartDate?: number;
            contactStateCategory?: string;
            digitalContactStateId?: number;
            digitalContactStateName?: string;
            fileName?: string;
            firstName?: string;
            fromAddress?: string;
            highProficiency?: number;
            holdCount?: number;
            isLogged?: boolean;
            isOutbound?: boolean;
            isTakeover?: boolean;
            lastName?: string;
            lastUpdateTime?: string;
            lowProficiency?: number;
            masterContactId?: number;
            mediaSubTypeId?: number;
            mediaSubTypeName?: string;
            mediaTypeId?: number;
            mediaTypeName?: string;
            pointOfContactId?: number;
            pointOfContactName?: string;
            routingAttribute?: number;
            skillId?: number;
            skillName?: string;
            stateId?: number;
            stateName?: string;
            targetAgentId?: number;
            teamId?: number;
            teamName?: string;
            toAddress?: string;
            transferIndicatorId?: number;
            transferIndicatorName?: string;
        };
        ActiveContactList: {
            _links?: {
                next?: string;
                previous?: string;
                self: string;
            };
            activeContacts?: components["schemas"]["ActiveContact"][];
            businessUnitId?: number;
            lastPollTime?: string;
            totalRecords?: number;
        };
        AgentState: {
            agentId?: number;
            agentStateCategory?: string;
            agentStateId?: number;
            agentStateName?: string;
            businessUnitId?: number;
            contactId?: number;
            contactStartHandleTime?: string;
            firstName?: string;
            fromAddress?: string;
            isActive?: boolean;
            isACW?: boolean;
            isOutbound?: boolean;
            lastName?: string;
            lastUpdateTime?: string;
            mediaTypeId?: number;
            mediaTypeName?: string;
            openContacts?: number;
            outStateDescription?: string;
            outStateId?: number;
            sessionStartTime?: string;
            skillId?: number;
            skillName?: string;
            startDate?: string;
            stationId?: number;
            stationPhoneNumber?: string;
            teamId?: number;
            teamName?: string;
            toAddress?: string;
            userName?: string;
        };
        AgentStateList: {
            _links?: components["schemas"]["Links"];
            agentStates?: components["schemas"]["AgentState"][];
            lastPollTime?: string;
            totalRecords?: number;
        };
        /** @description The error body of the CXone APIs (OAuth errors may say `error_description` instead). */
        ErrorResponse: {
            error?: string;
            errorDescription?: string;
        };
        /** @description Paging links of a listing (`_links`). */
        Links: {
            next?: string;
            previous?: string;
            self?: string;
        };
        SkillActivity: {
            agentsACW?: number;
            agentsAvailable?: number;
            agentsIdle?: number;
            agentsLoggedIn?: number;
            agentsUnavailable?: number;
            agentsWorking?: number;
            businessUnitId?: number;
            campaignId?: number;
            campaignName?: string;
            contactsActive?: number;
            divisionNo?: number;
            earliestQueueTime?: string;
            emailFromAddress?: string;
            inSLA?: number;
            isActive?: boolean;
            isNaturalCalling?: boolean;
            isOutbound?: boolean;
            mediaTypeId?: number;
            mediaTypeName?: string;
            outSLA?: number;
            parkedCount?: number;
            personalQueueCount?: number;
            queueCount?: number;
            serverTime?: string;
            serviceLevel?: number;
            serviceLevelGoal?: number;
            serviceLevelThreshold?: number;
            skillId?: number;
            skillName?: string;
            skillQueueCount?: number;
        };
        SkillActivityList: {
            _links?: {
                next?: string;
                previous?: string;
                self: string;
            };
            lastPollTime?: string;
            skillActivity?: components["schemas"]["SkillActivity"][];
            totalRecords?: number;
        };
    };
    responses: {
        /** @description A parameter is invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The user behind the token lacks the permission for this operation. Retrying does not help. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Nothing changed since `updatedSince`. */
        NotModified: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Temporarily unavailable. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too many requests; the request was not processed. `Retry-After` may be absent (back off). */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The token is missing */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before retrying; not reliably sent by CXone. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type SchemaActiveContact = components['schemas']['ActiveContact'];
export type SchemaActiveContactList = components['schemas']['ActiveContactList'];
export type SchemaAgentState = components['schemas']['AgentState'];
export type SchemaAgentStateList = components['schemas']['AgentStateList'];
export type SchemaErrorResponse = components['schemas']['ErrorResponse'];
export type SchemaLinks = components['schemas']['Links'];
export type SchemaSkillActivity = components['schemas']['SkillActivity'];
export type SchemaSkillActivityList = components['schemas']['SkillActivityList'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotModified = components['responses']['NotModified'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    getAgentsByAgentIdQueues: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                agentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resultset?: {
                            lastPollTime?: string;
                            queues?: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsByAgentIdQueuesDetail: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                agentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resultSet?: {
                            contacts?: {
                                [key: string]: unknown;
                            }[];
                            lastPollTime?: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsByAgentIdStates: {
        parameters: {
            query?: {
                fields?: string;
                updatedSince?: string;
            };
            header?: never;
            path: {
                agentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agentStates?: {
                            agentId?: number;
                            agentStateId?: number;
                            /** @enum {string} */
                            agentStateName?: "LoggedOut" | "Available" | "Unavailable" | "InboundContact" | "OutboundContact" | "InboundConsult" | "OutboundConsult" | "Dialer" | "LoggedIn";
                            businessUnitId?: number;
                            contactId?: number;
                            firstName?: string;
                            fromAddress?: string;
                            isACW?: boolean;
                            isOutbound?: boolean;
                            lastName?: string;
                            lastPollTime?: string;
                            lastUpdateTime?: string;
                            mediaName?: string;
                            mediaType?: number;
                            openContacts?: number;
                            outStateDescription?: string;
                            outStateId?: number;
                            skillId?: number;
                            skillName?: string;
                            startDate?: string;
                            stationId?: number;
                            stationPhoneNumber?: string;
                            teamId?: number;
                            teamName?: string;
                            toAddress?: string;
                        }[];
                    };
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentsClientData: {
        parameters: {
            query?: {
                agentId?: number;
                errorArgList?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putAgentsClientData: {
        parameters: {
            query?: {
                agentId?: number;
                dataSet?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; the sources do not describe the body. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentStates: {
        parameters: {
            query?: {
                fields?: string;
                orderBy?: string;
                reqBUIds?: string;
                skip?: number;
                top?: number;
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentStateList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getActiveContacts: {
        parameters: {
            query?: {
                agentId?: number;
                campaignId?: number;
                contactId?: string;
                digitalContactStateId?: number;
                fields?: string;
                fromAddress?: string;
                mediaSubTypeId?: number;
                mediaTypeId?: number;
                orderBy?: string;
                skillId?: number;
                skip?: number;
                stateId?: number;
                teamId?: number;
                toAddress?: string;
                top?: number;
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActiveContactList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactsParked: {
        parameters: {
            query?: {
                agentId?: number;
                campaignId?: number;
                fields?: string;
                fromAddr?: string;
                mediaTypeId?: number;
                skillId?: number;
                teamId?: number;
                toAddr?: string;
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resultSet?: {
                            businessUnitId?: number;
                            lastPollTime?: string;
                            parkedContacts?: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContactsStates: {
        parameters: {
            query?: {
                agentId?: number;
                fields?: string;
                orderBy?: string;
                skip?: number;
                top?: number;
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        _links?: components["schemas"]["Links"];
                        businessUnitId?: number;
                        contactStates?: {
                            agentId?: number;
                            campaignId?: number;
                            campaignName?: string;
                            contactId?: number;
                            contactStateId?: number;
                            contactStateName?: string;
                            digitalContactStateId?: number;
                            digitalContactStateName?: string;
                            firstName?: string;
                            fromAddress?: string;
                            highProficiency?: number;
                            lastName?: string;
                            lastUpdateTime?: string;
                            lowProficiency?: number;
                            masterContactId?: number;
                            mediaSubTypeId?: number;
                            mediaSubTypeName?: string;
                            mediaTypeId?: number;
                            mediaTypeName?: string;
                            routingAttribute?: number;
                            skillId?: number;
                            skillName?: string;
                            startDate?: string;
                            teamId?: number;
                            teamName?: string;
                            toAddress?: string;
                        }[];
                        lastPollTime?: string;
                        totalRecords?: number;
                    };
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsBySkillIdActivity: {
        parameters: {
            query?: {
                fields?: string;
                updatedSince?: string;
            };
            header?: never;
            path: {
                skillId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lastPollTime?: string;
                        skillActivity?: {
                            agentsACW?: number;
                            agentsAvailable?: number;
                            agentsIdle?: number;
                            agentsLoggedIn?: number;
                            agentsUnavailable?: number;
                            agentsWorking?: number;
                            businessUnitId?: number;
                            campaignId?: number;
                            campaignName?: string;
                            contactsActive?: number;
                            earliestQueueTime?: string;
                            emailFromAddress?: string;
                            inSLA?: number;
                            isActive?: boolean;
                            isNaturalCalling?: boolean;
                            isOutbound?: boolean;
                            mediaTypeId?: number;
                            mediaTypeName?: string;
                            outSLA?: number;
                            parkedCount?: number;
                            personalQueueCount?: number;
                            queueCount?: number;
                            serverTime?: string;
                            serviceLevel?: number;
                            serviceLevelGoal?: number;
                            serviceLevelThreshold?: number;
                            skillId?: number;
                            skillName?: string;
                            skillQueueCount?: number;
                        }[];
                    };
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsActivity: {
        parameters: {
            query?: {
                fields?: string;
                IsOutbound?: boolean;
                mediaTypeId?: number;
                skip?: number;
                top?: number;
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillActivityList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postSkillsActivitySearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    fields?: string;
                    filter?: {
                        campaignIds?: number[];
                        isOutbound?: string;
                        mediaTypeId?: string;
                        skillIds?: number[];
                        updatedSince?: string;
                    };
                    skip?: number;
                    top?: number;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agentsACW?: number;
                        agentsAvaliable?: number;
                        agentsIdle?: number;
                        agentsLoggedIn?: number;
                        agentsUnavaliable?: number;
                        agentsWorking?: number;
                        businessUnitId?: number;
                        campaignId?: number;
                        campaignName?: string;
                        contactsActive?: number;
                        divisionNo?: number;
                        earliestQueueTime?: string;
                        emailFromAddress?: string;
                        isActive?: boolean;
                        isNaturalCalling?: boolean;
                        isOutbound?: boolean;
                        mediaTypeId?: number;
                        mediaTypeName?: string;
                        parkedCount?: number;
                        personalQueueCount?: number;
                        queueCount?: number;
                        serverTime?: string;
                        serviceLevel?: number;
                        serviceLevelGoal?: number;
                        serviceLevelThreshold?: number;
                        skillId?: number;
                        skillName?: string;
                        skillQueueCount?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
