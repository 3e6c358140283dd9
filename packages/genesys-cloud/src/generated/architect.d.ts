// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/genesys-cloud/areas/architect/openapi.yaml (sha256 8ca7ec069d21fee3)
// Produced by `node tools/codegen/generate.mjs genesys-cloud --area architect` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';

/**
 * Architect (151 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).
 * @example
 * const architect = architectApi(createGenesysCloudClient({ clientId, clientSecret }));
 */
export declare function architectApi(client: GenesysCloudClient): GenesysCloudApi<paths>;

export interface paths {
    "/api/v2/architect/dependencytracking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Dependency Tracking objects that have a given display name
         * @permissions ALL: `architect:dependencyTracking:view`
         */
        get: operations["getArchitectDependencytracking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/dependencytracking/build": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Dependency Tracking build status for an organization
         * @permissions ALL: `architect:dependencyTracking:view`
         */
        get: operations["getArchitectDependencytrackingBuild"];
        put?: never;
        /**
         * Rebuild Dependency Tracking data for an organization
         * @description Asynchronous.  Notification topic: v2.architect.dependencytracking.build
         * @permissions ALL: `architect:dependencyTracking:rebuild`
         */
        post: operations["postArchitectDependencytrackingBuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/dependencytracking/consumedresources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get resources that are consumed by a given Dependency Tracking object
         * @permissions ALL: `architect:dependencyTracking:view`
         */
        get: operations["getArchitectDependencytrackingConsumedresources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/dependencytracking/consumingresources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get resources that consume a given Dependency Tracking object
         * @permissions ALL: `architect:dependencyTracking:view`
         */
        get: operations["getArchitectDependencytrackingConsumingresources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/dependencytracking/deletedresourceconsumers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Dependency Tracking objects that consume deleted resources
         * @permissions ALL: `architect:dependencyTracking:view`
         */
        get: operations["getArchitectDependencytrackingDeletedresourceconsumers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/dependencytracking/object": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Dependency Tracking object
         * @permissions ALL: `architect:dependencyTracking:view`
         */
        get: operations["getArchitectDependencytrackingObject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/dependencytracking/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Dependency Tracking types.
         * @permissions ALL: `architect:dependencyTracking:view`
         */
        get: operations["getArchitectDependencytrackingTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/dependencytracking/types/{typeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Dependency Tracking type.
         * @permissions ALL: `architect:dependencyTracking:view`
         */
        get: operations["getArchitectDependencytrackingType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/dependencytracking/updatedresourceconsumers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Dependency Tracking objects that depend on updated resources
         * @permissions ALL: `architect:dependencyTracking:view`
         */
        get: operations["getArchitectDependencytrackingUpdatedresourceconsumers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/emergencygroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of emergency groups.
         * @permissions ALL: `routing:emergencyGroup:view`
         */
        get: operations["getArchitectEmergencygroups"];
        put?: never;
        /**
         * Creates a new emergency group
         * @permissions ALL: `routing:emergencyGroup:add`
         */
        post: operations["postArchitectEmergencygroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/emergencygroups/{emergencyGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a emergency group by ID
         * @permissions ALL: `routing:emergencyGroup:view`
         */
        get: operations["getArchitectEmergencygroup"];
        /**
         * Updates a emergency group by ID
         * @permissions ALL: `routing:emergencyGroup:edit`
         */
        put: operations["putArchitectEmergencygroup"];
        post?: never;
        /**
         * Deletes a emergency group by ID
         * @permissions ALL: `routing:emergencyGroup:delete`
         */
        delete: operations["deleteArchitectEmergencygroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/emergencygroups/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pageable list of basic emergency group objects filterable by query parameters.
         * @description This returns emergency groups consisting of name and division. If one or more IDs are specified, the search will fetch emergency groups that match the given ID(s) and not use any additional supplied query parameters in the search.
         * @permissions ALL: `routing:emergencyGroup:search`
         */
        get: operations["getArchitectEmergencygroupsDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/grammars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pageable list of grammars, filtered by query parameters
         * @description Multiple IDs can be specified, in which case all matching grammars will be returned, and no other parameters will be evaluated.
         * @permissions ALL: `architect:grammar:view`
         */
        get: operations["getArchitectGrammars"];
        put?: never;
        /**
         * Create a new grammar
         * @permissions ALL: `architect:grammar:add`
         */
        post: operations["postArchitectGrammars"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/grammars/{grammarId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a grammar
         * @description Returns a specified grammar
         * @permissions ALL: `architect:grammar:view`
         */
        get: operations["getArchitectGrammar"];
        put?: never;
        post?: never;
        /**
         * Delete a grammar.
         * @permissions ALL: `architect:grammar:delete`
         */
        delete: operations["deleteArchitectGrammar"];
        options?: never;
        head?: never;
        /**
         * Updates a grammar
         * @permissions ALL: `architect:grammar:edit`
         */
        patch: operations["patchArchitectGrammar"];
        trace?: never;
    };
    "/api/v2/architect/grammars/{grammarId}/languages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new language for a given grammar
         * @permissions ALL: `architect:grammar:edit`
         */
        post: operations["postArchitectGrammarLanguages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/grammars/{grammarId}/languages/{languageCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a grammar language.
         * @permissions ALL: `architect:grammar:view`
         */
        get: operations["getArchitectGrammarLanguage"];
        put?: never;
        post?: never;
        /**
         * Delete specified grammar language
         * @permissions ALL: `architect:grammar:edit`
         */
        delete: operations["deleteArchitectGrammarLanguage"];
        options?: never;
        head?: never;
        /**
         * Updates a grammar language
         * @permissions ALL: `architect:grammar:edit`
         */
        patch: operations["patchArchitectGrammarLanguage"];
        trace?: never;
    };
    "/api/v2/architect/grammars/{grammarId}/languages/{languageCode}/files/dtmf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a presigned URL for uploading a grammar DTMF mode file
         * @permissions ALL: `architect:grammar:edit`
         */
        post: operations["postArchitectGrammarLanguageFilesDtmf"];
        /**
         * Clear the DTMF mode file for the grammar language if there is one
         * @permissions ALL: `architect:grammar:edit`
         */
        delete: operations["deleteArchitectGrammarLanguageFilesDtmf"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/grammars/{grammarId}/languages/{languageCode}/files/voice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a presigned URL for uploading a grammar voice mode file
         * @permissions ALL: `architect:grammar:edit`
         */
        post: operations["postArchitectGrammarLanguageFilesVoice"];
        /**
         * Clear the voice mode file for the grammar language if there is one
         * @permissions ALL: `architect:grammar:edit`
         */
        delete: operations["deleteArchitectGrammarLanguageFilesVoice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/ivrs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get IVR configs.
         * @permissions ALL: `routing:callRoute:view`
         */
        get: operations["getArchitectIvrs"];
        put?: never;
        /**
         * Create IVR config.
         * @permissions ALL: `routing:callRoute:add`
         */
        post: operations["postArchitectIvrs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/ivrs/{ivrId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an IVR config.
         * @permissions ALL: `routing:callRoute:view`
         */
        get: operations["getArchitectIvr"];
        /**
         * Update an IVR Config.
         * @permissions ALL: `routing:callRoute:edit`
         */
        put: operations["putArchitectIvr"];
        post?: never;
        /**
         * Delete an IVR Config.
         * @permissions ALL: `routing:callRoute:delete`
         */
        delete: operations["deleteArchitectIvr"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/ivrs/{ivrId}/identityresolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an IVR IdentityResolutionConfig.
         * @permissions ALL: all of `routing:callRoute:view`, `routing:identityResolutionIvr:view`
         */
        get: operations["getArchitectIvrIdentityresolution"];
        /**
         * Update an IVR IdentityResolutionConfig.
         * @permissions ALL: all of `routing:callRoute:edit`, `routing:identityResolutionIvr:edit`
         */
        put: operations["putArchitectIvrIdentityresolution"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/ivrs/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pageable list of basic ivr configuration information objects filterable by query parameters.
         * @permissions ALL: `routing:callRoute:search`
         */
        get: operations["getArchitectIvrsDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/prompts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pageable list of user prompts
         * @description The returned list is pageable, and query parameters can be used for filtering.  Multiple names can be specified, in which case all matching prompts will be returned, and no other filters will be evaluated.
         * @permissions ALL: `architect:userPrompt:view`
         */
        get: operations["getArchitectPrompts"];
        put?: never;
        /**
         * Create a new user prompt
         * @permissions ALL: `architect:userPrompt:add`
         */
        post: operations["postArchitectPrompts"];
        /**
         * Batch-delete a list of prompts
         * @description Multiple IDs can be specified, in which case all specified prompts will be deleted.  Asynchronous.  Notification topic: v2.architect.prompts.{promptId}
         * @permissions ALL: `architect:userPrompt:delete`
         */
        delete: operations["deleteArchitectPrompts"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/prompts/{promptId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get specified user prompt
         * @permissions ALL: `architect:userPrompt:view`
         */
        get: operations["getArchitectPrompt"];
        /**
         * Update specified user prompt
         * @permissions ALL: `architect:userPrompt:edit`
         */
        put: operations["putArchitectPrompt"];
        post?: never;
        /**
         * Delete specified user prompt
         * @permissions ALL: `architect:userPrompt:delete`
         */
        delete: operations["deleteArchitectPrompt"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/prompts/{promptId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate prompt history
         * @description Asynchronous.  Notification topic: v2.architect.prompts.{promptId}
         * @permissions ALL: `architect:userPrompt:view`
         */
        post: operations["postArchitectPromptHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/prompts/{promptId}/history/{historyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get generated prompt history
         * @permissions ALL: `architect:userPrompt:view`
         */
        get: operations["getArchitectPromptHistoryHistoryId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/prompts/{promptId}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pageable list of user prompt resources
         * @description The returned list is pageable, and query parameters can be used for filtering.
         * @permissions ALL: `architect:userPrompt:view`
         */
        get: operations["getArchitectPromptResources"];
        put?: never;
        /**
         * Create a new user prompt resource
         * @permissions ALL: `architect:userPrompt:edit`
         */
        post: operations["postArchitectPromptResources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/prompts/{promptId}/resources/{languageCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get specified user prompt resource
         * @permissions ALL: `architect:userPrompt:view`
         */
        get: operations["getArchitectPromptResource"];
        /**
         * Update specified user prompt resource
         * @permissions ALL: `architect:userPrompt:edit`
         */
        put: operations["putArchitectPromptResource"];
        post?: never;
        /**
         * Delete specified user prompt resource
         * @permissions ALL: `architect:userPrompt:edit`
         */
        delete: operations["deleteArchitectPromptResource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/prompts/{promptId}/resources/{languageCode}/audio": {
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
         * Delete specified user prompt resource audio
         * @permissions ALL: `architect:userPrompt:edit`
         */
        delete: operations["deleteArchitectPromptResourceAudio"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/prompts/{promptId}/resources/{languageCode}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a presigned URL for uploading a user prompt file
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `architect:userPrompt:edit`
         */
        post: operations["postArchitectPromptResourceUploads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/schedulegroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of schedule groups.
         * @permissions ALL: `routing:scheduleGroup:view`
         */
        get: operations["getArchitectSchedulegroups"];
        put?: never;
        /**
         * Creates a new schedule group
         * @permissions ALL: `routing:scheduleGroup:add`
         */
        post: operations["postArchitectSchedulegroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/schedulegroups/{scheduleGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a schedule group by ID
         * @permissions ALL: `routing:scheduleGroup:view`
         */
        get: operations["getArchitectSchedulegroup"];
        /**
         * Updates a schedule group by ID
         * @permissions ALL: `routing:scheduleGroup:edit`
         */
        put: operations["putArchitectSchedulegroup"];
        post?: never;
        /**
         * Deletes a schedule group by ID
         * @permissions ALL: `routing:scheduleGroup:delete`
         */
        delete: operations["deleteArchitectSchedulegroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/schedulegroups/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pageable list of basic schedule group configuration information objects filterable by query parameters.
         * @permissions ALL: `routing:scheduleGroup:search`
         */
        get: operations["getArchitectSchedulegroupsDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of schedules.
         * @permissions ALL: `routing:schedule:view`
         */
        get: operations["getArchitectSchedules"];
        put?: never;
        /**
         * Create a new schedule.
         * @permissions ALL: `routing:schedule:add`
         */
        post: operations["postArchitectSchedules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/schedules/{scheduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a schedule by ID
         * @permissions ALL: `routing:schedule:view`
         */
        get: operations["getArchitectSchedule"];
        /**
         * Update schedule by ID
         * @permissions ALL: `routing:schedule:edit`
         */
        put: operations["putArchitectSchedule"];
        post?: never;
        /**
         * Delete a schedule by id
         * @permissions ALL: `routing:schedule:delete`
         */
        delete: operations["deleteArchitectSchedule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/schedules/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pageable list of basic schedule configuration information objects filterable by query parameters.
         * @permissions ALL: `routing:schedule:search`
         */
        get: operations["getArchitectSchedulesDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/systemprompts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get System Prompts
         * @permissions ALL: `architect:systemPrompt:view`
         */
        get: operations["getArchitectSystemprompts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/systemprompts/{promptId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a system prompt
         * @permissions ALL: `architect:systemPrompt:view`
         */
        get: operations["getArchitectSystemprompt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/systemprompts/{promptId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate system prompt history
         * @description Asynchronous.  Notification topic: v2.architect.systemprompts.{systemPromptId}
         * @permissions ALL: `architect:systemPrompt:view`
         */
        post: operations["postArchitectSystempromptHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/systemprompts/{promptId}/history/{historyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get generated prompt history
         * @permissions ALL: `architect:systemPrompt:view`
         */
        get: operations["getArchitectSystempromptHistoryHistoryId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/systemprompts/{promptId}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get system prompt resources.
         * @permissions ALL: `architect:systemPrompt:view`
         */
        get: operations["getArchitectSystempromptResources"];
        put?: never;
        /**
         * Create system prompt resource override.
         * @permissions ALL: `architect:systemPrompt:edit`
         */
        post: operations["postArchitectSystempromptResources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/systemprompts/{promptId}/resources/{languageCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a system prompt resource.
         * @permissions ALL: `architect:systemPrompt:view`
         */
        get: operations["getArchitectSystempromptResource"];
        /**
         * Updates a system prompt resource override.
         * @permissions ALL: `architect:systemPrompt:edit`
         */
        put: operations["putArchitectSystempromptResource"];
        post?: never;
        /**
         * Delete a system prompt resource override.
         * @permissions ALL: `architect:systemPrompt:edit`
         */
        delete: operations["deleteArchitectSystempromptResource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/architect/systemprompts/{promptId}/resources/{languageCode}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a presigned URL for uploading a system prompt file
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `architect:systemPrompt:edit`
         */
        post: operations["postArchitectSystempromptResourceUploads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pageable list of flows, filtered by query parameters
         * @description If one or more IDs are specified, the search will fetch flows that match the given ID(s) and not use any additional supplied query parameters in the search.
         * @permissions ANY: `architect:flow:view`
         */
        get: operations["getFlows"];
        put?: never;
        /**
         * Create flow
         * @permissions ANY: `architect:flow:add`
         */
        post: operations["postFlows"];
        /**
         * Batch-delete a list of flows
         * @description Multiple IDs can be specified, in which case all specified flows will be deleted.  Asynchronous.  Notification topic: v2.flows.{flowId}
         * @permissions ANY: `architect:flow:delete`
         */
        delete: operations["deleteFlows"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/{flowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get flow
         * @permissions ANY: `architect:flow:view`
         */
        get: operations["getFlow"];
        /**
         * Update flow
         * @permissions ANY: `architect:flow:edit`
         */
        put: operations["putFlow"];
        post?: never;
        /**
         * Delete flow
         * @permissions ANY: `architect:flow:delete`
         */
        delete: operations["deleteFlow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/{flowId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate flow history
         * @description Asynchronous.  Notification topic: v2.flows.{flowId}
         * @permissions ANY: `architect:flow:view`
         */
        post: operations["postFlowHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/{flowId}/history/{historyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get generated flow history
         * @permissions ANY: `architect:flow:view`
         */
        get: operations["getFlowHistoryHistoryId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/{flowId}/instances/settings/loglevels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieves the log level for a flow by flow id.
         * @description Retrieves the log level for a flow by flow id.
         * @permissions ALL: `architect:flowLogLevel:view`
         */
        get: operations["getFlowInstancesSettingsLoglevels"];
        /**
         * Edit the logLevel for a particular flow id
         * @description Updates the loglevel for a flow id
         * @permissions ALL: `architect:flowLogLevel:edit`
         */
        put: operations["putFlowInstancesSettingsLoglevels"];
        /**
         * Set the logLevel for a particular flow id
         * @description Assigns a new loglevel to a flow id
         * @permissions ALL: `architect:flowLogLevel:add`
         */
        post: operations["postFlowInstancesSettingsLoglevels"];
        /**
         * Deletes a log level for a flow by flow id.
         * @description Deletes the associated log level for a flow by flow id
         * @permissions ALL: `architect:flowLogLevel:delete`
         */
        delete: operations["deleteFlowInstancesSettingsLoglevels"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/{flowId}/latestconfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the latest configuration for flow
         * @permissions ANY: `architect:flow:view`
         */
        get: operations["getFlowLatestconfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/{flowId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get flow version list
         * @permissions ANY: `architect:flow:view`
         */
        get: operations["getFlowVersions"];
        put?: never;
        /**
         * Create flow version
         * @permissions ANY: `architect:flow:edit`
         */
        post: operations["postFlowVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/{flowId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get flow version
         * @permissions ANY: `architect:flow:view`
         */
        get: operations["getFlowVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/{flowId}/versions/{versionId}/configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get flow version configuration
         * @permissions ANY: `architect:flow:view`
         */
        get: operations["getFlowVersionConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/{flowId}/versions/{versionId}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get overall health scores for all intents present in the NLU domain version associated with the bot flow version.
         * @permissions ANY: `architect:flow:view`
         */
        get: operations["getFlowVersionHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/{flowId}/versions/{versionId}/intents/{intentId}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get health scores and other health metrics for a specific intent. This includes the health metrics for each utterance in an intent.
         * @permissions ANY: `architect:flow:view`
         */
        get: operations["getFlowVersionIntentHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/{flowId}/versions/{versionId}/intents/{intentId}/utterances/{utteranceId}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get health metrics associated with a specific utterance of an intent.
         * @permissions ANY: `architect:flow:view`
         */
        get: operations["getFlowVersionIntentUtteranceHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/actions/checkin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check-in flow
         * @description Asynchronous.  Notification topic: v2.flows.{flowId}
         * @permissions ANY: any one of `architect:flow:edit`, `architect:flow:unlock`
         */
        post: operations["postFlowsActionsCheckin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/actions/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check-out flow
         * @permissions ANY: `architect:flow:edit`
         */
        post: operations["postFlowsActionsCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/actions/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate flow
         * @permissions ANY: `architect:flow:publish`
         */
        post: operations["postFlowsActionsDeactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/actions/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish flow
         * @description Asynchronous.  Notification topic: v2.flows.{flowId}
         * @permissions ANY: any one of `architect:flow:unlock`, `architect:flow:publish`
         */
        post: operations["postFlowsActionsPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/actions/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revert flow
         * @permissions ANY: `architect:flow:edit`
         */
        post: operations["postFlowsActionsRevert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/actions/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock flow
         * @description Allows for unlocking a flow in the case where there is no flow configuration available, and thus a check-in will not unlock the flow. The user must have Architect Admin permissions to perform this action.
         * @permissions ANY: `architect:flow:unlock`
         */
        post: operations["postFlowsActionsUnlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/datatables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of datatables for the org
         * @description Returns a metadata list of the datatables associated with this org, including datatableId, name and description.
         * @permissions ANY: `architect:datatable:view`
         */
        get: operations["getFlowsDatatables"];
        put?: never;
        /**
         * Create a new datatable with the specified json-schema definition
         * @description This will create a new datatable with fields that match the property definitions in the JSON schema.  The schemas title field will be overridden by the name field in the DataTable object.  See also http://json-schema.org/
         * @permissions ANY: `architect:datatable:add`
         */
        post: operations["postFlowsDatatables"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/datatables/{datatableId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns a specific datatable by id
         * @description Given a datatableId returns the datatable object and schema associated with it.
         * @permissions ANY: `architect:datatable:view`
         */
        get: operations["getFlowsDatatable"];
        /**
         * Updates a specific datatable by id
         * @description Updates a schema for a datatable with the given datatableId -updates allow only new fields to be added in the schema, no changes or removals of existing fields.
         * @permissions ANY: `architect:datatable:edit`
         */
        put: operations["putFlowsDatatable"];
        post?: never;
        /**
         * deletes a specific datatable by id
         * @description Deletes an entire datatable (including the schema and data) with a given datatableId
         * @permissions ANY: `architect:datatable:delete`
         */
        delete: operations["deleteFlowsDatatable"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/datatables/{datatableId}/export/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Begin an export process for exporting all rows from a datatable
         * @description Create an export job for exporting rows. The caller can then poll for status of the export using the token returned in the response
         * @permissions ANY: any one of `architect:datatable:view`, `architect:datatableRow:view`
         */
        post: operations["postFlowsDatatableExportJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/datatables/{datatableId}/export/jobs/{exportJobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns the state information about an export job
         * @description Returns the state information about an export job.
         * @permissions ANY: any one of `architect:datatable:view`, `architect:datatableRow:view`
         */
        get: operations["getFlowsDatatableExportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/datatables/{datatableId}/import/csv/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Begin an import process for importing rows from a CSV file into a datatable. CSV file is uploaded by performing a PUT request against the URL in the returned 'uploadURI' field. Headers for the PUT request must contain all headers contained in the returned 'uploadHeaders' field.
         * @description Create an import job for importing rows from a CSV file. The caller can then poll for status of the import using the token returned in the response
         * @permissions ANY: any one of `architect:datatable:edit`, `architect:datatableRow:add`
         */
        post: operations["postFlowsDatatableImportCsvJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/datatables/{datatableId}/import/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all recent import jobs
         * @description Get all recent import jobs
         * @permissions ANY: any one of `architect:datatable:edit`, `architect:datatableRow:view`
         */
        get: operations["getFlowsDatatableImportJobs"];
        put?: never;
        /**
         * Begin an import process for importing rows into a datatable. Apps should migrate to use POST /api/v2/flows/datatables/{datatableId}/import/csv/jobs instead
         * @description Create an import job for importing rows. The caller can then poll for status of the import using the token returned in the response
         *
         *     Deprecated: use POST /api/v2/flows/datatables/{datatableId}/import/csv/jobs instead.
         * @deprecated Use POST /api/v2/flows/datatables/{datatableId}/import/csv/jobs instead.
         * @permissions ANY: any one of `architect:datatable:edit`, `architect:datatableRow:add`
         */
        post: operations["postFlowsDatatableImportJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/datatables/{datatableId}/import/jobs/{importJobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns the state information about an import job
         * @description Returns the state information about an import job.
         * @permissions ANY: any one of `architect:datatable:view`, `architect:datatableRow:view`
         */
        get: operations["getFlowsDatatableImportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/datatables/{datatableId}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns the rows for the datatable with the given id
         * @description Returns all of the rows for the datatable with the given datatableId.  By default this will just be a truncated list returning the key for each row. Set showBrief to false to return all of the row contents.
         * @permissions ANY: any one of `architect:datatable:view`, `architect:datatableRow:view`
         */
        get: operations["getFlowsDatatableRows"];
        put?: never;
        /**
         * Create a new row entry for the datatable.
         * @description Will add the passed in row entry to the datatable with the given datatableId after verifying it against the schema.  When building the request body within API Explorer, Pro mode should be used. The DataTableRow should be a json-ized stream of key -> value pairs {      "Field1": "XYZZY",      "Field2": false,      "KEY": "27272"  }
         * @permissions ANY: any one of `architect:datatable:add`, `architect:datatableRow:add`
         */
        post: operations["postFlowsDatatableRows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/datatables/{datatableId}/rows/{rowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns a specific row for the datatable
         * @description Given a datatableId and a rowId (the value of the key field) this will return the full row contents for that rowId.
         * @permissions ANY: any one of `architect:datatable:view`, `architect:datatableRow:view`
         */
        get: operations["getFlowsDatatableRow"];
        /**
         * Update a row entry
         * @description Updates a row with the given rowId (the value of the key field) to the new values.  When building the request body within API Explorer, Pro mode should be used. The DataTableRow should be a json-ized stream of key -> value pairs {     "Field1": "XYZZY",     "Field2": false,     "KEY": "27272" }
         * @permissions ANY: any one of `architect:datatable:edit`, `architect:datatableRow:edit`
         */
        put: operations["putFlowsDatatableRow"];
        post?: never;
        /**
         * Delete a row entry
         * @description Deletes a row with a given rowId (the value of the key field).
         * @permissions ANY: any one of `architect:datatable:delete`, `architect:datatableRow:delete`
         */
        delete: operations["deleteFlowsDatatableRow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/datatables/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of datatables for the org
         * @description Returns a metadata list of the datatables associated with this org, including datatableId, name and description.
         * @permissions ALL: `architect:datatable:search`
         */
        get: operations["getFlowsDatatablesDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/datatables/divisionviews/{datatableId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns a specific datatable by id
         * @description Given a datatableId returns the datatable object and schema associated with it.
         * @permissions ALL: `architect:datatable:search`
         */
        get: operations["getFlowsDatatablesDivisionview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pageable list of basic flow information objects filterable by query parameters.
         * @description This returns a simplified version of /flow consisting of name and type. If one or more IDs are specified, the search will fetch flows that match the given ID(s) and not use any additional supplied query parameters in the search.
         * @permissions ALL: `architect:flow:search`
         */
        get: operations["getFlowsDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Launch an instance of a flow definition, for flow types that support it such as the 'workflow' type.
         * @description The launch is asynchronous, it returns as soon as the flow starts. You can use the returned ID to query its status if you need.
         * @permissions ANY: `architect:flow:launch`
         */
        post: operations["postFlowsExecutions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/executions/{flowExecutionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a flow execution's details. Flow execution details are available for several days after the flow is started.
         * @permissions ANY: `architect:flowExecution:view`
         */
        get: operations["getFlowsExecution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/export/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register Architect Export Job
         * @permissions ALL: `architect:jobExport:create`
         */
        post: operations["postFlowsExportJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/export/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch Architect Export Job Status
         * @permissions ALL: `architect:jobExport:view`
         */
        get: operations["getFlowsExportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/instances/{instanceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start a process (job) to prepare a download of a singular flow execution data instance by Id
         * @description Returns a JobResult object that contains an ID that can be used to check status and/or download links when the process (job) is complete.
         * @permissions ANY: `architect:flowInstance:view`
         */
        get: operations["getFlowsInstance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/instances/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a process (job) that will prepare a list of execution data IDs for download.
         * @description Returns a JobResult object that contains an ID that can be used to check status and/or download links when the process (job) is complete.
         * @permissions ANY: `architect:flowInstance:view`
         */
        post: operations["postFlowsInstancesJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/instances/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status and/or results of an asynchronous flow execution data retrieval job
         * @permissions ANY: `architect:flowInstance:view`
         */
        get: operations["getFlowsInstancesJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/instances/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query the database of existing flow histories to look for particular flow criteria
         * @description Returns a list of matching flow histories up to 200 max.
         * @permissions ANY: `architect:flowInstance:search`
         */
        post: operations["postFlowsInstancesQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/instances/querycapabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of capabilities that the org can use to query for execution data
         * @description Returns the queryable parameters that can be used to build a query for execution data.
         * @permissions ANY: `architect:flowInstance:search`
         */
        get: operations["getFlowsInstancesQuerycapabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/instances/settings/executiondata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the execution history enabled setting.
         * @description Get the execution history enabled setting.
         * @permissions ANY: `architect:flowinstanceexecutiondata:view`
         */
        get: operations["getFlowsInstancesSettingsExecutiondata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit the execution history enabled setting.
         * @description Edit the execution history enabled setting.
         * @permissions ANY: `architect:flowinstanceexecutiondata:edit`
         */
        patch: operations["patchFlowsInstancesSettingsExecutiondata"];
        trace?: never;
    };
    "/api/v2/flows/instances/settings/loglevels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a list of LogLevels for the organization.
         * @description Returns a paged set of LogLevels per flow id
         * @permissions ALL: all of `architect:flowLogLevel:view`, `architect:flow:search`
         */
        get: operations["getFlowsInstancesSettingsLoglevels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/instances/settings/loglevels/characteristics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets the available flow log level characteristics for this organization.
         * @description Log levels can be customized and this returns the set of available characteristics that can be enabled/disabled.
         * @permissions ANY: any one of `architect:flowLogLevel:view`, `architect:flowLogLevelDefault:view`
         */
        get: operations["getFlowsInstancesSettingsLoglevelsCharacteristics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/instances/settings/loglevels/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns the flow default log level.
         * @description Returns the flow default log level which will be used if no specific flow id log level is found.
         * @permissions ANY: `architect:flowLogLevelDefault:view`
         */
        get: operations["getFlowsInstancesSettingsLoglevelsDefault"];
        /**
         * Edit the flow default log level.
         * @description Edit the flow default log level.
         * @permissions ANY: `architect:flowLogLevelDefault:edit`
         */
        put: operations["putFlowsInstancesSettingsLoglevelsDefault"];
        post?: never;
        /**
         * Resets the org log level to default, base
         * @description Resets the org log level to default, base
         * @permissions ANY: `architect:flowLogLevelDefault:delete`
         */
        delete: operations["deleteFlowsInstancesSettingsLoglevelsDefault"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register Architect Job. Returns a URL where a file, such as an Architect flow YAML file, can be PUT which will then initiate the job.
         * @permissions ALL: `architect:job:create`
         */
        post: operations["postFlowsJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch Architect Job Status
         * @permissions ALL: `architect:job:view`
         */
        get: operations["getFlowsJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up flows by ID
         * @description Returns only flows matching the specified ID(s). Returns an empty listing if no flows match the given IDs.
         * @permissions ANY: `architect:flow:view`
         */
        get: operations["getFlowsLookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pageable list of flow milestones, filtered by query parameters
         * @description Multiple IDs can be specified, in which case all matching flow milestones will be returned, and no other parameters will be evaluated.
         * @permissions ALL: `architect:flowMilestone:view`
         */
        get: operations["getFlowsMilestones"];
        put?: never;
        /**
         * Create a flow milestone
         * @permissions ALL: `architect:flowMilestone:add`
         */
        post: operations["postFlowsMilestones"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/milestones/{milestoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a flow milestone
         * @description Returns a specified flow milestone
         * @permissions ALL: `architect:flowMilestone:view`
         */
        get: operations["getFlowsMilestone"];
        /**
         * Updates a flow milestone
         * @permissions ALL: `architect:flowMilestone:edit`
         */
        put: operations["putFlowsMilestone"];
        post?: never;
        /**
         * Delete a flow milestone.
         * @permissions ALL: `architect:flowMilestone:delete`
         */
        delete: operations["deleteFlowsMilestone"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/milestones/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pageable list of basic flow milestone information objects filterable by query parameters.
         * @description This returns flow milestones consisting of name and division. If one or more IDs are specified, the search will fetch flow milestones that match the given ID(s) and not use any additional supplied query parameters in the search.
         * @permissions ALL: `architect:flowMilestone:search`
         */
        get: operations["getFlowsMilestonesDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pageable list of flow outcomes, filtered by query parameters
         * @description Multiple IDs can be specified, in which case all matching flow outcomes will be returned, and no other parameters will be evaluated.
         * @permissions ALL: `architect:flowOutcome:view`
         */
        get: operations["getFlowsOutcomes"];
        put?: never;
        /**
         * Create a flow outcome
         * @description Asynchronous.  Notification topic: v2.flows.outcomes.{flowOutcomeId}
         * @permissions ALL: `architect:flowOutcome:add`
         */
        post: operations["postFlowsOutcomes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/outcomes/{flowOutcomeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a flow outcome
         * @description Returns a specified flow outcome
         * @permissions ALL: `architect:flowOutcome:view`
         */
        get: operations["getFlowsOutcome"];
        /**
         * Updates a flow outcome
         * @description Updates a flow outcome.  Asynchronous.  Notification topic: v2.flowoutcomes.{flowoutcomeId}
         * @permissions ALL: `architect:flowOutcome:edit`
         */
        put: operations["putFlowsOutcome"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/outcomes/divisionviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pageable list of basic flow outcome information objects filterable by query parameters.
         * @description This returns flow outcomes consisting of name and division. If one or more IDs are specified, the search will fetch flow outcomes that match the given ID(s) and not use any additional supplied query parameters in the search.
         * @permissions ALL: `architect:flowOutcome:search`
         */
        get: operations["getFlowsOutcomesDivisionviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/validate/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register Architect Validate Job
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `architect:jobValidate:create`
         */
        post: operations["postFlowsValidateJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/flows/validate/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch Architect Validate Job Status
         * @preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.
         * @permissions ALL: `architect:jobValidate:view`
         */
        get: operations["getFlowsValidateJob"];
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
        AdditionalLanguagesIntent: {
            id?: string;
            utterances?: components["schemas"]["NluUtterance"][];
        };
        AdditionalLanguagesSynonyms: {
            synonyms?: string[];
        };
        AddressableEntityRef: {
            id?: string;
            selfUri?: string;
        };
        ArchitectExportJobStateResponse: {
            command?: string;
            downloadUrl?: string;
            id?: string;
            messages?: components["schemas"]["ArchitectJobMessage"][];
            selfUri?: string;
            status?: string;
        };
        ArchitectFlowReference: {
            id?: string;
            name?: string;
            type?: string;
            version?: string;
        };
        ArchitectJobMessage: {
            dateTime?: string;
            details?: components["schemas"]["ArchitectJobMessageDetail"][];
            text?: string;
            type?: string;
        };
        ArchitectJobMessageDetail: {
            correlationId?: string;
            errorCode?: string;
            errorMessage?: string;
            method?: string;
            requestBody?: string;
            responseBody?: string;
            statusCode?: number;
            statusMessage?: string;
            type?: string;
            url?: string;
        };
        ArchitectJobStateResponse: {
            command?: string;
            flow?: components["schemas"]["AddressableEntityRef"];
            id?: string;
            messages?: components["schemas"]["ArchitectJobMessage"][];
            selfUri?: string;
            status?: string;
        };
        ArchitectValidateJobStateResponse: {
            command?: string;
            id?: string;
            messages?: components["schemas"]["ArchitectJobMessage"][];
            selfUri?: string;
            status?: string;
        };
        AudioFormat: {
            bitsPerSample?: number;
            channels?: number;
            encoding?: string;
            sampleRate?: number;
        };
        Biography: {
            biography?: string;
            education?: components["schemas"]["Education"][];
            hobbies?: string[];
            interests?: string[];
            spouse?: string;
        };
        Chat: {
            jabberId?: string;
        };
        ConfusionDetails: {
            intents?: components["schemas"]["ConfusionIntentDetails"][];
        };
        ConfusionInfo: {
            intents?: components["schemas"]["ConfusionIntentInfo"][];
        };
        ConfusionIntentDetails: {
            id?: string;
            name?: string;
            selfUri?: string;
            utteranceCount?: number;
            utterances?: components["schemas"]["ConfusionUtterance"][];
        };
        ConfusionIntentInfo: {
            id?: string;
            name?: string;
            utteranceCount?: number;
        };
        ConfusionUtterance: {
            id?: string;
            similarity?: number;
            text?: string;
        };
        ConsumedResourcesEntityListing: {
            entities?: components["schemas"]["Dependency"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        ConsumingResourcesEntityListing: {
            entities?: components["schemas"]["Dependency"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        Contact: {
            /** @description Email address or phone number for this contact type */
            address?: string;
            countryCode?: string;
            /** @description Formatted version of the address property */
            readonly display?: string;
            /** @description Use extension instead of address for setting internal extensions */
            extension?: string;
            integration?: string;
            /** @enum {string} */
            mediaType?: "PHONE" | "EMAIL" | "SMS" | (string & {});
            /** @enum {string} */
            type?: "PRIMARY" | "WORK" | "WORK2" | "WORK3" | "WORK4" | "HOME" | "MOBILE" | "MAIN" | (string & {});
        };
        CriteriaCategoryInfo: {
            categoryId?: string;
            displayOrder?: number;
        };
        CriteriaGroup: {
            and?: components["schemas"]["CriteriaItem"][];
            criteria?: components["schemas"]["CriteriaItem"];
            not?: components["schemas"]["CriteriaItem"][];
            or?: components["schemas"]["CriteriaItem"][];
        };
        CriteriaItem: {
            key?: string;
            operator?: string;
            value?: string;
        };
        CriteriaQuery: {
            query: components["schemas"]["CriteriaGroup"][];
        };
        DataTable: {
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            name?: string;
            schema?: components["schemas"]["JsonSchemaDocument"];
            selfUri?: string;
        };
        DataTableExportJob: {
            countRecordsProcessed?: number;
            dateCompleted?: string;
            dateCreated?: string;
            downloadURI?: string;
            errorInformation?: components["schemas"]["ErrorBody"];
            id?: string;
            name?: string;
            owner?: components["schemas"]["AddressableEntityRef"];
            selfUri?: string;
            status: string;
        };
        DataTableImportEntityListing: {
            entities?: components["schemas"]["DataTableImportJob"][];
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            total?: number;
        };
        DataTableImportJob: {
            countRecordsDeleted?: number;
            countRecordsFailed?: number;
            countRecordsUpdated?: number;
            dateCompleted?: string;
            dateCreated?: string;
            errorInformation?: components["schemas"]["ErrorBody"];
            id?: string;
            importMode?: string;
            name?: string;
            owner?: components["schemas"]["AddressableEntityRef"];
            selfUri?: string;
            status: string;
            uploadHeaders?: {
                [key: string]: string;
            };
            uploadURI?: string;
        };
        DataTableRowEntityListing: {
            entities?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            }[];
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
        DataTablesDomainEntityListing: {
            entities?: components["schemas"]["DataTable"][];
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
        Dependency: {
            deleted?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            stateUnknown?: boolean;
            /** @enum {string} */
            type?: "ACDLANGUAGE" | "ACDSKILL" | "ACDWRAPUPCODE" | "BRIDGEACTION" | "COMPOSERSCRIPT" | "CONTACTLIST" | "DATAACTION" | "EMAILROUTE" | "GROUP" | "INBOUNDCALLFLOW" | "INBOUNDEMAILFLOW" | "INBOUNDSHORTMESSAGEFLOW" | "INQUEUECALLFLOW" | "IVRCONFIGURATION" | "LANGUAGE" | "OUTBOUNDCALLFLOW" | "QUEUE" | "RESPONSE" | "SCHEDULE" | "SCHEDULEGROUP" | "SECUREACTION" | "SECURECALLFLOW" | "SURVEYINVITEFLOW" | "SYSTEMPROMPT" | "USER" | "USERPROMPT" | "VOICEXML" | "WORKFLOW" | (string & {});
            updated?: boolean;
            version?: string;
        };
        DependencyObject: {
            consumedResources?: components["schemas"]["Dependency"][];
            consumingResources?: components["schemas"]["Dependency"][];
            deleted?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            stateUnknown?: boolean;
            /** @enum {string} */
            type?: "ACDLANGUAGE" | "ACDSKILL" | "ACDWRAPUPCODE" | "BRIDGEACTION" | "COMPOSERSCRIPT" | "CONTACTLIST" | "DATAACTION" | "EMAILROUTE" | "GROUP" | "INBOUNDCALLFLOW" | "INBOUNDEMAILFLOW" | "INBOUNDSHORTMESSAGEFLOW" | "INQUEUECALLFLOW" | "IVRCONFIGURATION" | "LANGUAGE" | "OUTBOUNDCALLFLOW" | "QUEUE" | "RESPONSE" | "SCHEDULE" | "SCHEDULEGROUP" | "SECUREACTION" | "SECURECALLFLOW" | "SURVEYINVITEFLOW" | "SYSTEMPROMPT" | "USER" | "USERPROMPT" | "VOICEXML" | "WORKFLOW" | (string & {});
            updated?: boolean;
            version?: string;
        };
        DependencyObjectEntityListing: {
            entities?: components["schemas"]["DependencyObject"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        DependencyStatus: {
            buildId?: string;
            client?: components["schemas"]["DomainEntityRef"];
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateCompleted?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateStarted?: string;
            failedObjects?: components["schemas"]["FailedObject"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @enum {string} */
            status?: "BUILDINITIALIZING" | "BUILDINPROGRESS" | "NOTBUILT" | "OPERATIONAL" | "OPERATIONALNEEDSREBUILD" | (string & {});
            user?: components["schemas"]["User"];
        };
        DependencyType: {
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            versioned?: boolean;
        };
        DependencyTypeEntityListing: {
            entities?: components["schemas"]["DependencyType"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
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
        DomainEntityRef: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        DomainRole: {
            /** @description The ID of the role */
            id?: string;
            /** @description The name of the role */
            name?: string;
        };
        Education: {
            dateEnd?: string;
            dateStart?: string;
            fieldOfStudy?: string;
            notes?: string;
            school?: string;
        };
        EmergencyCallFlow: {
            emergencyFlow?: components["schemas"]["DomainEntityRef"];
            ivrs?: components["schemas"]["DomainEntityRef"][];
        };
        EmergencyGroup: {
            createdBy?: string;
            createdByApp?: string;
            dateCreated?: string;
            dateModified?: string;
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            emergencyCallFlows?: components["schemas"]["EmergencyCallFlow"][];
            enabled?: boolean;
            id?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            name: string;
            selfUri?: string;
            state?: string;
            version?: number;
        };
        EmergencyGroupDivisionView: {
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            name: string;
            selfUri?: string;
        };
        EmergencyGroupDivisionViewEntityListing: {
            entities?: components["schemas"]["EmergencyGroupDivisionView"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
            totalNumberOfEntities?: number;
        };
        EmergencyGroupListing: {
            entities?: components["schemas"]["EmergencyGroup"][];
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
        EmployerInfo: {
            dateHire?: string;
            employeeId?: string;
            employeeType?: string;
            officialName?: string;
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
        ExecutionDataEntity: {
            downloadUri?: string;
            failed?: boolean;
            id?: string;
            statusCode?: string;
        };
        ExecutionDataFlowSettingsResponse: {
            dateModified?: string;
            enabled?: boolean;
            id?: string;
            modifiedBy?: components["schemas"]["UserReference"];
            modifiedByClient?: components["schemas"]["DomainEntityRef"];
            name?: string;
            selfUri?: string;
        };
        ExecutionDataRequest: {
            ids: string[];
        };
        ExecutionDataSettingsRequest: {
            enabled: boolean;
        };
        ExportDetails: {
            exportType?: string;
            fileName?: string;
            flow: components["schemas"]["ArchitectFlowReference"];
        };
        FailedObject: {
            errorCode?: string;
            id?: string;
            name?: string;
            version?: string;
        };
        Flow: {
            active?: boolean;
            checkedInVersion?: components["schemas"]["FlowVersion"];
            compatibleFlowTypes?: string[];
            currentOperation?: components["schemas"]["Operation"];
            debugVersion?: components["schemas"]["FlowVersion"];
            deleted?: boolean;
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description json schema describing the inputs for the flow */
            inputSchema?: {
                [key: string]: unknown;
            };
            lockedClient?: components["schemas"]["DomainEntityRef"];
            lockedUser?: components["schemas"]["User"];
            /** @description The flow name */
            name: string;
            nluInfo?: components["schemas"]["NluInfo"];
            /** @description json schema describing the outputs for the flow */
            outputSchema?: {
                [key: string]: unknown;
            };
            publishedBy?: components["schemas"]["User"];
            publishedVersion?: components["schemas"]["FlowVersion"];
            savedVersion?: components["schemas"]["FlowVersion"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            supportedLanguages?: components["schemas"]["SupportedLanguage"][];
            system?: boolean;
            /** @enum {string} */
            type?: "INBOUNDCALL" | "INBOUNDEMAIL" | "INBOUNDSHORTMESSAGE" | "INQUEUECALL" | "OUTBOUNDCALL" | "SECURECALL" | "SPEECH" | "SURVEYINVITE" | "WORKFLOW" | (string & {});
            virtualAgentEnabled?: boolean;
            worktypeId?: string;
        };
        FlowCharacteristics: {
            communications?: boolean;
            eventError?: boolean;
            eventOther?: boolean;
            eventWarning?: boolean;
            executionInputOutputs?: boolean;
            executionItems?: boolean;
            names?: boolean;
            variables?: boolean;
        };
        FlowDivisionView: {
            debugVersion?: components["schemas"]["FlowVersion"];
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            inputSchema?: components["schemas"]["JsonSchemaDocument"];
            name: string;
            outputSchema?: components["schemas"]["JsonSchemaDocument"];
            publishedVersion?: components["schemas"]["FlowVersion"];
            selfUri?: string;
            supportedLanguages?: components["schemas"]["SupportedLanguage"][];
            type?: string;
        };
        FlowDivisionViewEntityListing: {
            entities?: components["schemas"]["FlowDivisionView"][];
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
        FlowEntityListing: {
            entities?: components["schemas"]["Flow"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        FlowExecutionDataQueryResult: {
            conversationId?: string;
            endDateTime?: string;
            flowErrorReason?: string;
            flowId?: string;
            flowName?: string;
            flowType?: string;
            flowVersion?: string;
            flowWarningReason?: string;
            id?: string;
            name?: string;
            selfUri?: string;
            startDateTime?: string;
            workitemId?: string;
        };
        FlowExecutionLaunchRequest: {
            flowId: string;
            flowVersion?: string;
            inputData?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            name?: string;
        };
        FlowExecutionLaunchResponse: {
            flowVersion?: components["schemas"]["DomainEntityRef"];
            id?: string;
            name?: string;
            selfUri?: string;
        };
        FlowHealth: {
            flowVersionInfo?: components["schemas"]["FlowHealthVersionInfo"];
            intents?: components["schemas"]["FlowHealthIntentInfo"][];
            languageInfo?: {
                [key: string]: components["schemas"]["LocaleInfo"];
            };
            selfUri?: string;
        };
        FlowHealthErrorInfo: {
            code?: string;
            message?: string;
            messageParams?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            messageWithParams?: string;
        };
        FlowHealthIntent: {
            flowVersionInfo?: components["schemas"]["FlowHealthIntentVersionInfo"];
            health?: components["schemas"]["HealthInfo"];
            id?: string;
            language?: string;
            name?: string;
            selfUri?: string;
        };
        FlowHealthIntentInfo: {
            id?: string;
            languageHealth?: {
                [key: string]: components["schemas"]["LocaleHealth"];
            };
            name?: string;
            selfUri?: string;
        };
        FlowHealthIntentUtterance: {
            confusionInfo?: components["schemas"]["ConfusionInfo"];
            id?: string;
            issueCount?: number;
            outlierInfo?: components["schemas"]["OutlierInfo"];
            staticValidationResults?: string[];
            text?: string;
        };
        FlowHealthIntentVersionInfo: {
            flowVersion?: components["schemas"]["AddressableEntityRef"];
            nluDomain?: components["schemas"]["AddressableEntityRef"];
            nluVersion?: components["schemas"]["AddressableEntityRef"];
        };
        FlowHealthUtterance: {
            confusionInfo?: components["schemas"]["ConfusionDetails"];
            id?: string;
            issueCount?: number;
            language?: string;
            outlierInfo?: components["schemas"]["OutlierInfo"];
            selfUri?: string;
            staticValidationResults?: string[];
            text?: string;
        };
        FlowHealthVersionInfo: {
            flowVersion?: components["schemas"]["AddressableEntityRef"];
            nluDomain?: components["schemas"]["AddressableEntityRef"];
        };
        FlowLogLevel: {
            characteristics?: components["schemas"]["FlowCharacteristics"];
            level?: string;
        };
        FlowLogLevelCharacteristicsDefinition: {
            dependsOn?: components["schemas"]["FlowCharacteristics"];
            id?: string;
            minimumLevel?: string;
        };
        FlowLogLevelCharacteristicsDefinitions: {
            characteristics?: components["schemas"]["FlowLogLevelCharacteristicsDefinition"][];
            logLevels?: components["schemas"]["FlowLogLevel"][];
        };
        FlowLogLevelRequest: {
            logLevelCharacteristics: components["schemas"]["FlowLogLevel"];
        };
        FlowMilestone: {
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            name: string;
            selfUri?: string;
        };
        FlowMilestoneDivisionView: {
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            name: string;
            selfUri?: string;
        };
        FlowMilestoneDivisionViewEntityListing: {
            entities?: components["schemas"]["FlowMilestoneDivisionView"][];
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
        FlowMilestoneListing: {
            entities?: components["schemas"]["FlowMilestone"][];
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
        FlowOutcome: {
            currentOperation?: components["schemas"]["Operation"];
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            name: string;
            selfUri?: string;
        };
        FlowOutcomeDivisionView: {
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            name: string;
            selfUri?: string;
        };
        FlowOutcomeDivisionViewEntityListing: {
            entities?: components["schemas"]["FlowOutcomeDivisionView"][];
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
        FlowOutcomeListing: {
            entities?: components["schemas"]["FlowOutcome"][];
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
        FlowResultEntityListing: {
            entities?: components["schemas"]["FlowExecutionDataQueryResult"][];
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
        FlowRuntimeExecution: {
            completionReason?: string;
            conversation?: components["schemas"]["DomainEntityRef"];
            dateCompleted?: string;
            dateLaunched: string;
            flowErrorInfo?: components["schemas"]["ErrorBody"];
            flowVersion: components["schemas"]["FlowVersion"];
            id?: string;
            name?: string;
            outputData?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            selfUri?: string;
            status: string;
        };
        FlowSettingsResponse: {
            dateModified?: string;
            id?: string;
            logLevelCharacteristics?: components["schemas"]["FlowLogLevel"];
            modifiedBy?: components["schemas"]["UserReference"];
            modifiedByClient?: components["schemas"]["DomainEntityRef"];
            name?: string;
            selfUri?: string;
            type?: string;
        };
        FlowSettingsResponseEntityListing: {
            entities?: components["schemas"]["FlowSettingsResponse"][];
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
        FlowsQueryCriteriaResponse: {
            actionTypes?: string[];
            criteria?: components["schemas"]["QueryCriteria"][];
            errorCodes?: string[];
            flowTypes?: string[];
            warningCodes?: string[];
        };
        FlowVersion: {
            commitVersion?: string;
            compatibleFlowTypes?: string[];
            configurationUri?: string;
            configurationVersion?: string;
            createdBy?: components["schemas"]["User"];
            createdByClient?: components["schemas"]["DomainEntityRef"];
            dateCheckedIn?: number;
            /** Format: int64 */
            dateCreated?: number;
            datePublished?: string;
            datePublishedEnd?: string;
            dateSaved?: number;
            debug?: boolean;
            generationId?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            inputSchema?: components["schemas"]["JsonSchemaDocument"];
            name?: string;
            nluInfo?: components["schemas"]["NluInfo"];
            outputSchema?: components["schemas"]["JsonSchemaDocument"];
            /** Format: uri */
            publishResultUri?: string;
            secure?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            supportedLanguages?: components["schemas"]["SupportedLanguage"][];
            /** @enum {string} */
            type?: "PUBLISH" | "CHECKIN" | "SAVE" | (string & {});
            virtualAgentEnabled?: boolean;
        };
        FlowVersionEntityListing: {
            entities?: components["schemas"]["FlowVersion"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        Geolocation: {
            city?: string;
            country?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** Format: double */
            latitude?: number;
            locations?: components["schemas"]["LocationDefinition"][];
            /** Format: double */
            longitude?: number;
            name?: string;
            /** @description A boolean used to tell whether or not to set this geolocation client as the primary on a PATCH */
            primary?: boolean;
            region?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @description A string used to describe the type of client the geolocation is being updated from e.g. ios, android, web, etc. */
            type?: string;
        };
        GetFlowExecutionDataJobResult: {
            entities?: components["schemas"]["ExecutionDataEntity"][];
            id?: string;
            jobState?: string;
            name?: string;
            selfUri?: string;
        };
        Grammar: {
            description?: string;
            id?: string;
            languages?: components["schemas"]["GrammarLanguage"][];
            name?: string;
            selfUri?: string;
        };
        GrammarFileUploadRequest: {
            fileType?: string;
        };
        GrammarLanguage: {
            dtmfFileMetadata?: components["schemas"]["GrammarLanguageFileMetadata"];
            dtmfFileUrl?: string;
            grammarId?: string;
            id?: string;
            language?: string;
            selfUri?: string;
            voiceFileMetadata?: components["schemas"]["GrammarLanguageFileMetadata"];
            voiceFileUrl?: string;
        };
        GrammarLanguageFileMetadata: {
            dateUploaded?: string;
            fileName?: string;
            fileSizeBytes?: number;
            fileType?: string;
        };
        GrammarLanguageUpdate: {
            dtmfFileMetadata?: components["schemas"]["GrammarLanguageFileMetadata"];
            voiceFileMetadata?: components["schemas"]["GrammarLanguageFileMetadata"];
        };
        GrammarListing: {
            entities?: components["schemas"]["Grammar"][];
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
        Group: {
            addresses?: components["schemas"]["GroupContact"][];
            callsEnabled?: boolean;
            /**
             * Format: date-time
             * @description Last modified date/time. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            readonly dateModified?: string;
            description?: string;
            email?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            images?: components["schemas"]["Image"][];
            includeOwners?: boolean;
            /**
             * Format: int64
             * @description Number of members.
             */
            readonly memberCount?: number;
            /** @description The group name. */
            name: string;
            owners?: components["schemas"]["User"][];
            rolesEnabled?: boolean;
            /** @description Are membership rules visible to the person requesting to view the group */
            rulesVisible: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description Active, inactive, or deleted state.
             * @enum {string}
             */
            readonly state?: "active" | "inactive" | "deleted" | (string & {});
            /**
             * @description Type of group.
             * @enum {string}
             */
            type: "official" | "social" | (string & {});
            /**
             * Format: int32
             * @description Current version for this resource.
             */
            readonly version?: number;
            /**
             * @description Who can view this group
             * @enum {string}
             */
            visibility: "public" | "owners" | "members" | (string & {});
        };
        GroupContact: {
            /** @description Phone number for this contact type */
            address: string;
            /** @description Formatted version of the address property */
            readonly display?: string;
            extension?: string;
            /**
             * @description Media type of the address
             * @enum {string}
             */
            mediaType: "PHONE" | (string & {});
            /**
             * @description Contact type of the address
             * @enum {string}
             */
            type: "GROUPRING" | "GROUPPHONE" | (string & {});
        };
        HealthInfo: {
            errorInfo?: components["schemas"]["FlowHealthErrorInfo"];
            issueCount?: number;
            overallScore?: number;
            staticValidationResults?: string[];
            status?: string;
            utterances?: components["schemas"]["FlowHealthIntentUtterance"][];
        };
        HistoryEntry: {
            action?: string;
            agenticVirtualAgentEnabled?: boolean;
            client?: components["schemas"]["DomainEntityRef"];
            resource?: string;
            secure?: boolean;
            timestamp?: string;
            user?: components["schemas"]["User"];
            version?: string;
            virtualAgentEnabled?: boolean;
        };
        HistoryListing: {
            /**
             * @description Action name
             * @enum {string}
             */
            actionName?: "CHECKIN" | "DEBUG" | "DELETE" | "HISTORY" | "PUBLISH" | "STATE_CHANGE" | "VALIDATE" | (string & {});
            /**
             * @description Action status
             * @enum {string}
             */
            actionStatus?: "LOCKED" | "UNLOCKED" | "STARTED" | "PENDING_GENERATION" | "PENDING_BACKEND_NOTIFICATION" | "SUCCESS" | "FAILURE" | (string & {});
            client?: components["schemas"]["DomainEntityRef"];
            complete?: boolean;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            completed?: string;
            description?: string;
            entities?: components["schemas"]["HistoryEntry"][];
            errorCode?: string;
            errorDetails?: components["schemas"]["Detail"][];
            errorMessage?: string;
            errorMessageParams?: {
                [key: string]: string;
            };
            id?: string;
            name?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            started?: string;
            system?: boolean;
            total?: number;
            user?: components["schemas"]["User"];
        };
        Image: {
            imageUri?: string;
            resolution?: string;
        };
        Intent: {
            description?: string;
            name?: string;
        };
        IntentDefinition: {
            additionalLanguages?: {
                [key: string]: components["schemas"]["AdditionalLanguagesIntent"];
            };
            description?: string;
            entityNameReferences?: string[];
            entityTypeBindings?: components["schemas"]["NamedEntityTypeBinding"][];
            id?: string;
            name: string;
            utterances: components["schemas"]["NluUtterance"][];
        };
        IntentReference: {
            id?: string;
            name: string;
        };
        /** @description Defines the phone numbers, operating hours, and the Architect flows to execute for an IVR. */
        IVR: {
            closedHoursFlow?: components["schemas"]["DomainEntityRef"];
            createdBy?: string;
            createdByApp?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateCreated?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateModified?: string;
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            /** @description The phone number(s) to contact the IVR by.  Each phone number must be unique and not in use by another resource.  For example, a user and an iVR cannot have the same phone number. */
            dnis?: string[];
            holidayHoursFlow?: components["schemas"]["DomainEntityRef"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            /** @description The name of the entity. */
            name: string;
            openHoursFlow?: components["schemas"]["DomainEntityRef"];
            scheduleGroup?: components["schemas"]["DomainEntityRef"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            /** Format: int32 */
            version?: number;
        };
        IVRDivisionView: {
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            name: string;
            selfUri?: string;
        };
        IVRDivisionViewEntityListing: {
            entities?: components["schemas"]["IVRDivisionView"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
            totalNumberOfEntities?: number;
        };
        IVREntityListing: {
            entities?: components["schemas"]["IVR"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
            totalNumberOfEntities?: number;
        };
        IVRIdentityResolutionConfig: {
            division?: components["schemas"]["WritableStarrableDivision"];
            resolveIdentities: boolean;
            selfUri?: string;
        };
        /** @description A JSON Schema document. */
        JsonSchemaDocument: {
            $schema?: string;
            additionalProperties?: {
                [key: string]: unknown;
            };
            description?: string;
            id?: string;
            properties?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            required?: string[];
            title?: string;
            type?: string;
        };
        Limit: {
            key?: string;
            namespace?: string;
            value?: number;
        };
        LocaleFlowVersionInfo: {
            nluVersion?: components["schemas"]["AddressableEntityRef"];
        };
        LocaleHealth: {
            issueCount?: number;
            overallScore?: number;
            staticValidationResults?: string[];
        };
        LocaleInfo: {
            errorInfo?: components["schemas"]["FlowHealthErrorInfo"];
            flowVersionInfo?: components["schemas"]["LocaleFlowVersionInfo"];
            status?: string;
        };
        Location: {
            coordinates?: {
                [key: string]: number;
            };
            floorplanId?: string;
            id?: string;
            locationDefinition?: components["schemas"]["LocationDefinition"];
            notes?: string;
        };
        LocationAddress: {
            city?: string;
            country?: string;
            countryName?: string;
            state?: string;
            street1?: string;
            street2?: string;
            zipcode?: string;
        };
        LocationAddressVerificationDetails: {
            dateFinished?: string;
            dateStarted?: string;
            service?: string;
            status?: string;
        };
        LocationDefinition: {
            address?: components["schemas"]["LocationAddress"];
            addressStored?: boolean;
            addressVerificationDetails?: components["schemas"]["LocationAddressVerificationDetails"];
            addressVerified?: boolean;
            contactUser?: components["schemas"]["AddressableEntityRef"];
            emergencyNumber?: components["schemas"]["LocationEmergencyNumber"];
            floorplanImage?: components["schemas"]["LocationImage"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            images?: string;
            name?: string;
            notes?: string;
            path?: string[];
            profileImage?: components["schemas"]["LocationImage"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * @description Current activity status of the location.
             * @enum {string}
             */
            state?: "active" | "deleted" | (string & {});
            /** Format: int32 */
            version?: number;
        };
        LocationEmergencyNumber: {
            e164?: string;
            number?: string;
            /**
             * @description The type of emergency number.
             * @enum {string}
             */
            type?: "default" | "elin" | (string & {});
        };
        LocationImage: {
            imageUri?: string;
            resolution?: string;
        };
        MediaSummary: {
            contactCenter?: components["schemas"]["MediaSummaryDetail"];
            enterprise?: components["schemas"]["MediaSummaryDetail"];
        };
        MediaSummaryDetail: {
            /** Format: int32 */
            active?: number;
            /** Format: int32 */
            acw?: number;
        };
        NamedEntityAnnotation: {
            name: string;
        };
        NamedEntityDefinition: {
            name: string;
            type: string;
        };
        NamedEntityTypeBinding: {
            entityName: string;
            entityType: string;
        };
        NamedEntityTypeDefinition: {
            description?: string;
            mechanism: components["schemas"]["NamedEntityTypeMechanism"];
            name: string;
        };
        NamedEntityTypeItem: {
            additionalLanguages?: {
                [key: string]: components["schemas"]["AdditionalLanguagesSynonyms"];
            };
            synonyms?: string[];
            value: string;
        };
        NamedEntityTypeMechanism: {
            allowSpecialChars?: boolean;
            examples?: components["schemas"]["NamedEntityTypeMechanismExample"][];
            items: components["schemas"]["NamedEntityTypeItem"][];
            maxLength?: number;
            minLength?: number;
            restricted?: boolean;
            subType?: string;
            type: string;
        };
        NamedEntityTypeMechanismExample: {
            resolvedValue: string;
            text: string;
        };
        NluDomain: {
            dateCreated?: string;
            dateModified?: string;
            draftVersion?: components["schemas"]["NluDomainVersionReference"];
            engineVersion?: string;
            id?: string;
            language?: string;
            lastPublishedVersion?: components["schemas"]["NluDomainVersionReference"];
            name: string;
            selfUri?: string;
        };
        NluDomainVersion: {
            dateCreated?: string;
            dateModified?: string;
            datePublished?: string;
            dateTrained?: string;
            description?: string;
            domain?: components["schemas"]["NluDomain"];
            entities?: components["schemas"]["NamedEntityDefinition"][];
            entityTypes?: components["schemas"]["NamedEntityTypeDefinition"][];
            evaluationStatus?: string;
            id?: string;
            intents?: components["schemas"]["IntentDefinition"][];
            language: string;
            languageVersions?: {
                [key: string]: string;
            };
            published?: boolean;
            selfUri?: string;
            trainingStatus?: string;
        };
        NluDomainVersionReference: {
            domain?: components["schemas"]["NluDomain"];
            id?: string;
            intents?: components["schemas"]["IntentReference"][];
            selfUri?: string;
        };
        NluInfo: {
            domain?: components["schemas"]["AddressableEntityRef"];
            engineVersion?: string;
            intents?: components["schemas"]["Intent"][];
            nluData?: components["schemas"]["NluDomainVersion"];
            version?: components["schemas"]["NluDomainVersion"];
        };
        NluUtterance: {
            id?: string;
            segments: components["schemas"]["NluUtteranceSegment"][];
            source?: string;
        };
        NluUtteranceSegment: {
            entity?: components["schemas"]["NamedEntityAnnotation"];
            text: string;
        };
        OAuthLastTokenIssued: {
            dateIssued?: string;
        };
        Operation: {
            /**
             * @description Action name
             * @enum {string}
             */
            actionName?: "CHECKIN" | "DEBUG" | "DELETE" | "HISTORY" | "PUBLISH" | "STATE_CHANGE" | "VALIDATE" | (string & {});
            /**
             * @description Action status
             * @enum {string}
             */
            actionStatus?: "LOCKED" | "UNLOCKED" | "STARTED" | "PENDING_GENERATION" | "PENDING_BACKEND_NOTIFICATION" | "SUCCESS" | "FAILURE" | (string & {});
            client?: components["schemas"]["DomainEntityRef"];
            complete?: boolean;
            errorCode?: string;
            errorDetails?: components["schemas"]["Detail"][];
            errorMessage?: string;
            errorMessageParams?: {
                [key: string]: string;
            };
            id?: string;
            user?: components["schemas"]["User"];
        };
        OutlierInfo: {
            outlier?: boolean;
            score?: number;
        };
        OutOfOffice: {
            active?: boolean;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            endDate?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            indefinite?: boolean;
            name?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startDate?: string;
            user?: components["schemas"]["User"];
        };
        PresenceDefinition: {
            /** @description description */
            id?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            systemPresence?: string;
        };
        Prompt: {
            currentOperation?: components["schemas"]["Operation"];
            description?: string;
            division?: components["schemas"]["WritableStarrableDivision"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description The prompt name. */
            name: string;
            resources?: components["schemas"]["PromptAsset"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        PromptAsset: {
            audioFormat?: components["schemas"]["AudioFormat"];
            /** Format: double */
            durationSeconds?: number;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            language?: string;
            languageDefault?: boolean;
            mediaUri?: string;
            name?: string;
            promptId?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            tags?: {
                [key: string]: string[];
            };
            text?: string;
            ttsString?: string;
            uploadStatus?: string;
            uploadUri?: string;
        };
        PromptAssetCreate: {
            audioFormat?: components["schemas"]["AudioFormat"];
            /** Format: double */
            durationSeconds?: number;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description The prompt language. */
            language: string;
            languageDefault?: boolean;
            mediaUri?: string;
            name?: string;
            promptId?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            tags?: {
                [key: string]: string[];
            };
            text?: string;
            ttsString?: string;
            uploadStatus?: string;
            uploadUri?: string;
        };
        PromptAssetEntityListing: {
            entities?: components["schemas"]["PromptAsset"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        PromptAssetUpload: {
            headers?: {
                [key: string]: string;
            };
            url?: string;
        };
        PromptEntityListing: {
            entities?: components["schemas"]["Prompt"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        QueryCriteria: {
            categoryInfo?: components["schemas"]["CriteriaCategoryInfo"];
            criteriaGroups?: string[];
            criteriaKey?: string;
            dataType?: string;
            description?: string;
            operators?: string[];
        };
        RegisterArchitectExportJob: {
            flows: components["schemas"]["ExportDetails"][];
        };
        RegisterArchitectExportJobResponse: {
            id?: string;
            selfUri?: string;
            status?: string;
            totalFlows?: number;
        };
        RegisterArchitectJobRequest: {
            createStubs?: boolean;
        };
        RegisterArchitectJobResponse: {
            headers?: {
                [key: string]: string;
            };
            id?: string;
            presignedUrl?: string;
            selfUri?: string;
        };
        RegisterArchitectValidateJob: {
            flows: components["schemas"]["ValidateDetails"][];
        };
        RegisterArchitectValidateJobResponse: {
            id?: string;
            selfUri?: string;
            status?: string;
            totalFlows?: number;
        };
        ResourceConditionNode: {
            /** @enum {string} */
            conjunction?: "AND" | "OR" | (string & {});
            operands?: components["schemas"]["ResourceConditionValue"][];
            /** @enum {string} */
            operator?: "EQ" | "IN" | "GE" | "GT" | "LE" | "LT" | (string & {});
            terms?: components["schemas"]["ResourceConditionNode"][];
            variableName?: string;
        };
        ResourceConditionValue: {
            /** @enum {string} */
            type?: "SCALAR" | "VARIABLE" | "USER" | "QUEUE" | (string & {});
            value?: string;
        };
        ResourcePermissionPolicy: {
            actionSet?: string[];
            actionSetKey?: string;
            allowConditions?: boolean;
            domain?: string;
            entityName?: string;
            id?: string;
            namedResources?: string[];
            policyDescription?: string;
            policyName?: string;
            resourceCondition?: string;
            resourceConditionNode?: components["schemas"]["ResourceConditionNode"];
        };
        RoutingStatus: {
            /**
             * Format: date-time
             * @description The timestamp when the agent went into this state. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            startTime?: string;
            /**
             * @description Indicates the Routing State of the agent.  A value of OFF_QUEUE will be returned if the specified user does not exist.
             * @enum {string}
             */
            status?: "OFF_QUEUE" | "IDLE" | "INTERACTING" | "NOT_RESPONDING" | "COMMUNICATING" | (string & {});
            /** @description The userId of the agent */
            userId?: string;
        };
        /** @description Defines a period of time to perform a specific action.  Each schedule must be associated with one or more schedule groups to be used. */
        Schedule: {
            createdBy?: string;
            createdByApp?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateCreated?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateModified?: string;
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            /**
             * Format: local-date-time
             * @description Date time is represented as an ISO-8601 string without a timezone. For example: yyyy-MM-ddTHH:mm:ss.SSS
             */
            end: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            name: string;
            /** @description An iCal Recurrence Rule (RRULE) string. */
            rrule?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: local-date-time
             * @description Date time is represented as an ISO-8601 string without a timezone. For example: yyyy-MM-ddTHH:mm:ss.SSS
             */
            start: string;
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            /** Format: int32 */
            version?: number;
        };
        ScheduleDivisionViewEntityListing: {
            entities?: components["schemas"]["SchedulesDivisionView"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
            totalNumberOfEntities?: number;
        };
        ScheduleEntityListing: {
            entities?: components["schemas"]["Schedule"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
            totalNumberOfEntities?: number;
        };
        /** @description A group of schedules that define the operating hours of an organization. */
        ScheduleGroup: {
            /** @description The schedules defining the hours an organization is closed. */
            closedSchedules?: components["schemas"]["DomainEntityRef"][];
            createdBy?: string;
            createdByApp?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateCreated?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            dateModified?: string;
            description?: string;
            division?: components["schemas"]["WritableDivision"];
            holidaySchedules?: components["schemas"]["DomainEntityRef"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            modifiedBy?: string;
            modifiedByApp?: string;
            name: string;
            /** @description The schedules defining the hours an organization is open. */
            openSchedules?: components["schemas"]["DomainEntityRef"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @enum {string} */
            state?: "active" | "inactive" | "deleted" | (string & {});
            /** @description The timezone the schedules are a part of.  This is not a schedule property to allow a schedule to be used in multiple timezones. */
            timeZone?: string;
            /** Format: int32 */
            version?: number;
        };
        ScheduleGroupDivisionView: {
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            name: string;
            selfUri?: string;
        };
        ScheduleGroupDivisionViewEntityListing: {
            entities?: components["schemas"]["ScheduleGroupDivisionView"][];
            firstUri?: string;
            lastUri?: string;
            nextUri?: string;
            pageCount?: number;
            pageNumber?: number;
            pageSize?: number;
            previousUri?: string;
            selfUri?: string;
            total?: number;
            totalNumberOfEntities?: number;
        };
        ScheduleGroupEntityListing: {
            entities?: components["schemas"]["ScheduleGroup"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
            totalNumberOfEntities?: number;
        };
        SchedulesDivisionView: {
            division?: components["schemas"]["WritableDivision"];
            id?: string;
            name: string;
            selfUri?: string;
        };
        SupportedLanguage: {
            isDefault?: boolean;
            language?: string;
        };
        SystemPrompt: {
            description?: string;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            resources?: components["schemas"]["SystemPromptAsset"][];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
        };
        SystemPromptAsset: {
            audioFormat?: components["schemas"]["AudioFormat"];
            /** Format: double */
            durationSeconds?: number;
            hasDefault?: boolean;
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            /** @description The asset resource language */
            language: string;
            languageDefault?: boolean;
            mediaUri?: string;
            name?: string;
            promptId?: string;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            tags?: {
                [key: string]: string[];
            };
            text?: string;
            ttsString?: string;
            /** @enum {string} */
            uploadStatus?: "created" | "uploaded" | "transcoded" | (string & {});
            uploadUri?: string;
        };
        SystemPromptAssetEntityListing: {
            entities?: components["schemas"]["SystemPromptAsset"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
        };
        SystemPromptEntityListing: {
            entities?: components["schemas"]["SystemPrompt"][];
            /** Format: uri */
            firstUri?: string;
            /** Format: uri */
            lastUri?: string;
            /** Format: uri */
            nextUri?: string;
            /** Format: int32 */
            pageCount?: number;
            /** Format: int32 */
            pageNumber?: number;
            /** Format: int32 */
            pageSize?: number;
            /** Format: uri */
            previousUri?: string;
            /** Format: uri */
            selfUri?: string;
            /** Format: int64 */
            total?: number;
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
        UploadUrlResponse: {
            headers?: {
                [key: string]: string;
            };
            uploadKey?: string;
            url?: string;
        };
        User: {
            acdAutoAnswer?: boolean;
            /** @description Email addresses and phone numbers for this user */
            addresses?: components["schemas"]["Contact"][];
            authorization?: components["schemas"]["UserAuthorization"];
            biography?: components["schemas"]["Biography"];
            certifications?: string[];
            chat?: components["schemas"]["Chat"];
            conversationSummary?: components["schemas"]["UserConversationSummary"];
            dateLastLogin?: string;
            dateWelcomeSent?: string;
            department?: string;
            division?: components["schemas"]["Division"];
            email?: string;
            employerInfo?: components["schemas"]["EmployerInfo"];
            geolocation?: components["schemas"]["Geolocation"];
            /** @description The groups the user is a member of */
            readonly groups?: components["schemas"]["Group"][];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            images?: components["schemas"]["Image"][];
            integrationPresence?: components["schemas"]["UserPresence"];
            languagePreference?: string;
            languages?: components["schemas"]["UserRoutingLanguage"][];
            lastTokenIssued?: components["schemas"]["OAuthLastTokenIssued"];
            /** @description The user placement at each site location. */
            readonly locations?: components["schemas"]["Location"][];
            manager?: components["schemas"]["User"];
            name?: string;
            outOfOffice?: components["schemas"]["OutOfOffice"];
            preferredName?: string;
            presence?: components["schemas"]["UserPresence"];
            /** @description Auto populated from addresses. */
            readonly primaryContactInfo?: components["schemas"]["Contact"][];
            /** @description Skills possessed by the user */
            readonly profileSkills?: string[];
            routingStatus?: components["schemas"]["RoutingStatus"];
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            skills?: components["schemas"]["UserRoutingSkill"][];
            /**
             * @description The current state for this user.
             * @enum {string}
             */
            readonly state?: "active" | "inactive" | "deleted" | (string & {});
            station?: components["schemas"]["UserStations"];
            team?: components["schemas"]["Team"];
            title?: string;
            username?: string;
            /**
             * Format: int32
             * @description Required when updating a user, this value should be the current version of the user.  The current version can be obtained with a GET on the user before doing a PATCH.
             */
            version: number;
            workPlanBidRanks?: components["schemas"]["WorkPlanBidRanks"];
        };
        UserAuthorization: {
            /** @description The policies configured for assigned permissions. */
            readonly permissionPolicies?: components["schemas"]["ResourcePermissionPolicy"][];
            /** @description A collection of the permissions granted by all assigned roles */
            readonly permissions?: string[];
            roles?: components["schemas"]["DomainRole"][];
            unusedRoles?: components["schemas"]["DomainRole"][];
        };
        UserConversationSummary: {
            call?: components["schemas"]["MediaSummary"];
            callback?: components["schemas"]["MediaSummary"];
            chat?: components["schemas"]["MediaSummary"];
            email?: components["schemas"]["MediaSummary"];
            message?: components["schemas"]["MediaSummary"];
            socialExpression?: components["schemas"]["MediaSummary"];
            userId?: string;
            video?: components["schemas"]["MediaSummary"];
        };
        UserPresence: {
            futurePresenceDefinition?: components["schemas"]["PresenceDefinition"];
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            message?: string;
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            modifiedDate?: string;
            name?: string;
            presenceDefinition?: components["schemas"]["PresenceDefinition"];
            /** @description A boolean used to tell whether or not to set this presence source as the primary on a PATCH */
            primary?: boolean;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /** @description Represents the source where the Presence was set. Some examples are: PURECLOUD, LYNC, OUTLOOK, etc. */
            source?: string;
            sourceId?: string;
        };
        UserReference: {
            id?: string;
            selfUri?: string;
        };
        UserRoutingLanguage: {
            id?: string;
            languageUri?: string;
            name?: string;
            proficiency?: number;
            selfUri?: string;
            state?: string;
        };
        /** @description Represents an organization skill assigned to a user. When assigning to a user specify the organization skill id as the id. */
        UserRoutingSkill: {
            /** @description The globally unique identifier for the object. */
            readonly id?: string;
            name?: string;
            /**
             * Format: double
             * @description Proficiency is a rating from 0.0 to 5.0 on how competent an agent is for a particular skill. It is used when a queue is set to "Best available skills" mode to allow acd interactions to target agents with higher proficiency ratings.
             */
            proficiency?: number;
            /**
             * Format: uri
             * @description The URI for this object
             */
            readonly selfUri?: string;
            /**
             * Format: uri
             * @description URI to the organization skill used by this user skill.
             */
            readonly skillUri?: string;
            /**
             * @description Activate or deactivate this routing skill.
             * @enum {string}
             */
            state?: "active" | "inactive" | "deleted" | (string & {});
        };
        UserStation: {
            /**
             * Format: date-time
             * @description Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ
             */
            associatedDate?: string;
            associatedUser?: components["schemas"]["User"];
            defaultUser?: components["schemas"]["User"];
            /** @description A globally unique identifier for this station */
            readonly id?: string;
            name?: string;
            /** @description Provider-specific info for this station, e.g. { "edgeGroupId": "ffe7b15c-a9cc-4f4c-88f5-781327819a49" } */
            providerInfo?: {
                [key: string]: string;
            };
            type?: string;
            webRtcCallAppearances?: number;
        };
        UserStations: {
            associatedStation?: components["schemas"]["UserStation"];
            defaultStation?: components["schemas"]["UserStation"];
            effectiveStation?: components["schemas"]["UserStation"];
            lastAssociatedStation?: components["schemas"]["UserStation"];
        };
        ValidateDetails: {
            flow: components["schemas"]["ArchitectFlowReference"];
        };
        WorkPlanBidRanks: {
            biddingTieBreaker?: string;
            id?: string;
            selfUri?: string;
            workPlanBiddingPerformance?: number;
        };
        WritableDivision: {
            id?: string;
            name?: string;
            selfUri?: string;
        };
        WritableStarrableDivision: {
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
export type SchemaAdditionalLanguagesIntent = components['schemas']['AdditionalLanguagesIntent'];
export type SchemaAdditionalLanguagesSynonyms = components['schemas']['AdditionalLanguagesSynonyms'];
export type SchemaAddressableEntityRef = components['schemas']['AddressableEntityRef'];
export type SchemaArchitectExportJobStateResponse = components['schemas']['ArchitectExportJobStateResponse'];
export type SchemaArchitectFlowReference = components['schemas']['ArchitectFlowReference'];
export type SchemaArchitectJobMessage = components['schemas']['ArchitectJobMessage'];
export type SchemaArchitectJobMessageDetail = components['schemas']['ArchitectJobMessageDetail'];
export type SchemaArchitectJobStateResponse = components['schemas']['ArchitectJobStateResponse'];
export type SchemaArchitectValidateJobStateResponse = components['schemas']['ArchitectValidateJobStateResponse'];
export type SchemaAudioFormat = components['schemas']['AudioFormat'];
export type SchemaBiography = components['schemas']['Biography'];
export type SchemaChat = components['schemas']['Chat'];
export type SchemaConfusionDetails = components['schemas']['ConfusionDetails'];
export type SchemaConfusionInfo = components['schemas']['ConfusionInfo'];
export type SchemaConfusionIntentDetails = components['schemas']['ConfusionIntentDetails'];
export type SchemaConfusionIntentInfo = components['schemas']['ConfusionIntentInfo'];
export type SchemaConfusionUtterance = components['schemas']['ConfusionUtterance'];
export type SchemaConsumedResourcesEntityListing = components['schemas']['ConsumedResourcesEntityListing'];
export type SchemaConsumingResourcesEntityListing = components['schemas']['ConsumingResourcesEntityListing'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaCriteriaCategoryInfo = components['schemas']['CriteriaCategoryInfo'];
export type SchemaCriteriaGroup = components['schemas']['CriteriaGroup'];
export type SchemaCriteriaItem = components['schemas']['CriteriaItem'];
export type SchemaCriteriaQuery = components['schemas']['CriteriaQuery'];
export type SchemaDataTable = components['schemas']['DataTable'];
export type SchemaDataTableExportJob = components['schemas']['DataTableExportJob'];
export type SchemaDataTableImportEntityListing = components['schemas']['DataTableImportEntityListing'];
export type SchemaDataTableImportJob = components['schemas']['DataTableImportJob'];
export type SchemaDataTableRowEntityListing = components['schemas']['DataTableRowEntityListing'];
export type SchemaDataTablesDomainEntityListing = components['schemas']['DataTablesDomainEntityListing'];
export type SchemaDependency = components['schemas']['Dependency'];
export type SchemaDependencyObject = components['schemas']['DependencyObject'];
export type SchemaDependencyObjectEntityListing = components['schemas']['DependencyObjectEntityListing'];
export type SchemaDependencyStatus = components['schemas']['DependencyStatus'];
export type SchemaDependencyType = components['schemas']['DependencyType'];
export type SchemaDependencyTypeEntityListing = components['schemas']['DependencyTypeEntityListing'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaDivision = components['schemas']['Division'];
export type SchemaDomainEntityRef = components['schemas']['DomainEntityRef'];
export type SchemaDomainRole = components['schemas']['DomainRole'];
export type SchemaEducation = components['schemas']['Education'];
export type SchemaEmergencyCallFlow = components['schemas']['EmergencyCallFlow'];
export type SchemaEmergencyGroup = components['schemas']['EmergencyGroup'];
export type SchemaEmergencyGroupDivisionView = components['schemas']['EmergencyGroupDivisionView'];
export type SchemaEmergencyGroupDivisionViewEntityListing = components['schemas']['EmergencyGroupDivisionViewEntityListing'];
export type SchemaEmergencyGroupListing = components['schemas']['EmergencyGroupListing'];
export type SchemaEmployerInfo = components['schemas']['EmployerInfo'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type SchemaExecutionDataEntity = components['schemas']['ExecutionDataEntity'];
export type SchemaExecutionDataFlowSettingsResponse = components['schemas']['ExecutionDataFlowSettingsResponse'];
export type SchemaExecutionDataRequest = components['schemas']['ExecutionDataRequest'];
export type SchemaExecutionDataSettingsRequest = components['schemas']['ExecutionDataSettingsRequest'];
export type SchemaExportDetails = components['schemas']['ExportDetails'];
export type SchemaFailedObject = components['schemas']['FailedObject'];
export type SchemaFlow = components['schemas']['Flow'];
export type SchemaFlowCharacteristics = components['schemas']['FlowCharacteristics'];
export type SchemaFlowDivisionView = components['schemas']['FlowDivisionView'];
export type SchemaFlowDivisionViewEntityListing = components['schemas']['FlowDivisionViewEntityListing'];
export type SchemaFlowEntityListing = components['schemas']['FlowEntityListing'];
export type SchemaFlowExecutionDataQueryResult = components['schemas']['FlowExecutionDataQueryResult'];
export type SchemaFlowExecutionLaunchRequest = components['schemas']['FlowExecutionLaunchRequest'];
export type SchemaFlowExecutionLaunchResponse = components['schemas']['FlowExecutionLaunchResponse'];
export type SchemaFlowHealth = components['schemas']['FlowHealth'];
export type SchemaFlowHealthErrorInfo = components['schemas']['FlowHealthErrorInfo'];
export type SchemaFlowHealthIntent = components['schemas']['FlowHealthIntent'];
export type SchemaFlowHealthIntentInfo = components['schemas']['FlowHealthIntentInfo'];
export type SchemaFlowHealthIntentUtterance = components['schemas']['FlowHealthIntentUtterance'];
export type SchemaFlowHealthIntentVersionInfo = components['schemas']['FlowHealthIntentVersionInfo'];
export type SchemaFlowHealthUtterance = components['schemas']['FlowHealthUtterance'];
export type SchemaFlowHealthVersionInfo = components['schemas']['FlowHealthVersionInfo'];
export type SchemaFlowLogLevel = components['schemas']['FlowLogLevel'];
export type SchemaFlowLogLevelCharacteristicsDefinition = components['schemas']['FlowLogLevelCharacteristicsDefinition'];
export type SchemaFlowLogLevelCharacteristicsDefinitions = components['schemas']['FlowLogLevelCharacteristicsDefinitions'];
export type SchemaFlowLogLevelRequest = components['schemas']['FlowLogLevelRequest'];
export type SchemaFlowMilestone = components['schemas']['FlowMilestone'];
export type SchemaFlowMilestoneDivisionView = components['schemas']['FlowMilestoneDivisionView'];
export type SchemaFlowMilestoneDivisionViewEntityListing = components['schemas']['FlowMilestoneDivisionViewEntityListing'];
export type SchemaFlowMilestoneListing = components['schemas']['FlowMilestoneListing'];
export type SchemaFlowOutcome = components['schemas']['FlowOutcome'];
export type SchemaFlowOutcomeDivisionView = components['schemas']['FlowOutcomeDivisionView'];
export type SchemaFlowOutcomeDivisionViewEntityListing = components['schemas']['FlowOutcomeDivisionViewEntityListing'];
export type SchemaFlowOutcomeListing = components['schemas']['FlowOutcomeListing'];
export type SchemaFlowResultEntityListing = components['schemas']['FlowResultEntityListing'];
export type SchemaFlowRuntimeExecution = components['schemas']['FlowRuntimeExecution'];
export type SchemaFlowSettingsResponse = components['schemas']['FlowSettingsResponse'];
export type SchemaFlowSettingsResponseEntityListing = components['schemas']['FlowSettingsResponseEntityListing'];
export type SchemaFlowsQueryCriteriaResponse = components['schemas']['FlowsQueryCriteriaResponse'];
export type SchemaFlowVersion = components['schemas']['FlowVersion'];
export type SchemaFlowVersionEntityListing = components['schemas']['FlowVersionEntityListing'];
export type SchemaGeolocation = components['schemas']['Geolocation'];
export type SchemaGetFlowExecutionDataJobResult = components['schemas']['GetFlowExecutionDataJobResult'];
export type SchemaGrammar = components['schemas']['Grammar'];
export type SchemaGrammarFileUploadRequest = components['schemas']['GrammarFileUploadRequest'];
export type SchemaGrammarLanguage = components['schemas']['GrammarLanguage'];
export type SchemaGrammarLanguageFileMetadata = components['schemas']['GrammarLanguageFileMetadata'];
export type SchemaGrammarLanguageUpdate = components['schemas']['GrammarLanguageUpdate'];
export type SchemaGrammarListing = components['schemas']['GrammarListing'];
export type SchemaGroup = components['schemas']['Group'];
export type SchemaGroupContact = components['schemas']['GroupContact'];
export type SchemaHealthInfo = components['schemas']['HealthInfo'];
export type SchemaHistoryEntry = components['schemas']['HistoryEntry'];
export type SchemaHistoryListing = components['schemas']['HistoryListing'];
export type SchemaImage = components['schemas']['Image'];
export type SchemaIntent = components['schemas']['Intent'];
export type SchemaIntentDefinition = components['schemas']['IntentDefinition'];
export type SchemaIntentReference = components['schemas']['IntentReference'];
export type SchemaIvr = components['schemas']['IVR'];
export type SchemaIvrDivisionView = components['schemas']['IVRDivisionView'];
export type SchemaIvrDivisionViewEntityListing = components['schemas']['IVRDivisionViewEntityListing'];
export type SchemaIvrEntityListing = components['schemas']['IVREntityListing'];
export type SchemaIvrIdentityResolutionConfig = components['schemas']['IVRIdentityResolutionConfig'];
export type SchemaJsonSchemaDocument = components['schemas']['JsonSchemaDocument'];
export type SchemaLimit = components['schemas']['Limit'];
export type SchemaLocaleFlowVersionInfo = components['schemas']['LocaleFlowVersionInfo'];
export type SchemaLocaleHealth = components['schemas']['LocaleHealth'];
export type SchemaLocaleInfo = components['schemas']['LocaleInfo'];
export type SchemaLocation = components['schemas']['Location'];
export type SchemaLocationAddress = components['schemas']['LocationAddress'];
export type SchemaLocationAddressVerificationDetails = components['schemas']['LocationAddressVerificationDetails'];
export type SchemaLocationDefinition = components['schemas']['LocationDefinition'];
export type SchemaLocationEmergencyNumber = components['schemas']['LocationEmergencyNumber'];
export type SchemaLocationImage = components['schemas']['LocationImage'];
export type SchemaMediaSummary = components['schemas']['MediaSummary'];
export type SchemaMediaSummaryDetail = components['schemas']['MediaSummaryDetail'];
export type SchemaNamedEntityAnnotation = components['schemas']['NamedEntityAnnotation'];
export type SchemaNamedEntityDefinition = components['schemas']['NamedEntityDefinition'];
export type SchemaNamedEntityTypeBinding = components['schemas']['NamedEntityTypeBinding'];
export type SchemaNamedEntityTypeDefinition = components['schemas']['NamedEntityTypeDefinition'];
export type SchemaNamedEntityTypeItem = components['schemas']['NamedEntityTypeItem'];
export type SchemaNamedEntityTypeMechanism = components['schemas']['NamedEntityTypeMechanism'];
export type SchemaNamedEntityTypeMechanismExample = components['schemas']['NamedEntityTypeMechanismExample'];
export type SchemaNluDomain = components['schemas']['NluDomain'];
export type SchemaNluDomainVersion = components['schemas']['NluDomainVersion'];
export type SchemaNluDomainVersionReference = components['schemas']['NluDomainVersionReference'];
export type SchemaNluInfo = components['schemas']['NluInfo'];
export type SchemaNluUtterance = components['schemas']['NluUtterance'];
export type SchemaNluUtteranceSegment = components['schemas']['NluUtteranceSegment'];
export type SchemaOAuthLastTokenIssued = components['schemas']['OAuthLastTokenIssued'];
export type SchemaOperation = components['schemas']['Operation'];
export type SchemaOutlierInfo = components['schemas']['OutlierInfo'];
export type SchemaOutOfOffice = components['schemas']['OutOfOffice'];
export type SchemaPresenceDefinition = components['schemas']['PresenceDefinition'];
export type SchemaPrompt = components['schemas']['Prompt'];
export type SchemaPromptAsset = components['schemas']['PromptAsset'];
export type SchemaPromptAssetCreate = components['schemas']['PromptAssetCreate'];
export type SchemaPromptAssetEntityListing = components['schemas']['PromptAssetEntityListing'];
export type SchemaPromptAssetUpload = components['schemas']['PromptAssetUpload'];
export type SchemaPromptEntityListing = components['schemas']['PromptEntityListing'];
export type SchemaQueryCriteria = components['schemas']['QueryCriteria'];
export type SchemaRegisterArchitectExportJob = components['schemas']['RegisterArchitectExportJob'];
export type SchemaRegisterArchitectExportJobResponse = components['schemas']['RegisterArchitectExportJobResponse'];
export type SchemaRegisterArchitectJobRequest = components['schemas']['RegisterArchitectJobRequest'];
export type SchemaRegisterArchitectJobResponse = components['schemas']['RegisterArchitectJobResponse'];
export type SchemaRegisterArchitectValidateJob = components['schemas']['RegisterArchitectValidateJob'];
export type SchemaRegisterArchitectValidateJobResponse = components['schemas']['RegisterArchitectValidateJobResponse'];
export type SchemaResourceConditionNode = components['schemas']['ResourceConditionNode'];
export type SchemaResourceConditionValue = components['schemas']['ResourceConditionValue'];
export type SchemaResourcePermissionPolicy = components['schemas']['ResourcePermissionPolicy'];
export type SchemaRoutingStatus = components['schemas']['RoutingStatus'];
export type SchemaSchedule = components['schemas']['Schedule'];
export type SchemaScheduleDivisionViewEntityListing = components['schemas']['ScheduleDivisionViewEntityListing'];
export type SchemaScheduleEntityListing = components['schemas']['ScheduleEntityListing'];
export type SchemaScheduleGroup = components['schemas']['ScheduleGroup'];
export type SchemaScheduleGroupDivisionView = components['schemas']['ScheduleGroupDivisionView'];
export type SchemaScheduleGroupDivisionViewEntityListing = components['schemas']['ScheduleGroupDivisionViewEntityListing'];
export type SchemaScheduleGroupEntityListing = components['schemas']['ScheduleGroupEntityListing'];
export type SchemaSchedulesDivisionView = components['schemas']['SchedulesDivisionView'];
export type SchemaSupportedLanguage = components['schemas']['SupportedLanguage'];
export type SchemaSystemPrompt = components['schemas']['SystemPrompt'];
export type SchemaSystemPromptAsset = components['schemas']['SystemPromptAsset'];
export type SchemaSystemPromptAssetEntityListing = components['schemas']['SystemPromptAssetEntityListing'];
export type SchemaSystemPromptEntityListing = components['schemas']['SystemPromptEntityListing'];
export type SchemaTeam = components['schemas']['Team'];
export type SchemaUploadUrlResponse = components['schemas']['UploadUrlResponse'];
export type SchemaUser = components['schemas']['User'];
export type SchemaUserAuthorization = components['schemas']['UserAuthorization'];
export type SchemaUserConversationSummary = components['schemas']['UserConversationSummary'];
export type SchemaUserPresence = components['schemas']['UserPresence'];
export type SchemaUserReference = components['schemas']['UserReference'];
export type SchemaUserRoutingLanguage = components['schemas']['UserRoutingLanguage'];
export type SchemaUserRoutingSkill = components['schemas']['UserRoutingSkill'];
export type SchemaUserStation = components['schemas']['UserStation'];
export type SchemaUserStations = components['schemas']['UserStations'];
export type SchemaValidateDetails = components['schemas']['ValidateDetails'];
export type SchemaWorkPlanBidRanks = components['schemas']['WorkPlanBidRanks'];
export type SchemaWritableDivision = components['schemas']['WritableDivision'];
export type SchemaWritableStarrableDivision = components['schemas']['WritableStarrableDivision'];
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
    getArchitectDependencytracking: {
        parameters: {
            query: {
                /** @description Include resources each result item consumes */
                consumedResources?: boolean;
                /** @description Types of consumed resources to return, if consumed resources are requested */
                consumedResourceType?: string[];
                /** @description Include resources that consume each result item */
                consumingResources?: boolean;
                /** @description Types of consuming resources to return, if consuming resources are requested */
                consumingResourceType?: string[];
                /** @description Object name to search for */
                name: string;
                /** @description Object type(s) to search for */
                objectType?: string[];
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
                    "application/json": components["schemas"]["DependencyObjectEntityListing"];
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
    getArchitectDependencytrackingBuild: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DependencyStatus"];
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
    postArchitectDependencytrackingBuild: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted - the rebuild has begun. */
            202: {
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
    getArchitectDependencytrackingConsumedresources: {
        parameters: {
            query: {
                /** @description Consuming object ID */
                id: string;
                /** @description Consuming object type.  Only versioned types are allowed here. */
                objectType: "ACDLANGUAGE" | "ACDSKILL" | "ACDWRAPUPCODE" | "BRIDGEACTION" | "COMPOSERSCRIPT" | "CONTACTLIST" | "DATAACTION" | "EMAILROUTE" | "GROUP" | "INBOUNDCALLFLOW" | "INBOUNDEMAILFLOW" | "INBOUNDSHORTMESSAGEFLOW" | "INQUEUECALLFLOW" | "IVRCONFIGURATION" | "LANGUAGE" | "OUTBOUNDCALLFLOW" | "QUEUE" | "RESPONSE" | "SCHEDULE" | "SCHEDULEGROUP" | "SECUREACTION" | "SECURECALLFLOW" | "SURVEYINVITEFLOW" | "SYSTEMPROMPT" | "USER" | "USERPROMPT" | "VOICEXML" | "WORKFLOW" | (string & {});
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Types of consumed resources to show. */
                resourceType?: string[];
                /** @description Consuming object version */
                version: string;
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
                    "application/json": components["schemas"]["ConsumedResourcesEntityListing"];
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
    getArchitectDependencytrackingConsumingresources: {
        parameters: {
            query: {
                /** @description Show only checkedIn or published flows */
                flowFilter?: string;
                /** @description Consumed object ID */
                id: string;
                /** @description Consumed object type */
                objectType: "ACDLANGUAGE" | "ACDSKILL" | "ACDWRAPUPCODE" | "BRIDGEACTION" | "COMPOSERSCRIPT" | "CONTACTLIST" | "DATAACTION" | "EMAILROUTE" | "GROUP" | "INBOUNDCALLFLOW" | "INBOUNDEMAILFLOW" | "INBOUNDSHORTMESSAGEFLOW" | "INQUEUECALLFLOW" | "IVRCONFIGURATION" | "LANGUAGE" | "OUTBOUNDCALLFLOW" | "QUEUE" | "RESPONSE" | "SCHEDULE" | "SCHEDULEGROUP" | "SECUREACTION" | "SECURECALLFLOW" | "SURVEYINVITEFLOW" | "SYSTEMPROMPT" | "USER" | "USERPROMPT" | "VOICEXML" | "WORKFLOW" | (string & {});
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Types of consuming resources to show.  Only versioned types are allowed here. */
                resourceType?: string[];
                /** @description Object version */
                version?: string;
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
                    "application/json": components["schemas"]["ConsumingResourcesEntityListing"];
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
    getArchitectDependencytrackingDeletedresourceconsumers: {
        parameters: {
            query?: {
                /** @description Return consumed resources? */
                consumedResources?: boolean;
                /** @description Resource type(s) to return */
                consumedResourceType?: string[];
                /** @description Show only checkedIn or published flows */
                flowFilter?: "checkedIn" | "published" | (string & {});
                /** @description Name to search for */
                name?: string;
                /** @description Object type(s) to search for */
                objectType?: string[];
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
                    "application/json": components["schemas"]["DependencyObjectEntityListing"];
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
    getArchitectDependencytrackingObject: {
        parameters: {
            query: {
                /** @description Indicate that this is going to look up a consumed resource object */
                consumedResourceRequest?: boolean;
                /** @description Include resources this item consumes */
                consumedResources?: boolean;
                /** @description Types of consumed resources to return, if consumed resources are requested */
                consumedResourceType?: string[];
                /** @description Include resources that consume this item */
                consumingResources?: boolean;
                /** @description Types of consuming resources to return, if consuming resources are requested */
                consumingResourceType?: string[];
                /** @description Object ID */
                id: string;
                /** @description Object type */
                objectType?: "ACDLANGUAGE" | "ACDSKILL" | "ACDWRAPUPCODE" | "BRIDGEACTION" | "COMPOSERSCRIPT" | "CONTACTLIST" | "DATAACTION" | "EMAILROUTE" | "GROUP" | "INBOUNDCALLFLOW" | "INBOUNDEMAILFLOW" | "INBOUNDSHORTMESSAGEFLOW" | "INQUEUECALLFLOW" | "IVRCONFIGURATION" | "LANGUAGE" | "OUTBOUNDCALLFLOW" | "QUEUE" | "RESPONSE" | "SCHEDULE" | "SCHEDULEGROUP" | "SECUREACTION" | "SECURECALLFLOW" | "SURVEYINVITEFLOW" | "SYSTEMPROMPT" | "USER" | "USERPROMPT" | "VOICEXML" | "WORKFLOW" | (string & {});
                /** @description Object version */
                version?: string;
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
                    "application/json": components["schemas"]["DependencyObject"];
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
    getArchitectDependencytrackingTypes: {
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
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DependencyTypeEntityListing"];
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
    getArchitectDependencytrackingType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Type ID */
                typeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DependencyType"];
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
    getArchitectDependencytrackingUpdatedresourceconsumers: {
        parameters: {
            query?: {
                /** @description Return consumed resources? */
                consumedResources?: boolean;
                /** @description Resource type(s) to return */
                consumedResourceType?: string[];
                /** @description Name to search for */
                name?: string;
                /** @description Object type(s) to search for */
                objectType?: string[];
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
                    "application/json": components["schemas"]["DependencyObjectEntityListing"];
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
    getArchitectEmergencygroups: {
        parameters: {
            query?: {
                /** @description Name of the Emergency Group to filter by. */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
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
                    "application/json": components["schemas"]["EmergencyGroupListing"];
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
    postArchitectEmergencygroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyGroup"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyGroup"];
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
    getArchitectEmergencygroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Emergency group ID */
                emergencyGroupId: string;
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
                    "application/json": components["schemas"]["EmergencyGroup"];
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
    putArchitectEmergencygroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Emergency group ID */
                emergencyGroupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyGroup"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyGroup"];
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
    deleteArchitectEmergencygroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Emergency group ID */
                emergencyGroupId: string;
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
    getArchitectEmergencygroupsDivisionviews: {
        parameters: {
            query?: {
                /** @description List of divisionIds on which to filter. */
                divisionId?: string[];
                /** @description ID of the Emergency Groups to filter by. */
                id?: string[];
                /** @description Name of the Emergency Group to filter by. */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
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
                    "application/json": components["schemas"]["EmergencyGroupDivisionViewEntityListing"];
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
    getArchitectGrammars: {
        parameters: {
            query?: {
                /** @description Description */
                description?: string;
                /** @description ID */
                id?: string[];
                /** @description Include grammar language file URLs */
                includeFileUrls?: boolean;
                /** @description Name */
                name?: string;
                /** @description Name or description */
                nameOrDescription?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
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
                    "application/json": components["schemas"]["GrammarListing"];
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
    postArchitectGrammars: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Grammar"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grammar"];
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
    getArchitectGrammar: {
        parameters: {
            query?: {
                /** @description Include grammar language file URLs */
                includeFileUrls?: boolean;
            };
            header?: never;
            path: {
                /** @description grammar ID */
                grammarId: string;
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
                    "application/json": components["schemas"]["Grammar"];
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
    deleteArchitectGrammar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description grammar ID */
                grammarId: string;
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
    patchArchitectGrammar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description grammar ID */
                grammarId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Grammar"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grammar"];
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
    postArchitectGrammarLanguages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grammar ID */
                grammarId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrammarLanguage"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrammarLanguage"];
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
    getArchitectGrammarLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grammar ID */
                grammarId: string;
                /** @description Language */
                languageCode: string;
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
                    "application/json": components["schemas"]["GrammarLanguage"];
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
    deleteArchitectGrammarLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grammar ID */
                grammarId: string;
                /** @description Language */
                languageCode: string;
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
    patchArchitectGrammarLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grammar ID */
                grammarId: string;
                /** @description Language */
                languageCode: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GrammarLanguageUpdate"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrammarLanguage"];
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
    postArchitectGrammarLanguageFilesDtmf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grammar ID */
                grammarId: string;
                /** @description Language */
                languageCode: string;
            };
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrammarFileUploadRequest"];
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
    deleteArchitectGrammarLanguageFilesDtmf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grammar ID */
                grammarId: string;
                /** @description Language */
                languageCode: string;
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
    postArchitectGrammarLanguageFilesVoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grammar ID */
                grammarId: string;
                /** @description Language */
                languageCode: string;
            };
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrammarFileUploadRequest"];
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
    deleteArchitectGrammarLanguageFilesVoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Grammar ID */
                grammarId: string;
                /** @description Language */
                languageCode: string;
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
    getArchitectIvrs: {
        parameters: {
            query?: {
                /** @description The phone number of the IVR to filter by. */
                dnis?: string;
                /** @description Which fields, if any, to expand */
                expand?: string[];
                /** @description Name of the IVR to filter by. */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description The Schedule Group of the IVR to filter by. */
                scheduleGroup?: string;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IVREntityListing"];
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
    postArchitectIvrs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IVR"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IVR"];
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
    getArchitectIvr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description IVR id */
                ivrId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IVR"];
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
    putArchitectIvr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description IVR id */
                ivrId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IVR"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IVR"];
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
    deleteArchitectIvr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description IVR id */
                ivrId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Operation was successful. */
            200: {
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
    getArchitectIvrIdentityresolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description IVR id */
                ivrId: string;
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
                    "application/json": components["schemas"]["IVRIdentityResolutionConfig"];
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
    putArchitectIvrIdentityresolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description IVR id */
                ivrId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IVRIdentityResolutionConfig"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IVRIdentityResolutionConfig"];
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
    getArchitectIvrsDivisionviews: {
        parameters: {
            query?: {
                /** @description List of divisionIds on which to filter. */
                divisionId?: string[];
                /** @description ID of the IVR to filter by. */
                id?: string[];
                /** @description Name of the IVR to filter by. */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
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
                    "application/json": components["schemas"]["IVRDivisionViewEntityListing"];
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
    getArchitectPrompts: {
        parameters: {
            query?: {
                /** @description Description */
                description?: string;
                /** @description division ID(s) */
                divisionId?: string[];
                /** @description Include the media URIs for each resource */
                includeMediaUris?: boolean;
                /** @description Include the resources for each system prompt */
                includeResources?: boolean;
                /** @description Filter the resources down to the provided languages */
                language?: string[];
                /** @description Name */
                name?: string[];
                /** @description Name or description */
                nameOrDescription?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromptEntityListing"];
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
    postArchitectPrompts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Prompt"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prompt"];
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
    deleteArchitectPrompts: {
        parameters: {
            query: {
                /** @description List of Prompt IDs */
                id: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
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
    getArchitectPrompt: {
        parameters: {
            query?: {
                /** @description Include the media URIs for each resource */
                includeMediaUris?: boolean;
                /** @description Include the resources for each system prompt */
                includeResources?: boolean;
                /** @description Filter the resources down to the provided languages */
                language?: string[];
            };
            header?: never;
            path: {
                /** @description Prompt ID */
                promptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prompt"];
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
    putArchitectPrompt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Prompt ID */
                promptId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Prompt"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prompt"];
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
    deleteArchitectPrompt: {
        parameters: {
            query?: {
                /** @description Whether or not to delete all the prompt resources */
                allResources?: boolean;
            };
            header?: never;
            path: {
                /** @description Prompt ID */
                promptId: string;
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
    postArchitectPromptHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Prompt ID */
                promptId: string;
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
                    "application/json": components["schemas"]["Operation"];
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
    getArchitectPromptHistoryHistoryId: {
        parameters: {
            query?: {
                /** @description Flow actions to include (omit to include all) */
                action?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description History request ID */
                historyId: string;
                /** @description Prompt ID */
                promptId: string;
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
                    "application/json": components["schemas"]["HistoryListing"];
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
    getArchitectPromptResources: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Prompt ID */
                promptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromptAssetEntityListing"];
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
    postArchitectPromptResources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Prompt ID */
                promptId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PromptAssetCreate"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromptAsset"];
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
    getArchitectPromptResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Language */
                languageCode: string;
                /** @description Prompt ID */
                promptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromptAsset"];
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
    putArchitectPromptResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Language */
                languageCode: string;
                /** @description Prompt ID */
                promptId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PromptAsset"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromptAsset"];
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
    deleteArchitectPromptResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Language */
                languageCode: string;
                /** @description Prompt ID */
                promptId: string;
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
    deleteArchitectPromptResourceAudio: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Language */
                languageCode: string;
                /** @description Prompt ID */
                promptId: string;
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
    postArchitectPromptResourceUploads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Language */
                languageCode: string;
                /** @description Prompt ID */
                promptId: string;
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
                    "application/json": components["schemas"]["PromptAssetUpload"];
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
    getArchitectSchedulegroups: {
        parameters: {
            query?: {
                /** @description List of divisionIds on which to filter. */
                divisionId?: string[];
                /** @description Name of the Schedule Group to filter by. */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description A comma-delimited list of Schedule IDs to filter by. */
                scheduleIds?: string;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleGroupEntityListing"];
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
    postArchitectSchedulegroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleGroup"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleGroup"];
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
    getArchitectSchedulegroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule group ID */
                scheduleGroupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleGroup"];
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
    putArchitectSchedulegroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule group ID */
                scheduleGroupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleGroup"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleGroup"];
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
    deleteArchitectSchedulegroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule group ID */
                scheduleGroupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Operation was successful. */
            200: {
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
    getArchitectSchedulegroupsDivisionviews: {
        parameters: {
            query?: {
                /** @description List of divisionIds on which to filter. */
                divisionId?: string[];
                /** @description ID of the schedule group to filter by. */
                id?: string[];
                /** @description Name of the schedule group to filter by. */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
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
                    "application/json": components["schemas"]["ScheduleGroupDivisionViewEntityListing"];
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
    getArchitectSchedules: {
        parameters: {
            query?: {
                /** @description List of divisionIds on which to filter. */
                divisionId?: string[];
                /** @description Name of the Schedule to filter by. */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleEntityListing"];
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
    postArchitectSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Schedule"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Schedule"];
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
    getArchitectSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule ID */
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Schedule"];
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
    putArchitectSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule ID */
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Schedule"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Schedule"];
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
    deleteArchitectSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule ID */
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Operation was successful. */
            200: {
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
    getArchitectSchedulesDivisionviews: {
        parameters: {
            query?: {
                /** @description List of divisionIds on which to filter. */
                divisionId?: string[];
                /** @description ID of the schedule group to filter by. */
                id?: string[];
                /** @description Name of the schedule group to filter by. */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
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
                    "application/json": components["schemas"]["ScheduleDivisionViewEntityListing"];
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
    getArchitectSystemprompts: {
        parameters: {
            query?: {
                /** @description Description */
                description?: string;
                /** @description Include the media URIs for each resource */
                includeMediaUris?: boolean;
                /** @description Include the resources for each system prompt */
                includeResources?: boolean;
                /** @description Filter the resources down to the provided languages */
                language?: string[];
                /** @description Name */
                name?: string;
                /** @description Name or description */
                nameOrDescription?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemPromptEntityListing"];
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
    getArchitectSystemprompt: {
        parameters: {
            query?: {
                /** @description Include the media URIs for each resource */
                includeMediaUris?: boolean;
                /** @description Include the resources for each system prompt */
                includeResources?: boolean;
                /** @description Filter the resources down to the provided languages */
                language?: string[];
            };
            header?: never;
            path: {
                /** @description promptId */
                promptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemPrompt"];
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
    postArchitectSystempromptHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description promptId */
                promptId: string;
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
                    "application/json": components["schemas"]["Operation"];
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
    getArchitectSystempromptHistoryHistoryId: {
        parameters: {
            query?: {
                /** @description Flow actions to include (omit to include all) */
                action?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description History request ID */
                historyId: string;
                /** @description promptId */
                promptId: string;
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
                    "application/json": components["schemas"]["HistoryListing"];
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
    getArchitectSystempromptResources: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description Prompt ID */
                promptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemPromptAssetEntityListing"];
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
    postArchitectSystempromptResources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Prompt ID */
                promptId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SystemPromptAsset"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemPromptAsset"];
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
    getArchitectSystempromptResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Language */
                languageCode: string;
                /** @description Prompt ID */
                promptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemPromptAsset"];
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
    putArchitectSystempromptResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Language */
                languageCode: string;
                /** @description Prompt ID */
                promptId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SystemPromptAsset"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemPromptAsset"];
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
    deleteArchitectSystempromptResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Language */
                languageCode: string;
                /** @description Prompt ID */
                promptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Operation was successful. */
            200: {
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
    postArchitectSystempromptResourceUploads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Language */
                languageCode: string;
                /** @description Prompt ID */
                promptId: string;
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
                    "application/json": components["schemas"]["PromptAssetUpload"];
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
    getFlows: {
        parameters: {
            query?: {
                /** @description Include deleted */
                deleted?: boolean;
                /** @description Description */
                description?: string;
                /** @description division ID(s) */
                divisionId?: string[];
                /** @description Editable by */
                editableBy?: string;
                /** @description ID. Deprecated, use GET /api/v2/flows/lookup with the ids parameter instead */
                id?: string[];
                /** @description Include variable schemas */
                includeSchemas?: boolean;
                /** @description Locked by */
                lockedBy?: string;
                /** @description Locked by client ID */
                lockedByClientId?: string;
                /** @description Name */
                name?: string;
                /** @description Name or description */
                nameOrDescription?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Published after */
                publishedAfter?: string;
                /** @description Published before */
                publishedBefore?: string;
                /** @description Publish version ID */
                publishVersionId?: string;
                /** @description Secure */
                secure?: "any" | "checkedin" | "published" | (string & {});
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
                /** @description Type */
                type?: string[];
                /** @description Include/exclude virtual agent flows */
                virtualAgentEnabled?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowEntityListing"];
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
    postFlows: {
        parameters: {
            query?: {
                /** @description Language */
                language?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Flow"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Flow"];
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
    deleteFlows: {
        parameters: {
            query: {
                /** @description List of Flow IDs */
                id: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
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
    getFlow: {
        parameters: {
            query?: {
                /** @description Deleted flows */
                deleted?: boolean;
            };
            header?: never;
            path: {
                /** @description Flow ID */
                flowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Flow"];
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
    putFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Flow ID */
                flowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Flow"];
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Flow"];
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
    deleteFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Flow ID */
                flowId: string;
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
    postFlowHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Flow ID */
                flowId: string;
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
                    "application/json": components["schemas"]["Operation"];
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
    getFlowHistoryHistoryId: {
        parameters: {
            query?: {
                /** @description Flow actions to include (omit to include all) */
                action?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: "action" | "timestamp" | "user" | (string & {});
                /** @description Sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description Flow ID */
                flowId: string;
                /** @description History request ID */
                historyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryListing"];
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
    getFlowInstancesSettingsLoglevels: {
        parameters: {
            query?: {
                /** @description Expand instructions for the result */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The flow id to get the loglevel for */
                flowId: string;
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
                    "application/json": components["schemas"]["FlowSettingsResponse"];
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
    putFlowInstancesSettingsLoglevels: {
        parameters: {
            query?: {
                /** @description Expand instructions for the result */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The flow id to edit the loglevel for */
                flowId: string;
            };
            cookie?: never;
        };
        /** @description New LogLevel settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowLogLevelRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowSettingsResponse"];
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
    postFlowInstancesSettingsLoglevels: {
        parameters: {
            query?: {
                /** @description Expand instructions for the result */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description The flow id to set the loglevel for */
                flowId: string;
            };
            cookie?: never;
        };
        /** @description New LogLevel settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowLogLevelRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowSettingsResponse"];
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
    deleteFlowInstancesSettingsLoglevels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The flow id to delete the loglevel for */
                flowId: string;
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
    getFlowLatestconfiguration: {
        parameters: {
            query?: {
                /** @description Deleted flows */
                deleted?: boolean;
            };
            header?: never;
            path: {
                /** @description Flow ID */
                flowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
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
    getFlowVersions: {
        parameters: {
            query?: {
                /** @description Include Deleted flows */
                deleted?: boolean;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Flow ID */
                flowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowVersionEntityListing"];
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
    postFlowVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Flow ID */
                flowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowVersion"];
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
    getFlowVersion: {
        parameters: {
            query?: {
                /** @description Deleted flows */
                deleted?: string;
            };
            header?: never;
            path: {
                /** @description Flow ID */
                flowId: string;
                /** @description Version ID */
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowVersion"];
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
    getFlowVersionConfiguration: {
        parameters: {
            query?: {
                /** @description Deleted flows */
                deleted?: string;
            };
            header?: never;
            path: {
                /** @description Flow ID */
                flowId: string;
                /** @description Version ID */
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
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
    getFlowVersionHealth: {
        parameters: {
            query?: {
                /** @description Language to filter for */
                language?: string;
            };
            header?: never;
            path: {
                /** @description Flow ID. */
                flowId: string;
                /** @description Version ID. */
                versionId: string;
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
                    "application/json": components["schemas"]["FlowHealth"];
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
    getFlowVersionIntentHealth: {
        parameters: {
            query: {
                /** @description Language to filter for */
                language: string;
            };
            header?: never;
            path: {
                /** @description Flow ID. */
                flowId: string;
                /** @description Intent ID. */
                intentId: string;
                /** @description Version ID. */
                versionId: string;
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
                    "application/json": components["schemas"]["FlowHealthIntent"];
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
    getFlowVersionIntentUtteranceHealth: {
        parameters: {
            query: {
                /** @description Language to filter for */
                language: string;
            };
            header?: never;
            path: {
                /** @description Flow ID. */
                flowId: string;
                /** @description Intent ID. */
                intentId: string;
                /** @description Utterance ID. */
                utteranceId: string;
                /** @description Version ID. */
                versionId: string;
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
                    "application/json": components["schemas"]["FlowHealthUtterance"];
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
    postFlowsActionsCheckin: {
        parameters: {
            query: {
                /** @description Flow ID */
                flow: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
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
    postFlowsActionsCheckout: {
        parameters: {
            query: {
                /** @description Flow ID */
                flow: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Flow"];
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
    postFlowsActionsDeactivate: {
        parameters: {
            query: {
                /** @description Flow ID */
                flow: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Flow"];
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
    postFlowsActionsPublish: {
        parameters: {
            query: {
                /** @description Flow ID */
                flow: string;
                /** @description version */
                version?: string;
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
                    "application/json": components["schemas"]["Operation"];
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
    postFlowsActionsRevert: {
        parameters: {
            query: {
                /** @description Flow ID */
                flow: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Flow"];
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
    postFlowsActionsUnlock: {
        parameters: {
            query: {
                /** @description Flow ID */
                flow: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description successful operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Flow"];
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
    getFlowsDatatables: {
        parameters: {
            query?: {
                /** @description division ID(s) */
                divisionId?: string[];
                /** @description Expand instructions for the result */
                expand?: string;
                /** @description Filter by Name. The wildcard character * is supported within the filter. Matches are case-insensitive. */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
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
                    "application/json": components["schemas"]["DataTablesDomainEntityListing"];
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
    postFlowsDatatables: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description datatable json-schema */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataTable"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataTable"];
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
    getFlowsDatatable: {
        parameters: {
            query?: {
                /** @description Expand instructions for the result */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description id of datatable */
                datatableId: string;
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
                    "application/json": components["schemas"]["DataTable"];
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
    putFlowsDatatable: {
        parameters: {
            query?: {
                /** @description Expand instructions for the result */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description id of datatable */
                datatableId: string;
            };
            cookie?: never;
        };
        /** @description datatable json-schema */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataTable"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataTable"];
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
    deleteFlowsDatatable: {
        parameters: {
            query?: {
                /** @description force delete, even if in use */
                force?: boolean;
            };
            header?: never;
            path: {
                /** @description id of datatable */
                datatableId: string;
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
    postFlowsDatatableExportJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id of datatable */
                datatableId: string;
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
                    "application/json": components["schemas"]["DataTableExportJob"];
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
    getFlowsDatatableExportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id of datatable */
                datatableId: string;
                /** @description id of export job */
                exportJobId: string;
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
                    "application/json": components["schemas"]["DataTableExportJob"];
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
    postFlowsDatatableImportCsvJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id of datatable */
                datatableId: string;
            };
            cookie?: never;
        };
        /** @description import job information */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataTableImportJob"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataTableImportJob"];
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
    getFlowsDatatableImportJobs: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description id of datatable */
                datatableId: string;
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
                    "application/json": components["schemas"]["DataTableImportEntityListing"];
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
    postFlowsDatatableImportJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id of datatable */
                datatableId: string;
            };
            cookie?: never;
        };
        /** @description import job information */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataTableImportJob"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataTableImportJob"];
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
    getFlowsDatatableImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id of datatable */
                datatableId: string;
                /** @description id of import job */
                importJobId: string;
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
                    "application/json": components["schemas"]["DataTableImportJob"];
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
    getFlowsDatatableRows: {
        parameters: {
            query?: {
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description If true returns just the key value of the row */
                showbrief?: boolean;
                /** @description Sort order */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description id of datatable */
                datatableId: string;
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
                    "application/json": components["schemas"]["DataTableRowEntityListing"];
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
    postFlowsDatatableRows: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id of datatable */
                datatableId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
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
                        [key: string]: {
                            [key: string]: unknown;
                        };
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
    getFlowsDatatableRow: {
        parameters: {
            query?: {
                /** @description if true returns just the key field for the row */
                showbrief?: boolean;
            };
            header?: never;
            path: {
                /** @description id of datatable */
                datatableId: string;
                /** @description The key for the row */
                rowId: string;
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
                    "application/json": {
                        [key: string]: {
                            [key: string]: unknown;
                        };
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
    putFlowsDatatableRow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id of datatable */
                datatableId: string;
                /** @description the key for the row */
                rowId: string;
            };
            cookie?: never;
        };
        /** @description datatable row */
        requestBody?: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
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
                        [key: string]: {
                            [key: string]: unknown;
                        };
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
    deleteFlowsDatatableRow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id of datatable */
                datatableId: string;
                /** @description the key for the row */
                rowId: string;
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
    getFlowsDatatablesDivisionviews: {
        parameters: {
            query?: {
                /** @description division ID(s) */
                divisionId?: string[];
                /** @description Expand instructions for the result */
                expand?: string;
                /** @description Filter by Name. The wildcard character * is supported within the filter. Matches are case-insensitive. */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
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
                    "application/json": components["schemas"]["DataTablesDomainEntityListing"];
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
    getFlowsDatatablesDivisionview: {
        parameters: {
            query?: {
                /** @description Expand instructions for the result */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description id of datatable */
                datatableId: string;
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
                    "application/json": components["schemas"]["DataTable"];
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
    getFlowsDivisionviews: {
        parameters: {
            query?: {
                /** @description division ID(s) */
                divisionId?: string[];
                /** @description ID */
                id?: string[];
                /** @description Include variable schemas */
                includeSchemas?: boolean;
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Published after */
                publishedAfter?: string;
                /** @description Published before */
                publishedBefore?: string;
                /** @description Publish version ID */
                publishVersionId?: string;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
                /** @description Type */
                type?: string[];
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
                    "application/json": components["schemas"]["FlowDivisionViewEntityListing"];
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
    postFlowsExecutions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowExecutionLaunchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowExecutionLaunchResponse"];
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
    getFlowsExecution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description flow execution ID */
                flowExecutionId: string;
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
                    "application/json": components["schemas"]["FlowRuntimeExecution"];
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
    postFlowsExportJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterArchitectExportJob"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterArchitectExportJobResponse"];
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
    getFlowsExportJob: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Job ID */
                jobId: string;
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
                    "application/json": components["schemas"]["ArchitectExportJobStateResponse"];
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
    getFlowsInstance: {
        parameters: {
            query?: {
                /** @description Expand various details. */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description Instance ID */
                instanceId: string;
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
                    "application/json": components["schemas"]["GetFlowExecutionDataJobResult"];
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
    postFlowsInstancesJobs: {
        parameters: {
            query?: {
                /** @description Expand various query types. */
                expand?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Requested Flow Ids */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecutionDataRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFlowExecutionDataJobResult"];
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
    getFlowsInstancesJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The asynchronous job ID */
                jobId: string;
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
                    "application/json": components["schemas"]["GetFlowExecutionDataJobResult"];
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
    postFlowsInstancesQuery: {
        parameters: {
            query?: {
                /** @description indexes only */
                indexOnly?: boolean;
                /** @description number of results to return */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description query */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CriteriaQuery"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowResultEntityListing"];
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
    getFlowsInstancesQuerycapabilities: {
        parameters: {
            query?: {
                /** @description Expand various query types. */
                expand?: string;
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
                    "application/json": components["schemas"]["FlowsQueryCriteriaResponse"];
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
    getFlowsInstancesSettingsExecutiondata: {
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
                    "application/json": components["schemas"]["ExecutionDataFlowSettingsResponse"];
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
    patchFlowsInstancesSettingsExecutiondata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description New Execution Data Setting */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecutionDataSettingsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionDataFlowSettingsResponse"];
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
    getFlowsInstancesSettingsLoglevels: {
        parameters: {
            query?: {
                /** @description Expand instructions for the result */
                expand?: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Number of entities to return. Maximum of 200. */
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
                    "application/json": components["schemas"]["FlowSettingsResponseEntityListing"];
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
    getFlowsInstancesSettingsLoglevelsCharacteristics: {
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
                    "application/json": components["schemas"]["FlowLogLevelCharacteristicsDefinitions"];
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
    getFlowsInstancesSettingsLoglevelsDefault: {
        parameters: {
            query?: {
                /** @description Expand instructions for the result */
                expand?: string[];
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
                    "application/json": components["schemas"]["FlowSettingsResponse"];
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
    putFlowsInstancesSettingsLoglevelsDefault: {
        parameters: {
            query?: {
                /** @description Expand instructions for the result */
                expand?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description New LogLevel settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowLogLevelRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowSettingsResponse"];
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
    deleteFlowsInstancesSettingsLoglevelsDefault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
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
    postFlowsJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RegisterArchitectJobRequest"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterArchitectJobResponse"];
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
    getFlowsJob: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Job ID */
                jobId: string;
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
                    "application/json": components["schemas"]["ArchitectJobStateResponse"];
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
    getFlowsLookup: {
        parameters: {
            query: {
                /** @description Flow ID(s) */
                id: string[];
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
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
                    "application/json": components["schemas"]["FlowEntityListing"];
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
    getFlowsMilestones: {
        parameters: {
            query?: {
                /** @description Description */
                description?: string;
                /** @description division ID(s) */
                divisionId?: string[];
                /** @description ID */
                id?: string[];
                /** @description Name */
                name?: string;
                /** @description Name or description */
                nameOrDescription?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
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
                    "application/json": components["schemas"]["FlowMilestoneListing"];
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
    postFlowsMilestones: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["FlowMilestone"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowMilestone"];
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
    getFlowsMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description flow milestone ID */
                milestoneId: string;
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
                    "application/json": components["schemas"]["FlowMilestone"];
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
    putFlowsMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description flow milestone ID */
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["FlowMilestone"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowMilestone"];
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
    deleteFlowsMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description flow milestone ID */
                milestoneId: string;
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
    getFlowsMilestonesDivisionviews: {
        parameters: {
            query?: {
                /** @description division ID(s) */
                divisionId?: string[];
                /** @description ID */
                id?: string[];
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
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
                    "application/json": components["schemas"]["FlowMilestoneDivisionViewEntityListing"];
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
    getFlowsOutcomes: {
        parameters: {
            query?: {
                /** @description Description */
                description?: string;
                /** @description division ID(s) */
                divisionId?: string[];
                /** @description ID */
                id?: string[];
                /** @description Name */
                name?: string;
                /** @description Name or description */
                nameOrDescription?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
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
                    "application/json": components["schemas"]["FlowOutcomeListing"];
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
    postFlowsOutcomes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["FlowOutcome"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowOutcome"];
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
    getFlowsOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description flow outcome ID */
                flowOutcomeId: string;
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
                    "application/json": components["schemas"]["FlowOutcome"];
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
    putFlowsOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description flow outcome ID */
                flowOutcomeId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["FlowOutcome"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
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
    getFlowsOutcomesDivisionviews: {
        parameters: {
            query?: {
                /** @description division ID(s) */
                divisionId?: string[];
                /** @description ID */
                id?: string[];
                /** @description Name */
                name?: string;
                /** @description Page number */
                pageNumber?: number;
                /** @description Page size */
                pageSize?: number;
                /** @description Sort by */
                sortBy?: string;
                /** @description Sort order */
                sortOrder?: string;
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
                    "application/json": components["schemas"]["FlowOutcomeDivisionViewEntityListing"];
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
    postFlowsValidateJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterArchitectValidateJob"];
            };
        };
        responses: {
            /** @description Success. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterArchitectValidateJobResponse"];
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
    getFlowsValidateJob: {
        parameters: {
            query?: {
                /** @description Which fields, if any, to expand. */
                expand?: string[];
            };
            header?: never;
            path: {
                /** @description Job ID */
                jobId: string;
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
                    "application/json": components["schemas"]["ArchitectValidateJobStateResponse"];
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
