// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/openapi.yaml (sha256 ed4a9757adfbc383)
// Produced by `npm run generate` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------
export interface paths {
    "/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List agents */
        get: operations["getAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent id. */
                agentId: components["parameters"]["agentId"];
            };
            cookie?: never;
        };
        /** Get an agent */
        get: operations["getAgent"];
        /**
         * Update an agent
         * @description Sends only the fields to change, wrapped in `agent`. There is no PATCH.
         */
        put: operations["updateAgent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List agent states */
        get: operations["getAgentStates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a contact */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List active contacts */
        get: operations["getActiveContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List completed contacts */
        get: operations["getCompletedContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List skills */
        get: operations["getSkills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/skills/{skillId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a skill */
        get: operations["getSkill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/skills/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Real-time activity of every skill */
        get: operations["getSkillsActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List teams */
        get: operations["getTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{teamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a team */
        get: operations["getTeam"];
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
        ActiveContact: {
            agentId?: number | null;
            /** Format: int64 */
            contactId: number;
            /** Format: date-time */
            contactStartDate?: string;
            contactStateCategory?: string;
            fromAddress?: string;
            isOutbound?: boolean;
            /** Format: int64 */
            masterContactId?: number;
            mediaTypeId?: number;
            mediaTypeName?: string;
            skillId?: number;
            skillName?: string;
            stateId?: number;
            stateName?: string;
            toAddress?: string;
        };
        ActiveContactList: {
            _links?: components["schemas"]["Links"];
            activeContacts?: components["schemas"]["ActiveContact"][];
            businessUnitId?: number;
            /** Format: date-time */
            lastPollTime?: string;
            totalRecords?: number;
        };
        Agent: {
            agentId: number;
            emailAddress?: string;
            federatedId?: string | null;
            firstName?: string;
            internalId?: string | null;
            isActive?: boolean;
            isSupervisor?: boolean;
            /** Format: date-time */
            lastLogin?: string | null;
            lastName?: string;
            /** Format: date-time */
            lastUpdated?: string;
            locked?: boolean;
            middleName?: string | null;
            profileId?: number;
            profileName?: string;
            reportToId?: number | null;
            teamId?: number;
            teamName?: string;
            teamUuId?: string;
            timeZone?: string;
            /** @description The user's UUID in CXone identity. */
            userID?: string;
            userName?: string;
        };
        AgentDetails: {
            agents?: components["schemas"]["Agent"][];
            businessUnitId?: number;
            /** Format: date-time */
            lastPollTime?: string;
        };
        AgentList: {
            _links?: components["schemas"]["Links"];
            agents?: components["schemas"]["Agent"][];
            businessUnitId?: number;
            hiddenAgents?: number;
            /** Format: date-time */
            lastPollTime?: string;
            totalRecords?: number;
        };
        AgentState: {
            agentId?: number;
            agentStateId?: number;
            /** @enum {string} */
            agentStateName?: "LoggedOut" | "Available" | "Unavailable" | "InboundContact" | "OutboundContact" | "InboundConsult" | "OutboundConsult" | "Dialer" | "LoggedIn";
            /** Format: int64 */
            contactId?: number | null;
            isACW?: boolean;
            /** Format: date-time */
            lastUpdateTime?: string;
            outStateDescription?: string | null;
            outStateId?: number | null;
            skillId?: number | null;
            stationId?: number | null;
            teamId?: number;
        };
        AgentStateList: {
            _links?: components["schemas"]["Links"];
            agentStates?: components["schemas"]["AgentState"][];
            /** Format: date-time */
            lastPollTime?: string;
            totalRecords?: number;
        };
        /** @description The agent fields to change. */
        AgentUpdate: {
            emailAddress?: string;
            federatedId?: string;
            firstName?: string;
            internalId?: string;
            isActive?: boolean;
            isSupervisor?: boolean;
            lastName?: string;
            middleName?: string;
            reportToId?: number;
            teamId?: number;
            timeZone?: string;
        };
        AgentUpdateRequest: {
            agent: components["schemas"]["AgentUpdate"];
        };
        AgentUpdateResult: {
            /** @description Set when the update was not applied. */
            error?: string | null;
        };
        CompletedContact: {
            abandoned?: boolean;
            acwSeconds?: number;
            agentId?: number | null;
            agentSeconds?: number;
            /** Format: int64 */
            contactId: number;
            /** Format: date-time */
            contactStartDate?: string;
            endReason?: string;
            holdSeconds?: number;
            inQueueSeconds?: number;
            isOutbound?: boolean;
            /** Format: int64 */
            masterContactId?: number;
            mediaTypeId?: number;
            primaryDispositionId?: number | null;
            skillId?: number;
            totalDurationSeconds?: number;
        };
        CompletedContactList: {
            _links?: components["schemas"]["Links"];
            businessUnitId?: number;
            completedContacts?: components["schemas"]["CompletedContact"][];
            /** Format: date-time */
            lastPollTime?: string;
            totalRecords?: number;
        };
        /** @description One contact, in progress or completed. */
        Contact: {
            agentId?: number | null;
            /** Format: date-time */
            contactEndDate?: string | null;
            /** Format: int64 */
            contactId: number;
            /** Format: date-time */
            contactStartDate?: string;
            fromAddress?: string;
            isActive?: boolean;
            isOutbound?: boolean;
            /** Format: int64 */
            masterContactId?: number;
            mediaTypeId?: number;
            mediaTypeName?: string;
            skillId?: number;
            skillName?: string;
            stateName?: string;
            toAddress?: string;
        };
        /** @description The error body of the CXone APIs (OAuth errors may say `error_description` instead). */
        ErrorResponse: {
            error?: string;
            errorDescription?: string;
        };
        /** @description Paging links; `next` is null on the last page. */
        Links: {
            next?: string | null;
            previous?: string | null;
            self?: string;
        };
        Skill: {
            campaignId?: number | null;
            campaignName?: string | null;
            isActive?: boolean;
            isOutbound?: boolean;
            mediaTypeId?: number;
            mediaTypeName?: string;
            outboundStrategy?: string | null;
            serviceLevelGoal?: number;
            serviceLevelThreshold?: number;
            skillId: number;
            skillName?: string;
        };
        SkillActivity: {
            agentsAvailable?: number;
            agentsLoggedIn?: number;
            agentsUnavailable?: number;
            /** Format: date-time */
            earliestQueueTime?: string | null;
            queueCount?: number;
            serviceLevel?: number;
            skillId?: number;
            skillName?: string;
        };
        SkillActivityList: {
            businessUnitId?: number;
            /** Format: date-time */
            lastPollTime?: string;
            skillActivity?: components["schemas"]["SkillActivity"][];
        };
        SkillDetails: {
            businessUnitId?: number;
            skills?: components["schemas"]["Skill"][];
        };
        SkillList: {
            _links?: components["schemas"]["Links"];
            businessUnitId?: number;
            /** Format: date-time */
            lastPollTime?: string;
            skills?: components["schemas"]["Skill"][];
            totalRecords?: number;
        };
        Team: {
            agentCount?: number;
            description?: string | null;
            isActive?: boolean;
            teamId: number;
            teamLeadId?: number | null;
            teamName?: string;
            teamUuid?: string;
        };
        TeamDetails: {
            businessUnitId?: number;
            teams?: components["schemas"]["Team"][];
        };
        TeamList: {
            _links?: components["schemas"]["Links"];
            businessUnitId?: number;
            /** Format: date-time */
            lastPollTime?: string;
            teams?: components["schemas"]["Team"][];
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
        /** @description The user behind the access key lacks the permission for this operation. Retrying does not help. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No such item. */
        NotFound: {
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
        /** @description The token is missing, expired or revoked. Obtain a new token and retry once. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Agent id. */
        agentId: number;
        /** @description Agent id. */
        agentIdFilter: number;
        /** @description Campaign id. */
        campaignId: number;
        /** @description Comma-separated list of the fields to return. */
        fields: string;
        /** @description Media type id (4 phone call, 1 email, 3 chat, ...). */
        mediaTypeId: number;
        /** @description Sort expression, e.g. `lastName asc`. */
        orderBy: string;
        /** @description Free-text filter. */
        searchString: string;
        /** @description Skill id. */
        skillIdFilter: number;
        /** @description Items to skip (offset). */
        skip: number;
        /** @description Team id. */
        teamIdFilter: number;
        /** @description Items to return (page size). */
        top: number;
        /** @description Only items changed since this time (ISO 8601); the answer is 304 when nothing changed. */
        updatedSince: string;
    };
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before retrying; not reliably sent by CXone. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type SchemaActiveContact = components['schemas']['ActiveContact'];
export type SchemaActiveContactList = components['schemas']['ActiveContactList'];
export type SchemaAgent = components['schemas']['Agent'];
export type SchemaAgentDetails = components['schemas']['AgentDetails'];
export type SchemaAgentList = components['schemas']['AgentList'];
export type SchemaAgentState = components['schemas']['AgentState'];
export type SchemaAgentStateList = components['schemas']['AgentStateList'];
export type SchemaAgentUpdate = components['schemas']['AgentUpdate'];
export type SchemaAgentUpdateRequest = components['schemas']['AgentUpdateRequest'];
export type SchemaAgentUpdateResult = components['schemas']['AgentUpdateResult'];
export type SchemaCompletedContact = components['schemas']['CompletedContact'];
export type SchemaCompletedContactList = components['schemas']['CompletedContactList'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaErrorResponse = components['schemas']['ErrorResponse'];
export type SchemaLinks = components['schemas']['Links'];
export type SchemaSkill = components['schemas']['Skill'];
export type SchemaSkillActivity = components['schemas']['SkillActivity'];
export type SchemaSkillActivityList = components['schemas']['SkillActivityList'];
export type SchemaSkillDetails = components['schemas']['SkillDetails'];
export type SchemaSkillList = components['schemas']['SkillList'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaTeamDetails = components['schemas']['TeamDetails'];
export type SchemaTeamList = components['schemas']['TeamList'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseNotModified = components['responses']['NotModified'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterAgentId = components['parameters']['agentId'];
export type ParameterAgentIdFilter = components['parameters']['agentIdFilter'];
export type ParameterCampaignId = components['parameters']['campaignId'];
export type ParameterFields = components['parameters']['fields'];
export type ParameterMediaTypeId = components['parameters']['mediaTypeId'];
export type ParameterOrderBy = components['parameters']['orderBy'];
export type ParameterSearchString = components['parameters']['searchString'];
export type ParameterSkillIdFilter = components['parameters']['skillIdFilter'];
export type ParameterSkip = components['parameters']['skip'];
export type ParameterTeamIdFilter = components['parameters']['teamIdFilter'];
export type ParameterTop = components['parameters']['top'];
export type ParameterUpdatedSince = components['parameters']['updatedSince'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    getAgents: {
        parameters: {
            query?: {
                /** @description Comma-separated list of the fields to return. */
                fields?: components["parameters"]["fields"];
                /** @description Only active (or only inactive) agents. */
                isActive?: boolean;
                /** @description Only locked (or only unlocked) agents. */
                isLocked?: boolean;
                /** @description Sort expression, e.g. `lastName asc`. */
                orderBy?: components["parameters"]["orderBy"];
                /** @description Free-text filter. */
                searchString?: components["parameters"]["searchString"];
                /** @description Items to skip (offset). */
                skip?: components["parameters"]["skip"];
                /** @description Items to return (page size). */
                top?: components["parameters"]["top"];
                /** @description Only items changed since this time (ISO 8601); the answer is 304 when nothing changed. */
                updatedSince?: components["parameters"]["updatedSince"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of agents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentList"];
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
    getAgent: {
        parameters: {
            query?: {
                /** @description Comma-separated list of the fields to return. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /** @description Agent id. */
                agentId: components["parameters"]["agentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent, as the only item of `agents`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent id. */
                agentId: components["parameters"]["agentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentUpdateRequest"];
            };
        };
        responses: {
            /** @description The update was applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentUpdateResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentStates: {
        parameters: {
            query?: {
                /** @description Comma-separated list of the fields to return. */
                fields?: components["parameters"]["fields"];
                /** @description Sort expression, e.g. `lastName asc`. */
                orderBy?: components["parameters"]["orderBy"];
                /** @description Business unit ids, comma separated. */
                reqBUIds?: string;
                /** @description Items to skip (offset). */
                skip?: components["parameters"]["skip"];
                /** @description Items to return (page size). */
                top?: components["parameters"]["top"];
                /** @description Only items changed since this time (ISO 8601); the answer is 304 when nothing changed. */
                updatedSince?: components["parameters"]["updatedSince"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current state of each agent. */
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
    getContact: {
        parameters: {
            query?: {
                /** @description Comma-separated list of the fields to return. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /** @description Contact id. */
                contactId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getActiveContacts: {
        parameters: {
            query?: {
                /** @description Agent id. */
                agentId?: components["parameters"]["agentIdFilter"];
                /** @description Campaign id. */
                campaignId?: components["parameters"]["campaignId"];
                /** @description Contact id. */
                contactId?: number;
                /** @description Comma-separated list of the fields to return. */
                fields?: components["parameters"]["fields"];
                /** @description Origin address. */
                fromAddress?: string;
                /** @description Media type id (4 phone call, 1 email, 3 chat, ...). */
                mediaTypeId?: components["parameters"]["mediaTypeId"];
                /** @description Sort expression, e.g. `lastName asc`. */
                orderBy?: components["parameters"]["orderBy"];
                /** @description Skill id. */
                skillId?: components["parameters"]["skillIdFilter"];
                /** @description Items to skip (offset). */
                skip?: components["parameters"]["skip"];
                /** @description Contact state id. */
                stateId?: number;
                /** @description Team id. */
                teamId?: components["parameters"]["teamIdFilter"];
                /** @description Destination address (phone number, email, ...). */
                toAddress?: string;
                /** @description Items to return (page size). */
                top?: components["parameters"]["top"];
                /** @description Only items changed since this time (ISO 8601); the answer is 304 when nothing changed. */
                updatedSince?: components["parameters"]["updatedSince"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of contacts in progress. */
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
    getCompletedContacts: {
        parameters: {
            query?: {
                /** @description Agent id. */
                agentId?: components["parameters"]["agentIdFilter"];
                /** @description Campaign id. */
                campaignId?: components["parameters"]["campaignId"];
                /** @description End of the period (ISO 8601). */
                endDate?: string;
                /** @description Comma-separated list of the fields to return. */
                fields?: components["parameters"]["fields"];
                /** @description Media type id (4 phone call, 1 email, 3 chat, ...). */
                mediaTypeId?: components["parameters"]["mediaTypeId"];
                /** @description Sort expression, e.g. `lastName asc`. */
                orderBy?: components["parameters"]["orderBy"];
                /** @description Skill id. */
                skillId?: components["parameters"]["skillIdFilter"];
                /** @description Items to skip (offset). */
                skip?: components["parameters"]["skip"];
                /** @description Start of the period (ISO 8601). */
                startDate?: string;
                /** @description Team id. */
                teamId?: components["parameters"]["teamIdFilter"];
                /** @description Items to return (page size). */
                top?: components["parameters"]["top"];
                /** @description Only items changed since this time (ISO 8601); the answer is 304 when nothing changed. */
                updatedSince?: components["parameters"]["updatedSince"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of completed contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletedContactList"];
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
    getSkills: {
        parameters: {
            query?: {
                /** @description Comma-separated list of the fields to return. */
                fields?: components["parameters"]["fields"];
                /** @description Media type id (4 phone call, 1 email, 3 chat, ...). */
                mediaTypeId?: components["parameters"]["mediaTypeId"];
                /** @description Sort expression, e.g. `lastName asc`. */
                orderBy?: components["parameters"]["orderBy"];
                /** @description Outbound strategy, e.g. `Personal Connection`. */
                outboundStrategy?: string;
                /** @description Free-text filter. */
                searchString?: components["parameters"]["searchString"];
                /** @description Items to skip (offset). */
                skip?: components["parameters"]["skip"];
                /** @description Items to return (page size). */
                top?: components["parameters"]["top"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of skills. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkill: {
        parameters: {
            query?: {
                /** @description Comma-separated list of the fields to return. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /** @description Skill id. */
                skillId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The skill, as the only item of `skills`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillsActivity: {
        parameters: {
            query?: {
                /** @description Comma-separated list of the fields to return. */
                fields?: components["parameters"]["fields"];
                /** @description Only items changed since this time (ISO 8601); the answer is 304 when nothing changed. */
                updatedSince?: components["parameters"]["updatedSince"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queue and agent counts per skill. */
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
    getTeams: {
        parameters: {
            query?: {
                /** @description Comma-separated list of the fields to return. */
                fields?: components["parameters"]["fields"];
                /** @description Only active (or only inactive) teams. */
                isActive?: boolean;
                /** @description Sort expression, e.g. `lastName asc`. */
                orderBy?: components["parameters"]["orderBy"];
                /** @description Free-text filter. */
                searchString?: components["parameters"]["searchString"];
                /** @description Items to skip (offset). */
                skip?: components["parameters"]["skip"];
                /** @description Items to return (page size). */
                top?: components["parameters"]["top"];
                /** @description Only items changed since this time (ISO 8601); the answer is 304 when nothing changed. */
                updatedSince?: components["parameters"]["updatedSince"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamList"];
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
    getTeam: {
        parameters: {
            query?: {
                /** @description Comma-separated list of the fields to return. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /** @description Team id. */
                teamId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team, as the only item of `teams`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
